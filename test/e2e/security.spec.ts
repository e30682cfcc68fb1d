/**
 * Issue 11, tried as an attacker would: order data only with proof (lookup tokens), verified
 * buyers only from proof (invitations), tus limits/expiry/CORS/JSON errors, 415 for non-JSON,
 * metadata after the image data, and Cross-Origin-Resource-Policy.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcePolicy } from '../../demo/server/cors.js';
import { encodeJpeg, exifWithGps, productPainter } from '../../demo/server/images.js';
import { hasExif, stripJpeg } from '../../demo/server/media.js';
import { API, DEMO, expectError, expectOutput, key, lookup, reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

const line = { lineId: 'l-1001-1', quantity: 1, reasonId: 'too_small', resolution: 'refund' };
const statusAndBody = async (res: { status(): number; text(): Promise<string> }) => [res.status(), await res.text()] as const;

async function expiredToken(request: APIRequestContext, orderNumber: string): Promise<string> {
  const res = await request.post(`${API}/__test/tokens`, { data: { orderNumber, ageMs: 2 * 3600_000 + 1000 } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { lookupToken: string }).lookupToken;
}

/** The same token with its payload changed (another order id): the MAC no longer matches. */
function forge(token: string, orderId: string): string {
  const [v, payload, mac] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  claims.orderId = orderId;
  claims.expiresAt = Date.now() + 10 * 3600_000;
  return `${v}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
}

test.describe('1. order data only with a lookup token', () => {
  test('internal order ids are random, not derived from the order number', async ({ request }) => {
    const first = await lookup(request, DEMO.recent);
    expect(first.id).not.toContain('1001');
    await reset(request);
    const again = await lookup(request, DEMO.recent);
    expect(again.id).not.toBe(first.id);
  });

  test('quote: no token, a forged, expired or foreign token all answer the lookup 404, before any line check', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    const ben = await lookup(request, DEMO.old);
    const reference = await statusAndBody(
      await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-9999', email: 'x@example.com' } }),
    );
    expect(reference[0]).toBe(404);
    // Lines that would be refused (unknown line, too many units) must not be judged without proof.
    const badLines = [{ ...line, lineId: 'l-1002-1', quantity: 9 }];
    const attempts = [
      { orderId: anna.id, lines: [line] },
      { orderId: 'o-1001', lines: [line] },
      { orderId: anna.id, lines: badLines },
      { orderId: anna.id, lines: badLines, lookupToken: ben.lookupToken },
      { orderId: anna.id, lines: [line], lookupToken: forge(ben.lookupToken, anna.id) },
      { orderId: anna.id, lines: [line], lookupToken: await expiredToken(request, 'RL-1001') },
      { orderId: anna.id, lines: [line], lookupToken: 'rl1.e30.AAAA' },
    ];
    for (const data of attempts) {
      await reset(request); // the failures count against the rate limit
      expect(await statusAndBody(await request.post(`${API}/returns/quote`, { data })), JSON.stringify(data)).toEqual(reference);
    }
    const fresh = await lookup(request, DEMO.recent);
    await expectOutput(
      await request.post(`${API}/returns/quote`, { data: { orderId: fresh.id, lines: [line], lookupToken: fresh.lookupToken } }),
      'quoteReturn',
    );
  });

  test('create: wrong email, foreign or expired token are the same 404 as an unknown order, and nothing is written', async ({
    request,
  }) => {
    const anna = await lookup(request, DEMO.recent);
    const ben = await lookup(request, DEMO.old);
    const before = await (await request.get(`${API}/__test/digest`)).json();
    const base = { orderId: anna.id, email: DEMO.recent.email, method: 'mail', lines: [line] };
    const reference = await statusAndBody(
      await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-9999', email: 'x@example.com' } }),
    );
    for (const data of [
      base,
      { ...base, lookupToken: anna.lookupToken, email: 'eve@example.com' },
      { ...base, lookupToken: ben.lookupToken },
      { ...base, lookupToken: await expiredToken(request, 'RL-1001') },
      { ...base, orderId: 'o-9999', lookupToken: anna.lookupToken, lines: [{ ...line, quantity: 50 }] },
    ]) {
      await reset(request);
      expect(await statusAndBody(await request.post(`${API}/returns`, { data, headers: { 'Idempotency-Key': key() } }))).toEqual(reference);
    }
    const after = await (await request.get(`${API}/__test/digest`)).json();
    // (The resets reseed with fresh timestamps: compare row counts, the seed's two returns.)
    for (const table of ['returns', 'return_lines', 'return_events']) expect(after[table].rows, table).toBe(before[table].rows);
    const ok = await lookup(request, DEMO.recent);
    await expectOutput(
      await request.post(`${API}/returns`, {
        data: { ...base, orderId: ok.id, lookupToken: ok.lookupToken },
        headers: { 'Idempotency-Key': key() },
      }),
      'createReturn',
      201,
    );
  });

  test('status: by email or by a token of its own order; a foreign token is the same 404 as a wrong email', async ({ request }) => {
    const dana = await lookup(request, DEMO.partly);
    const anna = await lookup(request, DEMO.recent);
    const byToken = await expectOutput(
      await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW', lookupToken: dana.lookupToken } }),
      'getReturnStatus',
    );
    expect(byToken.id).toBe('R-DQ4M-7KXT-5HPW');
    const foreign = await statusAndBody(
      await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW', lookupToken: anna.lookupToken } }),
    );
    const wrongEmail = await statusAndBody(
      await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW', email: 'eve@example.com' } }),
    );
    expect(foreign[0]).toBe(404);
    expect(foreign).toEqual(wrongEmail);
    await expectError(await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW' } }), 422, 'email');
  });

  test('a return photo needs a token of an order; review photos do not', async ({ request }) => {
    const jpeg = encodeJpeg(32, 32, productPainter(32, 32, 3));
    const meta = (over: Record<string, unknown>) =>
      encodeURIComponent(JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: jpeg.length, ...over }));
    const post = (m: string) =>
      request.post(`${API}/media`, { data: jpeg, headers: { 'Content-Type': 'application/octet-stream', 'X-Returnless-Meta': m } });
    await expectError(await post(meta({ purpose: 'return' })), 404);
    await expectError(await post(meta({ purpose: 'return', lookupToken: await expiredToken(request, 'RL-1001') })), 404);
    const anna = await lookup(request, DEMO.recent);
    await expectOutput(await post(meta({ purpose: 'return', lookupToken: anna.lookupToken })), 'uploadMedia', 201);
    await expectOutput(await post(meta({ purpose: 'review' })), 'uploadMedia', 201);
    // tus creation checks the same proof.
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const tus = await request.post(`${API}/media/tus`, {
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(jpeg.length),
        'Upload-Metadata': `meta ${b64(JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: jpeg.length, purpose: 'return' }))}`,
      },
    });
    await expectError(tus, 404);
  });

  test('quote, create and status share the lookup rate limit; valid tokens do not spend it', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent); // 1 of 8
    for (let i = 0; i < 10; i++)
      await expectOutput(
        await request.post(`${API}/returns/quote`, { data: { orderId: anna.id, lines: [line], lookupToken: anna.lookupToken } }),
        'quoteReturn',
      );
    for (let i = 0; i < 7; i++)
      expect((await request.post(`${API}/returns/quote`, { data: { orderId: anna.id, lines: [line], lookupToken: 'x' } })).status()).toBe(
        404,
      );
    // 8 attempts spent: every route that reads orders now waits, valid token or not.
    const limited = await request.post(`${API}/returns/quote`, {
      data: { orderId: anna.id, lines: [line], lookupToken: anna.lookupToken },
    });
    await expectError(limited, 429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    await expectError(await request.post(`${API}/orders/lookup`, { data: DEMO.recent }), 429);
    await expectError(
      await request.post(`${API}/returns/status`, { data: { returnId: 'R-DQ4M-7KXT-5HPW', email: DEMO.partly.email } }),
      429,
    );
  });

  test('a lookup token looks its own order up again (a signed-in theme’s order-token), nothing else', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    const again = await lookup(request, { orderNumber: 'RL-1001', token: anna.lookupToken } as never);
    expect(again.id).toBe(anna.id);
    await expectError(await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1002', token: anna.lookupToken } }), 404);
    await expectError(await request.post(`${API}/orders/lookup`, { data: { orderNumber: 'RL-1001', token: 'abc' } }), 404);
  });
});

test.describe('3. verified buyer only from proof', () => {
  const review = { productId: 'linen-shirt', rating: 5, body: 'Lovely.', author: 'A.', email: 'anna@example.com' };
  const verifiedOf = async (request: APIRequestContext, id: string) => {
    const page = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews`), 'listReviews');
    return page.reviews.find((r) => r.id === id)!.verifiedBuyer;
  };
  const invitationLinks = async (request: APIRequestContext) => {
    const html = await (await request.get('/emails.html')).text();
    return [...html.matchAll(/href="\/product\.html\?product=([a-z-]+)&amp;invitation=([^"&#]+)/g)].map((m) => ({
      productId: m[1]!,
      invitation: decodeURIComponent(m[2]!),
    }));
  };

  test('a typed email of a buyer is not proof, and the answer is the same as for anyone', async ({ request }) => {
    const buyer = await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': key() } });
    const stranger = await request.post(`${API}/reviews`, {
      data: { ...review, email: 'nobody@example.com' },
      headers: { 'Idempotency-Key': key() },
    });
    const a = await expectOutput(buyer, 'submitReview', 201);
    const b = await expectOutput(stranger, 'submitReview', 201);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.status).toBe(b.status);
    expect(await verifiedOf(request, a.id)).toBe(false);
    expect(await verifiedOf(request, b.id)).toBe(false);
  });

  test('an invitation from the outbox makes one verified review for its product; forged or foreign ones do not', async ({ request }) => {
    const links = await invitationLinks(request);
    const shirt = links.find((l) => l.productId === 'linen-shirt')!;
    expect(shirt).toBeTruthy();
    // Undelivered orders get no invitation.
    expect(links.some((l) => l.productId === 'kids-parka')).toBe(false);
    const post = (data: object) => request.post(`${API}/reviews`, { data, headers: { 'Idempotency-Key': key() } });
    const ok = await expectOutput(
      await post({ ...review, email: 'someone@example.com', invitation: shirt.invitation }),
      'submitReview',
      201,
    );
    expect(await verifiedOf(request, ok.id)).toBe(true);
    // One verified review per line: the second use is published, unverified.
    const twice = await expectOutput(await post({ ...review, invitation: shirt.invitation }), 'submitReview', 201);
    expect(await verifiedOf(request, twice.id)).toBe(false);
    const mug = links.find((l) => l.productId === 'ceramic-mug')!;
    const wrongProduct = await expectOutput(await post({ ...review, invitation: mug.invitation }), 'submitReview', 201);
    expect(await verifiedOf(request, wrongProduct.id)).toBe(false);
    const [v, payload] = mug.invitation.split('.');
    const forged = `${v}.${payload}.${'A'.repeat(43)}`;
    const f = await expectOutput(await post({ ...review, productId: 'ceramic-mug', invitation: forged }), 'submitReview', 201);
    const mugs = await expectOutput(await request.get(`${API}/products/ceramic-mug/reviews`), 'listReviews');
    expect(mugs.reviews.find((r) => r.id === f.id)!.verifiedBuyer).toBe(false);
  });

  test('a lookup token of an order with the product is proof too', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    const r = await expectOutput(
      await request.post(`${API}/reviews`, { data: { ...review, lookupToken: anna.lookupToken }, headers: { 'Idempotency-Key': key() } }),
      'submitReview',
      201,
    );
    expect(await verifiedOf(request, r.id)).toBe(true);
    const eli = await lookup(request, DEMO.plain); // never bought the shirt
    const s = await expectOutput(
      await request.post(`${API}/reviews`, { data: { ...review, lookupToken: eli.lookupToken }, headers: { 'Idempotency-Key': key() } }),
      'submitReview',
      201,
    );
    expect(await verifiedOf(request, s.id)).toBe(false);
  });

  test('the outbox page opens the product page with the invitation', async ({ request }) => {
    const res = await request.get('/emails.html');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-security-policy']).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('anna@example.com');
    expect(html).not.toContain('chen@example.com'); // not delivered: nothing to review yet
    const zh = await (await request.get('/emails.html?lang=zh-CN')).text();
    expect(zh).toContain('<html lang="zh-CN">');
  });
});

