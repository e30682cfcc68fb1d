/**
 * The REST adapter holds what every storefront page needs; the merchant's routes (`/admin/…`) load
 * with the first merchant call and the upload code with the first upload. Same adapter, same methods.
 * Its own file: those modules must not have been imported by an earlier test.
 */
import { expect, it } from 'vitest';
import { AdapterError } from '../../src/adapters/errors.js';
import { createRestAdapter, createRestTransport } from '../../src/adapters/rest.js';

const loaded = (module: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/adapters/${module}.`));

it('answers storefront calls without the merchant routes or the upload code, and loads each for its first call', async () => {
  const calls: { url: string; method: string }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), method: init.method ?? 'GET' });
    const inbox = { reviews: [], nextCursor: null, total: 0, counts: { pending: 0, unanswered: 0, answered: 0 } };
    return Response.json(String(input).includes('/admin/') ? inbox : { entries: [] });
  }) as typeof globalThis.fetch;
  const api = createRestAdapter({ baseUrl: 'https://shop.example/api', fetch });
  expect(typeof api.listReviewInbox).toBe('function');
  expect(typeof api.uploadMedia).toBe('function');

  await api.getFaq!({ locale: 'en' });
  expect(calls.at(-1)).toEqual({ url: 'https://shop.example/api/faq?locale=en', method: 'GET' });
  await new Promise((r) => setTimeout(r, 50));
  expect(loaded('merchant-routes')).toBe(false);
  expect(loaded('rest-upload')).toBe(false);

  await expect(api.listReviewInbox!({ view: 'pending' })).resolves.toMatchObject({ total: 0 });
  expect(calls.at(-1)).toEqual({ url: 'https://shop.example/api/admin/reviews?view=pending', method: 'GET' });
  expect(loaded('merchant-routes')).toBe(true);
  expect(loaded('rest-upload')).toBe(false);
});

it('loads the single-request upload with the first upload, which then runs (here against a route that is not there)', async () => {
  const api = createRestTransport({ baseUrl: '/__no-backend', attempts: 1 });
  const error: unknown = await api.uploadMedia!(new Blob(['x']), { kind: 'image', mime: 'image/png', size: 1, purpose: 'review' }).catch(
    (e: unknown) => e,
  );
  expect(loaded('rest-upload')).toBe(true);
  expect(error).toBeInstanceOf(AdapterError);
  expect((error as AdapterError).code).toBe('not_found');
});
