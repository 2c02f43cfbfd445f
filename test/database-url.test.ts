// The address the command-line tests give in DATABASE_URL reads back as the test server's own
// settings through the parser the command line uses, whatever the password holds.
import { parse } from 'pg-connection-string';
import { describe, expect, it } from 'vitest';
import { databaseUrl } from './helpers/database.ts';

describe('the test database address', () => {
  it('reads back user, password, host, port and name, on TCP and on a Unix socket', () => {
    const password = 'p@ss:w/rd%20#?';
    for (const host of ['127.0.0.1', '/tmp/klandizie socket']) {
      const read = parse(databaseUrl('klandizie_x', { host, port: 54321, user: 'a b', password }));
      expect(read).toMatchObject({
        host,
        port: '54321',
        user: 'a b',
        password,
        database: 'klandizie_x',
      });
    }
  });
});
