/**
 * The adapter toolkit on `window.Returnless`, for pages that load Returnless with one script
 * tag and cannot `import` from the package. The loader imports this small module statically
 * (it travels in `returnless.js` itself), so it is there as soon as the loader ran. The three factories return an adapter at once and load their
 * code on its first call, so a page that never calls them never downloads them.
 */
import { adapterMethods, type ReturnlessAdapter } from '../adapters/adapter.js';
import { AdapterError } from '../adapters/errors.js';
import { lazyAdapter } from '../adapters/lazy-adapter.js';
import type { MemoryAdapterOptions, MemoryData } from '../adapters/memory.js';
import type { RestAdapterOptions } from '../adapters/rest.js';
import type { configure } from './global.js';

/**
 * `window.Returnless`, set by the CDN loader (`returnless.js`). `version` and `configure` are
 * there as soon as the loader ran; the adapter toolkit (`AdapterError`, `createRestAdapter`,
 * `createMemoryAdapter`, `withValidation`) once `ready` resolved (or `rl-ready` fired).
 */
export interface ReturnlessGlobal {
  /** The version of the loader in charge of the page. */
  version: string;
  /** Page-wide configuration for elements outside any `<rl-store>`. */
  configure: typeof configure;
  /** Resolves when every Returnless tag present at load time is defined and the adapter toolkit is here. */
  ready: Promise<void>;
  /** The error every adapter method throws (see README "Writing an adapter"). */
  AdapterError: typeof AdapterError;
  /** The REST adapter for a backend implementing the Returnless routes. Its code loads on the first call. */
  createRestAdapter(options: RestAdapterOptions): ReturnlessAdapter;
  /** An in-memory adapter for prototypes and demos. Its code loads on the first call. */
  createMemoryAdapter(data?: MemoryData, options?: MemoryAdapterOptions): ReturnlessAdapter;
  /** Wraps your adapter so each answer is checked against the contract. Its code loads on the first call. */
  withValidation(adapter: ReturnlessAdapter): ReturnlessAdapter;
}

export type GlobalAdapterApi = Pick<ReturnlessGlobal, 'AdapterError' | 'createRestAdapter' | 'createMemoryAdapter' | 'withValidation'>;

export const globalAdapterApi: GlobalAdapterApi = {
  AdapterError,
  // The REST transport, checked as any adapter is (withValidation below): the REST chunk the elements
  // share keeps no validation code of its own. (`m.member` on each import, no destructuring, lets the
  // bundler drop the rest of the module.)
  createRestAdapter: (options) =>
    globalAdapterApi.withValidation(
      lazyAdapter(adapterMethods, () => import('../adapters/rest.js').then((m) => m.createRestTransport(options))),
    ),
  createMemoryAdapter: (data, options) =>
    lazyAdapter(options?.only ?? adapterMethods, () => import('../adapters/memory.js').then((m) => m.createMemoryAdapter(data, options))),
  withValidation: (adapter) =>
    lazyAdapter(
      adapterMethods.filter((m) => typeof adapter[m] === 'function'),
      () => import('../adapters/with-validation.js').then((m) => m.withValidation(adapter)),
    ),
};
