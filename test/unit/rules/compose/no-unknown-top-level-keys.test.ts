import { testRule } from '../../ruleTester';

testRule('compose/no-unknown-top-level-keys', {
  valid: [
    'name: shop\nservices:\n  web:\n    image: nginx:1.27\nvolumes:\n  data: {}\nx-common: &common\n  restart: always\n',
    'include:\n  - other.yaml\nservices: {}\nnetworks: {}\nsecrets: {}\nconfigs: {}\n',
    'settings:\n  debug: true\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\nvolume:\n  data: {}\n',
      errors: [{ line: 4, text: 'volume', message: /did you mean `volumes`/, output: 'services:\n  web:\n    image: nginx:1.27\nvolumes:\n  data: {}\n' }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\nimage: redis:7\n',
      errors: [{ line: 4, text: 'image', message: /not a Compose top-level key/, output: null }],
    },
  ],
});
