/** Developer-facing console messages: each said once, each pointing at the docs. */

export const DOCS_URL = 'https://github.com/returnless/returnless#';

const said = new Set<string>();

/** `console.warn` once per key, with a link to the README section `anchor`. */
export function warnOnce(key: string, message: string, anchor = 'configuration'): void {
  if (said.has(key)) return;
  said.add(key);
  console.warn(`[returnless] ${message}\n→ ${DOCS_URL}${anchor}`);
}

/** `console.error` once per key: for configuration that cannot work as given. */
export function errorOnce(key: string, message: string, anchor = 'configuration'): void {
  if (said.has(key)) return;
  said.add(key);
  console.error(`[returnless] ${message}\n→ ${DOCS_URL}${anchor}`);
}

/** For tests: forget what was said. */
export function resetDevMessages(): void {
  said.clear();
}
