import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import content from 'container-coach:server-content';
import { serverContentFrom } from './content';
import { startServer } from './server';
import { ClientFileSystem } from './settings/clientFileSystem';

/** The web extension's server, in a Worker: the data files are bundled, the files around a document come from the client. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = new ClientFileSystem(connection, (message) => connection.console.warn(message));
startServer(connection, { content: serverContentFrom(content), files });
