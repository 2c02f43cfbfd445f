// An error answer over a real socket: either the connection stays usable for the next request, as
// the answer's keep-alive promises, or the answer says `Connection: close`. A client's pool that
// believes a keep-alive and then finds the socket closed fails its next request.
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { testApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

let database: Database;
let server: ServerType;
let port: number;

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.close();
  await database.close();
});

/** Reads one HTTP answer (head and a Content-Length body) from the socket. */
function readAnswer(socket: Socket): Promise<{ head: string; closed: boolean }> {
  return new Promise((resolve) => {
    let data = '';
    const done = (closed: boolean) => {
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve({ head: data.split('\r\n\r\n')[0] ?? '', closed });
    };
    const onData = (chunk: Buffer) => {
      data += chunk.toString('latin1');
      const [head, body = ''] = data.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head ?? '')?.[1] ?? 0);
      if (data.includes('\r\n\r\n') && Buffer.byteLength(body, 'latin1') >= length) done(false);
    };
    const onClose = () => done(true);
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}

/** Sends a request, reads its answer, then tries a second request on the same connection. */
async function secondRequestAfter(request: string | Buffer) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.on('error', () => undefined);
  const first = readAnswer(socket);
  socket.write(request);
  const answer = await first;
  await new Promise((r) => setTimeout(r, 800));
  const alive = !socket.destroyed && socket.readyState === 'open';
  let second = { head: '', closed: true };
  if (alive) {
    const next = readAnswer(socket);
    socket.write('GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    second = await Promise.race([
      next,
      new Promise<{ head: string; closed: boolean }>((r) =>
        setTimeout(() => r({ head: '', closed: true }), 3_000),
      ),
    ]);
  }
  socket.destroy();
  const saysClose = /^connection: close$/im.test(answer.head);
  return { status: Number(answer.head.split(' ')[1]), saysClose, secondWorked: !second.closed };
}

const post = (path: string, body: string | Buffer, headers: string[] = []) =>
  Buffer.concat([
    Buffer.from(
      [
        `POST ${path} HTTP/1.1`,
        'Host: localhost',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...headers,
        '',
        '',
      ].join('\r\n'),
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);

describe('error answers and the connection', { timeout: 60_000 }, () => {
  const cases: [string, () => string | Buffer][] = [
    ['a body over the limit', () => post('/api/v1/organizations', 'x'.repeat(3 * 1024 * 1024))],
    ['a refused sign-in', () => post('/api/v1/session', '{"email":"a@b.nl","password":"x"}')],
    ['not signed in, with a body', () => post('/api/v1/organizations', '{"name":"x"}')],
    ['malformed JSON', () => post('/api/v1/session', '{"email":')],
    ['no such route, with a body', () => post('/api/v1/nothing', '{}')],
  ];
  for (const [name, request] of cases) {
    it(`keeps its word on keep-alive: ${name}`, async () => {
      const result = await secondRequestAfter(request());
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.saysClose || result.secondWorked, JSON.stringify(result)).toBe(true);
    });
  }
});
