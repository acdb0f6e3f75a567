import { testRule } from '../../ruleTester';

testRule('dockerfile/no-chmod-777', {
  valid: [
    'FROM debian:12\nRUN chmod 755 /app && chmod -R u+w /app && chmod g+rw /data\n',
    'FROM debian:12\nRUN chmod 1777 /tmp/shared && chmod +x /entrypoint.sh\n',
    'FROM debian:12\nRUN chmod "$MODE" /app\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN chmod -R 777 /app\n', errors: [{ line: 2, text: '777', message: /writable by every user/, output: null }] },
    { code: 'FROM debian:12\nRUN chmod 0666 /data/db && chmod o+w /var/log && chmod a+rwx /srv\n', errors: [{ line: 2, text: '0666' }, { line: 2, text: 'o+w' }, { line: 2, text: 'a+rwx' }] },
  ],
});
