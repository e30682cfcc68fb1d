/**
 * Forced colours (Windows high contrast) drop backgrounds and shadows and paint borders in the text
 * colour. Read from pixels on the demo product page:
 * - the reviews' rating bars were drawn with backgrounds only, so they vanished; the chosen rating
 *   row looked like the others;
 * - the size guide's chosen size was a filled button: its label sat on the Canvas-coloured text
 *   backplate in HighlightText, white on white;
 * - the return form's current step number was a filled circle, drawn like the others, and the
 *   status timeline's dots (backgrounds only) vanished.
 */
import { expect, test, type Locator } from '@playwright/test';
import { reset } from './helpers.js';
import { submitReturn } from './return-flow.js';

test.beforeEach(async ({ request }) => reset(request));

/** Luminance (0–1) of each pixel of `target`'s screenshot, row by row. */
async function luminance(target: Locator): Promise<{ width: number; height: number; at: number[] }> {
  const png = (await target.screenshot()).toString('base64');
  // Decoded in a blank page: the demo page's Content-Security-Policy refuses data: fetches.
  const blank = await target.page().context().newPage();
  const result = await blank.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const at: number[] = [];
    for (let i = 0; i < data.length; i += 4) at.push((0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!) / 255);
    return { width: image.width, height: image.height, at };
  }, png);
  await blank.close();
  return result;
}

test('in forced colours the rating bars show their share and the chosen rating row stands out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/product.html');
  const reviews = page.locator('rl-reviews');
  const fiveStars = reviews.getByRole('button', { name: /^5 stars/ });
  await expect(fiveStars).toBeVisible();

  // 5 stars hold a third of the reviews: the bar's first fifth is filled, its last fifth is not.
  const bar = await luminance(fiveStars.locator('.bar'));
  const middle = Math.floor(bar.height / 2) * bar.width;
  const filled = bar.at[middle + Math.round(bar.width * 0.1)]!;
  const empty = bar.at[middle + Math.round(bar.width * 0.9)]!;
  expect(Math.abs(filled - empty), `bar filled ${filled} vs empty ${empty}`).toBeGreaterThan(0.5);

  // The chosen row's frame is thicker than the others': count the frame's dark pixels down the
  // middle of its start edge.
  const fourStars = reviews.getByRole('button', { name: /^4 stars/ });
  await fourStars.click();
  await expect(fourStars).toHaveAttribute('aria-pressed', 'true');
  const frame = async (row: Locator) => {
    const shot = await luminance(row);
    const line = Math.floor(shot.height / 2) * shot.width;
    let dark = 0;
    while (dark < shot.width && shot.at[line + dark]! < 0.5) dark++;
    return dark;
  };
  const chosen = await frame(fourStars);
  const other = await frame(reviews.getByRole('button', { name: /^3 stars/ }));
  expect(chosen, `chosen row frame ${chosen}px, others ${other}px`).toBeGreaterThan(other);
});

test('in forced colours the chosen size in the size guide keeps a readable label', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/product.html');
  await page.getByRole('button', { name: 'Size guide' }).click();
  const size = page.getByRole('button', { name: '40', exact: true });
  await size.click();
  await expect(size).toHaveAttribute('aria-pressed', 'true');
  // The middle of the button is where the label is: it holds both a dark and a light colour
  // (not a blank backplate). The button is darker on the whole than an unchosen size's.
  const middle = async (button: Locator) => {
    const shot = await luminance(button);
    const values: number[] = [];
    for (let y = Math.round(shot.height * 0.35); y < shot.height * 0.65; y++) {
      for (let x = Math.round(shot.width * 0.3); x < shot.width * 0.7; x++) values.push(shot.at[y * shot.width + x]!);
    }
    return { spread: Math.max(...values) - Math.min(...values), mean: shot.at.reduce((a, b) => a + b, 0) / shot.at.length };
  };
  const chosen = await middle(size);
  const other = await middle(page.getByRole('button', { name: '42', exact: true }));
  expect(chosen.spread, 'a label drawn on the fill').toBeGreaterThan(0.5);
  expect(other.mean - chosen.mean, `chosen ${chosen.mean} vs other ${other.mean}`).toBeGreaterThan(0.3);
});

test('in forced colours the return form marks the current step’s number', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/returns.html');
  const numbers = page.locator('rl-return-form [part="stepper-item"] .stepper-number');
  await expect(numbers).toHaveCount(6);
  const mean = async (number: Locator) => {
    const shot = await luminance(number);
    return shot.at.reduce((a, b) => a + b, 0) / shot.at.length;
  };
  const current = await mean(numbers.first());
  const next = await mean(numbers.nth(1));
  expect(next - current, `current ${current} vs next ${next}`).toBeGreaterThan(0.3);
});

test('in forced colours the return status timeline shows its dots, the latest filled', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const form = await submitReturn(page);
  await form.locator('[part="status-link"]').click();
  const timeline = form.locator('[part="timeline"]');
  const latest = form.locator('[part="timeline-item"][aria-current="step"]');
  await expect(latest).toBeVisible();

  // The dot sits on the timeline's line, 0.3rem below the item's top: read it just beside the
  // line (which is dark anyway), inside the dot.
  const box = (await timeline.boundingBox())!;
  const item = (await latest.boundingBox())!;
  const shot = await luminance(timeline);
  const scale = shot.width / box.width;
  const x = Math.round((item.x - box.x - 1 + 4) * scale);
  const y = Math.round((item.y - box.y + 0.8 * 16) * scale);
  const inside = shot.at[y * shot.width + x]!;
  expect(inside, 'inside the latest dot').toBeLessThan(0.5);
});
