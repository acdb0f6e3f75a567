import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pip-no-cache-dir', {
  valid: [
    'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n',
    'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
    'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n',
    'FROM python:3.12\nRUN pip download flask\n',
    // pip turns its cache off whatever the value (where hadolint differs).
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask==3.0.3\n',
    'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=false pip install flask==3.0.3\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 2, text: 'install', output: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n' }],
    },
    {
      code: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip && pip3 install "flask==3.0.3"\n',
      errors: [
        { line: 2, text: 'install', output: 'FROM python:3.12\nRUN python3 -m pip install --no-cache-dir --upgrade pip && pip3 install "flask==3.0.3"\n' },
        { line: 2, text: 'install', output: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip && pip3 install --no-cache-dir "flask==3.0.3"\n' },
      ],
    },
  ],
});

describe('variable scope and cache mounts', () => {
  testRule('dockerfile/require-pip-no-cache-dir', {
    valid: [
      'FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.0.3\n',
      'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask==3.0.3\n',
      'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n',
      'FROM python:3.12\nRUN --mount=type=cache,target=~/.cache/pip pip install flask==3.0.3\n',
      'FROM python:3.12\nRUN --mount=type=tmpfs,target=/home/app/.cache/pip pip install flask==3.0.3\n',
    ],
    invalid: [
      {
        code: 'FROM python:3.12 AS tools\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask==3.0.3\n',
        errors: [{ line: 4, text: 'install', output: 'FROM python:3.12 AS tools\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n' }],
      },
      {
        code: 'FROM python:3.12\nRUN pip install flask==3.0.3\nENV PIP_NO_CACHE_DIR=1\n',
        errors: [{ line: 2, text: 'install', output: 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\nENV PIP_NO_CACHE_DIR=1\n' }],
      },
      {
        code: 'FROM python:3.12\nRUN (export PIP_NO_CACHE_DIR=1) && pip3 install flask==3.0.3\n',
        errors: [{ line: 2, text: 'install', output: 'FROM python:3.12\nRUN (export PIP_NO_CACHE_DIR=1) && pip3 install --no-cache-dir flask==3.0.3\n' }],
      },
    ],
  });
});

describe('uv pip install', () => {
  testRule('dockerfile/require-pip-no-cache-dir', {
    valid: [
      'FROM python:3.12\nRUN uv pip install --system --no-cache flask==3.0.0\n',
      'FROM python:3.12\nRUN uv pip install -n flask==3.0.0\n',
      'FROM python:3.12\nENV UV_NO_CACHE=1\nRUN uv pip install --system flask==3.0.0\n',
      'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/uv uv pip install --system flask==3.0.0\n',
      'FROM python:3.12\nRUN uv add flask && uv sync && uv pip list\n',
    ],
    invalid: [
      {
        code: 'FROM python:3.12\nRUN uv pip install --system flask==3.0.0\n',
        errors: [{ line: 2, text: 'install', message: /^`uv pip install` without `--no-cache`/, output: 'FROM python:3.12\nRUN uv pip install --no-cache --system flask==3.0.0\n' }],
      },
      {
        code: 'FROM python:3.12\nRUN uv --cache-dir /tmp/uv pip install -r requirements.txt\n',
        errors: [{ line: 2, text: 'install', output: 'FROM python:3.12\nRUN uv --cache-dir /tmp/uv pip install --no-cache -r requirements.txt\n' }],
      },
      {
        code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN uv pip install --system flask==3.0.0\n',
        errors: [{ line: 3, text: 'install', output: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN uv pip install --no-cache --system flask==3.0.0\n' }],
      },
    ],
  });
});
