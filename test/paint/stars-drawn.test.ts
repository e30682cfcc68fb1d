/**
 * Star ratings need no font glyph (issue 16): the ★ character is in almost no shop font, and
 * drawing it sent Chromium to the system for a fallback font inside the layout that showed the
 * reviews. So the stars hold no text, and what they paint is read from screenshots: the fill
 * colour (a pure red through `--rl-reviews-star-color` / `--rl-review-inbox-star-color`) covers
 * 90% of the row for 4.5 and 40% for 2, from the inline start (the right in right-to-left pages),
 * and the empty stars' outline has at least 3:1 contrast against the page, light and dark
 * (WCAG 1.4.11, non-text contrast).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { InboxReview } from '../../src/domain/merchant.js';
import '../../src/elements/review-inbox/define.js';
import '../../src/elements/reviews/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';
import { ratedReviews } from './rated-reviews.js';

/** Average 4.5, and one 2-star review (r4). */
const reviews = ratedReviews([5, 5, 5, 5, 2, 5]);

const inboxReview: InboxReview = {
  id: 'two',
  productId: 'shirt',
  productTitle: 'Shirt',
  rating: 2,
  body: 'Body',
  author: 'Author',
  createdAt: '2026-11-01T10:00:00Z',
  verifiedBuyer: false,
  lang: 'en',
  status: 'pending',
  media: [],
};

const DARK = 'color-scheme: dark; background: #1c1b19; color: #ecebe8';
const LIGHT = 'background: #ffffff; color: #1c1b19';

async function mountReviews(dir: 'ltr' | 'rtl', theme = LIGHT) {
  const store = await fixture<RlStore>(
    `<rl-store dir="${dir}" style="display: block; ${theme}; --rl-reviews-star-color: rgb(255 0 0)"><rl-reviews product-id="p1"></rl-reviews></rl-store>`,
  );
  store.adapter = createMemoryAdapter({ reviews });
  const el = store.querySelector('rl-reviews')!;
  await waitFor(() => $$(el, '.review').length === reviews.length);
  await settle(store);
  return {
    summary: $<HTMLElement>(el, '.summary [part="stars"]')!,
    two: $<HTMLElement>(el, '.review[data-id="r4"] [part="stars"]')!,
  };
}

async function mountInbox(dir: 'ltr' | 'rtl', theme = LIGHT) {
  const store = await fixture<RlStore>(
    `<rl-store dir="${dir}" style="display: block; ${theme}; --rl-review-inbox-star-color: rgb(255 0 0)"><rl-review-inbox shop-name="Shop"></rl-review-inbox></rl-store>`,
  );
  store.adapter = createMemoryAdapter({ inbox: [inboxReview], reviews: [] });
  const el = store.querySelector('rl-review-inbox')!;
  await waitFor(() => $(el, '.review [part="stars"]'));
  await settle(store);
  return $<HTMLElement>(el, '.review [part="stars"]')!;
}

/** The element's pixels, from a screenshot. */
async function pixels(el: HTMLElement): Promise<ImageData> {
  const shot = await page.screenshot({ element: el, save: false });
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${shot}`)).blob());
  const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

const at = (img: ImageData, x: number, y: number) => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];

/** First and last column holding the fill colour, as shares of the row's width. */
function filledColumns(img: ImageData): { first: number; last: number } {
  const columns: number[] = [];
  for (let x = 0; x < img.width; x++)
    for (let y = 0; y < img.height; y++) {
      const [r, g, b] = at(img, x, y) as [number, number, number];
      if (r > 200 && g < 80 && b < 80) {
        columns.push(x);
        break;
      }
    }
  expect(columns.length, 'no pixel in the fill colour').toBeGreaterThan(0);
  return { first: columns[0]! / img.width, last: (columns.at(-1)! + 1) / img.width };
}

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r!, g!, b!].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** The strongest contrast between the page (the row's corner) and any pixel of the columns from `from` to `to` (shares). */
function outlineContrast(img: ImageData, from: number, to: number): number {
  const page = luminance(at(img, 0, 0));
  let best = 1;
  for (let x = Math.ceil(from * img.width); x < Math.floor(to * img.width); x++)
    for (let y = 0; y < img.height; y++) {
      const l = luminance(at(img, x, y));
      best = Math.max(best, (Math.max(l, page) + 0.05) / (Math.min(l, page) + 0.05));
    }
  return best;
}

afterEach(cleanup);

describe('star ratings drawn without a font glyph', () => {
  it('<rl-reviews>: no text, the same accessible names, 4.5 paints 90% and 2 paints 40%', async () => {
    await page.viewport(1280, 720);
    const { summary, two } = await mountReviews('ltr');
    for (const stars of [summary, two]) expect(stars.textContent).toBe('');
    expect((summary.getRootNode() as ShadowRoot).innerHTML).not.toContain('★');
    await expect.element(page.getByRole('img', { name: '4.5 out of 5' })).toBeVisible();
    await expect.element(page.getByRole('img', { name: '2 stars out of 5' })).toBeVisible();

    const full = filledColumns(await pixels(summary));
    expect(full.first).toBeLessThan(0.05);
    expect(full.last).toBeCloseTo(0.9, 1);
    expect(Math.abs(full.last - 0.9)).toBeLessThan(0.02);
    const low = filledColumns(await pixels(two));
    expect(low.first).toBeLessThan(0.05);
    // The second star ends a little before 40% (each star has room around it); the third is empty.
    expect(low.last).toBeGreaterThan(0.36);
    expect(low.last).toBeLessThanOrEqual(0.4);
  });

  it('<rl-reviews>: right to left, the fill starts at the right', async () => {
    await page.viewport(1280, 720);
    const { summary, two } = await mountReviews('rtl');
    const full = filledColumns(await pixels(summary));
    expect(Math.abs(full.first - 0.1)).toBeLessThan(0.02);
    expect(full.last).toBeGreaterThan(0.95);
    const low = filledColumns(await pixels(two));
    expect(low.first).toBeGreaterThanOrEqual(0.6);
    expect(low.first).toBeLessThan(0.64);
  });

  it('<rl-review-inbox>: no text, its accessible name, 2 paints 40%, from the right in right to left', async () => {
    await page.viewport(1280, 720);
    const stars = await mountInbox('ltr');
    expect(stars.textContent).toBe('');
    await expect.element(page.getByRole('img', { name: '2 out of 5 stars' })).toBeVisible();
    const ltr = filledColumns(await pixels(stars));
    expect(ltr.first).toBeLessThan(0.05);
    expect(ltr.last).toBeGreaterThan(0.36);
    expect(ltr.last).toBeLessThanOrEqual(0.4);
    cleanup();
    const rtl = filledColumns(await pixels(await mountInbox('rtl')));
    expect(rtl.first).toBeGreaterThanOrEqual(0.6);
    expect(rtl.last).toBeGreaterThan(0.95);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ])('empty stars have at least 3:1 contrast on a %s page', async (_, theme) => {
    await page.viewport(1280, 720);
    const { two } = await mountReviews('ltr', theme);
    // Stars three to five of a 2-star review are empty.
    expect(outlineContrast(await pixels(two), 0.42, 1)).toBeGreaterThanOrEqual(3);
    cleanup();
    expect(outlineContrast(await pixels(await mountInbox('ltr', theme)), 0.42, 1)).toBeGreaterThanOrEqual(3);
  });
});
