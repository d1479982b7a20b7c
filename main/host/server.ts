import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, Events } from '../../shared/contract';
import type { Dispatch } from '../handlers/dispatch';
import { bearerToken, checkHostAndOrigin, checkToken, type GuardOptions } from './guard';
import { readStatic } from './static';

export interface HostOptions {
  dispatch: Dispatch;
  /** The renderer build (out/renderer). */
  staticDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
  hostname?: string;
}

export interface Host {
  url: string;
  port: number;
  /** Pushes an event to every open page but the one named by `exceptClient` (the page that caused it). */
  broadcast<E extends EventName>(event: E, data: Events[E], exceptClient?: string): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1 << 20;

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

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value));

const refusal = (code: 'unauthorized' | 'forbidden' | 'invalid' | 'not_found', message: string) => ({
  ok: false,
  error: { code, message },
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body is larger than 1 MB'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the renderer build and the contract on a loopback address.
 * `POST /api/<channel>` takes the channel's input as JSON and answers its Result;
 * `GET /api/events` is a server-sent event stream of what main pushes.
 */
export function startHost(options: HostOptions): Promise<Host> {
  const hostname = options.hostname ?? '127.0.0.1';
  const streams = new Map<ServerResponse, string | undefined>();
  let guard: GuardOptions;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[stockdesk] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'request failed' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const where = checkHostAndOrigin({ host: req.headers.host, origin: req.headers.origin }, guard);
    if (!where.ok) return sendJson(res, where.status, refusal('forbidden', where.message));
    const url = new URL(req.url ?? '/', `http://${guard.hostname}:${guard.port}`);

    if (url.pathname === '/api/events') {
      const auth = checkToken(url.searchParams.get('token') ?? bearerToken(req.headers.authorization), guard);
      if (!auth.ok) return sendJson(res, auth.status, refusal('unauthorized', auth.message));
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.set(res, url.searchParams.get('client') ?? undefined);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      const auth = checkToken(bearerToken(req.headers.authorization), guard);
      if (!auth.ok) return sendJson(res, auth.status, refusal('unauthorized', auth.message));
      if (req.method !== 'POST') return sendJson(res, 405, refusal('invalid', 'use POST with a JSON body'));
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch (error) {
        return sendJson(res, 400, refusal('invalid', `the request body must be JSON (${(error as Error).message})`));
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const client = req.headers['x-stockdesk-client'];
      const result = options.dispatch(channel, input, typeof client === 'string' ? client : undefined);
      return sendJson(res, !result.ok && result.error.code === 'unknown_channel' ? 404 : 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, refusal('invalid', 'method not allowed'));
    const file = await readStatic(options.staticDir, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return send(res, 200, file.body, file.type);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, () => {
      const { port } = server.address() as AddressInfo;
      guard = { hostname, port, token: options.token };
      resolve({
        url: `http://${hostname}:${port}/`,
        port,
        broadcast(event, data, exceptClient) {
          const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
          for (const [stream, client] of streams) if (exceptClient === undefined || client !== exceptClient) stream.write(frame);
        },
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
