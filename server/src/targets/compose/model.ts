import type { Document } from 'yaml';
import {
  findPair,
  findPairWithOrigin,
  getValue,
  isMap,
  isScalar,
  isTrue,
  mapPairs,
  resolveNode,
  scalarString,
  sequenceItems,
  type Node,
  type ParsedYaml,
  type YamlDocument,
  type YamlPair,
  type YAMLMap,
} from '../../parsing/yaml';

/** One service of a Compose file: its name, its YAML map and lookups that follow `<<` merges. */
export interface ComposeService {
  name: string;
  /** The `name:` pair under `services:`; findings about a missing key point at its key. */
  pair: YamlPair;
  map: YAMLMap;
  doc: Document.Parsed;
  /** The text of the whole file, for helpers that read a node's source. */
  text: string;
  /** False when the service is an alias of another map, or anchored: an edit would change the others too. */
  editable: boolean;
  /**
   * True when the service `extends` a service of another file: keys may come from there, so rules that
   * report a missing key stay silent.
   */
  partial: boolean;
  /** The service's pair for `key`: own, merged in (`<<`), or from the service it `extends` in this file. */
  get(key: string): YamlPair | undefined;
  /** Like get, but only pairs written in this service (safe to edit for this service alone). */
  own(key: string): YamlPair | undefined;
  /** The value of `key`, aliases resolved. */
  value(key: string): Node | null | undefined;
}

/** One YAML document of a Compose file with a top-level map. */
export interface ComposeFile {
  yaml: YamlDocument;
  doc: Document.Parsed;
  root: YAMLMap;
  /** The `services:` pair, when there is one. */
  servicesPair?: YamlPair;
  services: ComposeService[];
}

export interface ComposeModel {
  files: ComposeFile[];
  /** Every service of every document. */
  services: ComposeService[];
  /** Finds a service by name in the same document as `from` (for depends_on). */
  service(from: ComposeService, name: string): ComposeService | undefined;
}

export function composeModel(parsed: ParsedYaml): ComposeModel {
  const files: ComposeFile[] = [];
  for (const yaml of parsed.valid) {
    const { doc } = yaml;
    const root = resolveNode(doc, yaml.contents);
    if (!isMap(root)) continue;
    const servicesPair = findPair(doc, root, 'services');
    const services: ComposeService[] = [];
    const maps = new Map<string, YAMLMap>();
    for (const { key, pair } of mapPairs(doc, servicesPair?.value)) {
      const map = resolveNode(doc, pair.value);
      if (isMap(map)) maps.set(key, map);
    }
    /** The maps a service reads keys from: its own, then those of the services it extends in this file. */
    const chain = (name: string): { maps: YAMLMap[]; partial: boolean } => {
      const seen: YAMLMap[] = [];
      let current: string | undefined = name;
      while (current !== undefined && maps.has(current) && !seen.includes(maps.get(current)!)) {
        const map: YAMLMap = maps.get(current)!;
        seen.push(map);
        const extendsNode = getValue(doc, map, 'extends');
        if (extendsNode === undefined) return { maps: seen, partial: false };
        if (getValue(doc, extendsNode, 'file') !== undefined) return { maps: seen, partial: true };
        current = scalarString(extendsNode) ?? scalarString(getValue(doc, extendsNode, 'service'));
      }
      return { maps: seen, partial: current !== undefined && !maps.has(current) };
    };
    for (const { key, pair } of mapPairs(doc, servicesPair?.value)) {
      const map = maps.get(key);
      if (!map || map !== resolveNode(doc, pair.value)) continue;
      const { maps: sources, partial } = chain(key);
      const get = (name: string): YamlPair | undefined => {
        for (const source of sources) {
          const found = findPair(doc, source, name);
          if (found) return found;
        }
        return undefined;
      };
      services.push({
        name: key,
        pair,
        map,
        doc,
        editable: pair.value === map && !map.anchor,
        text: parsed.text,
        partial,
        get,
        own: (name) => {
          const found = findPairWithOrigin(doc, map, name);
          return found && !found.inherited && map.items.includes(found.pair) ? found.pair : undefined;
        },
        value: (name) => {
          const found = get(name);
          return found ? resolveNode(doc, found.value) : undefined;
        },
      });
    }
    files.push({ yaml, doc, root, servicesPair, services });
  }
  const services = files.flatMap((file) => file.services);
  return {
    files,
    services,
    service: (from, name) => services.find((each) => each.doc === from.doc && each.name === name),
  };
}

