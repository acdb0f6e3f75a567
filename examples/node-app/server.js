const http = require('node:http');

const server = http.createServer((request, response) => response.end('hello\n'));
server.listen(3000);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
