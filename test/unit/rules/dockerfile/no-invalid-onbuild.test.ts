import { testRule } from '../../ruleTester';

testRule('dockerfile/no-invalid-onbuild', {
  valid: ['FROM node:24\nONBUILD COPY . /app\nONBUILD RUN npm ci\n'],
  invalid: [
    {
      code: 'FROM node:24\nONBUILD ONBUILD RUN make\nonbuild maintainer me\n',
      errors: [{ line: 2, text: 'ONBUILD', message: /`ONBUILD ONBUILD` is not allowed/, output: null }, { line: 3, text: 'maintainer' }],
    },
  ],
});