/**
 * A value as Compose reads it after interpolation, for the variables we cannot know: `$$` is a `$`,
 * `${VAR:-x}` and `${VAR-x}` read as their default `x` (what the file says when nothing is set), and
 * every other form (`${VAR}`, `$VAR`, `${VAR:?err}`, `${VAR:+x}`) stays an unknown `${VAR}`, which holds
 * no `:` a port or volume parser could split on.
 */
export function interpolate(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const dollar = text.indexOf('$', at);
    if (dollar < 0) return out + text.slice(at);
    out += text.slice(at, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      at = dollar + 2;
      continue;
    }
    const bare = /^[A-Za-z_]\w*/.exec(text.slice(dollar + 1));
    if (bare) {
      out += `\${${bare[0]}}`;
      at = dollar + 1 + bare[0].length;
      continue;
    }
    const braced = next === '{' ? bracedVariable(text, dollar + 2) : undefined;
    if (!braced) {
      out += '$';
      at = dollar + 1;
      continue;
    }
    out += braced.operator === ':-' || braced.operator === '-' ? interpolate(braced.argument) : `\${${braced.name}}`;
    at = braced.end;
  }
  return out;
}

/** `NAME`, an operator and its argument of a `${...}` starting at `from`, up to its closing brace (nesting counted). */
function bracedVariable(text: string, from: number): { name: string; operator: string; argument: string; end: number } | undefined {
  const head = /^([A-Za-z_]\w*)(:?[-?+])?/.exec(text.slice(from));
  if (!head) return undefined;
  let depth = 1;
  for (let index = from + head[0].length; index < text.length; index++) {
    if (text.startsWith('${', index)) {
      depth++;
      index++;
    } else if (text[index] === '}' && --depth === 0) {
      if (!head[2] && index !== from + head[0].length) return undefined;
      return { name: head[1], operator: head[2] ?? '', argument: text.slice(from + head[0].length, index), end: index + 1 };
    }
  }
  return undefined;
}

/** The string of a scalar as Compose reads it, interpolated (see `interpolate`). */
export function composeString(node: unknown): string | undefined {
  const text = scalarString(node);
  return text === undefined ? undefined : interpolate(text);
}

/** A volume mount of a service, from the short (`src:dst:ro`) or long (map) syntax. */
export interface ComposeMount {
  /** Host path or volume name; undefined for an anonymous volume. */
  source?: string;
  target?: string;
  readOnly: boolean;
  /** The sequence item: a scalar for the short syntax, a map for the long one. */
  node: Node;
  /** The node naming the source: the item itself (short syntax) or the `source:` value (long). */
  sourceNode: Node;
  syntax: 'short' | 'long';
  /** The mode field of the short syntax (`ro`, `rw,z`, ...), when there is one. */
  mode?: string;
}

export function serviceMounts(service: ComposeService): ComposeMount[] {
  const mounts: ComposeMount[] = [];
  for (const item of sequenceItems(service.doc, service.value('volumes'))) {
    const text = composeString(item);
    if (text !== undefined) {
      const parts = splitMount(text);
      const [source, target, mode] = parts.length === 1 ? [undefined, parts[0], undefined] : parts;
      const readOnly = (mode ?? '').split(',').includes('ro');
      mounts.push({ source, target, readOnly, node: item, sourceNode: item, syntax: 'short', mode });
    } else if (isMap(item)) {
      const sourcePair = findPair(service.doc, item, 'source');
      mounts.push({
        source: composeString(resolveNode(service.doc, sourcePair?.value)),
        target: composeString(getValue(service.doc, item, 'target')),
        readOnly: isTrue(service.doc, getValue(service.doc, item, 'read_only')),
        node: item,
        sourceNode: resolveNode(service.doc, sourcePair?.value) ?? item,
        syntax: 'long',
      });
    }
  }
  return mounts;
}

