import table from '../../../content/eol-images.json';
import type { ImageReference } from '../parsing/imageReference';
import { code } from '../text/markdown';

/** A version of an official image and the day its security fixes end, from `content/eol-images.json`. */
export interface EndOfLifeImage {
  name: string;
  version: string;
  /** Tag prefixes of the version (`16`, `gallium`): a tag matches when it equals one or continues it with `.` or `-`. */
  tags: string[];
  /** ISO date. */
  eol: string;
  source: string;
}

/** The day the table's dates were last checked; the build prints it so that it gets refreshed. */
export const endOfLifeTableDate: string = table.asOf;
export const endOfLifeImages: readonly EndOfLifeImage[] = table.images;

/**
 * The table's entry for the version an image reference names, when that version's end of life is `today`
 * or earlier. Only Docker Hub's official images (`node`, `library/node`, `docker.io/library/node`) are known:
 * other publishers' tags mean other things. No tag (a digest alone, or nothing) names no version.
 */
export function endOfLifeImage({ repository, tag }: ImageReference, today: string): EndOfLifeImage | undefined {
  if (!tag) return undefined;
  const official = repository.replace(/^(?:(?:index\.)?docker\.io\/)?(?:library\/)?/, '');
  if (official.includes('/')) return undefined;
  const entry = endOfLifeImages.find(
    (candidate) => candidate.name === official && candidate.tags.some((prefix) => tag === prefix || tag.startsWith(`${prefix}.`) || tag.startsWith(`${prefix}-`)),
  );
  return entry && entry.eol <= today ? entry : undefined;
}

export function endOfLifeMessage(image: string, entry: EndOfLifeImage): string {
  return `${code(image)} is ${entry.name} ${entry.version}, which reached its end of life on ${entry.eol} and gets no more security fixes; move to a maintained version.`;
}

export const endOfLifeWhy =
  'Once a version of a language runtime or distribution reaches its end of life, its images get no more ' +
  'security fixes: every new CVE in it stays open, and scanners report more of them each month. ' +
  '`content/eol-images.json` lists the versions with their end-of-life dates (from endoflife.date), and the ' +
  'rule compares them with today\'s date.';
