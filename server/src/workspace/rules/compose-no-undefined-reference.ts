import { dirname } from 'node:path';
import { code } from '../../text/markdown';
import { defineWorkspaceRule } from '../model';
import { definitionsByFolder, serviceNames } from '../composeNames';
import { composeServices } from './documents';

const WHAT = { services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config' } as const;

export default defineWorkspaceRule({
  id: 'compose/no-undefined-reference',
  target: 'compose',
  aliases: [],
  severity: 'error',
  questions: ['cc-cross-file-references'],
  subject: ['depends_on', 'networks', 'volumes', 'secrets', 'configs'],
  summary: 'The services, networks, named volumes, secrets and configs a service refers to must be defined.',
  docs: {
    why:
      'Compose refuses to load a project where a service `depends_on` an unknown service or uses a ' +
      'network, named volume, secret or config that no top-level key defines. Definitions in the other ' +
      'Compose files of the same folder (overrides) count; files that `include` others are not checked.',
  },
  *check(workspace) {
    const folders = definitionsByFolder(workspace.documents);
    for (const { file, service } of composeServices(workspace)) {
      const definitions = folders.get(dirname(file.path))!;
      if (definitions.includes) continue;
      for (const reference of serviceNames(file.document, service)) {
        if (definitions.names[reference.section].has(reference.name) || (reference.section === 'networks' && reference.name === 'default')) continue;
        const section = definitions.sections[reference.section];
        yield {
          uri: file.uri,
          range: reference.range,
          message:
            reference.section === 'services'
              ? `Service ${code(service.name)} depends on ${code(reference.name)}, which no Compose file of this folder defines.`
              : `The ${WHAT[reference.section]} ${code(reference.name)} of service ${code(service.name)} is not defined under the top-level ${code(reference.section)}.`,
          ...(section ? { related: [{ ...section, message: `The top-level ${reference.section} of this folder's Compose files.` }] } : {}),
        };
      }
    }
  },
});
