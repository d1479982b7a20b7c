import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeEvent } from '../../shared/contract';
import { startHost, type Host } from './server';

const TOKEN = 'test-token-123';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
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
const dispatch = vi.fn((channel: string, input: unknown) => ({ ok: true as const, value: { channel, input } }));

beforeEach(async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'stockdesk-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Stockdesk</title>');
  dispatch.mockClear();
  host = await startHost({ dispatch, staticDir, token: TOKEN, port: 0 });
  port = host.port;
});
afterEach(() => host.close());

const auth = { authorization: `Bearer ${TOKEN}` };

describe('browser mode host', () => {
  it('binds loopback on a free port and serves the contract to a caller with the token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${port}/`);
    const reply = await send(port, '/api/items:list', { headers: { ...auth, 'x-stockdesk-client': 'tab-1' }, body: '{"query":"grease"}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { channel: 'items:list', input: { query: 'grease' } } });
    expect(dispatch).toHaveBeenCalledWith('items:list', { query: 'grease' }, 'tab-1');
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
    const open = (client: string) =>
      new Promise<void>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: `/api/events?token=${TOKEN}&client=${client}`, method: 'GET' }, (res) => {
          res.on('data', (c: Buffer) => {
            const text = c.toString();
            if (text.startsWith(':')) resolve();
            else received.push(`${client} ${text.trim()}`);
          });
        });
        req.end();
      });
    await Promise.all([open('tab-1'), open('tab-2')]);
    host.broadcast('data:changed', changeEvent('items:create'), 'tab-1');
    await vi.waitFor(() => expect(received).toEqual(['tab-2 event: data:changed\ndata: {"channel":"items:create","touches":["items"]}']));
    expect((await send(port, '/api/events', { method: 'GET' })).status).toBe(401);
  });
});
