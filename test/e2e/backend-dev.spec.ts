/**
 * What a backend developer and a theme on another origin meet on the reference server: error
 * bodies that say what is wrong in words, and media URLs that work from the shop's origin.
 * The test server runs with RL_CORS_ORIGINS=https://shop.example.
 */
import { expect, test } from '@playwright/test';
import { API, expectError, expectOutput } from './helpers.js';

test('a refused input says what is wrong in words, not zod/mini’s bare "Invalid input"', async ({ request }) => {
  expect((await expectError(await request.get(`${API}/faq?locale=en&set=a%20b`), 422, 'set')).message).toBe(
    'Invalid set: not a valid value: "a b" (must match /^[A-Za-z0-9_.:-]+$/)',
  );
  expect((await expectError(await request.get(`${API}/products/linen-shirt/reviews?rating=7`), 422, 'rating')).message).toBe(
    'Invalid rating: expected at most 5',
  );
  const lookup = await request.post(`${API}/orders/lookup`, { data: { orderNumber: 1001, email: 'anna@example.com' } });
  expect((await expectError(lookup, 422, 'orderNumber')).message).toBe('Invalid orderNumber: expected string, got number');
});

test('a shop on another origin gets media URLs on the API’s origin; the API’s own pages keep paths', async ({ request, baseURL }) => {
  const photos = async (origin?: string) => {
    const res = await request.get(`${API}/products/linen-shirt/reviews`, { headers: origin ? { Origin: origin } : {} });
    const page = await expectOutput(res, 'listReviews');
    return page.reviews.flatMap((r) => r.media.flatMap((m) => [m.url!, m.thumbnailUrl!]));
  };
  const shop = await photos('https://shop.example');
  expect(shop.length).toBeGreaterThan(0);
  for (const url of shop) expect(url).toMatch(new RegExp(`^${baseURL}/api/media/files/`));
  // The absolute URL serves the photo, to the shop as well (Cross-Origin-Resource-Policy).
  const file = await request.get(shop[0]!, { headers: { Origin: 'https://shop.example' } });
  expect(file.status()).toBe(200);
  expect(file.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  // Same origin, and origins that may not call the API, get the paths as stored.
  for (const url of [...(await photos()), ...(await photos(baseURL)), ...(await photos('https://evil.example'))])
    expect(url).toMatch(/^\/api\/media\/files\//);
});

test('the policy answered for a product covers it: a final-sale or hygiene product’s page never says it can be returned', async ({
  page,
  request,
}) => {
  const policy = await expectOutput(await request.get(`${API}/return-policy?productId=silk-scarf&locale=en`), 'getReturnPolicy');
  expect(policy.exceptions.find((e) => e.kind === 'final_sale')?.match.productIds).toContain('silk-scarf');
  // The demo's product pages write only product-id, as README's first example does.
  for (const [product, words] of [
    ['silk-scarf', 'Final sale — not returnable'],
    ['pearl-earrings', 'Not returnable for hygiene reasons'],
    ['linen-shirt', 'This item can be returned within 30 days of delivery'],
  ] as const) {
    await page.goto(`/product.html?product=${product}`);
    await expect(page.locator('rl-return-policy').first()).toContainText(words);
  }
});
