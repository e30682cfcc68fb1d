/**
 * One cross-origin policy for every API route, the tus uploads included (`RL_CORS_ORIGINS`):
 *
 * - unset or empty: same-origin only; no route answers `Access-Control-Allow-Origin`;
 * - a comma-separated list of origins (`https://shop.example,https://www.shop.example`): those
 *   origins may call the API (the allowed origin is echoed, with `Vary: Origin`); any other
 *   origin gets no CORS headers, so the browser keeps its answers from the page.
 *
 * The same list decides `Cross-Origin-Resource-Policy` on review photos (see `resourcePolicy`).
 */
import type { Context, MiddlewareHandler } from 'hono';

export const ALLOWED_HEADERS = [
  'Accept',
  'Accept-Language',
  'Content-Type',
  'Idempotency-Key',
  'X-Returnless-Meta',
  'Tus-Resumable',
  'Upload-Length',
  'Upload-Offset',
  'Upload-Metadata',
  'Upload-Concat',
  'X-HTTP-Method-Override',
  'X-Requested-With',
];
const EXPOSED_HEADERS = [
  'Retry-After',
  'Idempotent-Replayed',
  'Location',
  'Tus-Resumable',
  'Tus-Version',
  'Tus-Extension',
  'Tus-Max-Size',
  'Upload-Offset',
  'Upload-Length',
  'Upload-Expires',
  'Upload-Metadata',
];
const METHODS = 'GET, POST, PATCH, HEAD, DELETE, OPTIONS';

/** Parses `RL_CORS_ORIGINS`; throws a clear error for anything that is not an origin. */
export function parseOrigins(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new Error(`RL_CORS_ORIGINS: "${origin}" is not an origin like https://shop.example.`);
      }
      if (url.origin !== origin.replace(/\/$/, '') || !/^https?:$/.test(url.protocol))
        throw new Error(`RL_CORS_ORIGINS: "${origin}" must be scheme://host[:port] with nothing after it.`);
      return url.origin;
    });
}

/** Middleware: answers preflights and sets (or strips) the CORS headers of every response below it. */
export function corsPolicy(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c: Context, next) => {
    const origin = c.req.header('Origin');
    const ok = origin !== undefined && allowed.has(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      const headers: Record<string, string> = { Vary: 'Origin' };
      if (ok) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Methods'] = METHODS;
        headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS.join(', ');
        headers['Access-Control-Max-Age'] = '600';
      }
      return c.body(null, 204, headers);
    }
    await next();
    // Downstream handlers (tus sets `*` by default) never decide this on their own.
    for (const h of ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Access-Control-Expose-Headers'])
      c.res.headers.delete(h);
    c.res.headers.append('Vary', 'Origin');
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
    }
  };
}

/**
 * `Cross-Origin-Resource-Policy` for stored media: `same-origin` when the API serves only its own
 * origin, `cross-origin` for public review and catalog photos when shop origins are configured
 * (a theme on `shop.example` shows photos from `api.shop.example`). Return evidence is
 * `cross-origin` only when fetched with the shopper's media proof (`shopperProof`): the return form
 * on the shop's page shows the shopper their own photos again after a reload. Without the proof
 * (the merchant's admin, on the API's own origin) it stays `same-origin`.
 */
export function resourcePolicy(origins: readonly string[], purpose: string, shopperProof = false): 'same-origin' | 'cross-origin' {
  return origins.length && (purpose !== 'return' || shopperProof) ? 'cross-origin' : 'same-origin';
}
