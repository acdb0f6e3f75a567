import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadServerContent } from './nodeContent';
import { startServer } from './server';
import { nodeFileSystem } from './settings/nodeFileSystem';
import { WorkspaceIndex } from './workspace/workspaceIndex';

startServer(createConnection(ProposedFeatures.all), {
  content: loadServerContent(__dirname),
  files: nodeFileSystem,
  workspaceIndex: (maxFileSize) => new WorkspaceIndex(maxFileSize),
});
