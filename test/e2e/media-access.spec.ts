/**
 * `GET /api/media/files/:id` shows the public only what the merchant published (demo/server/media-access.ts):
 * photos waiting for moderation, rejected photos and return evidence open only to the merchant
 * (session cookie or bearer token) or, until the review or return is sent, to the uploader with
 * the proof from the upload answer. Every refusal is the same 404 as an unknown id.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { encodeJpeg, productPainter } from '../../demo/server/images.js';
import { API, DEMO, expectOutput, key, lookup, reset } from './helpers.js';

const BEARER = { Authorization: 'Bearer e2e-admin-token-0123456789' };
const file = (id: string) => `${API}/media/files/${id}`;
const answer = async (res: APIResponse) => [res.status(), await res.text()] as const;

/** The one answer for a file that does not exist. */
async function unknown(request: APIRequestContext) {
  const reference = await answer(await request.get(file('m_does-not-exist')));
  expect(reference[0]).toBe(404);
  return reference;
}

function upload(request: APIRequestContext, meta: Record<string, unknown>) {
  const bytes = encodeJpeg(48, 32, productPainter(48, 32, 5));
  return request.post(`${API}/media`, {
    data: bytes,
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-Returnless-Meta': encodeURIComponent(JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: bytes.length, ...meta })),
    },
  });
}

async function moderate(request: APIRequestContext, reviewId: string, mediaId: string, decision: 'approve' | 'reject') {
  const res = await request.post(`${API}/admin/reviews/${reviewId}/media/${mediaId}/moderation`, {
    data: decision === 'reject' ? { decision, reason: 'personal_data' } : { decision },
    headers: BEARER,
  });
  expect(res.status(), await res.text()).toBe(200);
}

test.beforeEach(async ({ request }) => reset(request));

test('published review photos and catalog images are public; waiting ones are the same 404 as an unknown id', async ({ request }) => {
  const reference = await unknown(request);
  const published = await request.get(file('rv-1-photo-1'));
  expect(published.status()).toBe(200);
  expect(published.headers()['cache-control']).toBe('public, max-age=3600');
  expect((await request.get(file('img-linen-shirt'))).status()).toBe(200);
  // Seeded reviews waiting for the merchant: rv-p1 (text and two photos), rv-p2 (one photo).
  for (const id of ['rv-p1-photo-1', 'rv-p1-photo-2', 'rv-p2-photo-1']) {
    expect(await answer(await request.get(file(id))), id).toEqual(reference);
  }
});

test('the merchant sees waiting and rejected photos (bearer or session), never cached; the public sees only what was approved', async ({
  request,
  playwright,
  baseURL,
}) => {
  const reference = await unknown(request);
  const waiting = await request.get(file('rv-p2-photo-1'), { headers: BEARER });
  expect(waiting.status()).toBe(200);
  expect(waiting.headers()['cache-control']).toBe('private, no-store');
  expect(waiting.headers()['content-type']).toBe('image/jpeg');
  // A wrong bearer token is no merchant.
  expect(await answer(await request.get(file('rv-p2-photo-1'), { headers: { Authorization: 'Bearer wrong-token-0123456789' } }))).toEqual(
    reference,
  );

  // rv-p1's text is still pending: an approved photo stays hidden until the review is published too.
  await moderate(request, 'rv-p1', 'rv-p1-photo-1', 'approve');
  await moderate(request, 'rv-p1', 'rv-p1-photo-2', 'reject');
  expect(await answer(await request.get(file('rv-p1-photo-1')))).toEqual(reference);
  const text = await request.post(`${API}/admin/reviews/rv-p1/moderation`, { data: { decision: 'approve' }, headers: BEARER });
  expect(text.status()).toBe(200);
  expect((await request.get(file('rv-p1-photo-1'))).status()).toBe(200);
  expect(await answer(await request.get(file('rv-p1-photo-2')))).toEqual(reference);
  expect((await request.get(file('rv-p1-photo-2'), { headers: BEARER })).status()).toBe(200);

  // The admin page's session cookie opens them too (the inbox shows them with plain <img>).
  const merchant = await playwright.request.newContext({ baseURL });
  const login = await merchant.post(`${API}/admin/login`, { data: { password: 'e2e-admin-password' }, headers: { Origin: baseURL! } });
  expect(login.status()).toBe(200);
  expect((await merchant.get(file('rv-p1-photo-2'))).status()).toBe(200);
  expect((await merchant.get(file('damage-1'))).status()).toBe(200);
  await merchant.dispose();
});

test('return evidence: the merchant, or the returner with the upload proof; nobody else', async ({ request }) => {
  const reference = await unknown(request);
  expect(await answer(await request.get(file('damage-1')))).toEqual(reference);
  expect((await request.get(file('damage-1'), { headers: BEARER })).status()).toBe(200);

  const anna = await lookup(request, DEMO.recent);
  const ref = await expectOutput(await upload(request, { purpose: 'return', lookupToken: anna.lookupToken }), 'uploadMedia', 201);
  expect(ref.url).toMatch(/\?proof=/);
  const own = await request.get(ref.url!);
  expect(own.status()).toBe(200);
  expect(own.headers()['cache-control']).toBe('private, no-store');
  expect(await answer(await request.get(file(ref.id)))).toEqual(reference);
  // A proof opens only its own file, and cannot be edited.
  const proof = new URL(ref.url!, 'http://x').searchParams.get('proof')!;
  expect(await answer(await request.get(`${file('damage-1')}?proof=${proof}`))).toEqual(reference);
  const [expiry, mac] = proof.split('.') as [string, string];
  const later = (parseInt(expiry, 36) + 3600_000).toString(36);
  expect(await answer(await request.get(`${file(ref.id)}?proof=${later}.${mac}`))).toEqual(reference);
  expect((await request.get(file(ref.id), { headers: BEARER })).status()).toBe(200);
});

test('a review upload: its uploader previews it with the proof until the review is sent; then only the merchant', async ({ request }) => {
  const reference = await unknown(request);
  const ref = await expectOutput(await upload(request, { purpose: 'review' }), 'uploadMedia', 201);
  expect(ref.url).toMatch(/\?proof=/);
  expect(ref.thumbnailUrl).toBe(ref.url);
  expect((await request.get(ref.url!)).status()).toBe(200);
  expect(await answer(await request.get(file(ref.id)))).toEqual(reference);

  const sent = await request.post(`${API}/reviews`, {
    data: {
      productId: 'linen-shirt',
      rating: 4,
      body: 'Nice shirt, the photo shows the collar.',
      author: 'Pia',
      email: 'pia@example.com',
      mediaIds: [ref.id],
      mediaConsent: true,
    },
    headers: { 'Idempotency-Key': key('media-access') },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  // Waiting for moderation (RL_REVIEW_MODERATION=media): the proof no longer opens it.
  expect(await answer(await request.get(ref.url!))).toEqual(reference);
  expect((await request.get(file(ref.id), { headers: BEARER })).status()).toBe(200);
  const reviewId = ((await sent.json()) as { id: string }).id;
  await moderate(request, reviewId, ref.id, 'approve');
  expect((await request.get(file(ref.id))).status()).toBe(200);
});
