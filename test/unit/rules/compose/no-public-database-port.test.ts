import { testRule } from '../../ruleTester';

testRule('compose/no-public-database-port', {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    'services:\n  db:\n    image: postgres:16\n',
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80", "443:443"]\n',
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n',
  ],
  invalid: [
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
