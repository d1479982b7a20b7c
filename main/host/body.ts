import type { IncomingMessage } from 'node:http';

/**
 * The largest request body the host reads: 16 MB, the most the brief allows, which holds the largest
 * request the contract accepts (see body.test.ts) with room to spare.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** How long a body may take to arrive: from this machine, anything slower is stuck or hostile. */
export const BODY_TIMEOUT_MS = 30_000;

export type Body = { ok: true; text: string } | { ok: false; status: 400 | 408 | 413; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body as UTF-8 text, refusing one that is too large (413), too slow (408) or not
 * UTF-8 (400): never as a reset connection, which the page could only report as "not running".
 * A body over the limit is refused as soon as that is known; the rest of it is read and dropped,
 * so the client, still sending, is not cut off before it can read the answer.
 */
export function readBody(req: IncomingMessage, limits: { maxBytes: number; timeoutMs: number }): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (body: Body) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(body);
    };
    const tooLarge = () => {
      chunks.length = 0;
      settle({ ok: false, status: 413, message: `the request is larger than the ${size(limits.maxBytes)} a request may be` });
    };
    const timer = setTimeout(
      () => settle({ ok: false, status: 408, message: `the request took longer than ${limits.timeoutMs / 1000} s to arrive` }),
      limits.timeoutMs,
    );
    if (Number(req.headers['content-length']) > limits.maxBytes) tooLarge();
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (settled) return;
      if (received > limits.maxBytes) tooLarge();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        settle({ ok: true, text: strictUtf8.decode(Buffer.concat(chunks)) });
      } catch {
        settle({ ok: false, status: 400, message: 'the request body is not valid UTF-8 text' });
      }
    });
    // A client that went away before sending everything: its answer goes nowhere, but the handler ends.
    req.on('close', () => {
      if (!req.complete) settle({ ok: false, status: 400, message: 'the request was not completed' });
    });
  });
}

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`);

/** The decoded path of an address, or undefined when a %-escape is malformed or is not UTF-8. */
export function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
