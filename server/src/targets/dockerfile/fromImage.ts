import type { From } from 'dockerfile-ast';
import { slot } from '../../parsing/slots';

/** What a FROM names, as dockerfile-ast reads it; undefined where it names nothing. */
export interface FromImage {
  /** The image name (`node`, `docker.io/library/node`). */
  image?: string;
  tag?: string;
  digest?: string;
  /** The `AS name` as written. */
  stage?: string;
}

const images = slot<From, FromImage>('FROM image');

/** Read once per FROM: each of dockerfile-ast's getters splits the arguments and converts positions again. */
export function fromImage(from: From): FromImage {
  return (
    images.get(from) ??
    images.set(from, {
      image: from.getImageName() ?? undefined,
      tag: from.getImageTag() ?? undefined,
      digest: from.getImageDigest() ?? undefined,
      stage: from.getBuildStage() ?? undefined,
    })
  );
}

/** `copy` is a FROM of the same text and escape character in a later parse (an edit elsewhere): it names the same. */
export function carryFromImage(from: From, copy: From): void {
  const known = images.get(from);
  if (known) images.set(copy, known);
}
