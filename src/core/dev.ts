/** Developer-facing console messages: each said once, each pointing at the docs (adapters/dev-messages.ts). */
import { sayOnce } from '../adapters/dev-messages.js';

export { DOCS_URL, resetDevMessages } from '../adapters/dev-messages.js';

/** `console.warn` once per key, with a link to the README section `anchor`. */
export function warnOnce(key: string, message: string, anchor = 'configuration'): void {
  sayOnce('warn', key, message, anchor);
}

/** `console.error` once per key: for configuration that cannot work as given. */
export function errorOnce(key: string, message: string, anchor = 'configuration'): void {
  sayOnce('error', key, message, anchor);
}
