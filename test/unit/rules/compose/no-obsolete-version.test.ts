import { testRule } from '../../ruleTester';

testRule('compose/no-obsolete-version', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', 'services:\n  web:\n    image: nginx:1.27\n    labels:\n      version: "3"\n'],
  invalid: [
    {
      code: "# comment stays\nversion: '3.8'\n\nservices:\n  web:\n    image: nginx:1.27\n",
      errors: [{ line: 2, text: 'version', output: '# comment stays\n\nservices:\n  web:\n    image: nginx:1.27\n' }],
    },
    {
      code: 'services:\r\n  web:\r\n    image: nginx:1.27\r\nversion: "3"',
      errors: [{ line: 4, text: 'version', output: 'services:\r\n  web:\r\n    image: nginx:1.27' }],
    },
    {
      code: 'services:\n  a: {image: a}\n---\nversion: "2.4"\nservices:\n  b: {image: b}\n',
      errors: [{ line: 4, text: 'version', output: 'services:\n  a: {image: a}\n---\nservices:\n  b: {image: b}\n' }],
    },
  ],
});
