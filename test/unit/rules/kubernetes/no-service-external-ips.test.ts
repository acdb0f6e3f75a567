import { testRule } from '../../ruleTester';

const service = (spec: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n${spec}`;

testRule('kubernetes/no-service-external-ips', {
  valid: [
    service('  type: LoadBalancer\n'),
    service('  externalIPs: []\n'),
    // A DNS alias captures no traffic.
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: db.example.com\n',
  ],
  invalid: [
    {
      code: service('  externalIPs:\n    - 203.0.113.10\n'),
      errors: [{ line: 10, text: 'externalIPs', message: /^Service `web` claims external IPs: .*CVE-2020-8554/, output: null }],
    },
  ],
});