test.describe('4. tus uploads', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const metaHeader = (size: number) =>
    `meta ${b64(JSON.stringify({ kind: 'image', mime: 'image/jpeg', size, purpose: 'review', filename: 'a.jpg' }))}`;

  test('deferred lengths are refused with the JSON error body', async ({ request }) => {
    const res = await request.post(`${API}/media/tus`, {
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Defer-Length': '1', 'Upload-Metadata': metaHeader(1000) },
    });
    expect(res.headers()['content-type']).toContain('application/json');
    await expectError(res, 400, 'Upload-Defer-Length');
  });

  test('tus errors are JSON, not text', async ({ request }) => {
    const huge = await request.post(`${API}/media/tus`, {
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '1000000000000000', 'Upload-Metadata': metaHeader(1000) },
    });
    expect(huge.status()).toBe(413);
    expect(huge.headers()['content-type']).toContain('application/json');
    await expectError(huge, 413);
    const missing = await request.patch(`${API}/media/tus/nope`, {
      data: Buffer.from('x'),
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
    });
    expect(missing.headers()['content-type']).toContain('application/json');
    await expectError(missing, 404);
  });

  test('uploads expire after 24 h and expired partial files are deleted', async ({ request }) => {
    const created = await request.post(`${API}/media/tus`, {
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '5000', 'Upload-Metadata': metaHeader(5000) },
    });
    expect(created.status()).toBe(201);
    const expires = Date.parse(created.headers()['upload-expires'] ?? '');
    expect(Math.abs(expires - (Date.now() + 24 * 3600_000))).toBeLessThan(10 * 60_000);
    const id = created.headers()['location']!.split('/').pop()!;
    const dir = join(process.env.RL_E2E_DATA!, 'tus');
    expect(readdirSync(dir)).toContain(id);
    // Age the upload by 25 hours, then run the periodic sweep.
    const info = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { creation_date: string };
    info.creation_date = new Date(Date.now() - 25 * 3600_000).toISOString();
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(info));
    const sweep = await request.post(`${API}/__test/tus-cleanup`);
    expect(((await sweep.json()) as { deleted: number }).deleted).toBeGreaterThanOrEqual(1);
    expect(readdirSync(dir)).not.toContain(id);
  });

  test('one CORS policy for every route (RL_CORS_ORIGINS), tus included', async ({ request }) => {
    // The test server runs with RL_CORS_ORIGINS=https://shop.example.
    for (const [origin, allowed] of [
      ['https://evil.example', undefined],
      ['https://shop.example', 'https://shop.example'],
    ] as const) {
      const tus = await request.post(`${API}/media/tus`, {
        headers: { Origin: origin, 'Tus-Resumable': '1.0.0', 'Upload-Length': '5000', 'Upload-Metadata': metaHeader(5000) },
      });
      expect(tus.status()).toBe(201);
      expect(tus.headers()['access-control-allow-origin'], origin).toBe(allowed);
      const faq = await request.get(`${API}/faq?locale=en`, { headers: { Origin: origin } });
      expect(faq.headers()['access-control-allow-origin'], origin).toBe(allowed);
      const lookupRes = await request.post(`${API}/orders/lookup`, { data: DEMO.recent, headers: { Origin: origin } });
      expect(lookupRes.headers()['access-control-allow-origin'], origin).toBe(allowed);
      const preflight = await request.fetch(`${API}/media/tus`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'upload-offset' },
      });
      expect(preflight.headers()['access-control-allow-origin'], origin).toBe(allowed);
      if (allowed) expect(preflight.headers()['access-control-allow-headers']).toContain('Upload-Offset');
    }
  });
});

