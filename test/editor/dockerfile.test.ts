// Issue 4's promise in the editor, as a person sees it: hovers on an instruction and on flags, two
// different quick fixes, and the "ignore for this instruction" action; after each edit the editor holds
// exactly the expected text and the finding has left the Problems panel while the others stay.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './codeServer';
import { useEditorSession } from './session';
import { editorText, openFile, quickFix, readProblems, screenshot, showHover, waitForEditorText, waitForProblemGone } from './workbench';

const fixture = 'test/fixtures/editor-dockerfile';

describe('dockerfile: hovers, quick fixes and an ignore comment in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture });
  /** The file as the previous step left it, line by line (index 0 is line 1; the editor shows the empty last line too). */
  const lines = readFileSync(path.join(repoRoot(), fixture, 'Dockerfile'), 'utf8').split('\n');

  it('lists the four findings of the fixture in Problems', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    assert.equal(await editorText(page), lines.join('\n'));
    const problems = (await readProblems(page, 4)).filter((problem) => problem.source.includes('container-coach'));
    await screenshot(page, 'dockerfile problems panel');
    assert.deepEqual(
      problems
        .map(({ code, line, column, severity }) => ({ code, line, column, severity }))
        .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)),
      [
        { code: 'dockerfile/prefer-base-image-digest', line: 2, column: 6, severity: 'info' },
        { code: 'dockerfile/no-maintainer', line: 3, column: 1, severity: 'warning' },
        { code: 'dockerfile/require-apt-get-yes', line: 4, column: 1, severity: 'warning' },
        { code: 'dockerfile/require-pinned-apt-packages', line: 4, column: 1, severity: 'info' },
      ],
    );
    const maintainer = problems.find((problem) => problem.code === 'dockerfile/no-maintainer');
    assert.match(maintainer?.message ?? '', /`MAINTAINER` is deprecated/);
  });

  it('explains the USER instruction on hover, with its questions', async () => {
    const { page } = session;
    const hover = await showHover(page, 'USER', { line: 10 }, 'non-root');
    const text = await hover.innerText();
    assert.match(text, /^USER\b/);
    assert.match(text, /Switch to a\s+non-root user for the final stage/);
    assert.match(text, /Q252: /);
    await screenshot(page, 'dockerfile hover on USER');
  });

  it('explains the COPY --chown and RUN --mount flags on hover', async () => {
    const { page } = session;
    const chown = await (await showHover(page, 'chown', { line: 9 }, 'COPY --chown')).innerText();
    assert.match(chown, /^COPY --chown/);
    assert.match(chown, /sets the owner of the copied files in the same layer/);
    await screenshot(page, 'dockerfile hover on COPY --chown');
    const mount = await (await showHover(page, 'mount', { line: 8 }, 'RUN --mount')).innerText();
    assert.match(mount, /^RUN --mount/);
    assert.match(mount, /type=secret exposes a secret/);
    assert.doesNotMatch(mount, /COPY --chown/);
    await screenshot(page, 'dockerfile hover on RUN --mount');
  });

  it('adds -y to apt-get install with its quick fix, changing only that line', async () => {
    const { page } = session;
    await quickFix(page, 'install', 'Add `-y`', { line: 5 });
    lines[4] = '    && apt-get install -y --no-install-recommends curl \\';
    assert.equal(await waitForEditorText(page, 'install -y --no'), lines.join('\n'));
    await waitForProblemGone(page, 'require-apt-get-yes', 'require-pinned-apt-packages');
    await screenshot(page, 'dockerfile apt-get -y fix applied');
  });

  it('replaces MAINTAINER with the OCI authors label with its quick fix', async () => {
    const { page } = session;
    await quickFix(page, 'MAINTAINER', 'Replace with an OCI authors LABEL', { line: 3 });
    lines[2] = 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"';
    assert.equal(await waitForEditorText(page, 'LABEL org.opencontainers'), lines.join('\n'));
    await waitForProblemGone(page, 'no-maintainer', 'require-pinned-apt-packages');
    await screenshot(page, 'dockerfile MAINTAINER fix applied');
  });

  it('ignores the unpinned package for its RUN instruction with a comment above the instruction', async () => {
    const { page } = session;
    await quickFix(page, 'curl', 'Ignore dockerfile/require-pinned-apt-packages for this instruction', { line: 5 });
    const comment = '# container-coach ignore=dockerfile/require-pinned-apt-packages';
    lines.splice(3, 0, comment);
    assert.equal(await waitForEditorText(page, comment), lines.join('\n'));
    await waitForProblemGone(page, 'require-pinned-apt-packages', 'prefer-base-image-digest');
    const left = (await readProblems(page)).filter((problem) => problem.source.includes('container-coach')).map((problem) => problem.code);
    assert.deepEqual(left, ['dockerfile/prefer-base-image-digest']);
    await screenshot(page, 'dockerfile ignore comment inserted');
  });
});
