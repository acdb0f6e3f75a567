import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-pip-packages', {
  valid: [
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3 "requests>=2.31" -r requirements.txt\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir -c constraints.txt flask\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir --upgrade pip setuptools wheel . ./dist/app-1.0.whl git+https://example.com/x.git\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install --no-cache-dir -i https://pypi.example.com/simple flask "uvicorn[standard]"\n',
      errors: [{ line: 2, text: 'flask', message: /nor is `uvicorn\[standard\]`.*`flask==<version>`/, output: null }],
    },
    {
      code: 'FROM python:3.12\nRUN pip install --no-cache-dir "uvicorn[standard]"\n',
      errors: [{ line: 2, text: '"uvicorn[standard]"', message: /`uvicorn==<version>`/ }],
    },
  ],
});
