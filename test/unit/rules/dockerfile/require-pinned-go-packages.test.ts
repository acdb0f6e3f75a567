import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-go-packages', {
  valid: [
    'FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@v0.15.3\n',
    'FROM golang:1.26\nRUN go install ./cmd/server && go build -o /app .\n',
  ],
  invalid: [
    {
      code: 'FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@latest github.com/go-delve/delve/cmd/dlv\n',
      errors: [{ line: 2, text: 'golang.org/x/tools/gopls@latest', message: /nor is `github.com\/go-delve\/delve\/cmd\/dlv`.*`golang.org\/x\/tools\/gopls@<version>`/, output: null }],
    },
  ],
});

describe('go get and go run', () => {
  testRule('dockerfile/require-pinned-go-packages', {
    valid: [
      'FROM golang:1.26\nRUN go run ./cmd/server\n',
      'FROM golang:1.26\nRUN go run main.go example.com/not-a-package\n',
      'FROM golang:1.26\nRUN go get -d -v ./...\n',
      'FROM golang:1.26\nRUN go run example.com/tool@v1.2.3 example.com/argument\n',
    ],
    invalid: [
      { code: 'FROM golang:1.26\nRUN go get example.com/tool\n', errors: [{ line: 2, text: 'example.com/tool', output: null }] },
      { code: 'FROM golang:1.26\nRUN go run example.com/tool@latest -v\n', errors: [{ line: 2, text: 'example.com/tool@latest', output: null }] },
      { code: 'FROM golang:1.26\nRUN go install -ldflags -s example.com/tool\n', errors: [{ line: 2, text: 'example.com/tool', output: null }] },
    ],
  });
});
