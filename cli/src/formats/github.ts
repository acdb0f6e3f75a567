import type { Severity } from '../../../server/src/engine/rule';
import { BAD_INPUT } from '../lintFiles';
import { relatedPath, type RunReport } from '../report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: one annotation line per finding (its related locations in its message), and one per file we could not analyse. */
export function formatGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const properties = {
        file: file.path,
        line: start.line + 1,
        col: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        title: finding.rule.id,
      };
      // An annotation has one location: the partner files of a cross-file finding go on lines of its message.
      const related = (finding.related ?? []).map(({ uri, range, message }) => `\nrelated: ${relatedPath(report.cwd, uri)}:${range.start.line + 1}:${range.start.character + 1} ${message}`);
      lines.push(command(COMMAND[finding.severity], properties, finding.message + related.join('')));
    }
  }
  for (const problem of report.problems) {
    if (BAD_INPUT.has(problem.kind)) lines.push(command('warning', { file: problem.path, title: `container-coach: ${problem.kind}` }, `Not analysed: ${problem.message}.`));
  }
  return lines.map((line) => `${line}\n`).join('');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name} ${list.join(',')}::${escapeData(message)}`;
}

/** As @actions/core escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a property value: the message escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