test.describe('5. smaller holes', () => {
  test('JSON routes refuse other content types with 415 (no "simple" cross-site requests)', async ({ request }) => {
    const body = JSON.stringify({ orderNumber: 'RL-1001', email: 'anna@example.com' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await request.post(`${API}/orders/lookup`, { data: body, headers: { 'Content-Type': type } });
      await expectError(res, 415, 'Content-Type');
    }
    const quote = await request.post(`${API}/returns/quote`, { data: '{}', headers: { 'Content-Type': 'text/plain' } });
    await expectError(quote, 415);
    // The spent attempts were not counted: the real lookup still passes.
    await lookup(request, DEMO.recent);
  });

  test('EXIF after the image data is stripped and bytes after the end of the image are dropped', async ({ request }) => {
    const clean = encodeJpeg(32, 32, productPainter(32, 32, 5));
    // An APP1 EXIF segment after the scan (before EOI), and a payload after EOI.
    const exif = exifWithGps(48.85, 2.35);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff]), exif]);
    const eoi = clean.length - 2;
    const trailer = Buffer.from('<script>alert(1)</script>PK\x03\x04 trailing zip');
    const hostile = Buffer.concat([clean.subarray(0, eoi), app1, clean.subarray(eoi), trailer]);
    expect(hasExif(hostile)).toBe(true);
    const stripped = stripJpeg(hostile);
    expect(hasExif(stripped)).toBe(false);
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(stripped.includes(Buffer.from('<script>'))).toBe(false);
    const res = await request.post(`${API}/media`, {
      data: hostile,
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Returnless-Meta': encodeURIComponent(
          JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: hostile.length, purpose: 'review' }),
        ),
      },
    });
    const ref = await expectOutput(res, 'uploadMedia', 201);
    const served = await (await request.get(ref.url!)).body();
    expect(hasExif(served)).toBe(false);
    expect(served.includes(Buffer.from('trailing zip'))).toBe(false);
    expect(served.length).toBe(clean.length);
  });

  test('Cross-Origin-Resource-Policy follows the shop origins: review photos cross-origin, return photos only with the shopper proof', async ({
    request,
  }) => {
    expect(resourcePolicy([], 'review')).toBe('same-origin');
    const page = await expectOutput(await request.get(`${API}/products/linen-shirt/reviews?withMedia=true`), 'listReviews');
    const photo = await request.get(page.reviews.find((r) => r.media.length)!.media[0]!.url!);
    expect(photo.headers()['cross-origin-resource-policy']).toBe('cross-origin');
    const anna = await lookup(request, DEMO.recent);
    const jpeg = encodeJpeg(16, 16, productPainter(16, 16, 2));
    const ref = await expectOutput(
      await request.post(`${API}/media`, {
        data: jpeg,
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-Returnless-Meta': encodeURIComponent(
            JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: jpeg.length, purpose: 'return', lookupToken: anna.lookupToken }),
          ),
        },
      }),
      'uploadMedia',
      201,
    );
    // The shopper's own photo, with its proof (the return form on the shop's page, after a reload): the shop may show it.
    expect(ref.url).toContain('proof=');
    expect((await request.get(ref.url!)).headers()['cross-origin-resource-policy']).toBe('cross-origin');
    // Without the proof (the merchant's admin, on the API's own origin): same-origin.
    expect(resourcePolicy(['https://shop.example'], 'return')).toBe('same-origin');
    expect(resourcePolicy(['https://shop.example'], 'return', true)).toBe('cross-origin');
    expect(resourcePolicy([], 'return', true)).toBe('same-origin');
  });
});
