import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { changeEvent } from '../../shared/contract';
import { createHandlers } from '../handlers';
import { createDispatcher } from '../handlers/dispatch';
import { openDatabase } from '../store/open';
import { startHost, type Host } from './server';

const TOKEN = 'test-token-123';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: Host;
let port: number;
let staticDir: string;
const dispatch = vi.fn((channel: string, input: unknown) => ({ ok: true as const, value: { channel, input } }));
// Small limits, so that the tests can cross them quickly; the real ones are checked in body.test.ts.
const MAX_BODY = 64 * 1024;
const BODY_TIMEOUT = 300;

beforeEach(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'stockdesk-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Stockdesk</title>');
  dispatch.mockClear();
  host = await startHost({ dispatch, staticDir, token: TOKEN, port: 0, maxBodyBytes: MAX_BODY, bodyTimeoutMs: BODY_TIMEOUT });
  port = host.port;
});
afterEach(() => host.close());
afterEach(() => rmSync(staticDir, { recursive: true, force: true }));

const auth = { authorization: `Bearer ${TOKEN}` };

describe('browser mode host', () => {
  it('binds loopback on a free port and serves the contract to a caller with the token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${port}/`);
    const reply = await send(port, '/api/items:list', { headers: { ...auth, 'x-stockdesk-client': 'tab-1' }, body: '{"query":"grease"}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { channel: 'items:list', input: { query: 'grease' } } });
    // No Idempotency-Key header: the call carries no key.
    expect(dispatch).toHaveBeenCalledWith('items:list', { query: 'grease' }, 'tab-1', undefined);
  });

  it('passes the Idempotency-Key header to the dispatcher: a receipt retried with its key is posted once', async () => {
    const db = openDatabase(':memory:');
    onTestFinished(() => void db.close());
    const real = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 't', mode: 'browser', databasePath: ':memory:' });
    const desk = await startHost({ dispatch: real, staticDir, token: TOKEN, port: 0 });
    onTestFinished(() => desk.close());
    const call = (channel: string, input: unknown, key?: string) =>
      send(desk.port, `/api/${channel}`, { headers: { ...auth, ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(input) });
    await call('items:create', { sku: 'A-1' });
    await call('bins:create', { code: 'A-01' });
    const receipt = { reference: 'PO-4471', lines: [{ sku: 'A-1', bin: 'A-01', qty: 5 }] };
    const first = await call('inventory:receive', receipt, 'action-1');
    const retry = await call('inventory:receive', receipt, 'action-1');
    expect(JSON.parse(first.body)).toMatchObject({ ok: true });
    expect(retry.body).toBe(first.body);
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(1);
    const reused = await call('inventory:receive', { ...receipt, reference: 'PO-4472' }, 'action-1');
    expect(JSON.parse(reused.body)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('action-1') } });
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(1);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['a token of another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('answers 401 to a request with %s, without dispatching', async (_what, headers) => {
    const reply = await send(port, '/api/items:list', { headers, body: '{}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers 403 to a Host that is not the address being served (DNS rebinding), even with the token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
      const reply = await send(port, '/api/items:list', { headers: { ...auth, host: hostHeader }, body: '{}' });
      expect(reply.status, hostHeader).toBe(403);
    }
    expect((await send(port, '/', { method: 'GET', headers: { host: 'evil.example' } })).status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers 403 to a foreign Origin and accepts the app’s own', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${port + 1}`, 'null']) {
      const reply = await send(port, '/api/items:list', { headers: { ...auth, origin }, body: '{}' });
      expect(reply.status, origin).toBe(403);
    }
    const own = await send(port, '/api/items:list', { headers: { ...auth, origin: `http://127.0.0.1:${port}` }, body: '{}' });
    expect(own.status).toBe(200);
    const viaLocalhost = await send(port, '/api/items:list', { headers: { ...auth, host: `localhost:${port}`, origin: `http://localhost:${port}` }, body: '{}' });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses a body that is not JSON and a channel that does not exist', async () => {
    const bad = await send(port, '/api/items:list', { headers: auth, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/^the request body must be JSON/);
    const get = await send(port, '/api/items:list', { method: 'GET', headers: auth });
    expect(get.status).toBe(405);
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const page = await send(port, '/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect((await send(port, '/../../etc/passwd', { method: 'GET' })).status).toBe(404);
    expect((await send(port, '/%2e%2e/%2e%2e/etc/passwd', { method: 'GET' })).status).toBe(404);
  });

  it('pushes events to other pages but not to the one that caused them', async () => {
    const received: string[] = [];
    const open = (client: string) => listen(port, client, received);
    await Promise.all([open('tab-1'), open('tab-2')]);
    host.broadcast('data:changed', changeEvent('items:create'), 'tab-1');
    await vi.waitFor(() => expect(received).toEqual(['tab-2 event: data:changed\ndata: {"channel":"items:create","touches":["items"]}']));
    expect((await send(port, '/api/events', { method: 'GET' })).status).toBe(401);
  });

  it('awaits a dispatcher that answers later, and sends a call’s progress only to the page that made it', async () => {
    const received: string[] = [];
    const progress = { channel: 'fulfillment:run', what: 'orders', done: 400, total: 2000 } as const;
    const slow = await startHost({
      staticDir,
      token: TOKEN,
      port: 0,
      dispatch: async (channel, _input, origin) => {
        slow.sendTo(origin!, 'work:progress', progress);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { ok: true, value: { channel } };
      },
    });
    onTestFinished(() => slow.close());
    await Promise.all([listen(slow.port, 'tab-1', received), listen(slow.port, 'tab-2', received)]);
    const reply = await send(slow.port, '/api/fulfillment:run', { headers: { ...auth, 'x-stockdesk-client': 'tab-2' }, body: '{"all":true}' });
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { channel: 'fulfillment:run' } });
    await vi.waitFor(() => expect(received).toEqual([`tab-2 event: work:progress\ndata: ${JSON.stringify(progress)}`]));
  });
});

