/**
 * The REST adapter holds the shopper's routes; the merchant's (`/admin/…`) load with the first
 * merchant call, so storefront pages never download them. Same adapter, same methods.
 * Its own file: merchant-routes.ts must not have been imported by an earlier test.
 */
import { expect, it } from 'vitest';
import { createRestAdapter } from '../../src/adapters/rest.js';

const merchantRoutesLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/src/adapters/merchant-routes.'));

it('answers storefront calls without the merchant routes, and loads them for the first merchant call', async () => {
  const calls: { url: string; method: string }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), method: init.method ?? 'GET' });
    const inbox = { reviews: [], nextCursor: null, total: 0, counts: { pending: 0, unanswered: 0, answered: 0 } };
    return Response.json(String(input).includes('/admin/') ? inbox : { entries: [] });
  }) as typeof globalThis.fetch;
  const api = createRestAdapter({ baseUrl: 'https://shop.example/api', fetch });
  expect(typeof api.listReviewInbox).toBe('function');
  expect(typeof api.moderateReview).toBe('function');

  await api.getFaq!({ locale: 'en' });
  expect(calls.at(-1)).toEqual({ url: 'https://shop.example/api/faq?locale=en', method: 'GET' });
  await new Promise((r) => setTimeout(r, 50));
  expect(merchantRoutesLoaded()).toBe(false);

  await expect(api.listReviewInbox!({ view: 'pending' })).resolves.toMatchObject({ total: 0 });
  expect(calls.at(-1)).toEqual({ url: 'https://shop.example/api/admin/reviews?view=pending', method: 'GET' });
  expect(merchantRoutesLoaded()).toBe(true);
});
