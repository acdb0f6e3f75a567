import { testRule } from '../../ruleTester';

testRule('compose/no-public-database-port', {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    'services:\n  db:\n    image: postgres:16\n',
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80", "443:443"]\n',
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n',
    // The default of the host IP is the loopback address.
    'services:\n  db:\n    image: mariadb:11\n    ports:\n      - "${DB_BIND:-127.0.0.1}:${MARIADB_PORT:-3307}:3306"\n',
    // `$$` is a literal dollar, not a variable: no port number, nothing to judge as a database port.
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    command: echo $$5432\n',
  ],
  invalid: [
    {
      // `:-` is the default of the variable, not the host-IP separator.
      code: 'services:\n  db:\n    image: mariadb:11\n    ports:\n      - "${MARIADB_PORT:-3307}:3306"\n      - ${EXTRA-3308}:3306\n      - "${REQUIRED:?set it}:3306"\n',
      errors: [
        { line: 5, text: '"${MARIADB_PORT:-3307}:3306"', message: /publishes database port `3306` on all interfaces/, output: 'services:\n  db:\n    image: mariadb:11\n    ports:\n      - "127.0.0.1:${MARIADB_PORT:-3307}:3306"\n      - ${EXTRA-3308}:3306\n      - "${REQUIRED:?set it}:3306"\n' },
        { line: 6, text: '${EXTRA-3308}:3306', output: 'services:\n  db:\n    image: mariadb:11\n    ports:\n      - "${MARIADB_PORT:-3307}:3306"\n      - 127.0.0.1:${EXTRA-3308}:3306\n      - "${REQUIRED:?set it}:3306"\n' },
        { line: 7, text: '"${REQUIRED:?set it}:3306"', output: 'services:\n  db:\n    image: mariadb:11\n    ports:\n      - "${MARIADB_PORT:-3307}:3306"\n      - ${EXTRA-3308}:3306\n      - "127.0.0.1:${REQUIRED:?set it}:3306"\n' },
      ],
    },
    {
      code: 'services:\n  db:\n    image: ${DB_IMAGE:-postgres:16}\n    ports:\n      - "${PORT:-15432}:${TARGET:-5432}"\n',
      errors: [{ line: 5, text: '"${PORT:-15432}:${TARGET:-5432}"', message: /database port `5432`/, output: 'services:\n  db:\n    image: ${DB_IMAGE:-postgres:16}\n    ports:\n      - "127.0.0.1:${PORT:-15432}:${TARGET:-5432}"\n' }],
    },
    {
      code: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${BIND:-0.0.0.0}:5432:5432"\n',
      errors: [{ line: 5, text: '"${BIND:-0.0.0.0}:5432:5432"', output: null }],
    },
    {
      code: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n      - 5433:5432\n      - 5432\n',
      errors: [
        { line: 5, text: '"5432:5432"', output: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n      - 5433:5432\n      - 5432\n' },
        { line: 6, text: '5433:5432', output: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n      - 127.0.0.1:5433:5432\n      - 5432\n' },
        { line: 7, text: '5432', output: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n      - 5433:5432\n      - 127.0.0.1::5432\n' },
      ],
    },
    {
      code: "services:\n  cache:\n    build: ./cache\n    ports: ['0.0.0.0:6379:6379']\n",
      errors: [{ line: 4, text: "'0.0.0.0:6379:6379'", output: "services:\n  cache:\n    build: ./cache\n    ports: ['127.0.0.1:6379:6379']\n" }],
    },
    {
      code: 'services:\n  db:\n    image: mongo:7\n    ports:\n      - 0.0.0.0:27017:27017/tcp\n      - "[::]:27018:27017"\n',
      errors: [
        { line: 5, text: '0.0.0.0:27017:27017/tcp', output: 'services:\n  db:\n    image: mongo:7\n    ports:\n      - 127.0.0.1:27017:27017/tcp\n      - "[::]:27018:27017"\n' },
        { line: 6, text: '"[::]:27018:27017"', output: 'services:\n  db:\n    image: mongo:7\n    ports:\n      - 0.0.0.0:27017:27017/tcp\n      - "127.0.0.1:27018:27017"\n' },
      ],
    },
    {
      code: 'services:\n  db:\n    image: mysql:8.4\n    ports:\n      - target: 3306\n        published: "3306"\n',
      errors: [{ line: 5, text: 'target: 3306\n        published: "3306"', output: 'services:\n  db:\n    image: mysql:8.4\n    ports:\n      - target: 3306\n        published: "3306"\n        host_ip: 127.0.0.1\n' }],
    },
  ],
});
