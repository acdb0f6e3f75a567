import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-go-packages', {
  valid: [
    'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.3\n',
    'FROM golang:1.22\nRUN go install ./cmd/server && go build -o /app .\n',
  ],
  invalid: [
    {
      code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest github.com/go-delve/delve/cmd/dlv\n',
      errors: [{ line: 2, text: 'golang.org/x/tools/gopls@latest', message: /nor is `github.com\/go-delve\/delve\/cmd\/dlv`.*`golang.org\/x\/tools\/gopls@<version>`/, output: null }],
    },
  ],
});
