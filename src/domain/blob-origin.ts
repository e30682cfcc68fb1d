/**
 * Which page's `blob:` URLs count as safe (object URLs of the shopper's own files, shown before
 * upload). The domain reads no browser global: the browser layer says it once, with
 * `location.origin` (adapters/call.ts, where answers are validated); elsewhere (Node, a server) no blob: URL is accepted.
 */
let origin: string | undefined;

/** Accepts `blob:` URLs made by pages of this http(s) origin from now on (`undefined`: none). */
export function trustBlobUrlsFrom(pageOrigin: string | undefined): void {
  origin = pageOrigin && /^https?:\/\/[^/]+$/.test(pageOrigin) ? pageOrigin : undefined;
}

/** Whether `url` is a blob: URL of the trusted origin. */
export function isTrustedBlobUrl(url: string): boolean {
  return origin !== undefined && url.startsWith(`blob:${origin}/`);
}
