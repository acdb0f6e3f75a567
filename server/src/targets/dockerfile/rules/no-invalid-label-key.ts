import type { Property } from 'dockerfile-ast';
import { byKeyword } from '../instructions';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const RESERVED = /^(?:com\.docker\.|io\.docker\.|org\.dockerproject\.)/;

/** Why a label key breaks Docker's key format (lowercase letters, digits, `.` and `-`, reverse DNS), or undefined. */
function problemOf(key: string): string | undefined {
  if (RESERVED.test(key)) return 'uses a namespace Docker reserves for itself';
  if (/[^a-z0-9.-]/.test(key)) return 'holds characters other than lowercase letters, digits, `.` and `-`';
  if (!/^[a-z]/.test(key)) return 'does not start with a lowercase letter';
  if (!/[a-z0-9]$/.test(key)) return 'does not end with a lowercase letter or digit';
  if (/\.\.|--/.test(key)) return 'has two separators in a row';
  return undefined;
}

export default defineDockerfileRule({
  id: 'dockerfile/no-invalid-label-key',
  aliases: ['DL3048'],
  severity: 'hint',
  questions: ['cc-image-labels'],
  subject: ['LABEL'],
  summary: 'Label keys follow Docker\'s format: lowercase reverse-DNS names such as `com.example.team`.',
  docs: {
    why:
      'Docker\'s guidelines for label keys: lowercase letters, digits, `.` and `-`, starting with a letter and ending ' +
      'with a letter or digit, no `..` or `--`, prefixed with the reverse DNS of a domain you own; the ' +
      '`com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are Docker\'s own. Tools that read ' +
      'labels (registries, scanners, `docker inspect --filter label=…`) rely on the convention. Keys built ' +
      'from a variable are not checked.',
    bad: 'FROM alpine:3.20\nLABEL Maintainer_Team="platform"',
    good: 'FROM alpine:3.20\nLABEL com.example.maintainer-team="platform"',
    differsFromHadolint: 'a key built from a variable (`LABEL ${PREFIX}.version=1`) is not checked, as its final form is known only at build time; hadolint reports the `$`.',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'LABEL')) {
      for (const property of (instruction as unknown as { getProperties(): Property[] }).getProperties()) {
        const key = property.getName();
        const problem = key.includes('$') ? undefined : problemOf(key);
        if (problem) yield { range: property.getNameRange(), message: `The label key ${code(key)} ${problem}.` };
      }
    }
  },
});
