import { code } from '../../../text/markdown';
import { getMap, isScalar, mapPairs, resolveNode, valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { NOT_A_SECRET, POINTER_NAME, SECRET_NAME } from '../secrets';

/** Settings about a credential rather than the credential (`password_policy`, `tokenTtl`, `passwordFile`). */
const ABOUT_A_SECRET = /_(?:POLICY|MIN|MAX|COMPLEXITY|ROTATION|EXPIRATION|EXPIRES|ALGORITHM|HASH|ENCODING|FORMAT|PROVIDER|SOURCE|REF|ID|LOCATION|ENV|VAR)$/i;
const ABOUT_A_SECRET_CAMEL = /[a-z](?:File|Path|Dir|Url|Uri|Name|Ref|Enabled|Length|Ttl|Type|Id|Policy|Min|Max|Hash|Algorithm|Format)$/;

export default defineKubernetesRule({
  id: 'kubernetes/no-secret-in-configmap',
  aliases: ['KSV109'],
  severity: 'warning',
  scope: 'document',
  looksAt: ['ConfigMap'],
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['ConfigMap'],
  summary: 'Credentials belong in a Secret, not in a ConfigMap\'s `data`.',
  docs: {
    why:
      'A ConfigMap is meant for configuration anyone who can read the namespace may see: it has no secrecy ' +
      'and no encryption at rest, `kubectl describe` prints it, and RBAC commonly grants read access to ' +
      'ConfigMaps far more widely than to Secrets. Put the value in a Secret and mount it or reference it ' +
      'with `secretKeyRef`. Differs from Trivy: only a key whose name says it holds a credential and whose ' +
      'value is a literal is reported (not empty values, placeholders like `${DB_PASSWORD}` or paths), and ' +
      'lines inside embedded configuration files are not searched.',
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  DB_HOST: db\n  DB_PASSWORD: hunter2',
    good: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\nstringData:\n  DB_PASSWORD: hunter2',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      if (object.kind !== 'ConfigMap' || object.apiVersion !== 'v1') continue;
      for (const { key, pair } of mapPairs(object.doc, getMap(object.doc, object.map, 'data'))) {
        const value = resolveNode(object.doc, pair.value);
        if (!isScalar(value) || typeof value.value !== 'string') continue;
        const text = value.value.trim();
        const name = key.replace(/[.-]/g, '_');
        if (!SECRET_NAME.test(name) || POINTER_NAME.test(name) || ABOUT_A_SECRET.test(name) || ABOUT_A_SECRET_CAMEL.test(key)) continue;
        if (NOT_A_SECRET.test(text) || /[\r\n]/.test(text) || /^\d+$|^<.*>$/.test(text)) continue;
        yield {
          range: valueRange(document, pair),
          message: `ConfigMap ${code(object.name ?? '?')} holds ${code(key)} as plain configuration; keep credentials in a Secret.`,
        };
      }
    }
  },
});
