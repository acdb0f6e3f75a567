import { argumentsText } from '../instructions';
import { finalStage } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { rangeAt } from '../../../text/ranges';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** A redirection of the program's output into a file, or a server flag that writes its log to a file. */
const LOG_TO_FILE =
  /(?:\d?>>?|&>)\s*["']?(?!\/dev\/|&)([^\s"'&;|]*(?:\.log|\/log\/[^\s"'&;|]*|\/logs\/[^\s"'&;|]*))|--(?:log-file|logfile|access-logfile|error-logfile|log-path)(?:=|\s+|",\s*")["']?(?!-["'\s,\]]|-$|\/dev\/)([^\s"',\]]+)/g;

export default defineDockerfileRule({
  id: 'dockerfile/prefer-logs-to-stdout',
  aliases: [],
  severity: 'info',
  questions: ['q289'],
  subject: ['stdout', 'stderr'],
  summary: 'The container command should log to stdout/stderr, not to files inside the container.',
  docs: {
    why:
      'Docker collects what the main process writes to stdout and stderr: `docker logs`, log drivers and ' +
      '`kubectl logs` see it, and rotation is configured once. A log file inside the container grows in the ' +
      'writable layer, is lost with the container and is invisible to those tools.',
    bad: 'FROM python:3.12-slim\nCMD ["gunicorn", "--access-logfile", "/var/log/app/access.log", "app:app"]\nCMD node server.js >> /var/log/app.log 2>&1',
    good: 'FROM python:3.12-slim\nCMD ["gunicorn", "--access-logfile", "-", "app:app"]\nCMD ["node", "server.js"]',
  },
  *check({ document, dockerfile }) {
    const stage = finalStage(dockerfile);
    for (const instruction of stage ? stageInstructions(dockerfile, stage, 'CMD', 'ENTRYPOINT') : []) {
      const args = argumentsText(document, instruction, dockerfile.escapeChar);
      if (!args) continue;
      for (const match of args.text.matchAll(LOG_TO_FILE)) {
        const path = match[1] ?? match[2];
        const start = match.index + match[0].lastIndexOf(path);
        yield {
          range: rangeAt(document, args.offset + start, path.length),
          message: `The container writes its log to ${code(path)}; log to stdout/stderr so \`docker logs\` and log drivers see it.`,
        };
      }
    }
  },
});
