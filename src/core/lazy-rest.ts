/**
 * The REST adapter for `<rl-store api="…">`, loaded on its first call: a page whose
 * elements never call the backend (a FAQ written in HTML) never downloads it. Elements
 * validate every answer themselves, so this uses the transport without its own validation.
 */
import { adapterMethods, type ReturnlessAdapter } from '../adapters/adapter.js';
import type { RestAdapterOptions } from '../adapters/rest.js';

export function lazyRestAdapter(options: RestAdapterOptions): ReturnlessAdapter {
  let real: Promise<ReturnlessAdapter> | undefined;
  const load = () => (real ??= import('../adapters/rest.js').then((m) => m.createRestTransport(options)));
  const adapter: Record<string, unknown> = {};
  for (const method of adapterMethods) {
    adapter[method] = async (...args: unknown[]) => {
      const rest = await load();
      return (rest[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  }
  return adapter as ReturnlessAdapter;
}
