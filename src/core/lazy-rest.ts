/**
 * The REST adapter for `<rl-store api="…">`, loaded on its first call: a page whose
 * elements never call the backend (a FAQ written in HTML) never downloads it. Elements
 * validate every answer themselves, so this uses the transport without its own validation.
 */
import { adapterMethods, type ReturnlessAdapter } from '../adapters/adapter.js';
import { lazyAdapter } from '../adapters/lazy-adapter.js';
import type { RestAdapterOptions } from '../adapters/rest.js';

export function lazyRestAdapter(options: RestAdapterOptions): ReturnlessAdapter {
  return lazyAdapter(adapterMethods, () => import('../adapters/rest.js').then((m) => m.createRestTransport(options)));
}
