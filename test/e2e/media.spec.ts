/** Media uploads: sniffing by content, refusals, metadata removal, safe serving, size limits and tus resumable uploads. */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { encodeJpeg, encodePng, exifWithGps, pngChunk, productPainter } from '../../demo/server/images.js';
import { hasExif, sniff, stripJpeg, stripPng } from '../../demo/server/media.js';
import { API, expectError, expectOutput, key, reset } from './helpers.js';

/** The merchant approves a review's waiting photos (bearer token of the e2e server). */
async function approve(request: APIRequestContext, reviewId: string): Promise<void> {
  const res = await request.post(`${API}/admin/reviews/approve`, {
    data: { reviewIds: [reviewId] },
    headers: { Authorization: 'Bearer e2e-admin-token-0123456789' },
  });
  expect(res.status(), await res.text()).toBe(200);
}

const meta = (over: Record<string, unknown> = {}) => ({
  kind: 'image',
  mime: 'image/jpeg',
  size: 1000,
  purpose: 'review',
  filename: 'photo.jpg',
  ...over,
});

function upload(request: APIRequestContext, bytes: Buffer, m: Record<string, unknown>, headers: Record<string, string> = {}) {
  return request.post(`${API}/media`, {
    data: bytes,
    headers: { 'Content-Type': 'application/octet-stream', 'X-Returnless-Meta': encodeURIComponent(JSON.stringify(m)), ...headers },
  });
}

const jpegWithGps = () => encodeJpeg(64, 48, productPainter(64, 48, 7), [{ marker: 0xe1, data: exifWithGps(52.3702, 4.8952) }]);

test.beforeEach(async ({ request }) => reset(request));