/** Splits `src:dst[:mode]`, keeping a Windows drive letter (`C:\data`) with its path. */
function splitMount(text: string): string[] {
  const parts = text.split(':');
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous !== undefined && /^[A-Za-z]$/.test(previous) && /^[\\/]/.test(part)) merged[merged.length - 1] = `${previous}:${part}`;
    else merged.push(part);
  }
  return merged;
}

/** A published port, from the short (`[ip:][host:]container[/proto]`) or long syntax. */
export interface ComposePort {
  hostIp?: string;
  published?: string;
  target: string;
  node: Node;
  syntax: 'short' | 'long';
}

export function servicePorts(service: ComposeService): ComposePort[] {
  const ports: ComposePort[] = [];
  for (const item of sequenceItems(service.doc, service.value('ports'))) {
    const text = composeString(item);
    if (text !== undefined) {
      const parsed = parseShortPort(text);
      if (parsed) ports.push({ ...parsed, node: item, syntax: 'short' });
    } else if (isMap(item)) {
      const target = composeString(getValue(service.doc, item, 'target'));
      if (target === undefined) continue;
      ports.push({
        target,
        published: composeString(getValue(service.doc, item, 'published')),
        hostIp: composeString(getValue(service.doc, item, 'host_ip')),
        node: item,
        syntax: 'long',
      });
    }
  }
  return ports;
}

function parseShortPort(text: string): { hostIp?: string; published?: string; target: string } | undefined {
  const withoutProtocol = text.replace(/\/(?:tcp|udp|sctp)$/i, '');
  const ipv6 = /^\[([^\]]+)\]:(.*)$/.exec(withoutProtocol);
  const rest = ipv6 ? ipv6[2] : withoutProtocol;
  const parts = rest.split(':');
  if (ipv6) {
    if (parts.length !== 2) return undefined;
    return { hostIp: ipv6[1], published: parts[0] || undefined, target: parts[1] };
  }
  if (parts.length === 1) return { target: parts[0] };
  if (parts.length === 2) return { published: parts[0] || undefined, target: parts[1] };
  if (parts.length === 3) return { hostIp: parts[0], published: parts[1] || undefined, target: parts[2] };
  return undefined;
}

/** One variable of `environment:`, map (`KEY: value`) or list (`- KEY=value`) form. */
export interface ComposeVariable {
  name: string;
  /** The value as Compose passes it; undefined when the variable is only named (taken from the shell). */
  value?: string;
  /** The node holding the value: the map value, or the whole list item. */
  node: Node;
  /** The key node (map form) or the list item. */
  nameNode: Node;
}

export function serviceEnvironment(service: ComposeService): ComposeVariable[] {
  const environment = service.value('environment');
  const variables: ComposeVariable[] = [];
  if (isMap(environment)) {
    for (const { key, pair } of mapPairs(service.doc, environment)) {
      const value = resolveNode(service.doc, pair.value);
      variables.push({ name: key, value: scalarString(value), node: value ?? (pair.key as Node), nameNode: pair.key as Node });
    }
    return variables;
  }
  for (const item of sequenceItems(service.doc, environment)) {
    const text = scalarString(item);
    if (text === undefined) continue;
    const equals = text.indexOf('=');
    variables.push({
      name: equals < 0 ? text : text.slice(0, equals),
      value: equals < 0 ? undefined : text.slice(equals + 1),
      node: item,
      nameNode: item,
    });
  }
  return variables;
}

/** The service's `image`, unless it names the image a `build:` section produces. */
export function pulledImage(service: ComposeService): { image: string; node: Node } | undefined {
  if (service.get('build')) return undefined;
  const node = service.value('image');
  // As written: a tag from a variable (`${TAG:-latest}`) is set where the file is deployed, not judged here.
  const image = scalarString(node);
  return node && image ? { image, node } : undefined;
}

