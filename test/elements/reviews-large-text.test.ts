/**
 * With text at 200% on a 390px phone (a 358px column), the reviews' "Sort by" menu stays inside
 * the column: label and menu sat side by side at any size and ran 6px past the screen's edge,
 * which then scrolled sideways. On a 320px phone the rating rows stay inside too.
 */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { Review } from '../../src/domain/reviews.js';
import '../../src/elements/reviews/define.js';
import type { RlReviews } from '../../src/elements/reviews/reviews.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, cleanup, fixture, settle, waitFor } from '../helpers.js';

const reviews: Review[] = [1, 2].map((i) => ({
  id: `r${i}`,
  productId: 'p1',
  rating: 4,
  body: `Review ${i}`,
  author: `Author ${i}`,
  createdAt: new Date(Date.UTC(2026, 9, i)).toISOString(),
  verifiedBuyer: false,
  media: [],
  helpfulCount: 0,
}));

afterEach(() => {
  document.documentElement.style.fontSize = '';
  cleanup();
});

/** The reviews in a column `width` px wide with text at 200%, drawn once `ready` is there. */
async function atLargeText(width: number, ready: string) {
  document.documentElement.style.fontSize = '200%';
  const store = await fixture<RlStore>('<rl-store><rl-reviews product-id="p1"></rl-reviews></rl-store>');
  store.parentElement!.style.inlineSize = `${width}px`;
  store.parentElement!.style.fontFamily = 'system-ui, sans-serif';
  store.adapter = createMemoryAdapter({ reviews });
  const el = store.querySelector('rl-reviews') as RlReviews;
  await settle(store.parentElement!);
  await waitFor(() => $(el, ready));
  await el.updateComplete;
  return { el, column: store.parentElement!.getBoundingClientRect() };
}

it('keeps the sort menu inside a 358px column with text at 200%', async () => {
  const { el, column } = await atLargeText(358, '.sort select');
  expect($(el, '.sort select')!.getBoundingClientRect().right, 'the menu’s right edge').toBeLessThanOrEqual(column.right + 0.5);
  expect($(el, '.sort')!.getBoundingClientRect().right, 'the label’s right edge').toBeLessThanOrEqual(column.right + 0.5);
});

it('keeps the rating rows inside a 288px column (a 320px phone) with text at 200%, each bar still drawn', async () => {
  const { el, column } = await atLargeText(288, '.histogram .row');
  // Fixed 4.5em and 3.5em columns made each row 10em (320px) wide at least: 34px past the screen.
  for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('.histogram .row')) {
    expect(row.getBoundingClientRect().right, 'a row’s right edge').toBeLessThanOrEqual(column.right + 0.5);
    expect(row.querySelector('.bar')!.getBoundingClientRect().width, 'its bar is wide enough to read').toBeGreaterThan(100);
  }
  expect($(el, '.overall')!.getBoundingClientRect().right, 'the average and stars').toBeLessThanOrEqual(column.right + 0.5);
});
