import { composeString, servicePorts, type ComposePort } from '../model';
import { parseImageReference } from '../../../parsing/imageReference';
import { findPair, isMap, isScalar, nodeRange, scalarString } from '../../../parsing/yaml';
import { insertPair, prependToScalar, replaceNode } from '../../../edits/yamlEdits';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from 'yaml';
import { code } from '../../../text/markdown';
import { ownPairFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { defineComposeRule } from '../../../engine/rule';

const DATABASE_IMAGE = /(?:^|\/)(?:postgres|postgis|mysql|mariadb|percona|mongo|mongodb|redis|valkey|keydb|memcached|elasticsearch|opensearch|cassandra|scylla|couchdb|couchbase|neo4j|influxdb|clickhouse-server|clickhouse|cockroach|mssql\/server|oracle\/database|rethinkdb|arangodb)$/;
const DATABASE_PORT = new Set(['5432', '3306', '27017', '6379', '11211', '9200', '9300', '9042', '5984', '7474', '7687', '1433', '1521', '26257', '28015']);
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '']);

export default defineComposeRule({
  id: 'compose/no-public-database-port',
  aliases: [],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['cc-compose-ports-and-startup', 'q6'],
  subject: ['127.0.0.1:', 'ports:'],
  summary: 'Publish database ports on 127.0.0.1 only, or not at all.',
  docs: {
    why:
      '`ports: ["5432:5432"]` listens on every interface of the host, and Docker\'s iptables rules bypass ' +
      'host firewalls such as ufw: the database is on the internet. Other services reach it over the Compose ' +
      'network by name without any published port; for local tools publish on `127.0.0.1`.',
    bad: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "5432:5432"',
    good: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5432:5432"',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const image = composeString(service.value('image'));
      const databaseImage = image !== undefined && DATABASE_IMAGE.test(parseImageReference(image).repository);
      for (const port of servicePorts(service)) {
        const target = port.target.replace(/-.*$/, '');
        if (!databaseImage && !DATABASE_PORT.has(target)) continue;
        if (port.hostIp !== undefined && !ALL_INTERFACES.has(port.hostIp)) continue;
        const range = nodeRange(document, port.node);
        if (!range) continue;
        yield {
          range,
          message: `Service ${code(service.name)} publishes database port ${code(port.target)} on all interfaces, reachable from other machines; bind it to 127.0.0.1 or drop it.`,
          fixes: () => keepFixes(ownPairFix(service, 'ports', 'Publish on 127.0.0.1 only', () => loopbackEdits(document, service.doc, port))),
        };
      }
    }
  },
});

function loopbackEdits(document: TextDocument, doc: Document.Parsed, port: ComposePort) {
  if (port.syntax === 'long') {
    if (!isMap(port.node)) return undefined;
    const hostIp = findPair(doc, port.node, 'host_ip');
    return hostIp ? replaceNode(document, hostIp.value, '127.0.0.1') : insertPair(document, port.node, 'host_ip', '127.0.0.1');
  }
  if (!isScalar(port.node)) return undefined;
  if (port.hostIp !== undefined) {
    const text = scalarString(port.node) ?? '';
    const replaced = text.replace(/^(?:\[::\]|0\.0\.0\.0|::)?:/, '127.0.0.1:');
    // A host IP from a variable (`${BIND:-0.0.0.0}:5432:5432`) is the user's to change.
    if (replaced === text) return undefined;
    const quote = port.node.type === 'QUOTE_SINGLE' ? "'" : port.node.type === 'QUOTE_DOUBLE' ? '"' : '';
    return replaceNode(document, port.node, `${quote}${replaced}${quote}`);
  }
  return prependToScalar(document, port.node, port.published === undefined ? '127.0.0.1::' : '127.0.0.1:');
}
