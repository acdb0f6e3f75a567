import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const sysctls = (items: string): string => pod(`  securityContext:\n    sysctls:\n${items}  containers:\n    - name: web\n      image: example/web:1.4\n`);

testRule('kubernetes/no-unsafe-sysctls', {
  valid: [sysctls('      - name: net.ipv4.ip_local_port_range\n        value: "1024 65535"\n      - {name: kernel.shm_rmid_forced, value: "1"}\n')],
  invalid: [
    {
      code: sysctls('      - name: kernel.msgmax\n        value: "65536"\n      - {name: net.core.somaxconn, value: "1024"}\n'),
      errors: [
        { line: 8, text: 'kernel.msgmax', message: /^The pod sets the sysctl `kernel.msgmax`, which the baseline Pod Security Standard does not allow/, output: null },
        { line: 10, text: 'net.core.somaxconn' },
      ],
    },
  ],
});
