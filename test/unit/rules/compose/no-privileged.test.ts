import { testRule } from '../../ruleTester';

testRule('compose/no-privileged', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n',
    'services:\n  web:\n    image: nginx:1.27\n    privileged: false\n',
    'services:\n  web:\n    image: nginx:1.27\n    labels:\n      privileged: true\n',
    'x-privileged: &p\n  privileged: true\nservices:\n  web:\n    image: nginx:1.27\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    restart: always\n',
      errors: [{ line: 4, text: 'privileged: true', message: /`web` runs privileged/, output: 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n' }],
    },
    {
      code: 'services:\r\n  web:\r\n    privileged: yes  # needed for dind\r\n    image: docker:27-dind\r\n',
      errors: [{ line: 3, text: 'privileged: yes', output: 'services:\r\n  web:\r\n    image: docker:27-dind\r\n' }],
    },
    {
      code: 'name: first\n---\nservices:\n  a: {image: x, privileged: true}\n  b:\n    image: y\n    privileged: "true"\n',
      errors: [
        { line: 4, text: 'privileged: true', output: 'name: first\n---\nservices:\n  a: {image: x}\n  b:\n    image: y\n    privileged: "true"\n' },
        { line: 7, text: 'privileged: "true"', output: 'name: first\n---\nservices:\n  a: {image: x, privileged: true}\n  b:\n    image: y\n' },
      ],
    },
    {
      code: 'x-base: &base\n  privileged: true\n  restart: always\nservices:\n  a:\n    <<: *base\n    image: x\n  b:\n    <<: *base\n    image: y\n',
      errors: [{ line: 2, text: 'privileged: true', output: null }],
    },
    {
      code: 'services:\n  web:\n    privileged: true\n',
      errors: [{ line: 3, text: 'privileged: true', output: null }],
    },
  ],
});
