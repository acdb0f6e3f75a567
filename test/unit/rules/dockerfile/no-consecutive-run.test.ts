import { testRule } from '../../ruleTester';

testRule('dockerfile/no-consecutive-run', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN make\n',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN make\n',
    'FROM debian:12\nRUN make\nRUN make install && make clean && rm -rf build\n',
    'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt\nRUN python setup.py build\n',
    'FROM debian:12 AS a\nRUN make\nFROM debian:12\nRUN make\n',
    'FROM debian:12\nRUN make\nONBUILD RUN make\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', errors: [{ line: 3, text: 'RUN', message: /joining them with `&&`/ }] },
    {
      code: 'FROM debian:12\nRUN --network=none make\n\n# install\nrun --network=none make install\nRUN ["echo", "done"]\n',
      errors: [{ line: 5, text: 'run' }],
    },
    { code: 'FROM debian:12\nRUN a && b\nRUN c\nRUN d\n', errors: [{ line: 3, text: 'RUN' }, { line: 4, text: 'RUN' }] },
  ],
});
