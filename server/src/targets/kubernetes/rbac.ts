import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findPair, getMap, getString, nodeRange, sequenceItems, type Node } from '../../parsing/yaml';
import { code } from '../../text/markdown';
import type { Finding } from '../../engine/rule';
import { apiGroupOf, stringItems, type KubernetesObject } from './model';

/** One entry of a Role's or ClusterRole's `rules:`, its lists read as written (`*` included). */
export interface PolicyRule {
  object: KubernetesObject;
  apiGroups: { value: string; node: Node }[];
  resources: { value: string; node: Node }[];
  verbs: { value: string; node: Node }[];
}

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function isRbac(object: KubernetesObject, kinds: readonly string[]): boolean {
  return kinds.includes(object.kind) && apiGroupOf(object.apiVersion) === RBAC_GROUP;
}

/** The rules of every Role and ClusterRole among `objects`. */
export function* policyRules(objects: readonly KubernetesObject[]): Generator<PolicyRule> {
  for (const object of objects) {
    if (!isRbac(object, ['Role', 'ClusterRole'])) continue;
    for (const rule of sequenceItems(object.doc, findPair(object.doc, object.map, 'rules')?.value)) {
      const list = (key: string) => stringItems(object.doc, findPair(object.doc, rule, key)?.value);
      yield { object, apiGroups: list('apiGroups'), resources: list('resources'), verbs: list('verbs') };
    }
  }
}

/** What a permission rule grants to look for: resources of an API group (`''` is the core group) and verbs. */
export interface Permission {
  group: string;
  resources: readonly string[];
  verbs: readonly string[];
}

/**
 * The resource items of `rule` that grant `permission`: named explicitly (a `*` resource is the wildcard
 * rule's finding), in the permission's API group or `*`, with one of its verbs or `*`.
 */
export function granted(rule: PolicyRule, permission: Permission): { value: string; node: Node; verb: string }[] {
  if (!rule.apiGroups.some(({ value }) => value === permission.group || value === '*')) return [];
  const verb = rule.verbs.find(({ value }) => value === '*' || permission.verbs.includes(value.toLowerCase()));
  if (!verb) return [];
  return rule.resources.filter(({ value }) => permission.resources.includes(value)).map((resource) => ({ ...resource, verb: verb.value }));
}

/** A subject of a RoleBinding or ClusterRoleBinding. */
export interface BindingSubject {
  kind: string;
  name: string;
  node: Node;
}

/** A RoleBinding or ClusterRoleBinding with the role it grants and to whom. */
export interface RoleBinding {
  object: KubernetesObject;
  roleKind?: string;
  roleName?: string;
  /** The `roleRef` map's `name:` value, where findings about the role point. */
  roleNode?: Node;
  subjects: BindingSubject[];
}

export function* roleBindings(objects: readonly KubernetesObject[]): Generator<RoleBinding> {
  for (const object of objects) {
    if (!isRbac(object, ['RoleBinding', 'ClusterRoleBinding'])) continue;
    const { doc } = object;
    const roleRef = getMap(doc, object.map, 'roleRef');
    const subjects: BindingSubject[] = [];
    for (const subject of sequenceItems(doc, findPair(doc, object.map, 'subjects')?.value)) {
      const kind = getString(doc, subject, 'kind');
      const name = findPair(doc, subject, 'name');
      const value = getString(doc, subject, 'name');
      if (kind && name?.value && value !== undefined) subjects.push({ kind, name: value, node: name.value });
    }
    yield {
      object,
      roleKind: roleRef && getString(doc, roleRef, 'kind'),
      roleName: roleRef && getString(doc, roleRef, 'name'),
      roleNode: (roleRef && findPair(doc, roleRef, 'name')?.value) ?? undefined,
      subjects,
    };
  }
}

/** A permission a rule reports, with what it lets its holder do (the finding's message). */
export interface DangerousPermission extends Permission {
  allows: string;
}

/** One finding per resource item of every Role and ClusterRole that grants one of `permissions`, naming each. */
export function* permissionFindings(document: TextDocument, objects: readonly KubernetesObject[], permissions: readonly DangerousPermission[]): Generator<Finding> {
  for (const rule of policyRules(objects)) {
    const byNode = new Map<Node, { value: string; grants: string[] }>();
    for (const permission of permissions) {
      for (const { value, node, verb } of granted(rule, permission)) {
        const entry = byNode.get(node) ?? { value, grants: [] };
        entry.grants.push(`${code(verb)} on ${code(value)}: ${permission.allows}`);
        byNode.set(node, entry);
      }
    }
    for (const [node, { grants }] of [...byNode].sort(([a], [b]) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0))) {
      const range = nodeRange(document, node);
      if (range) yield { range, message: `${rule.object.kind} ${code(rule.object.name ?? '?')} grants ${grants.join('; and ')}.` };
    }
  }
}

/** True for the role that grants everything: `cluster-admin`, or a role of `objects` with `*` verbs on `*` resources of `*` groups. */
export function isAdminRole(objects: readonly KubernetesObject[], binding: RoleBinding): boolean {
  if (binding.roleKind === 'ClusterRole' && binding.roleName === 'cluster-admin') return true;
  for (const rule of policyRules(objects)) {
    if (rule.object.kind !== binding.roleKind || rule.object.name !== binding.roleName) continue;
    if (binding.roleKind === 'Role' && rule.object.namespace !== binding.object.namespace) continue;
    const star = (items: { value: string }[]) => items.some(({ value }) => value === '*');
    if (star(rule.verbs) && star(rule.resources) && star(rule.apiGroups)) return true;
  }
  return false;
}
