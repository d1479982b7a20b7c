import { timingSafeEqual } from 'node:crypto';

// The checks that keep browser mode private to this desk: a page on another site cannot reach the
// contract (Origin), a DNS-rebinding name cannot either (Host), and another local user or program
// without the per-run token gets nothing (Authorization).

export interface GuardOptions {
  /** The loopback address being served, e.g. 127.0.0.1. */
  hostname: string;
  port: number;
  token: string;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

const allowedHosts = ({ hostname, port }: GuardOptions): string[] => {
  const names = hostname === '127.0.0.1' ? ['127.0.0.1', 'localhost'] : [hostname];
  return names.map((name) => `${name}:${port}`);
};

/** Host and Origin must be the loopback address being served (403 otherwise). */
export function checkHostAndOrigin(headers: { host?: string; origin?: string }, options: GuardOptions): GuardVerdict {
  const hosts = allowedHosts(options);
  if (!headers.host || !hosts.includes(headers.host.toLowerCase())) {
    return { ok: false, status: 403, message: `Host ${headers.host ?? '(none)'} is not this Stockdesk` };
  }
  if (headers.origin !== undefined && !hosts.some((h) => headers.origin?.toLowerCase() === `http://${h}`)) {
    return { ok: false, status: 403, message: `Origin ${headers.origin} may not use this Stockdesk` };
  }
  return { ok: true };
}

/** The per-run token, as `Authorization: Bearer T` (or, for the event stream only, `?token=T`). */
export function checkToken(presented: string | undefined, options: GuardOptions): GuardVerdict {
  const expected = Buffer.from(options.token);
  const given = Buffer.from(presented ?? '');
  if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  return { ok: false, status: 401, message: 'a valid access token is required' };
}

export const bearerToken = (authorization: string | undefined): string | undefined =>
  authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
