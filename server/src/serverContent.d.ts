/** dist/*.json, bundled into the web server by scripts/build.mjs. */
declare module 'container-coach:server-content' {
  import type { ServerContentFiles } from './content';

  const content: ServerContentFiles;
  export default content;
}
