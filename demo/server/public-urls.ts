/**
 * Media URLs a shop on another origin can use. Answers name stored files by root-relative paths
 * (`/api/media/files/…`), which a page on the API's own origin resolves to the API; a theme on
 * `shop.example` calling `api.shop.example` (`RL_CORS_ORIGINS`) would resolve them against the
 * shop and show broken photos. For a request from an allowed other origin, the `url` and
 * `thumbnailUrl` of such files become absolute URLs on the API's origin (the same origin the
 * return labels' `labelUrl` uses); same-origin answers stay as they are.
 */
import type { MiddlewareHandler } from 'hono';

export function absoluteMediaUrls(origins: readonly string[], apiBase: string): MiddlewareHandler {
  const files = `${apiBase}/media/files/`;
  return async (c, next) => {
    await next();
    const caller = c.req.header('Origin');
    const self = new URL(c.req.url).origin;
    if (!caller || caller === self || !origins.includes(caller)) return;
    if (!c.res.headers.get('Content-Type')?.startsWith('application/json')) return;
    const text = await c.res.text();
    const absolute = (key: string, value: unknown) =>
      (key === 'url' || key === 'thumbnailUrl') && typeof value === 'string' && value.startsWith(files) ? self + value : value;
    const { status, headers } = c.res;
    headers.delete('Content-Length');
    c.res = undefined; // replace the answer rather than merge headers into it
    c.res = new Response(JSON.stringify(JSON.parse(text, absolute)), { status, headers });
  };
}
