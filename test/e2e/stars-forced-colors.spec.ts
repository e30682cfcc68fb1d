/**
 * Forced colours (Windows high contrast) repaint every colour with the system's, so star ratings
 * must tell full from empty by shape: full stars solid, empty ones outlines, both in the text
 * colour. Read from pixels on the demo product page: the middle of a full star has the text
 * colour, the middle of an empty one the page's. (The typed ★ stars were five solid glyphs there,
 * whatever the rating.) Both reviews' and the inbox's stars are drawn by src/core/stars.ts.
 */
import { expect, test, type Locator } from '@playwright/test';
import { reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

/** Luminance (0–1) at the middle of each of the five stars, and of the row's corner (the page). */
async function starMiddles(stars: Locator): Promise<{ middles: number[]; page: number }> {
  const png = (await stars.screenshot()).toString('base64');
  // Decoded in a blank page: the demo page's Content-Security-Policy refuses data: fetches.
  const blank = await stars.page().context().newPage();
  return blank.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const at = (x: number, y: number) => {
      const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    // Each star is centred in a 1 × 1 em cell of the 5 × 1 em row; its middle is a little below the cell's.
    const middles = [0, 1, 2, 3, 4].map((i) => at(((i + 0.5) / 5) * image.width, 0.53 * image.height));
    return { middles, page: at(0, 0) };
  }, png);
}

test('in forced colours a 2-star rating shows two solid stars and three hollow ones', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/product.html');
  const stars = page.locator('rl-reviews [part="stars"][aria-label="2 stars out of 5"]').first();
  await expect(stars).toBeVisible();
  const { middles, page: background } = await starMiddles(stars);
  const distance = (l: number) => Math.abs(l - background);
  for (const full of middles.slice(0, 2)) expect(distance(full), `full stars ${middles}`).toBeGreaterThan(0.5);
  for (const empty of middles.slice(2)) expect(distance(empty), `empty stars ${middles}`).toBeLessThan(0.1);
});
