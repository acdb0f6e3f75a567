import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../../engine/rule';
import type { YamlPair, YAMLMap } from '../../parsing/yaml';
import { insertPair, removePair, type YamlValue } from '../../edits/yamlEdits';
import { fixOf } from '../../edits/fixes';
import type { ComposeService } from './model';

/**
 * Fixes of one service: each refuses (returns undefined) when the edit would also change another
 * service, because the service is an alias or anchored, or the key is merged in or inherited.
 */

/** The service's own pair for `key`, when editing it changes this service alone. */
export function ownPair(service: ComposeService, key: string): YamlPair | undefined {
  return service.editable ? service.own(key) : undefined;
}

/** A fix that edits the service's own map. */
export function serviceFix(service: ComposeService, title: string, edit: (map: YAMLMap) => TextEdit[] | undefined): Fix | undefined {
  return service.editable ? fixOf(title, edit(service.map)) : undefined;
}

/** A fix that edits the service's own `key` pair. */
export function ownPairFix(service: ComposeService, key: string, title: string, edit: (pair: YamlPair) => TextEdit[] | undefined): Fix | undefined {
  const pair = ownPair(service, key);
  return pair ? fixOf(title, edit(pair)) : undefined;
}

export function removeServicePair(document: TextDocument, service: ComposeService, key: string, title: string): Fix | undefined {
  return ownPairFix(service, key, title, (pair) => removePair(document, service.map, pair));
}

export function insertServicePair(document: TextDocument, service: ComposeService, key: string, value: YamlValue, title: string): Fix | undefined {
  return serviceFix(service, title, (map) => insertPair(document, map, key, value));
}
