/** The language server's workspace diagnostics over one folder, wired as the server wires them, for `npm run bench`. */
import { pathToFileURL } from 'node:url';
import { AnalysisStore } from '../server/src/analysis';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/engine/lint';
import { plainLinker } from '../server/src/questions/links';
import { nodeFileSystem } from '../server/src/settings/nodeFileSystem';
import { ProjectConfiguration } from '../server/src/settings/workspaceFiles';
import { rules } from '../server/src/targets/index';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';
import { WorkspaceDiagnostics, type WorkspaceDiagnosticsHost } from '../server/src/workspaceDiagnostics';

/** No document open unless `host` says otherwise; `sent` counts the reports sent and their diagnostics. */
export function workspaceServer(
  folder: string,
  host: Partial<Pick<WorkspaceDiagnosticsHost, 'open' | 'openUris' | 'send'>> = {},
): { workspace: WorkspaceDiagnostics; index: WorkspaceIndex; sent: { reports: number; diagnostics: number } } {
  const sent = { reports: 0, diagnostics: 0 };
  const project = new ProjectConfiguration(rules, nodeFileSystem);
  project.setFolders([pathToFileURL(folder).href]);
  const optionsFor = (uri: string) => project.lintOptionsFor(uri, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
  const index = new WorkspaceIndex(() => DEFAULT_MAX_FILE_SIZE);
  const workspace = new WorkspaceDiagnostics({
    analyses: new AnalysisStore(optionsFor, () => undefined),
    index,
    open: () => undefined,
    openUris: () => [],
    linker: () => plainLinker(undefined),
    optionsFor,
    onRuleFailure: () => undefined,
    refresh: () => undefined,
    ...host,
    send: (params) => {
      sent.reports++;
      sent.diagnostics += params.diagnostics.length;
      host.send?.(params);
    },
  });
  return { workspace, index, sent };
}
