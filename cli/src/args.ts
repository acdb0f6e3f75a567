import { parseArgs } from 'node:util';
import type { DocumentKind } from '../../server/src/targets/kind';
import type { RuleSetting } from '../../server/src/engine/rule';
import { parseKubernetesVersion } from '../../server/src/settings/settings';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];
const RULE_LEVELS = ['on', 'off', 'error', 'warning', 'info', 'hint'] as const;
const KINDS = ['dockerfile', 'compose', 'kubernetes'] as const;

export interface CliOptions {
  command: 'lint' | 'explain' | 'help' | 'version';
  patterns: string[];
  format: Format;
  failOn: FailOn;
  /** `--rule id=level`, in the order given; ids are checked against the rules later. */
  rules: { id: string; level: RuleSetting }[];
  config?: string;
  explain?: string;
  fix: boolean;
  /** `--unsafe-fixes`: with `--fix`, also apply the fixes that change behaviour. */
  unsafeFixes: boolean;
  maxFileSize?: number;
  /** Lint every file found as this kind instead of recognising it by name and content. */
  kind?: DocumentKind;
  /** `--kubernetes-version 1.30`: the release Kubernetes manifests are judged against. */
  kubernetesVersion?: string;
}

/** A mistake in the command line or the configuration: exit code 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: container-coach lint [paths or globs...] [options]
       container-coach --explain RULE_OR_QUESTION

Lints Dockerfiles, Compose files and Kubernetes manifests. With no path, walks the current
folder (respecting .gitignore and the config's exclude).

Options:
  -f, --format text|json|sarif|github   output format (default: text)
      --fail-on error|warning|info|none exit 1 when a finding is at or above this severity (default: error)
      --rule ID=on|off|error|warning|info|hint
                                        set a rule's severity, or on/off (repeatable; aliases work)
  -c, --config FILE                     project config (default: .container-coach.yaml in the current folder)
      --fix                             apply the safe fixes in place, then report what is left
      --unsafe-fixes                    with --fix, also apply the fixes that change behaviour
      --kind dockerfile|compose|kubernetes
                                        lint every file found as this kind (for names we do not
                                        recognise, such as build/app.docker); pick files with globs
      --max-file-size SIZE              skip larger files, e.g. 1048576, 512KB, 2MB (default: 1MB)
      --kubernetes-version VERSION      judge API versions against this release, e.g. 1.30
                                        (default: kubernetesVersion in the config, else the current stable)
      --explain RULE_OR_QUESTION        explain a rule (id or alias) or print a question (q288)
  -h, --help                            show this help
  -v, --version                         show the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or internal error,
3 no such findings but some files could not be analysed (unreadable, binary, too large, broken YAML).`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        explain: { type: 'string' },
        fix: { type: 'boolean' },
        'unsafe-fixes': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        kind: { type: 'string' },
        'kubernetes-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const base = {
    patterns: rest,
    format: oneOf('--format', values.format ?? 'text', FORMATS),
    failOn: oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON),
    rules: (values.rule ?? []).map(parseRuleOption),
    config: values.config,
    explain: values.explain,
    fix: values.fix ?? false,
    unsafeFixes: values['unsafe-fixes'] ?? false,
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']),
    kind: values.kind === undefined ? undefined : oneOf('--kind', values.kind, KINDS),
    kubernetesVersion: values['kubernetes-version'] === undefined ? undefined : kubernetesVersionOption(values['kubernetes-version']),
  };
  if (base.unsafeFixes && !base.fix && !values.help) throw new UsageError('--unsafe-fixes needs --fix.');
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  if (values.explain !== undefined) {
    if (values.explain.trim() === '') throw new UsageError('--explain needs a rule id, an alias or a question id such as q288.');
    return { ...base, command: 'explain' };
  }
  if (first === undefined) throw new UsageError('Missing command: try `container-coach lint`.');
  if (first !== 'lint') throw new UsageError(`Unknown command \`${first}\`: the command is \`lint\`.`);
  return { ...base, command: 'lint' };
}

function kubernetesVersionOption(value: string): string {
  const problems: string[] = [];
  const version = parseKubernetesVersion(value, '--kubernetes-version', problems);
  if (!version) throw new UsageError(problems[0] ?? '--kubernetes-version needs a version such as 1.30.');
  return version;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got \`${value}\`.`);
}

function parseRuleOption(option: string): { id: string; level: RuleSetting } {
  const match = /^([^=\s]+)=(\w+)$/.exec(option.trim());
  if (!match) throw new UsageError(`--rule expects ID=LEVEL, such as dockerfile/prefer-exec-form=off; got \`${option}\`.`);
  return { id: match[1]!, level: oneOf(`--rule ${match[1]}`, match[2]!, RULE_LEVELS) };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2 };

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match && UNITS[match[2]!.toLowerCase()];
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!(bytes > 0)) throw new UsageError(`--max-file-size expects a size such as 1048576, 512KB or 2MB; got \`${text}\`.`);
  return bytes;
}
