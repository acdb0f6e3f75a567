/**
 * Other extensions that cover part of what we do, and what we leave to them: with Docker DX, the rules
 * that repeat a BuildKit check it reports; with Docker DX or Container Tools, the reference text of
 * instruction and key hovers. The client says which are installed; the settings can override it.
 */
import type { RuleMeta } from '../engine/rule';

/** Which neighbours the client found installed and enabled (`initializationOptions.neighbours`). */
export interface Neighbours {
  /** `docker.docker`: runs BuildKit's checks through buildx and has its own instruction hovers. */
  dockerDx?: boolean;
  /** `ms-azuretools.vscode-containers` (or the older `ms-azuretools.vscode-docker`): has its own instruction hovers. */
  containerTools?: boolean;
}

export type NeighbourSetting = 'auto' | 'on' | 'off';

/** A BuildKit build check's name, as our Dockerfile rules list it among their aliases (`StageNameCasing`). */
export function isBuildkitCheck(alias: string): boolean {
  return /^[A-Z][A-Za-z]+$/.test(alias);
}

/** The Dockerfile rules that repeat a BuildKit check: those with a BuildKit check among their aliases. */
export function buildkitRepeats(rules: readonly RuleMeta[]): string[] {
  return rules.filter((rule) => rule.id.startsWith('dockerfile/') && rule.aliases.some(isBuildkitCheck)).map((rule) => rule.id);
}

/** Whether our rules that repeat a BuildKit check run: `auto` runs them unless Docker DX reports those checks. */
export function runsBuildkitRepeats(setting: NeighbourSetting, neighbours: Neighbours): boolean {
  return setting === 'auto' ? !neighbours.dockerDx : setting === 'on';
}

/** Whether hovers carry the instruction and key reference text: `auto` leaves it to Docker DX or Container Tools. */
export function showsReference(setting: NeighbourSetting, neighbours: Neighbours): boolean {
  return setting === 'auto' ? !(neighbours.dockerDx || neighbours.containerTools) : setting === 'on';
}

export function neighbourSetting(value: unknown): NeighbourSetting {
  return value === 'on' || value === 'off' ? value : 'auto';
}

/** The editor's view of the neighbours and of the two settings, as the server applies them. */
export class NeighbourPolicy {
  private neighbours: Neighbours = {};
  private buildkitChecks: NeighbourSetting = 'auto';
  private hoverReference: NeighbourSetting = 'auto';
  private readonly repeats: string[];

  constructor(rules: readonly RuleMeta[]) {
    this.repeats = buildkitRepeats(rules);
  }

  setNeighbours(value: unknown): void {
    const given = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    this.neighbours = { dockerDx: given.dockerDx === true, containerTools: given.containerTools === true };
  }

  /** The `containerCoach` section: `buildkitChecks` and `hover.reference`. */
  setEditorSettings(section: unknown): void {
    const settings = section && typeof section === 'object' ? (section as { buildkitChecks?: unknown; hover?: { reference?: unknown } }) : {};
    this.buildkitChecks = neighbourSetting(settings.buildkitChecks);
    this.hoverReference = neighbourSetting(settings.hover?.reference);
  }

  /** Severities under every other layer: a rule named in `containerCoach.rules` or a config file still wins. */
  severities(): Record<string, 'off'> {
    return runsBuildkitRepeats(this.buildkitChecks, this.neighbours) ? {} : Object.fromEntries(this.repeats.map((id) => [id, 'off' as const]));
  }

  referenceHovers(): boolean {
    return showsReference(this.hoverReference, this.neighbours);
  }
}
