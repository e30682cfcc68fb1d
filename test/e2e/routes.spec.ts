/** Every REST route: a valid request answers data that passes the output schema; each kind of invalid request gets a clear 4xx naming the field. */
import { expect, test } from '@playwright/test';
import { restRoutes } from '../../src/adapters/rest-routes.js';
import { API, DEMO, expectError, expectOutput, key, lookup, reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

test('the server implements every route of the REST contract', async ({ request }) => {
  // Each route answers something other than the catch-all "No such route" 404.
  for (const [method, route] of Object.entries(restRoutes)) {
    const path = route.path.replace(':productId', 'linen-shirt');
    const res = route.method === 'GET' ? await request.get(`${API}${path}?locale=en`) : await request.post(`${API}${path}`, { data: {} });
    const text = await res.text();
    expect(text, method).not.toContain('No such route');
  }
  await expectError(await request.get(`${API}/nope`), 404);
});

test.describe('getFaq GET /faq', () => {
  test('answers a set per locale, product entries included', async ({ request }) => {
    const en = await expectOutput(await request.get(`${API}/faq?set=returns&locale=en`), 'getFaq');
    expect(en.entries.map((e) => e.id)).toContain('how-to-return');
    const zh = await expectOutput(await request.get(`${API}/faq?set=returns&locale=zh-CN`), 'getFaq');
    expect(zh.entries[0]!.question).toMatch(/[\u4e00-\u9fff]/);
    const def = await expectOutput(await request.get(`${API}/faq?locale=en`), 'getFaq');
    expect(def.entries.map((e) => e.id)).toContain('delivery-time');
    const product = await expectOutput(await request.get(`${API}/faq?locale=en&productId=trail-runner`), 'getFaq');
    expect(product.entries.map((e) => e.id)).toContain('trail-runner-fit');
  });
  test('invalid queries', async ({ request }) => {
    await expectError(await request.get(`${API}/faq`), 422, 'locale');
    await expectError(await request.get(`${API}/faq?locale=en&set=bad%20set`), 422, 'set');
    await expectError(await request.get(`${API}/faq?locale=en&set=missing`), 404, 'set');
  });
});

test.describe('getReturnPolicy GET /return-policy', () => {
  test('answers the policy in both languages', async ({ request }) => {
    const en = await expectOutput(await request.get(`${API}/return-policy?locale=en&country=DE&productId=linen-shirt`), 'getReturnPolicy');
    expect(en.days).toBe(30);
    expect(en.countries).toEqual(['DE', 'FR', 'NL', 'GB', 'US', 'CN']);
    expect(en.exceptions.map((e) => e.kind)).toEqual(['final_sale', 'hygiene']);
    expect(en.storeCreditBonusPercent).toBe(10);
    const zh = await expectOutput(await request.get(`${API}/return-policy?locale=zh-CN`), 'getReturnPolicy');
    expect(zh.steps[0]!.title).toMatch(/[\u4e00-\u9fff]/);
    // Country names in the policy's language, so shoppers' browsers need no Intl (ICU data) for them.
    expect(en.countryNames).toEqual({
      DE: 'Germany',
      FR: 'France',
      NL: 'Netherlands',
      GB: 'United Kingdom',
      US: 'United States',
      CN: 'China',
    });
    expect(zh.countryNames?.DE).toBe('德国');
  });
  test('invalid queries', async ({ request }) => {
    await expectError(await request.get(`${API}/return-policy?locale=en&country=germany`), 422, 'country');
    await expectError(await request.get(`${API}/return-policy?locale=en&productId=nope`), 404, 'productId');
  });
});

test.describe('getSizeChart GET /size-chart', () => {
  test('charts for tops, trousers, kids and shoes', async ({ request }) => {
    const shoes = await expectOutput(await request.get(`${API}/size-chart?locale=en&productId=trail-runner`), 'getSizeChart');
    expect(Object.keys(shoes.sizes[0]!.labels).sort()).toEqual(['CN', 'EU', 'JP', 'UK', 'US']);
    const tops = await expectOutput(await request.get(`${API}/size-chart?locale=en&chartId=tops`), 'getSizeChart');
    expect(tops.measurements.map((m) => m.key)).toEqual(['chest', 'waist', 'hip']);
    const kids = await expectOutput(await request.get(`${API}/size-chart?locale=zh-CN&productId=kids-parka`), 'getSizeChart');
    expect(kids.measurements.map((m) => m.unit)).toEqual(['cm', 'kg']);
    await expectOutput(await request.get(`${API}/size-chart?locale=en&productId=wide-chino`), 'getSizeChart');
  });
  test('homeware has no chart; invalid queries', async ({ request }) => {
    await expectError(await request.get(`${API}/size-chart?locale=en&productId=ceramic-mug`), 404, 'productId');
    await expectError(await request.get(`${API}/size-chart?locale=en`), 422, 'productId');
    await expectError(await request.get(`${API}/size-chart?locale=en&chartId=x<y`), 422, 'chartId');
  });
});

test.describe('getFitInsights GET /products/:productId/fit', () => {
  test('fit votes with per-size return rates', async ({ request }) => {
    const fit = await expectOutput(await request.get(`${API}/products/trail-runner/fit`), 'getFitInsights');
    expect(fit.votes.small).toBeGreaterThan(fit.votes.large);
    expect(fit.perSize['42']!.returnRate).toBeGreaterThan(0);
    const mug = await expectOutput(await request.get(`${API}/products/ceramic-mug/fit`), 'getFitInsights');
    expect(mug.votes).toEqual({ small: 0, true: 0, large: 0 });
  });
  test('unknown product', async ({ request }) => {
    await expectError(await request.get(`${API}/products/nope/fit`), 404, 'productId');
    await expectError(await request.get(`${API}/products/no%20pe/fit`), 422, 'productId');
  });
});

test.describe('listReviews GET /products/:productId/reviews', () => {
  test('each review says the language it is written in (and a reply its own)', async ({ request }) => {
    const page = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?sort=highest`), 'listReviews');
    const byId = new Map(page.reviews.map((r) => [r.id, r]));
    expect(byId.get('rv-4')?.lang).toBe('zh-CN'); // 很透气，夏天穿很舒服。
    expect(byId.get('rv-1')?.lang).toBe('en');
    const lowest = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?sort=lowest`), 'listReviews');
    expect(lowest.reviews[0]!.reply?.lang).toBe('en');
  });
  test('pages, filters and sorts', async ({ request }) => {
    const first = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews`), 'listReviews');
    expect(first.summary.count).toBe(6);
    expect(first.summary.histogram).toEqual([1, 1, 1, 1, 2]);
    expect(first.reviews).toHaveLength(5);
    expect(first.nextCursor).toBeTruthy();
    const second = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?cursor=${first.nextCursor}`), 'listReviews');
    expect(second.reviews).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const media = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?withMedia=true`), 'listReviews');
    expect(media.reviews.length).toBe(3);
    expect(media.reviews.every((r) => r.media.length > 0)).toBe(true);
    const lowest = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?sort=lowest`), 'listReviews');
    expect(lowest.reviews[0]!.rating).toBe(1);
    expect(lowest.reviews[0]!.reply?.body).toBeTruthy();
    const fives = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?rating=5`), 'listReviews');
    expect(fives.reviews.map((r) => r.rating)).toEqual([5, 5]);
    // Review photos are real images.
    const photo = await request.get(media.reviews[0]!.media[0]!.url!);
    expect(photo.status()).toBe(200);
    expect(['image/jpeg', 'image/png']).toContain(photo.headers()['content-type']);
  });
  test('invalid queries', async ({ request }) => {
    await expectError(await request.get(`${API}/products/linen-shirt/reviews?sort=random`), 422, 'sort');
    await expectError(await request.get(`${API}/products/linen-shirt/reviews?rating=6`), 422, 'rating');
    await expectError(await request.get(`${API}/products/linen-shirt/reviews?withMedia=yes`), 422, 'withMedia');
    await expectError(await request.get(`${API}/products/linen-shirt/reviews?cursor=abc`), 422, 'cursor');
    await expectError(await request.get(`${API}/products/nope/reviews`), 404, 'productId');
  });
});

test.describe('submitReview POST /reviews', () => {
  const review = {
    productId: 'linen-shirt',
    rating: 4,
    title: 'Nice',
    body: 'Fits well.',
    author: 'Eli',
    email: 'eli@example.com',
    fit: 'true',
  };
  test('publishes, replays by key; a typed email is no proof of purchase', async ({ request }) => {
    const k = key('review');
    const receipt = await expectOutput(
      await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': k } }),
      'submitReview',
      201,
    );
    expect(receipt.status).toBe('published');
    const replay = await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': k } });
    expect((await expectOutput(replay, 'submitReview', 201)).id).toBe(receipt.id);
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    const page = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews`), 'listReviews');
    expect(page.summary.count).toBe(7);
    const mine = page.reviews.find((r) => r.id === receipt.id)!;
    expect(mine.verifiedBuyer).toBe(false); // eli never bought the linen shirt
    const anna = await expectOutput(
      await request.post(`${API}/reviews`, { data: { ...review, email: 'anna@example.com' }, headers: { 'Idempotency-Key': key() } }),
      'submitReview',
      201,
    );
    const again = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews`), 'listReviews');
    // Anna bought the shirt, but anyone can type her email: verified needs proof (security.spec.ts).
    expect(again.reviews.find((r) => r.id === anna.id)!.verifiedBuyer).toBe(false);
  });
  test('invalid requests', async ({ request }) => {
    const h = () => ({ 'Idempotency-Key': key() });
    await expectError(await request.post(`${API}/reviews`, { data: review }), 400, 'Idempotency-Key');
    await expectError(await request.post(`${API}/reviews`, { data: { ...review, rating: 0 }, headers: h() }), 422, 'rating');
    await expectError(await request.post(`${API}/reviews`, { data: { ...review, body: '' }, headers: h() }), 422, 'body');
    await expectError(await request.post(`${API}/reviews`, { data: { ...review, email: 'no' }, headers: h() }), 422, 'email');
    await expectError(await request.post(`${API}/reviews`, { data: { ...review, fit: 'tiny' }, headers: h() }), 422, 'fit');
    await expectError(await request.post(`${API}/reviews`, { data: { ...review, productId: 'nope' }, headers: h() }), 422, 'productId');
    await expectError(
      await request.post(`${API}/reviews`, { data: { ...review, mediaIds: ['m_nope'], mediaConsent: true }, headers: h() }),
      422,
      'mediaIds[0]',
    );
    await expectError(
      await request.post(`${API}/reviews`, { data: { ...review, mediaIds: ['rv-1-photo-1'] }, headers: h() }),
      422,
      'mediaConsent',
    );
    await expectError(
      await request.post(`${API}/reviews`, { data: '{"rating":', headers: { ...h(), 'Content-Type': 'application/json' } }),
      400,
    );
    await expectError(await request.post(`${API}/reviews`, { data: [review], headers: h() }), 400);
    const k = key();
    await expectOutput(await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': k } }), 'submitReview', 201);
    await expectError(
      await request.post(`${API}/reviews`, { data: { ...review, rating: 1 }, headers: { 'Idempotency-Key': k } }),
      422,
      'Idempotency-Key',
    );
  });
});

test.describe('lookupOrder POST /orders/lookup', () => {
  test('finds orders by email or postcode, with eligibility per line', async ({ request }) => {
    const recent = await expectOutput(
      await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'rl-1001', email: 'ANNA@example.com' } }),
      'lookupOrder',
    );
    const why = Object.fromEntries(recent.lines.map((l) => [l.productId, [l.returnableQuantity, l.notReturnableReason ?? null]]));
    expect(why).toEqual({
      'linen-shirt': [1, null],
      'trail-runner': [1, null],
      'ceramic-mug': [2, null],
      'silk-scarf': [0, 'final_sale'],
      'pearl-earrings': [0, 'not_permitted'],
    });
    const old = await expectOutput(
      await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1002', postalCode: '75001' } }),
      'lookupOrder',
    );
    expect(old.lines.map((l) => l.notReturnableReason)).toEqual(['window_closed', 'window_closed']);
    expect(old.email).toBeUndefined(); // a postcode lookup does not reveal the email
    expect(recent.email).toBe('anna@example.com');
    const undelivered = await expectOutput(await request.post(`${API}/orders/lookup`, { data: DEMO.undelivered }), 'lookupOrder');
    expect(undelivered.deliveredAt).toBeUndefined();
    expect(undelivered.lines.every((l) => l.notReturnableReason === 'not_delivered')).toBe(true);
    const partly = await expectOutput(
      await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1004', postalCode: 'sw1a1aa' } }),
      'lookupOrder',
    );
    expect(partly.lines.map((l) => [l.quantity, l.returnableQuantity])).toEqual([
      [3, 2],
      [1, 0],
    ]);
  });
  test('wrong number and wrong email answer the same 404', async ({ request }) => {
    const wrongNumber = await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-9999', email: 'anna@example.com' } });
    const wrongEmail = await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', email: 'someone@example.com' } });
    const wrongPostcode = await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', postalCode: '99999' } });
    const bodies = await Promise.all([wrongNumber, wrongEmail, wrongPostcode].map(async (r) => [r.status(), await r.text()]));
    expect(bodies[0]![0]).toBe(404);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });
  test('invalid requests', async ({ request }) => {
    await expectError(await request.post(`${API}/orders/lookup`, { data: { email: 'anna@example.com' } }), 422, 'orderNumber');
    await expectError(await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', email: 'anna' } }), 422, 'email');
    await expectError(await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001' } }), 422, 'email');
    await expectError(await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', postalCode: '1' } }), 422, 'postalCode');
    // Only the backend's own lookup tokens are accepted; anything else is the usual 404.
    await expectError(await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', token: 'abc' } }), 404);
  });
  test('is rate-limited per client with Retry-After', async ({ request }) => {
    // The test server allows 8 lookups a minute (RL_RATE_LIMIT=8).
    for (let i = 0; i < 8; i++)
      expect((await request.post(`${API}/orders/lookup`, { data: { orderNumber: `RL-${i}`, email: 'x@example.com' } })).status()).toBe(404);
    const limited = await request.post(`${API}/orders/lookup`, { data: DEMO.recent });
    await expectError(limited, 429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    await reset(request);
    expect((await request.post(`${API}/orders/lookup`, { data: DEMO.recent })).status()).toBe(200);
  });
});

test.describe('getReturnReasons GET /return-reasons', () => {
  test('a tree with size reasons for sized products only', async ({ request }) => {
    const sized = await expectOutput(await request.get(`${API}/return-reasons?productId=linen-shirt`), 'getReturnReasons');
    const fit = sized.reasons.find((r) => r.id === 'fit')!;
    expect(fit.children!.map((r) => [r.id, r.kind])).toEqual([
      ['too_small', 'size_small'],
      ['too_large', 'size_large'],
    ]);
    expect(sized.reasons.find((r) => r.id === 'damaged')!.requiresPhoto).toBe(true);
    expect(sized.reasons.find((r) => r.id === 'not_as_described')!.requiresComment).toBe(true);
    expect(sized.reasons.map((r) => r.id)).toContain('changed_mind');
    const mug = await expectOutput(await request.get(`${API}/return-reasons?productId=ceramic-mug`), 'getReturnReasons');
    expect(mug.reasons.map((r) => r.id)).not.toContain('fit');
    const zh = await expectOutput(
      await request.get(`${API}/return-reasons`, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } }),
      'getReturnReasons',
    );
    expect(zh.reasons[0]!.label).toMatch(/[\u4e00-\u9fff]/);
  });
  test('invalid queries', async ({ request }) => {
    await expectError(await request.get(`${API}/return-reasons?productId=a%20b`), 422, 'productId');
    await expectError(await request.get(`${API}/return-reasons?productId=nope`), 404, 'productId');
  });
});

test.describe('quoteReturn POST /returns/quote', () => {
  test('refund, fee, store credit and bonus from the policy', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    const o = { orderId: anna.id, lookupToken: anna.lookupToken };
    // Size reason: free. 1 shirt refunded (59) + 2 mugs as store credit (36, bonus 3.60).
    const free = await expectOutput(
      await request.post(`${API}/returns/quote`, {
        data: {
          ...o,
          lines: [
            { lineId: 'l-1001-1', quantity: 1, reasonId: 'too_small', resolution: 'refund' },
            { lineId: 'l-1001-3', quantity: 2, reasonId: 'damaged', resolution: 'store_credit' },
          ],
        },
      }),
      'quoteReturn',
    );
    expect(free).toEqual({
      refund: { amount: 59, currency: 'EUR' },
      fees: { amount: 0, currency: 'EUR' },
      storeCredit: { amount: 36, currency: 'EUR' },
      bonusCredit: { amount: 3.6, currency: 'EUR' },
      total: { amount: 98.6, currency: 'EUR' },
    });
    // Changed mind: the flat €4.95 fee.
    const fee = await expectOutput(
      await request.post(`${API}/returns/quote`, {
        data: { ...o, lines: [{ lineId: 'l-1001-2', quantity: 1, reasonId: 'changed_mind', resolution: 'refund' }] },
      }),
      'quoteReturn',
    );
    expect([fee.refund.amount, fee.fees.amount, fee.total.amount]).toEqual([120, 4.95, 115.05]);
    // Exchanges cost nothing and refund nothing.
    const exchange = await expectOutput(
      await request.post(`${API}/returns/quote`, {
        data: { ...o, lines: [{ lineId: 'l-1001-2', quantity: 1, reasonId: 'changed_mind', resolution: 'exchange' }] },
      }),
      'quoteReturn',
    );
    expect([exchange.refund.amount, exchange.fees.amount, exchange.total.amount]).toEqual([0, 0, 0]);
  });
  test('invalid drafts', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    const o = { orderId: anna.id, lookupToken: anna.lookupToken };
    const line = { lineId: 'l-1001-1', quantity: 1, reasonId: 'too_small', resolution: 'refund' };
    await expectError(await request.post(`${API}/returns/quote`, { data: { ...o, lines: [] } }), 422, 'lines');
    await expectError(
      await request.post(`${API}/returns/quote`, { data: { ...o, lines: [{ ...line, quantity: 0 }] } }),
      422,
      'lines[0].quantity',
    );
    await expectError(
      await request.post(`${API}/returns/quote`, { data: { ...o, lines: [{ ...line, resolution: 'cash' }] } }),
      422,
      'lines[0].resolution',
    );
    await expectError(
      await request.post(`${API}/returns/quote`, { data: { ...o, lines: [{ ...line, lineId: 'l-1002-1' }] } }),
      422,
      'lines[0].lineId',
    );
    await expectError(
      await request.post(`${API}/returns/quote`, { data: { ...o, lines: [{ ...line, reasonId: 'bored' }] } }),
      422,
      'lines[0].reasonId',
    );
    await expectError(
      await request.post(`${API}/returns/quote`, { data: { ...o, lines: [{ ...line, quantity: 2 }] } }),
      409,
      'lines[0].quantity',
    );
    await expectError(
      await request.post(`${API}/returns/quote`, { data: { ...o, lines: [{ ...line, lineId: 'l-1001-4' }] } }),
      409,
      'lines[0].quantity',
    );
    await expectError(await request.post(`${API}/returns/quote`, { data: { ...o, method: 'keep', lines: [line] } }), 422, 'method');
    // An order id the token was not issued for: the same 404 as a failed lookup (security.spec.ts).
    await expectError(await request.post(`${API}/returns/quote`, { data: { ...o, orderId: 'o-9999', lines: [line] } }), 404);
  });
});

test.describe('createReturn POST /returns and getReturnStatus POST /returns/status', () => {
  const request0 = {
    orderId: '',
    lookupToken: '',
    email: 'anna@example.com',
    method: 'drop_off',
    lines: [{ lineId: 'l-1001-3', quantity: 1, reasonId: 'too_large', resolution: 'refund' }],
  };
  test.beforeEach(async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    request0.orderId = anna.id;
    request0.lookupToken = anna.lookupToken;
  });
  test('creates once per key, lowers the returnable quantity, refuses a second return beyond it', async ({ request }) => {
    const k = key('return');
    const first = await expectOutput(
      await request.post(`${API}/returns`, { data: request0, headers: { 'Idempotency-Key': k } }),
      'createReturn',
      201,
    );
    expect(first.status).toBe('requested');
    expect(first.labels[0]!.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    const replay = await expectOutput(
      await request.post(`${API}/returns`, { data: request0, headers: { 'Idempotency-Key': k } }),
      'createReturn',
      201,
    );
    expect(replay).toEqual(first);
    const order = await expectOutput(await request.post(`${API}/orders/lookup`, { data: DEMO.recent }), 'lookupOrder');
    expect(order.lines.find((l) => l.id === 'l-1001-3')!.returnableQuantity).toBe(1);
    const second = await expectOutput(
      await request.post(`${API}/returns`, { data: request0, headers: { 'Idempotency-Key': key() } }),
      'createReturn',
      201,
    );
    expect(second.id).not.toBe(first.id);
    const third = await request.post(`${API}/returns`, { data: request0, headers: { 'Idempotency-Key': key() } });
    const error = await expectError(third, 409, 'lines[0].quantity');
    expect(error.message).toContain('l-1001-3');
    const status = await expectOutput(
      await request.post(`${API}/returns/status`, { data: { returnId: first.id, email: 'Anna@Example.com' } }),
      'getReturnStatus',
    );
    expect(status.status).toBe('requested');
    expect(status.timeline.map((t) => t.status)).toEqual(['requested']);
  });
  test('evidence rules, exchange variant and the order email', async ({ request }) => {
    const h = () => ({ 'Idempotency-Key': key() });
    const line = request0.lines[0]!;
    await expectError(
      await request.post(`${API}/returns`, { data: { ...request0, lines: [{ ...line, reasonId: 'damaged' }] }, headers: h() }),
      422,
      'lines[0].mediaIds',
    );
    await expectError(
      await request.post(`${API}/returns`, { data: { ...request0, lines: [{ ...line, reasonId: 'not_as_described' }] }, headers: h() }),
      422,
      'lines[0].comment',
    );
    await expectError(
      await request.post(`${API}/returns`, { data: { ...request0, lines: [{ ...line, resolution: 'exchange' }] }, headers: h() }),
      422,
      'lines[0].exchangeVariantId',
    );
    await expectError(
      await request.post(`${API}/returns`, {
        data: { ...request0, lines: [{ ...line, reasonId: 'damaged', mediaIds: ['m_unknown'] }] },
        headers: h(),
      }),
      422,
      'lines[0].mediaIds[0]',
    );
    await expectError(await request.post(`${API}/returns`, { data: { ...request0, email: 'eve@example.com' }, headers: h() }), 404);
    await expectError(await request.post(`${API}/returns`, { data: { ...request0, method: undefined }, headers: h() }), 422, 'method');
    await expectError(await request.post(`${API}/returns`, { data: request0 }), 400, 'Idempotency-Key');
    await expectError(
      await request.post(`${API}/returns`, { data: request0, headers: { 'Idempotency-Key': 'bad key with spaces' } }),
      400,
      'Idempotency-Key',
    );
    const ok = await expectOutput(
      await request.post(`${API}/returns`, {
        data: { ...request0, lines: [{ ...line, lineId: 'l-1001-1', resolution: 'exchange', exchangeVariantId: 'linen-shirt-L' }] },
        headers: h(),
      }),
      'createReturn',
      201,
    );
    expect(ok.instructions.length).toBeGreaterThan(0);
  });
  test('exchange options come with stock, and a sold-out variant is refused', async ({ request }) => {
    const order = await expectOutput(
      await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', email: 'anna@example.com' } }),
      'lookupOrder',
    );
    const shirt = order.lines.find((l) => l.id === 'l-1001-1')!;
    const options = shirt.exchangeOptions!;
    expect(options.map((o) => o.size)).not.toContain('M'); // not the size already bought
    expect(options.every((o) => typeof o.stock === 'number')).toBe(true);
    const sold = options.find((o) => o.stock === 0)!;
    const line = { ...request0.lines[0]!, lineId: 'l-1001-1', resolution: 'exchange', exchangeVariantId: sold.variantId };
    await expectError(
      await request.post(`${API}/returns`, { data: { ...request0, lines: [line] }, headers: { 'Idempotency-Key': key() } }),
      409,
      'lines[0].exchangeVariantId',
    );
  });
  test('status of a seeded return has a full timeline; wrong email is the same 404', async ({ request }) => {
    const status = await expectOutput(
      await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW', email: 'dana@example.com' } }),
      'getReturnStatus',
    );
    expect(status.timeline.map((t) => t.status)).toEqual(['requested', 'approved', 'in_transit', 'received', 'refunded']);
    const wrongEmail = await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW', email: 'eve@example.com' } });
    const wrongId = await request.post(`${API}/returns/status`, { data: { returnId: 'R-0000', email: 'dana@example.com' } });
    expect([wrongEmail.status(), await wrongEmail.text()]).toEqual([wrongId.status(), await wrongId.text()]);
    await expectError(await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW' } }), 422, 'email');
    await expectError(
      await request.post(`${API}/returns/status`, { data: { returnId: 'R 5001', email: 'dana@example.com' } }),
      422,
      'returnId',
    );
  });
});

test('a server restart-free reset restores the seed', async ({ request }) => {
  const eli = await lookup(request, DEMO.plain);
  await request.post(`${API}/returns`, {
    data: {
      orderId: eli.id,
      lookupToken: eli.lookupToken,
      email: 'eli@example.com',
      method: 'mail',
      lines: [{ lineId: 'l-1005-2', quantity: 1, reasonId: 'changed_mind', resolution: 'refund' }],
    },
    headers: { 'Idempotency-Key': key() },
  });
  const before = await expectOutput(await request.post(`${API}/orders/lookup`, { data: DEMO.plain }), 'lookupOrder');
  expect(before.lines.find((l) => l.id === 'l-1005-2')!.returnableQuantity).toBe(0);
  await reset(request);
  const after = await expectOutput(await request.post(`${API}/orders/lookup`, { data: DEMO.plain }), 'lookupOrder');
  expect(after.lines.find((l) => l.id === 'l-1005-2')!.returnableQuantity).toBe(1);
});
