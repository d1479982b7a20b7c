// The window's own scheme, app://stockdesk/, instead of file://: a page from file:// may read any
// file the user can, and every file:// page shares one origin. Served from the renderer build only,
// through the same reader as browser mode (no climbing out, no links out), with the same headers.
// Plain Node, so that it is tested here; the shell registers it (index.ts, window.ts).
import { decodePath } from './host/body';
import { CONTENT_SECURITY_POLICY } from './host/server';
import { readStatic } from './host/static';

export const APP_SCHEME = 'app';
const APP_HOST = 'stockdesk';

/** The page the window loads; the only page it may show. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before the app is ready. `standard` gives the page an origin of its own (`'self'` in
 * the CSP) and resolves relative paths; `secure` makes it a secure context like https; fetch and
 * CORS as VS Code grants its own file scheme, so that module scripts load. No service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

const HEADERS = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

const answer = (status: number, text: string) => new Response(text, { status, headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/** The handler for `protocol.handle(APP_SCHEME, ...)`: files of `rendererDir`, read-only. */
export function createAppProtocolHandler(rendererDir: string): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return answer(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method not allowed');
    const path = decodePath(url.pathname);
    if (path === undefined) return answer(400, 'The address has a malformed %-escape');
    const file = await readStatic(rendererDir, path);
    if (!file) return answer(404, 'Not found');
    return new Response(new Uint8Array(file.body), { status: 200, headers: { ...HEADERS, 'content-type': file.type } });
  };
}
