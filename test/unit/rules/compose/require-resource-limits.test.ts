import { testRule } from '../../ruleTester';

testRule('compose/require-resource-limits', {
  valid: [
    'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n          memory: 256M\n',
    'services:\n  api:\n    image: example/api:1.4\n    mem_limit: 256m\n    cpus: 0.5\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n',
      errors: [
        {
          line: 2,
          text: 'api',
          message: /no memory or CPU limit/,
          output: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: "1.0"\n          memory: 512M\n',
        },
      ],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      replicas: 2\n',
      errors: [{ line: 2, text: 'api', output: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      replicas: 2\n      resources:\n        limits:\n          cpus: "1.0"\n          memory: 512M\n' }],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n',
      errors: [{ line: 2, text: 'api', message: /no CPU limit/, output: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n          cpus: "1.0"\n' }],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    mem_limit: 256m\n',
      errors: [{ line: 2, text: 'api', message: /no CPU limit/, output: null }],
    },
  ],
});
