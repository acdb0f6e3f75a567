import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../../../server/src/targets/dockerfile/model';
import { commandsOf, effectiveWords, type ShellScript } from '../../../server/src/shell/tokenizer';

function scripts(text: string): { document: TextDocument; scripts: ShellScript[] } {
  const document = TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text);
  const parsed = parseDockerfile(document);
  const runs = parsed.instructions.filter((instruction) => instruction.getKeyword() === 'RUN');
  return { document, scripts: runs.map((run) => commandsOf(document, run, parsed.escapeChar)) };
}

/** Each command as `before argv… after`, every word read back from the document through its range. */
function shape(text: string): string[][] {
  const { document, scripts: all } = scripts(text);
  return all.map((script) =>
    script.commands.map((command) => [command.before ?? '', ...command.words.map((word) => document.getText(word.range)), command.after ?? ''].join(' ').trim()),
  );
}

describe('shell analysis of RUN', () => {
  it('splits on && ; | || and keeps quotes in the exact text', () => {
    assert.deepEqual(shape('FROM a\nRUN apt-get update && apt-get install -y "a b" \'c\'; echo $(x y) | grep -q z || true\n'), [
      ['apt-get update &&', '&& apt-get install -y "a b" \'c\' ;', '; echo $(x y) |', '| grep -q z ||', '|| true'],
    ]);
  });

  it('joins continuation lines, drops comment and empty lines between them, with CRLF', () => {
    const text = 'FROM a\r\nRUN apt-get update \\\r\n# a comment\r\n\r\n    && apt-get install -y \\\r\n      curl\r\n';
    assert.deepEqual(shape(text), [['apt-get update &&', '&& apt-get install -y curl']]);
    const { document, scripts: [script] } = scripts(text);
    assert.deepEqual(script.commands[1].words[3].range, { start: { line: 5, character: 6 }, end: { line: 5, character: 10 } });
    assert.equal(document.getText(script.commands[1].words[3].range), 'curl');
  });

  it('honours the escape directive for continuations but keeps backslash as the shell escape', () => {
    assert.deepEqual(shape('# escape=`\nFROM a\nRUN echo a\\ b && `\n    make install\n'), [['echo a\\ b &&', '&& make install']]);
    const { scripts: [script] } = scripts('# escape=`\nFROM a\nRUN echo a\\ b\n');
    assert.equal(script.commands[0].words[1].value, 'a b');
  });

  it('analyses heredoc scripts, skips data heredocs and nested bodies, and supports <<- and several heredocs', () => {
    const text = 'FROM a\nRUN <<EOF\nset -e\ncat <<EOT > /etc/conf\nnot | a command\nEOT\napk add \\\n  curl\nEOF\nRUN python3 <<EOF\nimport os | x\nEOF\nRUN <<-EOF bash -e\n\techo hi | tee /x\n\tEOF\nRUN <<ONE <<TWO\necho one\nONE\necho two\nTWO\n';
    assert.deepEqual(shape(text), [
      ['', 'set -e', 'cat', 'apk add curl'],
      ['python3'],
      ['bash -e', 'echo hi |', '| tee /x'],
      ['', 'echo one', 'echo two'],
    ]);
  });

  it('finds the first pipe but not || nor a pipe inside quotes or a case pattern', () => {
    const { document, scripts: all } = scripts('FROM a\nRUN a || b && echo "x | y"\nRUN case "$x" in a | b) echo ;; esac\nRUN a |& b\n');
    assert.deepEqual(all.map((script) => (script.pipe ? document.getText(script.pipe.range) : null)), [null, null, '|&']);
  });

  it('treats exec form as one command with the JSON strings as words', () => {
    const { document, scripts: [script] } = scripts('FROM a\nRUN ["apt-get", "install", "-y"]\n');
    assert.equal(script.execForm, true);
    assert.deepEqual(script.commands[0].words.map((word) => [word.value, document.getText(word.range)]), [['apt-get', '"apt-get"'], ['install', '"install"'], ['-y', '"-y"']]);
  });

  it('separates assignments and redirections from argv, unwraps sudo and env, and marks subshells', () => {
    const { scripts: [script] } = scripts('FROM a\nRUN A=1 sudo -u app env B=2 make 2>&1 >/dev/null && (cd /x && make)\n');
    assert.deepEqual(script.commands[0].assignments.map((word) => word.value), ['A=1']);
    assert.deepEqual(effectiveWords(script.commands[0]).map((word) => word.value), ['make']);
    assert.deepEqual(script.commands[0].redirects.map((redirect) => redirect.operator + (redirect.target?.value ?? '')), ['>&1', '>/dev/null']);
    assert.deepEqual(script.commands.map((command) => command.subshell), [false, true, true]);
  });

  it('never throws on broken input and caches per instruction', () => {
    for (const text of ['FROM a\nRUN echo "unterminated\n', "FROM a\nRUN echo 'x\n", 'FROM a\nRUN $(( \n', 'FROM a\nRUN <<EOF\nno end\n', 'FROM a\nRUN \\\n', 'FROM a\nRUN ; && | ) (\n']) {
      assert.doesNotThrow(() => scripts(text));
    }
    const document = TextDocument.create('file:///Dockerfile', 'dockerfile', 1, 'FROM a\nRUN make\n');
    const parsed = parseDockerfile(document);
    assert.equal(commandsOf(document, parsed.instructions[1], '\\'), commandsOf(document, parsed.instructions[1], '\\'));
  });
});

describe('shell analysis after RUN flags', () => {
  it('starts the command after flags, continuations and comment lines', () => {
    assert.deepEqual(shape('FROM a\nRUN --mount=type=cache,target=/root/.npm \\\n# why\n\n    --network=none npm ci\nRUN --mount=type=secret,id=x\n'), [['npm ci'], []]);
  });
});

describe('shell analysis on garbage', () => {
  it('never throws and keeps every word inside its instruction, on 2,000 seeded random RUN lines', () => {
    const alphabet = ['a', ' ', '\\', '\n', '\r\n', "'", '"', '$', '(', ')', '{', '}', '`', '|', '&', ';', '<<', 'EOF', '#', '-', '=', '\t', 'case ', ' in ', 'esac', ';;', '[', ']'];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round++) {
      let body = '';
      for (let i = 0; i < 40; i++) body += alphabet[Math.floor(random() * alphabet.length)];
      const text = `FROM a\nRUN ${body}\nRUN echo end\n`;
      const { document, scripts: all } = scripts(text);
      for (const script of all) {
        for (const command of script.commands) {
          for (const word of command.words) {
            assert.ok(word.start >= 0 && word.end <= text.length && word.start < word.end, `${JSON.stringify(text)}: ${word.start}-${word.end}`);
            assert.deepEqual([document.offsetAt(word.range.start), document.offsetAt(word.range.end)], [word.start, word.end]);
          }
        }
      }
    }
  });
});
