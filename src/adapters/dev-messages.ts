/**
 * Developer-facing console messages, each said once with a link to the README section it is about.
 * Here, below the elements, because an adapter's answer is checked here (call.ts) and a developer
 * writing an adapter looks in the console; core/dev.ts builds the elements' warnings on it.
 */

export const DOCS_URL = 'https://github.com/returnless/returnless#';

const said = new Set<string>();

/** `console[level]` once per key, with a link to the README section `anchor`. */
export function sayOnce(level: 'warn' | 'error', key: string, message: string, anchor: string): void {
  if (said.has(key)) return;
  said.add(key);
  console[level](`[returnless] ${message}\n→ ${DOCS_URL}${anchor}`);
}

/** For tests: forget what was said. */
export function resetDevMessages(): void {
  said.clear();
}
