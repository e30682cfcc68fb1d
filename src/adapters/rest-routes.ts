/**
 * The REST contract: one row per adapter method. The reference backend (demo/server)
 * implements exactly these routes, and README "REST routes" documents them. The rows live in
 * storefront-routes.ts (the shopper's, which the REST adapter holds up front) and
 * merchant-routes.ts (under `/admin`, loaded with the first merchant call).
 */
import type { AdapterMethod } from './adapter.js';
import { merchantRoutes } from './merchant-routes.js';
import { storefrontRoutes, type RestRoute } from './storefront-routes.js';

export type { RestRoute };

export const restRoutes = { ...storefrontRoutes, ...merchantRoutes } as const satisfies Record<AdapterMethod, RestRoute>;