/** True when the service defines a health check that is not switched off (`disable: true`, `test: ["NONE"]`). */
export function hasHealthcheck(service: ComposeService): boolean {
  const healthcheck = service.value('healthcheck');
  if (!isMap(healthcheck)) return false;
  if (isTrue(service.doc, getValue(service.doc, healthcheck, 'disable'))) return false;
  const test = getValue(service.doc, healthcheck, 'test');
  const first = scalarString(test) ?? scalarString([...sequenceItems(service.doc, test)][0]);
  return first !== 'NONE';
}

const SHELL = /^(?:\/usr)?(?:\/bin\/)?(sh|bash|ash|dash|zsh)$/;
const SHELL_PREFIX = /^\s*((?:\/usr)?(?:\/bin\/)?(?:sh|bash|ash|dash|zsh))\s+-[a-z]*c\s+/;
/** Scripts whose last command we cannot safely prefix with `exec`. */
const COMPLEX_SCRIPT = /[|&]\s*$|[`(){}<>]|\$\(|(?:^|[\s;])(?:if|then|fi|for|while|until|do|done|case|esac|function)(?:$|[\s;])|(?:^|[^&])&(?!&)/;

/** A `command` or `entrypoint` that runs its process through `sh -c`, so the shell is PID 1. */
export interface ShellWrapper {
  shell: string;
  /** The whole `command`/`entrypoint` value. */
  node: Node;
  /** The scalar holding the script (the string itself, or the list item after `-c`). */
  scriptNode: Node;
  /** The scalar's new source text with `exec` before the final command, when that edit is safe. */
  execScript?: string;
}

export function shellWrapper(service: ComposeService, key: string): ShellWrapper | undefined {
  const node = service.value(key);
  if (!node) return undefined;
  const text = scalarString(node);
  if (text !== undefined) {
    const prefix = SHELL_PREFIX.exec(text);
    if (!prefix) return undefined;
    const rest = text.slice(prefix[0].length).trim();
    const script = /^(["']).*\1$/s.test(rest) ? rest.slice(1, -1) : rest;
    return wrapper(service.text, prefix[1], node, node, script);
  }
  const items = [...sequenceItems(service.doc, node)];
  const words = items.map(scalarString);
  const shell = words[0];
  if (!shell || !SHELL.test(shell) || !/^-[a-z]*c$/.test(words[1] ?? '') || words[2] === undefined) return undefined;
  return wrapper(service.text, shell, node, items[2], words[2]);
}

function wrapper(text: string, shell: string, node: Node, scriptNode: Node, script: string): ShellWrapper | undefined {
  if (/\btrap\b/.test(script)) return undefined;
  const last = lastCommandOffset(script);
  if (last === undefined) return { shell, node, scriptNode };
  if (/^exec\s/.test(script.slice(last))) return undefined;
  const source = scriptSource(text, scriptNode);
  if (source === undefined || COMPLEX_SCRIPT.test(script)) return { shell, node, scriptNode };
  const at = source.text.indexOf(script);
  if (at < 0 || source.text.indexOf(script, at + 1) >= 0) return { shell, node, scriptNode };
  const offset = at + last;
  return { shell, node, scriptNode, execScript: `${source.text.slice(0, offset)}exec ${source.text.slice(offset)}` };
}

/** Where the final simple command of a script starts (after the last `&&`, `||`, `;` or line break). */
function lastCommandOffset(script: string): number | undefined {
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < script.length; i++) {
    const char = script[i];
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') i++;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '\\') i++;
    else if (char === ';' || char === '\n') start = i + 1;
    else if ((char === '&' || char === '|') && script[i + 1] === char) start = i + 2;
  }
  if (quote) return undefined;
  while (start < script.length && /\s/.test(script[start])) start++;
  return start < script.length ? start : undefined;
}

/** The scalar's source text, when it is a single-line plain or quoted scalar without escapes. */
function scriptSource(text: string, node: Node): { text: string } | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const source = text.slice(node.range[0], node.range[1]).trimEnd();
  if (source.includes('\n') || (node.type === 'QUOTE_DOUBLE' && source.includes('\\'))) return undefined;
  if (node.type === 'QUOTE_SINGLE' && source.slice(1, -1).includes("''")) return undefined;
  return { text: source };
}
