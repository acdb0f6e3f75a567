/** An image reference split into its parts; `tag` and `digest` are undefined when none is written. */
export interface ImageReference {
  /** Everything before the tag and digest: `nginx`, `registry.example.com:5000/team/app`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits an image reference (`name[:tag][@digest]`, blanks around it ignored) into its parts. */
export function parseImageReference(image: string): ImageReference {
  const reference = image.trim();
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const name = at >= 0 ? reference.slice(0, at) : reference;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) return { repository: name.slice(0, colon), tag: name.slice(colon + 1), digest };
  return { repository: name, digest };
}

/** The registry host of an image reference; Docker Hub when the first part is not a host. */
export function registryOf(image: string): string {
  const first = image.split('/')[0];
  const isHost = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? first.toLowerCase() : 'docker.io';
}
