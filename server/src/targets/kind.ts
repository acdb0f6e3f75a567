import type { TargetName } from '../engine/rule';
import type { DocumentIdentity } from './target';

/** The kinds of document we analyse; anything else gets nothing from us. */
export type DocumentKind = TargetName;

export function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

const YAML_NAME = /\.ya?ml$/i;
const YAML_LANGUAGES = new Set(['yaml', 'dockercompose', 'helm', 'kubernetes']);

/** The YAML text a target may recognise by content: a YAML document whose text is given, without its BOM. */
export function yamlText({ name, languageId, text }: DocumentIdentity): string | undefined {
  if (text === undefined || (!YAML_LANGUAGES.has(languageId) && !YAML_NAME.test(name))) return undefined;
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}
