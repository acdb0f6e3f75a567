/**
 * `node --expose-gc --import tsx scripts/benchWorkspaceMemory.ts FOLDER`, started by `npm run bench`: indexes,
 * analyses and publishes FOLDER as one workspace in a fresh process and prints its memory as JSON
 * (`heapUsed` after a forced GC, null without `--expose-gc`; `rss`), before and after.
 */
import { workspaceServer } from './benchWorkspace';

async function main(folder: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = () => {
    gc?.();
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    return { heapUsed: gc ? heapUsed : null, rss };
  };
  const { workspace, index, sent } = workspaceServer(folder);
  const before = memory();
  await workspace.start([folder], { report: () => undefined });
  const after = memory();
  // `workspace` is read after the measure, so nothing it holds is collected before it.
  console.log(JSON.stringify({ files: [...index.all()].length, published: sent.reports, diagnostics: sent.diagnostics, before, after, kept: workspace !== undefined }));
}

void main(process.argv[2]!);
