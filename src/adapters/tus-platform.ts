/**
 * The platform in place of two of tus-js-client's dependencies, in the CDN build only
 * (vite.config.ts `resolve.alias`; an app's bundler keeps the packages):
 * - `url-parse` (CommonJS, with querystringify and requires-port): tus uses it once,
 *   `new URL(location, endpoint).toString()`, to resolve a `Location` header against the upload
 *   endpoint, which rest-resumable.ts always passes absolute. The platform's URL does the same,
 *   and the build needs no CommonJS helpers.
 * - `js-base64` (1.6 kB gzip): tus uses `Base64.encode` for the `Upload-Metadata` values, which
 *   are UTF-8 (a Chinese file name): the same standard, padded base64 as `btoa` over UTF-8 bytes.
 */
export default globalThis.URL;

export const Base64 = {
  encode(text: string): string {
    let binary = '';
    for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
    return btoa(binary);
  },
};
