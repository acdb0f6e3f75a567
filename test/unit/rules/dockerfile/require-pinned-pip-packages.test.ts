import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-pip-packages', {
  valid: [
    // Options whose value is a separate word: the value is no package.
    'FROM python:3.12\nRUN pip install --no-cache-dir --root-user-action ignore --report /tmp/r.json flask==3.0.3\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3 "requests>=2.31" -r requirements.txt\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir -c constraints.txt flask\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir --upgrade pip setuptools wheel . ./dist/app-1.0.whl git+https://example.com/x.git@4f3c2a1\n',
  ],
  invalid: [
    { code: 'FROM python:3.12\nRUN pip install --no-cache-dir --root-user-action ignore flask\n', errors: [{ line: 2, text: 'flask', message: /`flask==<version>`/, output: null }] },
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

describe('pip command lines', () => {
  testRule('dockerfile/require-pinned-pip-packages', {
    valid: [
      'FROM python:3.12\nRUN pip install --no-cache-dir -i https://pypi.example.com/simple flask==3.0.3\n',
      'FROM python:3.12\nRUN pip install --no-cache-dir git+https://github.com/acme/lib.git@v1.2.0\n',
      'FROM python:3.12\nRUN pip install --no-cache-dir "lib @ git+https://github.com/acme/lib.git@4f3c2a1"\n',
      'FROM python:3.12\nRUN pip install --no-cache-dir https://example.com/lib-1.2.0.tar.gz\n',
    ],
    invalid: [
      { code: 'FROM python:3.12\nRUN pip2 install flask\n', errors: [{ line: 2, text: 'flask', output: null }] },
      { code: 'FROM python:3.12\nRUN python3 -m pip install flask\n', errors: [{ line: 2, text: 'flask', output: null }] },
      { code: 'FROM python:3.12\nRUN pipx install black\n', errors: [{ line: 2, text: 'black', output: null }] },
      {
        code: 'FROM python:3.12\nRUN pip install git+https://github.com/acme/lib.git\n',
        errors: [{ line: 2, text: 'git+https://github.com/acme/lib.git', message: /@<commit>/, output: null }],
      },
      { code: 'FROM python:3.12\nRUN pip install https://github.com/acme/lib/archive/main.tar.gz\n', errors: [{ line: 2, text: 'https://github.com/acme/lib/archive/main.tar.gz', output: null }] },
    ],
  });
});

describe('uv pip install, its options that take a value', () => {
  testRule('dockerfile/require-pinned-pip-packages', {
    valid: [
      'FROM python:3.12\nRUN uv pip install --system --python 3.12 -r requirements.txt flask==3.0.0\n',
      'FROM python:3.12\nRUN uv pip install --no-cache --index-url https://pypi.example.com/simple --extra-index-url https://mirror.example.com/simple flask==3.0.0\n',
      'FROM python:3.12\nRUN uv pip install --constraints constraints.txt flask\n',
      'FROM python:3.12\nRUN uv pip install -e . && uv add flask\n',
    ],
    invalid: [
      { code: 'FROM python:3.12\nRUN uv pip install --system flask\n', errors: [{ line: 2, text: 'flask', message: /^`flask` is not pinned: write `flask==<version>`/ }] },
      { code: 'FROM python:3.12\nRUN uv pip install -p 3.12 --target /opt/lib requests flask==3.0.0\n', errors: [{ line: 2, text: 'requests' }] },
      { code: 'FROM python:3.12\nRUN uv --directory /src pip install flask\n', errors: [{ line: 2, text: 'flask' }] },
    ],
  });
});
