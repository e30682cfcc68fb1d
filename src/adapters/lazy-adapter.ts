/**
 * An adapter whose code loads on its first call: the REST adapter of `<rl-store api>` (core/lazy-rest.ts)
 * and the factories on `window.Returnless` (core/global-api.ts). It travels in the loader's own file.
 */
import type { AdapterMethod, ReturnlessAdapter } from './adapter.js';

/** An adapter with exactly `methods`, each loading the real adapter on its first call. */
export function lazyAdapter(methods: readonly AdapterMethod[], load: () => Promise<ReturnlessAdapter>): ReturnlessAdapter {
  let real: Promise<ReturnlessAdapter> | undefined;
  const adapter: Record<string, unknown> = {};
  for (const method of methods) {
    adapter[method] = async (...args: unknown[]) => {
      const target = await (real ??= load());
      return (target[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  }
  return adapter as ReturnlessAdapter;
}
