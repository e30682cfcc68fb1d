/**
 * Side effect on import: one `ContextRoot` per page, attached before any element is defined
 * (import this first), so elements that upgrade before their `<rl-store>` still receive its
 * context. Imported by `returnless/define`, the per-element entries and core/define.ts (so the
 * CDN build attaches it with the elements' runtime, before any tag is defined). On a server (no
 * `document`) it does nothing.
 */
import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('returnless.context-root');
const g = globalThis as unknown as Record<symbol, unknown>;

if (typeof document !== 'undefined' && !g[ROOT]) {
  g[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}
