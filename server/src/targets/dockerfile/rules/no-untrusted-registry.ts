import { stagesOf } from '../stages';
import { registryOf } from '../../../parsing/imageReference';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-untrusted-registry',
  aliases: ['DL3026'],
  severity: 'error',
  questions: ['q262', 'q279', 'q299'],
  subject: ['registry', 'registries'],
  summary: 'Base images must come from the registries the project trusts (`trustedRegistries` in `.hadolint.yaml`).',
  docs: {
    why:
      'A team that mirrors and scans its base images lists the allowed registries; a `FROM` that pulls from ' +
      'anywhere else skips those checks. Active only when `trustedRegistries` is configured.',
    bad: '# trustedRegistries: [registry.example.com]\nFROM docker.io/library/node:24',
    good: '# trustedRegistries: [registry.example.com]\nFROM registry.example.com/library/node:24',
  },
  *check({ dockerfile, workspace }) {
    const trusted = workspace.trustedRegistries;
    if (!trusted || trusted.length === 0) return;
    const stages = stagesOf(dockerfile);
    const names = new Set(stages.map((stage) => stage.name).filter(Boolean));
    for (const { from } of stages) {
      const image = from.getImage();
      const range = from.getImageRange();
      if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch' || names.has(image.toLowerCase())) continue;
      const registry = registryOf(image);
      if (trusted.some((pattern) => registryMatches(registry, pattern))) continue;
      yield { range, message: `${code(image)} comes from ${code(registry)}, which is not one of the trusted registries.` };
    }
  },
});

function registryMatches(registry: string, pattern: string): boolean {
  const wanted = pattern.trim().toLowerCase();
  if (wanted === 'docker.io' || wanted === 'index.docker.io' || wanted === 'hub.docker.com') return registry === 'docker.io';
  if (!wanted.includes('*')) return registry === wanted;
  const regex = new RegExp(`^${wanted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(registry);
}
