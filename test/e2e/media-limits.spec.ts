/** Issue 12 §6: the reference server says its media limits (GET /media/limits), the uploader states them, and uploads enforce them. */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { encodeJpeg, productPainter } from '../../demo/server/images.js';
import { API, expectError, expectOutput, reset } from './helpers.js';

function upload(request: APIRequestContext, bytes: Buffer) {
  const meta = { kind: 'image', mime: 'image/jpeg', size: bytes.length, purpose: 'review', filename: 'photo.jpg' };
  return request.post(`${API}/media`, {
    data: bytes,
    headers: { 'Content-Type': 'application/octet-stream', 'X-Returnless-Meta': encodeURIComponent(JSON.stringify(meta)) },
  });
}

test.beforeEach(async ({ request }) => reset(request));

test('the limits the server states are the ones its uploads enforce, and the uploader on the product page states them', async ({
  page,
  request,
}) => {
  const limits = await expectOutput(await request.get(`${API}/media/limits?purpose=review`), 'getMediaLimits');
  // The e2e server runs with RL_MAX_IMAGE_MB=1.
  expect(limits.maxImageBytes).toBe(1024 * 1024);
  expect(limits.maxVideoBytes).toBeGreaterThan(0);
  const jpeg = encodeJpeg(16, 16, productPainter(16, 16, 2));
  const at = Buffer.concat([jpeg, Buffer.alloc(limits.maxImageBytes! - jpeg.length)]);
  await expectOutput(await upload(request, at), 'uploadMedia', 201);
  await expectError(await upload(request, Buffer.concat([at, Buffer.alloc(1)])), 413, 'file');

  await page.goto('/product.html?product=trail-runner');
  // Before any use the review form shows the uploader's stand-in, which states them too.
  const stated = page.locator('rl-review-form').locator('[part="limits"]');
  await expect(stated).toContainText('Photos: JPEG, PNG, WebP, GIF or HEIC, up to 1 MB each.');
  await expect(stated).not.toContainText('25 MB');
  // The pointer in the form loads the uploader, which states the same.
  await page.locator('rl-review-form').hover();
  const uploader = page.locator('rl-review-form').locator('rl-media-uploader').locator('[part="limits"]');
  await expect(uploader).toContainText('Photos: JPEG, PNG, WebP, GIF or HEIC, up to 1 MB each.');
});
