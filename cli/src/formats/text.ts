import type { Severity } from '../../../server/src/engine/rule';
import { plural, relatedPath, summarize, type RunReport } from '../report';

const COLOURS = { red: 31, yellow: 33, blue: 34, grey: 90, bold: 1, underline: 4 } as const;
type Colour = keyof typeof COLOURS;
const SEVERITY_COLOUR: Record<Severity, Colour> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'grey' };

/** `file:line:col severity rule message`, one line per finding (and one per related location), files apart, then a summary line. */
export function formatText(report: RunReport, colour: boolean): string {
  const paint = (name: Colour, text: string) => (colour ? `\u001b[${COLOURS[name]}m${text}\u001b[0m` : text);
  const blocks: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const lines = file.findings.map((finding) => {
      const { line, character } = finding.range.start;
      const where = `${printable(file.path)}:${line + 1}:${character + 1}`;
      const related = (finding.related ?? []).map(
        ({ uri, range, message }) => `  ${paint('grey', 'related:')} ${printable(relatedPath(report.cwd, uri))}:${range.start.line + 1}:${range.start.character + 1} ${printable(message)}`,
      );
      return [`${colour ? paint('bold', where) : where} ${paint(SEVERITY_COLOUR[finding.severity], finding.severity)} ${paint('grey', finding.rule.id)} ${printable(finding.message)}`, ...related].join('\n');
    });
    blocks.push(lines.join('\n'));
  }
  const summary = summarize(report);
  const counts = (['error', 'warning', 'info', 'hint'] as const).filter((severity) => summary.bySeverity[severity] > 0).map((severity) => plural(summary.bySeverity[severity], severity));
  const parts = [
    summary.findings === 0 ? `No findings in ${plural(summary.files, 'file')}` : `${plural(summary.findings, 'finding')} (${counts.join(', ')}) in ${plural(summary.files, 'file')}`,
  ];
  if (summary.fixed > 0) parts.push(`${summary.fixed} fixed`);
  if (summary.unsafeFixes > 0) parts.push(`${summary.unsafeFixes} unsafe fix${summary.unsafeFixes === 1 ? '' : 'es'} available (--fix --unsafe-fixes)`);
  if (summary.badInput > 0) parts.push(`${plural(summary.badInput, 'file')} not analysed`);
  blocks.push(paint('bold', `${parts.join('; ')}.`));
  return `${blocks.join('\n\n')}\n`;
}

/** File text quoted in a message must not drive the terminal: control characters are shown as `\uXXXX`. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
