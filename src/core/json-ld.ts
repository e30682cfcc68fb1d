/**
 * Structured data in `<head>`: one `<script type="application/ld+json">` per key, so
 * several elements on a page never emit the same block twice.
 */

import { jsonScript } from './trusted-types.js';

/** Sets (or with `null`, removes) the JSON-LD block for `key`. */
export function setJsonLd(key: string, data: object | null): void {
  const selector = `script[type="application/ld+json"][data-rl-jsonld="${CSS.escape(key)}"]`;
  let script = document.head.querySelector<HTMLScriptElement>(selector);
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.rlJsonld = key;
    document.head.appendChild(script);
  }
  // textContent is not parsed as HTML, but escape "<" anyway so "</script>" can never close it early.
  script.textContent = jsonScript(JSON.stringify(data).replace(/</g, '\\u003c'));
}
