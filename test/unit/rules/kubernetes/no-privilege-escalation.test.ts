import assert from 'node:assert/strict';
import { applyEdits, findingsOf, testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

const restricted =
  '      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n' +
  '        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n';

testRule('kubernetes/no-privilege-escalation', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: {allowPrivilegeEscalation: false}\n'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n',
  ],
  invalid: [
    {
      // No securityContext: the finding is on the container's name; the first fix adds just the key,
      // the second the whole restricted set.
      code: pod('  containers:\n    - name: web # the app\n      image: nginx:1.27\n'),
      errors: [
        {
          line: 7,
          text: 'web',
          message: /does not set `allowPrivilegeEscalation: false`/,
          output: [
            pod('  containers:\n    - name: web # the app\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n'),
            pod('  containers:\n    - name: web # the app\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: true\n        runAsUser: 1000\n'),
      errors: [
        {
          line: 10,
          text: 'allowPrivilegeEscalation: true',
          message: /allows privilege escalation/,
          output: [
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsUser: 1000\n'),
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsUser: 1000\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
    {
      code: crlf(deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            runAsUser: 1000\n')),
      errors: [
        {
          line: 15,
          text: 'web',
          output: [
            crlf(deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            runAsUser: 1000\n            allowPrivilegeEscalation: false\n')),
            crlf(deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            runAsUser: 1000\n            allowPrivilegeEscalation: false\n            runAsNonRoot: true\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [ALL]\n            seccompProfile:\n              type: RuntimeDefault\n')),
          ],
        },
      ],
    },
    {
      // Every container group, each named in the message.
      code: pod(
        '  initContainers:\n    - name: setup\n      image: busybox:1.36\n' +
          '  containers:\n    - name: web\n      image: nginx:1.27\n' +
          '  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n',
      ),
      errors: [
        { line: 7, text: 'setup', message: /^Init container `setup`/, output: [pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n      securityContext:\n        allowPrivilegeEscalation: false\n  containers:\n    - name: web\n      image: nginx:1.27\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n'), pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n  containers:\n    - name: web\n      image: nginx:1.27\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n')] },
        { line: 10, text: 'web', message: /^Container `web`/, output: [pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n'), pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n')] },
        { line: 13, text: 'debug', message: /^Ephemeral container `debug`/, output: [pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n      securityContext:\n        allowPrivilegeEscalation: false\n'), pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n')] },
      ],
    },
  ],
});

describe('kubernetes/no-privilege-escalation restricted fix', () => {
  it('merges the restricted defaults into what the container has', () => {
    const code = pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 1000 # app user\n        capabilities:\n          drop: [NET_RAW]\n');
    const { document, findings } = findingsOf('kubernetes/no-privilege-escalation', code);
    const fix = findings[0].fixes?.[1];
    assert.equal(fix?.title, 'Add the restricted securityContext defaults to this container');
    assert.equal(
      applyEdits(document, fix?.edits ?? []),
      pod(
        '  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 1000 # app user\n        capabilities:\n          drop: [NET_RAW, ALL]\n' +
          '        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        seccompProfile:\n          type: RuntimeDefault\n',
      ),
    );
    const fresh = findingsOf('kubernetes/no-privilege-escalation', pod('  containers:\n    - name: web\n      image: nginx:1.27\n'));
    assert.equal(applyEdits(fresh.document, fresh.findings[0].fixes?.[1]?.edits ?? []), pod(`  containers:\n    - name: web\n      image: nginx:1.27\n${restricted}`));
  });
});