/** Opens a page's event stream as `client`; resolves once connected, then adds each event to `received` as `client event`. */
function listen(port: number, client: string, received: string[]): Promise<void> {
  return new Promise<void>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: `/api/events?token=${TOKEN}&client=${client}`, method: 'GET' }, (res) => {
      res.on('data', (c: Buffer) => {
        const text = c.toString();
        if (text.startsWith(':')) resolve();
        else received.push(`${client} ${text.trim()}`);
      });
    });
    req.end();
  });
}

/** Sends the raw bytes of a request and resolves with everything the host answers until it closes or `ms` pass. */
function raw(bytes: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    const done = () => resolve(answer);
    socket.on('close', done);
    socket.on('error', done);
    setTimeout(() => socket.destroy(), ms);
  });
}

describe('bad requests get a status and a message', () => {
  it('answers 413 with a message to a body over the limit, declared or not, and dispatches nothing', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(MAX_BODY) });
    const declared = await send(port, '/api/items:list', { headers: auth, body: big });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ ok: false, error: { code: 'invalid', message: 'the request is larger than the 65536 bytes a request may be' } });
    // Sent in chunks without a length: refused once the count passes the limit.
    const chunked = await send(port, '/api/items:list', { headers: { ...auth, 'transfer-encoding': 'chunked' }, body: big });
    expect(chunked.status).toBe(413);
    expect(dispatch).not.toHaveBeenCalled();
    // A body at the limit is read.
    const atLimit = JSON.stringify({ query: 'x'.repeat(MAX_BODY - 20) });
    expect((await send(port, '/api/items:list', { headers: auth, body: atLimit })).status).toBe(200);
  });

  it('answers 400 to a malformed %-escape, in a channel or a file path, never 500', async () => {
    for (const path of ['/api/items%ZZlist', '/api/items:list%E0%A4%A', '/api/%FF']) {
      const reply = await send(port, path, { headers: auth, body: '{}' });
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body).error.message).toBe('the address has a malformed %-escape');
    }
    expect((await send(port, '/assets/%E0%A4%A.js', { method: 'GET' })).status).toBe(400);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a body that is not UTF-8 rather than storing replacement characters', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"sku":"CAF'), Buffer.from([0xc9]), Buffer.from('"}')]);
    const reply = await send(port, '/api/items:create', { headers: auth, body: latin1 });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toBe('the request body is not valid UTF-8 text');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('times out a body that arrives too slowly, answering 408 and closing the connection', async () => {
    const started = Date.now();
    const answer = await raw(
      `POST /api/items:list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 100\r\n\r\n{"qu`,
      5_000,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('the request took longer than 0.3 s to arrive');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('never follows a link out of the build folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'stockdesk-secret-'));
    onTestFinished(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'secret.txt'), 'database password');
    symlinkSync(join(outside, 'secret.txt'), join(staticDir, 'leak.js'));
    symlinkSync(outside, join(staticDir, 'assets'));
    expect((await send(port, '/leak.js', { method: 'GET' })).status).toBe(404);
    expect((await send(port, '/assets/secret.txt', { method: 'GET' })).status).toBe(404);
    // A link that stays inside the build is served.
    mkdirSync(join(staticDir, 'real'));
    writeFileSync(join(staticDir, 'real', 'app.js'), 'export {}');
    symlinkSync(join(staticDir, 'real'), join(staticDir, 'linked'));
    expect((await send(port, '/linked/app.js', { method: 'GET' })).body).toBe('export {}');
  });
});
