import { code } from '../../text/markdown';
import { defineWorkspaceRule } from '../model';
import { serviceEnvFiles } from '../composeReferences';
import { composeServices } from './documents';

export default defineWorkspaceRule({
  id: 'compose/no-missing-env-file',
  target: 'compose',
  aliases: [],
  severity: 'error',
  questions: ['cc-cross-file-references'],
  subject: ['env_file'],
  summary: 'The `env_file` files a service requires must exist.',
  docs: {
    why:
      'Compose refuses to start a service whose `env_file` is missing. When the file is optional (a local ' +
      'override), say so with `required: false`.',
  },
  *check(workspace) {
    for (const { file, service } of composeServices(workspace)) {
      for (const envFile of serviceEnvFiles(file.document, file.path, service)) {
        if (workspace.exists(envFile.path) !== false) continue;
        yield { uri: file.uri, range: envFile.range, message: `The env_file ${code(envFile.written)} of service ${code(service.name)} does not exist.` };
      }
    }
  },
});
