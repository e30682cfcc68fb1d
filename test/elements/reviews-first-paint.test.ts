/**
 * Issue 16: the reviews' first data render (average "4.3", dates, counts, shares) creates no
 * Intl.NumberFormat or DateTimeFormat in English or Chinese. The page's first one loads ICU data:
 * 135–160 ms at 4× CPU throttle, which made this render the product page's longest task.
 */
import { afterAll, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { Review } from '../../src/domain/reviews.js';
import '../../src/elements/reviews/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';
import { ratedReviews } from '../paint/rated-reviews.js';
import { spyOnIntlFormatters } from './intl-spy.js';

const { made, restore } = spyOnIntlFormatters();
afterAll(restore);

const reviews: Review[] = ratedReviews([5, 4, 4, 3]).map((review, i) => ({
  ...review,
  createdAt: new Date(Date.UTC(2026, 9, 30 - i, 10)).toISOString(),
  verifiedBuyer: i === 0,
  fit: 'true',
  helpfulCount: i * 3,
  ...(i === 1 ? { reply: { body: 'Thank you!', createdAt: new Date(Date.UTC(2026, 9, 31, 10)).toISOString() } } : {}),
}));

it.each([
  ['en', '4.0', 'October 30, 2026'],
  ['zh-CN', '4.0', '2026年10月30日'],
])('renders reviews in %s without a formatter', async (locale, average, date) => {
  const store = await fixture<RlStore>(`<rl-store locale="${locale}"><rl-reviews product-id="p1"></rl-reviews></rl-store>`);
  store.adapter = createMemoryAdapter({ reviews });
  const el = store.querySelector('rl-reviews')!;
  await waitFor(() => $$(el, '.review').length === 4);
  await settle(store);
  expect($(el, '[part="average"]')!.textContent).toBe(average);
  expect($$(el, '.review time').map((t) => t.textContent!.trim())).toContain(date);
  expect(made).toEqual([]);
  cleanup();
});
