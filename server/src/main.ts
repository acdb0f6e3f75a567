import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadServerContent } from './nodeContent';
import { startServer } from './server';
import { nodeFileSystem } from './settings/nodeFileSystem';

startServer(createConnection(ProposedFeatures.all), { content: loadServerContent(__dirname), files: nodeFileSystem });
