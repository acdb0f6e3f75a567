import { testRule } from '../../ruleTester';

testRule('compose/require-log-rotation', {
  valid: [
    'services:\n  api:\n    image: example/api:1.4\n',
    'services:\n  api:\n    image: example/api:1.4\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n',
    'services:\n  api:\n    image: example/api:1.4\n    logging:\n      driver: fluentd\n',
    'services:\n  api:\n    image: example/api:1.4\n    logging:\n      driver: local\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    logging:\n      driver: json-file\n',
      errors: [{ line: 5, text: 'driver: json-file', output: 'services:\n  api:\n    image: example/api:1.4\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"\n' }],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    logging:\n      options:\n        max-file: "5"\n',
      errors: [{ line: 4, text: 'logging', output: 'services:\n  api:\n    image: example/api:1.4\n    logging:\n      options:\n        max-file: "5"\n        max-size: "10m"\n' }],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    logging: {driver: json-file, options: {tag: api}}\n',
      errors: [{ line: 4, text: 'driver: json-file', output: 'services:\n  api:\n    image: example/api:1.4\n    logging: {driver: json-file, options: {tag: api, max-size: "10m", max-file: "3"}}\n' }],
    },
  ],
});
