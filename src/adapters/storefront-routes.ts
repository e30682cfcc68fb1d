/**
 * The REST contract of the shopper's methods, one row per adapter method: what the REST adapter
 * holds up front. The merchant's rows (merchant-routes.ts) load with the first merchant call, so
 * storefront pages never download them; rest-routes.ts joins both for the server and the tests.
 *
 * - `GET` routes send the query as URL search parameters (booleans as `true`/`false`).
 * - `POST` routes send JSON. Lookups that carry an email use POST so it never lands in URLs or logs.
 * - Writes (`write: true`) carry an `Idempotency-Key` header.
 */
import type { AdapterMethod } from './adapter.js';
import type { MerchantAdapter } from './merchant-adapter.js';

export interface RestRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the base URL; `:name` segments are filled from the query object. */
  path: string;
  write?: boolean;
}

export const storefrontRoutes = {
  getFaq: { method: 'GET', path: '/faq' },
  getReturnPolicy: { method: 'GET', path: '/return-policy' },
  getSizeChart: { method: 'GET', path: '/size-chart' },
  getFitInsights: { method: 'GET', path: '/products/:productId/fit' },
  listReviews: { method: 'GET', path: '/products/:productId/reviews' },
  submitReview: { method: 'POST', path: '/reviews', write: true },
  uploadMedia: { method: 'POST', path: '/media', write: true },
  getMediaLimits: { method: 'GET', path: '/media/limits' },
  lookupOrder: { method: 'POST', path: '/orders/lookup' },
  getReturnReasons: { method: 'GET', path: '/return-reasons' },
  quoteReturn: { method: 'POST', path: '/returns/quote' },
  createReturn: { method: 'POST', path: '/returns', write: true },
  getReturnStatus: { method: 'POST', path: '/returns/status' },
} as const satisfies Record<Exclude<AdapterMethod, keyof MerchantAdapter>, RestRoute>;