test.describe('uploadMedia POST /media', () => {
  test('a JPEG with GPS EXIF is stored without it and served safely', async ({ request }) => {
    const original = jpegWithGps();
    expect(hasExif(original)).toBe(true);
    expect(original.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
    const ref = await expectOutput(await upload(request, original, meta({ size: original.length })), 'uploadMedia', 201);
    expect(ref.kind).toBe('image');
    expect([ref.width, ref.height]).toEqual([64, 48]);
    const served = await request.get(ref.url!);
    expect(served.status()).toBe(200);
    const headers = served.headers();
    expect(headers['content-type']).toBe('image/jpeg');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(headers['content-disposition']).toBe('inline');
    const body = await served.body();
    expect(hasExif(body)).toBe(false);
    expect(body.includes(Buffer.from([0x88, 0x25]))).toBe(false); // no GPS IFD pointer tag either
    expect(sniff(body)?.mime).toBe('image/jpeg');
    expect(body.length).toBe(original.length - (exifWithGps(52.3702, 4.8952).length + 4));
  });

  test('a PNG with text and eXIf chunks comes back without them; the sniffed type wins over the declared one', async ({ request }) => {
    const png = encodePng(20, 10, productPainter(20, 10, 1), [
      { type: 'tEXt', data: Buffer.from('Comment\0taken at home, 52.37N 4.89E', 'latin1') },
      { type: 'eXIf', data: exifWithGps(1, 2).subarray(6) },
    ]);
    const ref = await expectOutput(
      await upload(request, png, meta({ mime: 'image/jpeg', size: png.length, filename: 'photo.jpg' })),
      'uploadMedia',
      201,
    );
    const served = await request.get(ref.url!);
    expect(served.headers()['content-type']).toBe('image/png');
    const body = await served.body();
    expect(body.includes(Buffer.from('tEXt'))).toBe(false);
    expect(body.includes(Buffer.from('eXIf'))).toBe(false);
    expect(body.includes(Buffer.from('IDAT'))).toBe(true);
  });

  test('refuses a renamed executable, an SVG with a script and an HTML file by their bytes', async ({ request }) => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0x41)]);
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
    const html = Buffer.from('<!doctype html><html><body><script>fetch("/steal?c="+document.cookie)</script></body></html>');
    const elf = Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(100)]);
    for (const [bytes, name, what] of [
      [exe, 'holiday.jpg', 'Windows executable'],
      [svg, 'logo.png', 'SVG'],
      [html, 'photo.jpeg', 'HTML'],
      [elf, 'clip.mp4', 'ELF'],
    ] as const) {
      const error = await expectError(await upload(request, bytes, meta({ filename: name, size: bytes.length })), 415, 'file');
      expect(error.message).toContain(what);
    }
    // A JPEG declared as a video is refused too (kind comes from the bytes).
    const jpeg = encodeJpeg(8, 8, productPainter(8, 8, 1));
    await expectError(await upload(request, jpeg, meta({ kind: 'video', mime: 'video/mp4', size: jpeg.length })), 415, 'meta.kind');
  });

  test('invalid meta, empty bodies, size limit, idempotent replays', async ({ request }) => {
    const jpeg = encodeJpeg(16, 16, productPainter(16, 16, 2));
    await expectError(await request.post(`${API}/media`, { data: jpeg }), 400, 'X-Returnless-Meta');
    await expectError(await upload(request, jpeg, meta({ purpose: 'selfie' })), 422, 'meta.purpose');
    await expectError(await upload(request, jpeg, meta({ mime: 'image/svg+xml' })), 422, 'meta.mime');
    await expectError(await upload(request, jpeg, meta({ size: 0 })), 422, 'meta.size');
    await expectError(
      await request.post(`${API}/media`, { data: jpeg, headers: { 'X-Returnless-Meta': '%7Bnope' } }),
      400,
      'X-Returnless-Meta',
    );
    await expectError(await upload(request, Buffer.alloc(0), meta()), 400, 'file');
    // The test server allows 1 MB images (RL_MAX_IMAGE_MB=1).
    const big = Buffer.concat([jpeg, Buffer.alloc(1024 * 1024 + 10)]);
    await expectError(await upload(request, big, meta({ size: big.length })), 413, 'file');
    const k = key('upload');
    const first = await expectOutput(await upload(request, jpeg, meta(), { 'Idempotency-Key': k }), 'uploadMedia', 201);
    const again = await expectOutput(await upload(request, jpeg, meta(), { 'Idempotency-Key': k }), 'uploadMedia', 201);
    expect(again.id).toBe(first.id);
    await expectError(await request.get(`${API}/media/files/m_missing`), 404);
  });

  test('an uploaded photo can be attached to a review once', async ({ request }) => {
    const jpeg = encodeJpeg(32, 32, productPainter(32, 32, 3));
    const ref = await expectOutput(await upload(request, jpeg, meta({ alt: 'Shirt on a hanger' })), 'uploadMedia', 201);
    const review = {
      productId: 'trail-runner',
      rating: 5,
      body: 'Grippy.',
      author: 'Ana',
      email: 'ana@example.com',
      mediaIds: [ref.id],
      mediaConsent: true,
    };
    const receipt = await expectOutput(
      await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': key() } }),
      'submitReview',
      201,
    );
    // The text publishes at once; the photo waits for the merchant (RL_REVIEW_MODERATION=media).
    expect(receipt.status).toBe('published');
    const before = await expectOutput(await request.get(`${API}/products/trail-runner/reviews`), 'listReviews');
    const mine = before.reviews.find((r) => r.id === receipt.id)!;
    expect(mine.body).toBe('Grippy.');
    expect(mine.media).toEqual([]);
    await approve(request, receipt.id);
    const page = await expectOutput(await request.get(`${API}/products/trail-runner/reviews?withMedia=true`), 'listReviews');
    expect(page.reviews[0]!.media[0]!.id).toBe(ref.id);
    expect(page.reviews[0]!.media[0]!.alt).toBe('Shirt on a hanger');
    await expectError(await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': key() } }), 422, 'mediaIds[0]');
  });

  test('a description typed after the upload arrives with the review (mediaAlt)', async ({ request }) => {
    const ref = await expectOutput(await upload(request, encodeJpeg(32, 32, productPainter(32, 32, 5)), meta()), 'uploadMedia', 201);
    const review = {
      productId: 'wool-throw',
      rating: 4,
      body: 'Warm.',
      author: 'Bo',
      email: 'bo@example.com',
      mediaIds: [ref.id],
      mediaConsent: true,
      mediaAlt: { [ref.id]: 'Grey throw on a sofa' },
    };
    const receipt = await expectOutput(
      await request.post(`${API}/reviews`, { data: review, headers: { 'Idempotency-Key': key() } }),
      'submitReview',
      201,
    );
    await approve(request, receipt.id);
    const page = await expectOutput(await request.get(`${API}/products/wool-throw/reviews?withMedia=true`), 'listReviews');
    const media = page.reviews.flatMap((r) => r.media).find((m) => m.id === ref.id)!;
    expect(media.alt).toBe('Grey throw on a sofa');
  });
});

