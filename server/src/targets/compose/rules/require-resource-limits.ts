import { findPair, getMap, getPath, keyRange, type YAMLMap } from '../../../parsing/yaml';
import { insertPair, insertPairs, type YamlValue } from '../../../edits/yamlEdits';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComposeService } from '../model';
import { code } from '../../../text/markdown';
import { serviceFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { defineComposeRule } from '../../../engine/rule';

const DEFAULT_LIMITS = { cpus: '"1.0"', memory: '512M' };

export default defineComposeRule({
  id: 'compose/require-resource-limits',
  aliases: ['unset-memory-requirements', 'unset-cpu-requirements'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q3', 'q8', 'q252'],
  subject: ['--memory', 'memory:', 'limits', 'cpus'],
  summary: 'Limit each service\'s memory and CPU so one runaway container cannot starve the host.',
  docs: {
    why:
      'A container without limits may use all of the host\'s memory and CPU: a leak or a busy loop in one ' +
      'service takes every other service (and the Docker daemon) down with it, and the kernel\'s OOM killer ' +
      'picks its victim at random. Set `deploy.resources.limits` (or `mem_limit` and `cpus`) from measured ' +
      'usage. They become `resources.limits` in Kubernetes.',
    bad: 'services:\n  api:\n    image: example/api:1.4',
    good: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: "1.0"\n          memory: 512M',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      if (service.partial) continue;
      const limits = getPath(service.doc, service.value('deploy'), ['resources', 'limits']);
      const memory = service.get('mem_limit') ?? findPair(service.doc, limits, 'memory');
      const cpu = service.get('cpus') ?? service.get('cpu_quota') ?? findPair(service.doc, limits, 'cpus');
      const missing = [memory ? undefined : 'memory', cpu ? undefined : 'CPU'].filter((each): each is string => Boolean(each));
      if (missing.length === 0) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} has no ${missing.join(' or ')} limit, so it can starve every other container on the host.`,
        fixes: () => keepFixes(serviceFix(service, 'Add resource limits (then adjust them to measured usage)', () => limitEdits(document, service, missing))),
      };
    }
  },
});

function limitEdits(document: TextDocument, service: ComposeService, missing: string[]) {
  const wanted: { [key: string]: YamlValue } = {};
  if (missing.includes('CPU')) wanted.cpus = DEFAULT_LIMITS.cpus;
  if (missing.includes('memory')) wanted.memory = DEFAULT_LIMITS.memory;
  // Fill in the deepest part of deploy.resources.limits that exists; the old keys stay as they are.
  if (service.get('mem_limit') || service.get('cpus') || service.get('cpu_quota')) return undefined;
  const deploy = service.own('deploy') && getMap(service.doc, service.map, 'deploy');
  if (!service.get('deploy')) return insertPair(document, service.map, 'deploy', { resources: { limits: wanted } });
  if (!deploy) return undefined;
  const resources: YAMLMap | undefined = getMap(service.doc, deploy, 'resources');
  if (!findPair(service.doc, deploy, 'resources')) return insertPair(document, deploy, 'resources', { limits: wanted });
  if (!resources) return undefined;
  const limits = getMap(service.doc, resources, 'limits');
  if (!findPair(service.doc, resources, 'limits')) return insertPair(document, resources, 'limits', wanted);
  return limits ? insertPairs(document, limits, wanted) : undefined;
}
