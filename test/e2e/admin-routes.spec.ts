/** The admin API: auth, CSRF, audit, moderation, replies, insights recomputed independently from the seed, fit notes. */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { merchantRoutes } from '../../src/adapters/merchant-routes.js';
import { products } from '../../demo/server/seed-data.js';
import { recomputeFromSeed } from './seed-recompute.js';
import { API, expectError, expectOutput, reset } from './helpers.js';

const TOKEN = 'e2e-admin-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const ALL = 'from=2000-01-01&to=2100-01-01';

test.beforeEach(async ({ request }) => {
  await reset(request);
  await request.post(`${API}/admin/__test/unlock`);
});

async function login(request: APIRequestContext, baseURL: string) {
  const res = await request.post(`${API}/admin/login`, { data: { password: 'e2e-admin-password' }, headers: { Origin: baseURL } });
  expect(res.status()).toBe(200);
  expect(res.headers()['set-cookie']).toMatch(/rl_admin=.+HttpOnly; SameSite=Strict/);
}

test('every admin route refuses without auth with one clear 401', async ({ request }) => {
  for (const [method, route] of Object.entries(merchantRoutes)) {
    const path = `${API}${route.path.replace(/:\w+/g, 'x')}`;
    const res = await request.fetch(path, { method: route.method, data: route.method === 'GET' ? undefined : {} });
    expect(res.status(), method).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Merchant sign-in required');
  }
  await expectError(
    await request.get(`${API}/admin/reviews?view=pending`, { headers: { Authorization: 'Bearer wrong-token-wrong-token' } }),
    401,
  );
});

test('login: wrong password, cookie session, CSRF on writes, logout, rate limit', async ({ request, baseURL }) => {
  await expectError(
    await request.post(`${API}/admin/login`, { data: { password: 'nope' }, headers: { Origin: baseURL! } }),
    401,
    'password',
  );
  await expectError(
    await request.post(`${API}/admin/login`, { data: { password: 'e2e-admin-password' }, headers: { Origin: 'https://evil.example' } }),
    403,
  );
  await login(request, baseURL!);
  await expectOutput(await request.get(`${API}/admin/reviews?view=pending`), 'listReviewInbox');
  // A cookie-authenticated write from another site is refused.
  const csrf = await request.post(`${API}/admin/reviews/rv-p3/moderation`, {
    data: { decision: 'approve' },
    headers: { Origin: 'https://evil.example' },
  });
  expect(csrf.status()).toBe(403);
  expect((await request.post(`${API}/admin/logout`, { headers: { Origin: baseURL! } })).status()).toBe(200);
  expect((await request.get(`${API}/admin/reviews?view=pending`)).status()).toBe(401);
  for (let i = 0; i < 10; i++) await request.post(`${API}/admin/login`, { data: { password: 'guess' }, headers: { Origin: baseURL! } });
  const limited = await request.post(`${API}/admin/login`, { data: { password: 'e2e-admin-password' }, headers: { Origin: baseURL! } });
  expect(limited.status()).toBe(429);
  expect(limited.headers()['retry-after']).toBeTruthy();
});

test('moderation: text and each photo on its own, reasons required, audited; shoppers see only what was approved', async ({ request }) => {
  const before = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?sort=newest`), 'listReviews');
  expect(before.reviews.map((r) => r.id)).not.toContain('rv-p1');
  const queue = await expectOutput(await request.get(`${API}/admin/reviews?view=pending`, { headers: bearer }), 'listReviewInbox');
  expect(queue.reviews.map((r) => r.id)).toEqual(['rv-p3', 'rv-p2', 'rv-p1']);
  expect(queue.counts.pending).toBe(3);
  const p2 = queue.reviews.find((r) => r.id === 'rv-p2')!;
  expect(p2.lang).toBe('zh-CN');

  await expectError(
    await request.post(`${API}/admin/reviews/rv-p1/media/rv-p1-photo-2/moderation`, { data: { decision: 'reject' }, headers: bearer }),
    422,
    'reason',
  );
  await expectOutput(
    await request.post(`${API}/admin/reviews/rv-p1/moderation`, { data: { decision: 'approve' }, headers: bearer }),
    'moderateReview',
  );
  await expectOutput(
    await request.post(`${API}/admin/reviews/rv-p1/media/rv-p1-photo-1/moderation`, { data: { decision: 'approve' }, headers: bearer }),
    'moderateMedia',
  );
  const after = await expectOutput(
    await request.post(`${API}/admin/reviews/rv-p1/media/rv-p1-photo-2/moderation`, {
      data: { decision: 'reject', reason: 'personal_data' },
      headers: bearer,
    }),
    'moderateMedia',
  );
  expect(after.media.map((m) => [m.id, m.status, m.reason ?? null])).toEqual([
    ['rv-p1-photo-1', 'published', null],
    ['rv-p1-photo-2', 'rejected', 'personal_data'],
  ]);
  const shopper = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?sort=newest`), 'listReviews');
  const shown = shopper.reviews.find((r) => r.id === 'rv-p1')!;
  expect(shown.media.map((m) => m.id)).toEqual(['rv-p1-photo-1']);
  expect(JSON.stringify(shopper)).not.toContain('personal_data');

  const audit = (await (await request.get(`${API}/admin/audit`, { headers: bearer })).json()) as {
    entries: { actor: string; action: string; target: string; at: string }[];
  };
  expect(audit.entries.slice(0, 3).map((e) => [e.actor, e.action, e.target])).toEqual([
    ['token', 'moderateMedia', 'media:rv-p1-photo-2'],
    ['token', 'moderateMedia', 'media:rv-p1-photo-1'],
    ['token', 'moderateReview', 'review:rv-p1'],
  ]);
  // The refused rejection (no reason) wrote nothing.
  expect(audit.entries.filter((e) => e.action.startsWith('moderate'))).toHaveLength(3);
});

