import { code } from '../../text/markdown';
import { withinEditDistance } from '../../text/editDistance';
import { objectAnchor } from '../../targets/kubernetes/model';
import { nodeRange } from '../../parsing/yaml';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects } from './documents';
import { configReferences, definedConfigs, namespaceOf, type DefinedConfig } from './kubernetesObjects';

const MAX_RELATED = 5;

export default defineWorkspaceRule({
  id: 'kubernetes/no-undefined-config-reference',
  target: 'kubernetes',
  aliases: [],
  severity: 'warning',
  questions: ['cc-cross-file-references'],
  subject: ['ConfigMap', 'Secret', 'optional: true'],
  summary: 'The ConfigMaps and Secrets a pod requires should be defined in the workspace, when it defines others of that kind in the namespace.',
  docs: {
    why:
      'A pod that mounts or reads a ConfigMap or Secret that does not exist stays in `ContainerCreating` ' +
      '(volumes) or `CreateContainerConfigError` (env) until it appears. Mark a reference `optional: true` ' +
      'when the pod can run without it. A ConfigMap is reported only when the workspace defines other ' +
      'ConfigMaps in the namespace; a Secret, often created outside the repository, only when the namespace ' +
      'defines one with a nearly equal name (a typo). Kustomize generators, SealedSecrets and ExternalSecrets count as definitions.',
  },
  *check(workspace) {
    const objects = kubernetesObjects(workspace);
    const defined = definedConfigs(objects);
    const names = new Map<readonly DefinedConfig[], Set<string>>();
    const has = (configs: readonly DefinedConfig[] | undefined, name: string) => {
      if (!configs) return false;
      let set = names.get(configs);
      if (!set) names.set(configs, (set = new Set(configs.map((each) => each.name))));
      return set.has(name);
    };
    for (const workload of objects) {
      if (!workload.object.podSpec) continue;
      for (const reference of configReferences(workload.object)) {
        const partners = defined[reference.kind];
        const here = partners.get(namespaceOf(workload)) ?? [];
        if (here.length === 0 || has(here, reference.name) || has(partners.get('*'), reference.name)) continue;
        // Secrets are often created outside the repository: only a near miss of a committed one is reported.
        const near = reference.kind === 'Secret' ? here.filter((each) => withinEditDistance(each.name, reference.name, 2)) : here;
        if (near.length === 0) continue;
        const listed = near.filter((each) => each.located).slice(0, MAX_RELATED);
        const names = near.slice(0, MAX_RELATED).map((each) => code(each.name)).join(', ');
        yield {
          uri: workload.uri,
          range: nodeRange(workload.document, reference.node)!,
          message:
            reference.kind === 'Secret'
              ? `No Secret ${code(reference.name)} is defined in this namespace; did you mean ${names}?`
              : `No ConfigMap ${code(reference.name)} is defined in this namespace; the workspace defines ${names}.`,
          related: listed.map(({ located, name }) => ({ uri: located!.uri, range: objectAnchor(located!.document, located!.object), message: `${located!.object.kind} ${name}` })),
        };
      }
    }
  },
});
