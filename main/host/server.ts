import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, Events } from '../../shared/contract';
import type { Dispatch } from '../handlers/dispatch';
import type { AsyncDispatch } from '../worker/worker-core';
import { BODY_TIMEOUT_MS, decodePath, MAX_BODY_BYTES, readBody } from './body';
import { bearerToken, checkHostAndOrigin, checkToken, type GuardOptions } from './guard';
import { readStatic } from './static';

export interface HostOptions {
  /** The worker core's (browser mode), or a synchronous dispatcher (tests). */
  dispatch: Dispatch | AsyncDispatch;
  /** The renderer build (out/renderer). */
  staticDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
  hostname?: string;
  /** The largest request body; MAX_BODY_BYTES unless a test needs a small one. */
  maxBodyBytes?: number;
  /** How long a request body may take to arrive; BODY_TIMEOUT_MS unless a test needs a short one. */
  bodyTimeoutMs?: number;
}

export interface Host {
  url: string;
  port: number;
  /** Pushes an event to every open page but the one named by `exceptClient` (the page that caused it). */
  broadcast<E extends EventName>(event: E, data: Events[E], exceptClient?: string): void;
  /** Pushes an event to the pages of one client only (the page that started a long call, for its progress). */
  sendTo<E extends EventName>(client: string, event: E, data: Events[E]): void;
  close(): Promise<void>;
}

// The same policy as the Electron window: no inline script, nothing from elsewhere.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown, extra?: Record<string, string>) =>
  send(res, status, JSON.stringify(value), undefined, extra);

const refusal = (code: 'unauthorized' | 'forbidden' | 'invalid' | 'not_found', message: string) => ({
  ok: false,
  error: { code, message },
});

const MALFORMED_ADDRESS = 'the address has a malformed %-escape';

/**
 * Browser mode: the renderer build and the contract on a loopback address.
 * `POST /api/<channel>` takes the channel's input as JSON (and an optional `Idempotency-Key` header)
 * and answers its Result;
 * `GET /api/events` is a server-sent event stream of what main pushes.
 * Every bad request gets a status and a message, never a reset connection or a stack trace.
 */
export function startHost(options: HostOptions): Promise<Host> {
  const hostname = options.hostname ?? '127.0.0.1';
  const limits = { maxBytes: options.maxBodyBytes ?? MAX_BODY_BYTES, timeoutMs: options.bodyTimeoutMs ?? BODY_TIMEOUT_MS };
  const streams = new Map<ServerResponse, string | undefined>();
  let guard: GuardOptions;

  // Node's own limits as a backstop: headers that never end, and a refused body still being drained.
  const requestTimeout = limits.timeoutMs + 5_000;
  const server = createServer({ requestTimeout, headersTimeout: Math.min(10_000, requestTimeout) }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[stockdesk] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'request failed' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const where = checkHostAndOrigin({ host: req.headers.host, origin: req.headers.origin }, guard);
    if (!where.ok) return sendJson(res, where.status, refusal('forbidden', where.message));
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${guard.hostname}:${guard.port}`);
    } catch {
      return sendJson(res, 400, refusal('invalid', 'the address is not a valid path'));
    }
    const path = decodePath(url.pathname);
    if (path === undefined) return sendJson(res, 400, refusal('invalid', MALFORMED_ADDRESS));

    if (path === '/api/events') {
      const auth = checkToken(url.searchParams.get('token') ?? bearerToken(req.headers.authorization), guard);
      if (!auth.ok) return sendJson(res, auth.status, refusal('unauthorized', auth.message));
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.set(res, url.searchParams.get('client') ?? undefined);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (path.startsWith('/api/')) {
      const auth = checkToken(bearerToken(req.headers.authorization), guard);
      if (!auth.ok) return sendJson(res, auth.status, refusal('unauthorized', auth.message));
      if (req.method !== 'POST') return sendJson(res, 405, refusal('invalid', 'use POST with a JSON body'));
      const body = await readBody(req, limits);
      if (!body.ok) {
        // A late body holds the connection: close it; an oversized one is drained on a live one.
        return sendJson(res, body.status, refusal('invalid', body.message), body.status === 408 ? { connection: 'close' } : undefined);
      }
      let input: unknown;
      try {
        input = body.text.trim() === '' ? {} : JSON.parse(body.text);
      } catch (error) {
        return sendJson(res, 400, refusal('invalid', `the request body must be JSON (${(error as Error).message})`));
      }
      const client = req.headers['x-stockdesk-client'];
      // One key per clerk action, kept across the page's retries: a repeat answers the first call.
      const key = req.headers['idempotency-key'];
      const result = await options.dispatch(path.slice('/api/'.length), input, typeof client === 'string' ? client : undefined, typeof key === 'string' ? key : undefined);
      return sendJson(res, !result.ok && result.error.code === 'unknown_channel' ? 404 : 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, refusal('invalid', 'method not allowed'));
    const file = await readStatic(options.staticDir, path);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return send(res, 200, file.body, file.type);
  }

  function push<E extends EventName>(event: E, data: Events[E], to: (client: string | undefined) => boolean) {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const [stream, client] of streams) {
      // A page that has just gone may not have been forgotten yet: writing to it would throw.
      if (stream.writableEnded || stream.destroyed) continue;
      if (to(client)) stream.write(frame);
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, () => {
      const { port } = server.address() as AddressInfo;
      guard = { hostname, port, token: options.token };
      resolve({
        url: `http://${hostname}:${port}/`,
        port,
        broadcast: (event, data, exceptClient) => push(event, data, (client) => exceptClient === undefined || client !== exceptClient),
        sendTo: (client, event, data) => push(event, data, (to) => to === client),
        close: () =>
          new Promise<void>((done) => {
            for (const stream of streams.keys()) stream.end();
            streams.clear();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