test.describe('tus resumable uploads at /media/tus', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  async function create(request: APIRequestContext, length: number, m: Record<string, unknown>, idempotencyKey?: string) {
    return request.post(`${API}/media/tus`, {
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(length),
        'Upload-Metadata': [`meta ${b64(JSON.stringify(m))}`, ...(idempotencyKey ? [`idempotencyKey ${b64(idempotencyKey)}`] : [])].join(
          ',',
        ),
      },
    });
  }
  const patch = (request: APIRequestContext, location: string, offset: number, bytes: Buffer) =>
    request.patch(location, {
      data: bytes,
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
    });

  test('an upload in two chunks, resumed after asking the offset, ends with the MediaRef JSON', async ({ request }) => {
    const jpeg = jpegWithGps();
    const created = await create(request, jpeg.length, meta({ size: jpeg.length }), key('tus'));
    expect(created.status()).toBe(201);
    const location = created.headers()['location']!;
    expect(location).toMatch(/^\/api\/media\/tus\/.+/);
    const half = Math.floor(jpeg.length / 2);
    expect((await patch(request, location, 0, jpeg.subarray(0, half))).status()).toBe(204);
    // The connection "broke": ask where to resume.
    const head = await request.head(location, { headers: { 'Tus-Resumable': '1.0.0' } });
    expect(head.headers()['upload-offset']).toBe(String(half));
    const last = await patch(request, location, half, jpeg.subarray(half));
    const ref = await expectOutput(last, 'uploadMedia', 200);
    const served = await (await request.get(ref.url!)).body();
    expect(hasExif(served)).toBe(false);
    expect(sniff(served)?.mime).toBe('image/jpeg');
  });

  // The CDN build replaces tus-js-client's url-parse with the platform's URL (vite.config.ts): the server's
  // relative Location (/api/media/tus/…) must still resolve against the endpoint, chunk after chunk.
  test('the CDN bundle uploads resumably in chunks and gets the MediaRef', async ({ page, request }) => {
    const jpeg = jpegWithGps();
    await page.route('**/__tus/page.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><head><title>tus</title><script type="module" src="/cdn/returnless.js"></script></head><body></body></html>',
      }),
    );
    await page.goto('/__tus/page.html');
    const patches: string[] = [];
    page.on('request', (r) => r.method() === 'PATCH' && patches.push(new URL(r.url()).pathname));
    const ref = await page.evaluate(
      async (bytes) => {
        const { Returnless } = window as unknown as { Returnless: { ready: Promise<void>; createRestAdapter(o: object): any } };
        await Returnless.ready;
        const adapter = Returnless.createRestAdapter({ baseUrl: '/api', resumableFromBytes: 1, chunkBytes: Math.ceil(bytes.length / 2) });
        const blob = new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
        const meta = { kind: 'image', mime: 'image/jpeg', size: blob.size, purpose: 'review', filename: '照片 1.jpg' };
        return adapter.uploadMedia(blob, meta, { idempotencyKey: `tus-cdn-${Date.now()}` });
      },
      [...jpeg],
    );
    expect(patches).toHaveLength(2);
    expect(patches[0]).toMatch(/^\/api\/media\/tus\/.+/);
    const served = await (await request.get(ref.url)).body();
    expect(sniff(served)?.mime).toBe('image/jpeg');
    expect(hasExif(served)).toBe(false);
  });

  test('refuses bad meta at creation and an SVG when the bytes arrive', async ({ request }) => {
    const noMeta = await request.post(`${API}/media/tus`, { headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' } });
    expect(noMeta.status()).toBe(400);
    expect(await noMeta.text()).toContain('meta');
    const badMeta = await create(request, 10, meta({ purpose: 'nope' }));
    expect(badMeta.status()).toBe(422);
    expect(JSON.parse(await badMeta.text()).error.field).toBe('meta.purpose');
    const tooBig = await create(request, 3 * 1024 * 1024, meta({ kind: 'video', mime: 'video/mp4', size: 3 * 1024 * 1024 }));
    expect(tooBig.status()).toBe(413);
    // Each kind gets its own limit at creation (this suite: images 1 MB, videos 2 MB): a video over
    // the image limit is welcome, an image over it is not.
    const size = 1.5 * 1024 * 1024;
    const video = await create(request, size, meta({ kind: 'video', mime: 'video/mp4', size, filename: 'clip.mp4' }));
    expect(video.status(), await video.text()).toBe(201);
    const image = await create(request, size, meta({ size }));
    expect(image.status()).toBe(413);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');
    const created = await create(request, svg.length, meta({ size: svg.length, filename: 'pic.jpg' }));
    const refused = await patch(request, created.headers()['location']!, 0, svg);
    expect(refused.status()).toBe(415);
    expect(JSON.parse(await refused.text()).error.message).toContain('SVG');
  });
});

test('the metadata strippers keep what decoders need (pure)', () => {
  const jpeg = jpegWithGps();
  const clean = stripJpeg(jpeg);
  expect(hasExif(clean)).toBe(false);
  expect(clean.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  expect(clean.includes(Buffer.from('JFIF\0', 'latin1'))).toBe(true);
  expect(stripJpeg(clean)).toEqual(clean);
  const png = encodePng(4, 4, productPainter(4, 4, 1));
  const withText = Buffer.concat([png.subarray(0, 33), pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<x/>')), png.subarray(33)]);
  expect(stripPng(withText)).toEqual(png);
  expect(sniff(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'))?.mime).toBe('image/gif');
  expect(sniff(Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'))?.mime).toBe('image/heic');
  expect(sniff(Buffer.from('\x00\x00\x00\x18ftypisom\x00\x00\x00\x00', 'latin1'))?.mime).toBe('video/mp4');
  expect(sniff(Buffer.from('<html><body>hi</body></html>'))).toBeUndefined();
});
