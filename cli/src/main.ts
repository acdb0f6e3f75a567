import packageJson from '../../package.json';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/engine/lint';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { loadBank } from './bank';
import { loadConfig } from './config';
import { discoverFiles } from './discovery';
import { explain } from './explain';
import { fixFile } from './fix';
import { eligibleFix } from '../../server/src/engine/fixAll';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { BAD_INPUT, lintFile, SEVERITY_RANK, sortFindings, unwaived, type LintSettings } from './lintFiles';
import { FolderListing, lintWorkspace, waivedFindings, workspaceModel } from '../../server/src/workspace/model';
import { workspaceWaivers } from '../../server/src/workspace/waivers/index';
import { workspaceRules } from '../../server/src/workspace/rules/index';
import type { RunReport } from './report';

/** 2 also covers internal errors, as in ESLint. */
export const EXIT = { clean: 0, findings: 1, usage: 2, notAnalysed: 3 } as const;

/** Where the CLI writes: `process.stdout` and `process.stderr`, or a test's buffers. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  cwd: string;
  /** Folder holding `bank.json` (the CLI bundle's own folder). */
  contentDir: string;
  stdout: Output;
  stderr: Output;
}

export function main(argv: readonly string[], io: Io): number {
  try {
    const options = parseCliArgs(argv);
    switch (options.command) {
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return EXIT.clean;
      case 'version':
        io.stdout.write(`${packageJson.version}\n`);
        return EXIT.clean;
      case 'explain':
        io.stdout.write(explain(options.explain!, loadBank(io.contentDir)));
        return EXIT.clean;
      case 'lint':
        return lint(options, io);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`container-coach: ${error.message}\nRun \`container-coach --help\` for usage.\n`);
    return EXIT.usage;
  }
}

function lint(options: CliOptions, io: Io): number {
  const config = loadConfig(options, io.cwd);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const settings: LintSettings = { cwd: io.cwd, maxFileSize, optionsFor: (path) => config.lintOptionsFor(path, maxFileSize), kind: options.kind };
  const listing = new FolderListing();
  const candidates = discoverFiles(options.patterns, io.cwd, { root: config.root, patterns: config.exclude }, options.kind !== undefined, listing);
  const progress = io.stderr.isTTY ? (done: number) => io.stderr.write(`\r\u001b[2Kcontainer-coach: ${done}/${candidates.length} files`) : undefined;

  const report: RunReport = { cwd: io.cwd, files: [], problems: [] };
  for (const [index, candidate] of candidates.entries()) {
    progress?.(index);
    const outcome = lintFile(candidate, settings);
    if (outcome.file) report.files.push(outcome.file);
    report.problems.push(...outcome.problems);
  }
  if (progress) io.stderr.write('\r\u001b[2K');
  settings.waived = waivedFindings(workspaceModel(report.files.map((file) => file.analysis), listing), workspaceWaivers);
  const fixOptions = { unsafe: options.unsafeFixes };
  for (const [index, file] of report.files.entries()) {
    file.findings = unwaived(file.document, file.findings, settings.waived);
    if (!options.fix || !file.findings.some((finding) => eligibleFix(finding, fixOptions))) continue;
    const outcome = fixFile({ file, problems: [] }, settings, fixOptions);
    if (outcome.file) report.files[index] = outcome.file;
    report.problems.push(...outcome.problems);
  }
  addWorkspaceFindings(report, listing, settings);

  for (const problem of report.problems) io.stderr.write(`${problem.path}: ${BAD_INPUT.has(problem.kind) ? 'not analysed' : 'note'}: ${problem.message}\n`);
  for (const file of report.files) {
    if (file.fixed && file.fixed.length > 0) io.stderr.write(`${file.path}: fixed ${file.fixed.map((fix) => `${fix.ruleId} (line ${fix.line})`).join(', ')}\n`);
  }
  io.stdout.write(render(options, report, io));
  return exitCode(options, report);
}

/** The findings of the rules over every file linted (after --fix: they carry no fix of their own). */
function addWorkspaceFindings(report: RunReport, listing: FolderListing, settings: LintSettings): void {
  const byUri = new Map(report.files.map((file) => [file.document.uri, file]));
  const model = workspaceModel(report.files.map((file) => file.analysis), listing);
  const findings = lintWorkspace(
    model,
    workspaceRules,
    (uri) => {
      const file = byUri.get(uri);
      return file && { suppressions: file.analysis.suppressions, severities: settings.optionsFor(file.absolutePath).severities };
    },
    (ruleId, error) => report.problems.push({ path: '.', kind: 'rule-failure', message: `rule ${ruleId} failed: ${error instanceof Error ? error.message : String(error)}` }),
  );
  for (const [uri, extra] of findings) {
    const file = byUri.get(uri)!;
    file.findings = sortFindings([...file.findings, ...extra]);
  }
}

function render(options: CliOptions, report: RunReport, io: Io): string {
  switch (options.format) {
    case 'text':
      return formatText(report, Boolean(io.stdout.isTTY) && !process.env.NO_COLOR);
    case 'json':
      return formatJson(report, packageJson.version);
    case 'github':
      return formatGithub(report);
    case 'sarif':
      return formatSarif(report, { name: 'container-coach', version: packageJson.version }, loadBank(io.contentDir));
  }
}

function exitCode(options: CliOptions, report: RunReport): number {
  if (options.failOn !== 'none') {
    const threshold = SEVERITY_RANK[options.failOn];
    if (report.files.some((file) => file.findings.some((finding) => SEVERITY_RANK[finding.severity] >= threshold))) return EXIT.findings;
  }
  return report.problems.some((problem) => BAD_INPUT.has(problem.kind)) ? EXIT.notAnalysed : EXIT.clean;
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = main(process.argv.slice(2), { cwd: process.cwd(), contentDir: __dirname, stdout: process.stdout, stderr: process.stderr });
  } catch (error) {
    // Exit 1 means findings: a crash of ours must not look like one.
    process.stderr.write(`container-coach: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT.usage;
  }
}
