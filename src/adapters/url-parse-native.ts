/**
 * Stands in for `url-parse` in the CDN build (vite.config.ts `resolve.alias`). tus-js-client uses it
 * once, `new URL(location, endpoint).toString()`, to resolve a `Location` header against the upload
 * endpoint, which rest-resumable.ts always passes absolute. The platform's URL does the same; the
 * CommonJS package (with querystringify and requires-port) cost every page CommonJS helpers.
 */
export default globalThis.URL;
