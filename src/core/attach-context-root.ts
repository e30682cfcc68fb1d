/**
 * Side effect on import: the page's context root, attached before any element is defined (import
 * this first), so elements that upgrade before their `<rl-store>` still receive its context.
 * Imported by `returnless/define`, the per-element entries and core/define.ts (so the CDN build
 * attaches it with the elements' runtime, before any tag is defined). On a server (no `document`)
 * it does nothing.
 *
 * It does what @lit/context's ContextRoot does, in the context community protocol, with less code
 * (it ships to every page): a subscribing `context-request` that reached the root unanswered is
 * kept (weakly: an element that leaves is not held), and sent again from its element when a
 * provider of that context appears (`context-provider`). A request that is still unanswered then
 * comes back here and waits for the next provider.
 */
import { ContextEvent, type Context, type ContextCallback } from '@lit/context';

const ROOT = Symbol.for('returnless.context-root');
const g = globalThis as unknown as Record<symbol, unknown>;

type AnyContext = Context<unknown, unknown>;
type Waiting = [element: WeakRef<Element>, callback: WeakRef<ContextCallback<unknown>>][];

if (typeof document !== 'undefined' && !g[ROOT]) {
  g[ROOT] = true;
  const waiting = new Map<AnyContext, Waiting>();
  const root = document.documentElement;
  root.addEventListener('context-request', (event) => {
    const { context, callback, subscribe, contextTarget } = event as ContextEvent<AnyContext>;
    if (subscribe !== true) return;
    const element = contextTarget ?? (event.composedPath()[0] as Element);
    const list = waiting.get(context) ?? [];
    waiting.set(context, list);
    if (!list.some(([e, c]) => e.deref() === element && c.deref() === callback)) list.push([new WeakRef(element), new WeakRef(callback)]);
  });
  root.addEventListener('context-provider', (event) => {
    const context = (event as Event & { context: AnyContext }).context;
    const list = waiting.get(context);
    waiting.delete(context);
    for (const [e, c] of list ?? []) {
      const element = e.deref();
      const callback = c.deref();
      if (element && callback) element.dispatchEvent(new ContextEvent(context, element, callback, true));
    }
  });
}
