/**
 * Side effect on import: one `ContextRoot` per page, attached before any element is defined
 * (import this first), so elements that upgrade before their `<rl-store>` still receive its
 * context. Imported by `returnless/define` and the per-element entries; the CDN loader attaches
 * its own and sets its symbol first. On a server (no `document`) it does nothing.
 */
import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('returnless.context-root');
const LOADER = Symbol.for('returnless.loader');
const g = globalThis as unknown as Record<symbol, unknown>;

if (typeof document !== 'undefined' && !g[ROOT] && !g[LOADER]) {
  g[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}
