import { dirname, isAbsolute, resolve } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { getValue, isMap, isScalar, mapPairs, resolveNode, scalarString, sequenceItems, nodeRange, type Node } from '../parsing/yaml';
import type { ComposeFile, ComposeService } from '../targets/compose/model';
import { code } from '../text/markdown';

/** A path written in a Compose file, resolved against the file's folder (or another base). */
export interface ComposePath {
  written: string;
  path: string;
  range: Range;
}

/** Paths we cannot resolve without more facts: variables, URLs, `~`. */
function isResolvable(written: string): boolean {
  return written !== '' && !written.includes('$') && !written.startsWith('~') && !/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(written);
}

export function composePath(document: TextDocument, base: string, node: Node | null | undefined): ComposePath | undefined {
  const written = scalarString(node);
  const range = nodeRange(document, node);
  if (written === undefined || !range || !isResolvable(written)) return undefined;
  return { written, path: isAbsolute(written) ? written : resolve(base, written), range };
}

/** A service's `build:`: its context folder, its Dockerfile (unless inline) and its target stage. */
export interface ComposeBuild {
  context?: ComposePath;
  dockerfile?: ComposePath;
  target?: { name: string; range: Range };
}

export function serviceBuild(document: TextDocument, composePath_: string, service: ComposeService): ComposeBuild | undefined {
  const build = service.value('build');
  if (build === undefined || build === null) return undefined;
  const folder = dirname(composePath_);
  if (isScalar(build)) {
    const context = composePath(document, folder, build);
    return context ? { context, dockerfile: { written: 'Dockerfile', path: resolve(context.path, 'Dockerfile'), range: context.range } } : {};
  }
  if (!isMap(build)) return undefined;
  const contextNode = resolveNode(service.doc, getValue(service.doc, build, 'context'));
  const context = contextNode === null || contextNode === undefined ? undefined : composePath(document, folder, contextNode);
  const contextFolder = contextNode === null || contextNode === undefined ? folder : context?.path;
  const result: ComposeBuild = { ...(context ? { context } : {}) };
  if (getValue(service.doc, build, 'dockerfile_inline') === undefined && contextFolder !== undefined) {
    const node = resolveNode(service.doc, getValue(service.doc, build, 'dockerfile'));
    if (node === undefined || node === null) {
      const anchor = context?.range ?? nodeRange(document, build);
      if (anchor) result.dockerfile = { written: 'Dockerfile', path: resolve(contextFolder, 'Dockerfile'), range: anchor };
    } else {
      const dockerfile = composePath(document, contextFolder, node);
      if (dockerfile) result.dockerfile = dockerfile;
    }
  }
  const targetNode = resolveNode(service.doc, getValue(service.doc, build, 'target'));
  const target = scalarString(targetNode);
  const targetRange = nodeRange(document, targetNode);
  if (target && targetRange && !target.includes('$')) result.target = { name: target, range: targetRange };
  return result;
}

/** The `env_file:` files a service requires (`required: false` ones aside). */
export function serviceEnvFiles(document: TextDocument, composePath_: string, service: ComposeService): ComposePath[] {
  const value = service.value('env_file');
  if (value === undefined || value === null) return [];
  const folder = dirname(composePath_);
  const items = isScalar(value) ? [value] : [...sequenceItems(service.doc, value)];
  const paths: ComposePath[] = [];
  for (const item of items) {
    const node = resolveNode(service.doc, item);
    if (isMap(node)) {
      const required = scalarString(resolveNode(service.doc, getValue(service.doc, node, 'required')));
      if (required !== undefined && /^(?:false|no|off)$/i.test(required)) continue;
      const path = composePath(document, folder, resolveNode(service.doc, getValue(service.doc, node, 'path')));
      if (path) paths.push(path);
    } else {
      const path = composePath(document, folder, node);
      if (path) paths.push(path);
    }
  }
  return paths;
}

/** The files of another Compose file a service `extends`, and the `file:` of the top-level `secrets` and `configs`. */
export function referencedFiles(document: TextDocument, composePath_: string, file: ComposeFile): { what: string; path: ComposePath }[] {
  const folder = dirname(composePath_);
  const found: { what: string; path: ComposePath }[] = [];
  for (const service of file.services) {
    const extendsNode = resolveNode(service.doc, service.own('extends')?.value);
    const path = isMap(extendsNode) ? composePath(document, folder, resolveNode(service.doc, getValue(service.doc, extendsNode, 'file'))) : undefined;
    if (path) found.push({ what: `The file service ${code(service.name)} extends`, path });
  }
  for (const section of ['secrets', 'configs']) {
    for (const { key, pair } of mapPairs(file.doc, getValue(file.doc, file.root, section))) {
      const path = composePath(document, folder, resolveNode(file.doc, getValue(file.doc, pair.value, 'file')));
      if (path) found.push({ what: `The file of ${section.slice(0, -1)} ${code(key)}`, path });
    }
  }
  return found;
}
