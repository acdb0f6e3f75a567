import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Suppression } from '../../suppressions/suppressions';
import type { KubernetesObject } from './model';
import { getMap, mapPairs, resolveNode, scalarString } from '../../parsing/yaml';

/** Our annotation: `container-coach.dev/ignore: "kubernetes/no-privileged,require-memory-limit"`. */
const IGNORE_ANNOTATION = 'container-coach.dev/ignore';
const KUBE_LINTER = /^ignore-check\.kube-linter\.io\/(.+)$/;
const CHECKOV = /^checkov\.io\/skip\d*$/;

/**
 * Suppressions written as annotations of an object (or of its pod template): they cover every line of
 * the object. Read: ours (`container-coach.dev/ignore`, a comma-separated list of rule ids, short ids or
 * aliases), kube-linter's `ignore-check.kube-linter.io/<check>` and Checkov's `checkov.io/skip1: CKV_K8S_20=reason`.
 */
export function annotationSuppressions(document: TextDocument, objects: readonly KubernetesObject[]): Suppression[] {
  const list: Suppression[] = [];
  for (const object of objects) {
    const range = object.map.range;
    if (!range) continue;
    let scope: Extract<Suppression['scope'], { kind: 'lines' }> | undefined;
    for (const metadata of [object.metadata, object.podTemplateMetadata]) {
      for (const { key, pair } of mapPairs(object.doc, metadata && getMap(object.doc, metadata, 'annotations'))) {
        const kubeLinter = KUBE_LINTER.exec(key);
        if (key !== IGNORE_ANNOTATION && !kubeLinter && !CHECKOV.test(key)) continue;
        const value = scalarString(resolveNode(object.doc, pair.value)) ?? '';
        const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
        const line = keyRange ? document.positionAt(keyRange[0]).line : 0;
        scope ??= { kind: 'lines', start: document.positionAt(range[0]).line, end: document.positionAt(Math.max(range[0], range[1] - 1)).line };
        if (key === IGNORE_ANNOTATION) {
          const rules = value.split(',').map((name) => name.trim()).filter(Boolean);
          if (rules.length > 0) list.push({ tool: 'container-coach', rules, file: false, line, scope });
        } else if (kubeLinter) {
          list.push({ tool: 'container-coach', rules: [kubeLinter[1]], file: false, line, scope, ...(value ? { reason: value } : {}) });
        } else {
          const [check, reason] = value.split('=', 2);
          if (check.trim()) list.push({ tool: 'checkov', rules: [check.trim()], file: false, line, scope, ...(reason ? { reason } : {}) });
        }
      }
    }
  }
  return list;
}