test('replies: create, update, delete; the review itself never changes', async ({ request }) => {
  const review = async () =>
    (await expectOutput(await request.get(`${API}/products/organic-tee/reviews?sort=lowest`), 'listReviews')).reviews.find(
      (r) => r.id === 'rv-u1',
    )!;
  const original = await review();
  expect(original.reply).toBeUndefined();
  const unanswered = await expectOutput(
    await request.get(`${API}/admin/reviews?view=published&answered=false`, { headers: bearer }),
    'listReviewInbox',
  );
  expect(unanswered.reviews[0]!.rating).toBeLessThanOrEqual(unanswered.reviews.at(-1)!.rating);
  expect(unanswered.reviews.map((r) => r.id)).toContain('rv-u1');
  await expectOutput(
    await request.post(`${API}/admin/reviews/rv-u1/reply`, { data: { body: 'We will exchange it.' }, headers: bearer }),
    'createReply',
  );
  await expectError(await request.post(`${API}/admin/reviews/rv-u1/reply`, { data: { body: 'again' }, headers: bearer }), 409);
  const replied = await review();
  expect(replied.reply?.body).toBe('We will exchange it.');
  const { reply: _r, ...rest } = replied;
  expect(rest).toEqual(original);
  await expectOutput(await request.put(`${API}/admin/reviews/rv-u1/reply`, { data: { body: 'Edited.' }, headers: bearer }), 'updateReply');
  expect((await review()).reply?.body).toBe('Edited.');
  await expectOutput(await request.delete(`${API}/admin/reviews/rv-u1/reply`, { data: {}, headers: bearer }), 'deleteReply');
  expect((await review()).reply).toBeUndefined();
});

test('insights: rates and reasons equal a recomputation from the seed data', async ({ request }) => {
  const insights = await expectOutput(
    await request.get(`${API}/admin/insights?${ALL}&locale=en`, { headers: bearer }),
    'getReturnInsights',
  );
  // Independent recomputation in plain JS from the same seed inputs.
  const { sold, returned, reasons } = recomputeFromSeed();
  for (const p of products) {
    const row = insights.products.find((x) => x.productId === p.id)!;
    expect([p.id, row.sold, row.returned]).toEqual([p.id, sold.get(p.id) ?? 0, returned.get(p.id) ?? 0]);
    expect(row.rate).toBe(sold.get(p.id) ? (returned.get(p.id) ?? 0) / sold.get(p.id)! : null);
  }
  const byReason = new Map<string, number>();
  for (const c of insights.reasons) byReason.set(c.reasonId, (byReason.get(c.reasonId) ?? 0) + c.count);
  expect(Object.fromEntries(byReason)).toEqual(Object.fromEntries(reasons));
  const fit = insights.suggestions.find((s) => s.kind === 'fit_note' && s.productId === 'linen-shirt');
  expect(fit?.tendency).toBe('small');
  expect(insights.suggestions.find((s) => s.kind === 'check_packaging' && s.productId === 'ceramic-mug')?.carrier).toBe('Parcelo');
});

test('insights: an empty range, products without sales, one product', async ({ request }) => {
  const empty = await expectOutput(
    await request.get(`${API}/admin/insights?from=1990-01-01&to=1990-01-31`, { headers: bearer }),
    'getReturnInsights',
  );
  expect(empty.reasons).toEqual([]);
  expect(empty.suggestions).toEqual([]);
  expect(empty.products.every((p) => p.sold === 0 && p.rate === null)).toBe(true);
  const one = await expectOutput(
    await request.get(`${API}/admin/insights?from=1990-01-01&to=1990-01-31&productId=linen-shirt`, { headers: bearer }),
    'getReturnInsights',
  );
  expect(one.products).toEqual([expect.objectContaining({ productId: 'linen-shirt', sold: 0, returned: 0, rate: null })]);
  await expectError(await request.get(`${API}/admin/insights?from=2026-02-01&to=2026-01-01`, { headers: bearer }), 422, 'from');
  await expectError(await request.get(`${API}/admin/insights?${ALL}&productId=nope`, { headers: bearer }), 404, 'productId');
});

test('accepting the fit note shows the size-return signal in the size guide and the reviews', async ({ request }) => {
  const fitBefore = await expectOutput(await request.get(`${API}/products/linen-shirt/fit`), 'getFitInsights');
  const reviewsBefore = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews`), 'listReviews');
  await expectError(
    await request.post(`${API}/admin/suggestions/accept`, { data: { id: 'fit_note:linen-shirt' }, headers: bearer }),
    422,
    'id',
  );
  await expectOutput(
    await request.post(`${API}/admin/suggestions/accept`, { data: { id: 'fit_note:linen-shirt:small' }, headers: bearer }),
    'acceptSuggestion',
  );
  const fitAfter = await expectOutput(await request.get(`${API}/products/linen-shirt/fit`), 'getFitInsights');
  expect(fitAfter.votes.small).toBeGreaterThan(fitBefore.votes.small + 10);
  const reviewsAfter = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews`), 'listReviews');
  expect(reviewsAfter.summary.fit).toEqual(fitAfter.votes);
  expect(reviewsAfter.summary.fit).not.toEqual(reviewsBefore.summary.fit);
  const insights = await expectOutput(await request.get(`${API}/admin/insights?${ALL}`, { headers: bearer }), 'getReturnInsights');
  expect(insights.suggestions.find((s) => s.id === 'fit_note:linen-shirt:small')?.accepted).toBe(true);
});
