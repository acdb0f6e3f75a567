import { testRule } from '../../ruleTester';

testRule('dockerfile/no-invalid-label-key', {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="app" com.example.team-name=platform version=1\n',
    'FROM alpine:3.20\nLABEL "org.label-schema.vcs-url"="https://example.com/r.git"\n',
    'FROM alpine:3.20\nLABEL ${PREFIX}.team=platform\n',
    'FROM alpine:3.20\nLABEL description This image does one thing\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL Maintainer="me" com.docker.extension.title=x \\\n  9lives=1 trailing.=x double..dot=1 under_score=1\n',
      errors: [
        { line: 2, text: 'Maintainer', message: /`Maintainer` holds characters other than lowercase/ },
        { line: 2, text: 'com.docker.extension.title', message: /reserves/ },
        { line: 2, text: 'LABEL Maintainer="me" com.docker.extension.title=x \\\n  9lives', message: /does not start with a lowercase letter/ },
        { line: 2, text: 'LABEL Maintainer="me" com.docker.extension.title=x \\\n  9lives=1 trailing.', message: /does not end/ },
        { line: 2, text: 'LABEL Maintainer="me" com.docker.extension.title=x \\\n  9lives=1 trailing.=x double..dot', message: /two separators/ },
        { line: 2, text: 'LABEL Maintainer="me" com.docker.extension.title=x \\\n  9lives=1 trailing.=x double..dot=1 under_score' },
      ],
    },
    { code: 'FROM alpine:3.20\nLABEL "My Label"="x"\n', errors: [{ line: 2, text: '"My Label"' }] },
  ],
});
