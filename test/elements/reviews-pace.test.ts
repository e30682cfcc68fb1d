/**
 * Issue 16: a first page of reviews is drawn in turns, a frame apart, so the first data render and
 * its layout are not one long task: the summary, photos and filters with placeholders in the list,
 * then one review a turn.
 */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { Review } from '../../src/domain/reviews.js';
import '../../src/elements/reviews/define.js';
import type { RlReviews } from '../../src/elements/reviews/reviews.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $$, cleanup, fixture, waitFor } from '../helpers.js';

afterEach(cleanup);

const reviews: Review[] = Array.from({ length: 8 }, (_, i) => ({
  id: `r${i}`,
  productId: 'p1',
  rating: 4,
  body: `Body ${i}`,
  author: `Author ${i}`,
  createdAt: new Date(Date.UTC(2026, 9, 30 - i)).toISOString(),
  verifiedBuyer: false,
  media: [],
}));

it('draws the summary with placeholders first, then one review in each later task', async () => {
  const store = await fixture<RlStore>(`<rl-store><rl-reviews product-id="p1"></rl-reviews></rl-store>`);
  const el = store.querySelector<RlReviews>('rl-reviews')!;
  const drawn: number[] = [];
  const first: string[] = [];
  el.addController({
    hostUpdated: () => {
      drawn.push($$(el, '.review').length);
      if (!first.length && $$(el, '.summary').length)
        first.push(`${$$(el, '.review').length} reviews, ${$$(el, '.review-placeholder').length} placeholders`);
    },
  });
  store.adapter = createMemoryAdapter({ reviews });
  await waitFor(() => $$(el, '.review').length > 0);
  // updateComplete covers the second turn too.
  await el.updateComplete;
  expect($$(el, '.review')).toHaveLength(8);
  const counts = drawn.filter((n, i) => n > 0 && n !== drawn[i - 1]);
  expect(first).toEqual(['0 reviews, 3 placeholders']);
  expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect($$(el, '.review-placeholder')).toHaveLength(0);
  // In order, newest first, with nothing lost between the turns.
  expect($$(el, '.review').map((r) => r.dataset.id)).toEqual(reviews.map((r) => r.id));
});

it('draws a next page ("Show more reviews") a review a turn too, keeping those shown, then focuses its first', async () => {
  const many: Review[] = Array.from({ length: 20 }, (_, i) => ({
    ...reviews[0]!,
    id: `m${i}`,
    createdAt: new Date(Date.UTC(2026, 9, 30 - i)).toISOString(),
  }));
  const store = await fixture<RlStore>(`<rl-store><rl-reviews product-id="p1"></rl-reviews></rl-store>`);
  const el = store.querySelector<RlReviews>('rl-reviews')!;
  store.adapter = createMemoryAdapter({ reviews: many }, { pageSize: 10 });
  await waitFor(() => $$(el, '.review').length === 10);
  await el.updateComplete;
  const drawn: number[] = [];
  el.addController({ hostUpdated: () => drawn.push($$(el, '.review').length) });
  $$(el, '[part="load-more"]')[0]!.click();
  await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'm10');
  expect($$(el, '.review')).toHaveLength(20);
  expect(drawn.filter((n, i) => n !== drawn[i - 1] && n > 10)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  expect($$(el, '.review').map((r) => r.dataset.id)).toEqual(many.map((r) => r.id));
});
