/**
 * What is painted, not only what is labelled: the filled part of every star row must cover
 * rating / 5 of the row (a stretched box once painted five stars for a 2-star review while
 * the accessible label was right). Measured with getBoundingClientRect of the fill against the
 * row; the review form's star input by the computed SVG fill. stars-drawn.test.ts reads the pixels.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/elements/review-form/define.js';
import '../../src/elements/reviews/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';
import { ratedReviews } from './rated-reviews.js';

const ratings = [1, 2, 3, 4, 5, 2, 1];
const reviews = ratedReviews(ratings);

/** Share of the star row that the fill covers (0…1), from layout boxes. */
function paintedShare(stars: HTMLElement): number {
  const row = stars.getBoundingClientRect();
  const painted = stars.querySelector('.stars-fill')!.getBoundingClientRect();
  return Math.max(0, Math.min(painted.right, row.right) - Math.max(painted.left, row.left)) / row.width;
}

afterEach(cleanup);

describe.each([
  [1280, 720],
  [320, 640],
])('star fill at %i×%i', (width, height) => {
  it('paints rating / 5 in the summary, in each review and in the histogram bars', async () => {
    await page.viewport(width, height);
    const store = await fixture<RlStore>(`<rl-store><rl-reviews product-id="p1"></rl-reviews></rl-store>`);
    store.adapter = createMemoryAdapter({ reviews });
    const el = store.querySelector('rl-reviews')!;
    await waitFor(() => $$(el, '.review').length >= 5);
    await settle(store);

    const average = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    const summaryStars = $<HTMLElement>(el, '.summary .stars')!;
    expect(paintedShare(summaryStars)).toBeCloseTo(average / 5, 1);

    for (const item of $$<HTMLElement>(el, '.review')) {
      const rating = reviews.find((r) => r.id === item.dataset.id)!.rating;
      expect(paintedShare(item.querySelector<HTMLElement>('.stars')!), `review ${item.dataset.id} (${rating}★)`).toBeCloseTo(rating / 5, 1);
    }

    const rows = $$<HTMLElement>(el, '[part="histogram-row"]');
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const stars = Number(/\d/.exec(row.querySelector('.row-label')!.textContent!)![0]);
      const share = ratings.filter((r) => r === stars).length / ratings.length;
      const bar = row.querySelector('.bar')!.getBoundingClientRect();
      const fill = row.querySelector('.bar-fill')!.getBoundingClientRect();
      expect(fill.width / bar.width, `${stars}★ bar`).toBeCloseTo(share, 1);
    }
  });
});

describe('review form star input', () => {
  it('paints exactly the chosen number of stars', async () => {
    await page.viewport(1280, 720);
    const store = await fixture<RlStore>(`<rl-store><rl-review-form product-id="p1"></rl-review-form></rl-store>`);
    store.adapter = createMemoryAdapter({});
    const form = store.querySelector('rl-review-form')!;
    await waitFor(() => $$(form, 'input[name="rating"]').length === 5);
    for (const chosen of [2, 4, 1]) {
      await userEvent.click($$<HTMLInputElement>(form, 'input[name="rating"]')[chosen - 1]!);
      await settle(store);
      const filled = $$<HTMLElement>(form, '[part="star"] svg').map((svg) => getComputedStyle(svg).fill !== 'none');
      expect(filled).toEqual([1, 2, 3, 4, 5].map((n) => n <= chosen));
      // Filled stars share one colour, different from empty ones.
      const colours = $$<HTMLElement>(form, '[part="star"] svg').map((svg) => getComputedStyle(svg).color);
      expect(new Set(colours.slice(0, chosen)).size).toBe(1);
      if (chosen < 5) expect(colours[chosen]).not.toBe(colours[0]);
    }
  });
});
