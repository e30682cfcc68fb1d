/**
 * Forced colours (Windows high contrast) drop backgrounds: the uploader's progress bar, a filled
 * track, vanished while a photo uploaded (the "Uploading, 45%" text stayed). Read from pixels, with
 * the upload held open so the bar stays on screen.
 */
import { expect, test } from '@playwright/test';
import { reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

test('in forced colours an upload in progress shows its bar', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  // Every upload (a POST, or a resumable upload's PATCH) waits: the row stays "uploading".
  await page.route('**/api/media**', (route) => (['POST', 'PATCH'].includes(route.request().method()) ? undefined : route.continue()));
  await page.goto('/product.html');
  const form = page.locator('rl-review-form');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await form.locator('input[type="file"]').first().setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  const bar = form.locator('rl-media-uploader [part="progress"]');
  await expect(bar).toBeVisible({ timeout: 15_000 });

  // The track's frame: its first pixel column down the middle is dark on the light Canvas.
  const png2 = (await bar.screenshot()).toString('base64');
  const blank = await page.context().newPage();
  const { frame, canvas } = await blank.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const y = Math.floor(image.height / 2);
    const lum = (x: number) => {
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    return { frame: lum(0), canvas: lum(Math.floor(image.width / 2)) };
  }, png2);
  await blank.close();
  // Without its forced-colours rule the whole bar was Canvas: frame and middle alike (1 and 1).
  expect(frame, `the frame is drawn in CanvasText (frame ${frame}, middle ${canvas})`).toBeLessThan(0.5);
  await bar.locator('xpath=..').screenshot({ path: test.info().outputPath('uploading-forced-colors.png') });
});
