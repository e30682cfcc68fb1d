import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { InboxReview } from '../../src/domain/merchant.js';
import '../../src/elements/review-inbox/define.js';
import type { RlReviewInbox } from '../../src/elements/review-inbox/review-inbox.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { cleanup, fixture, settle, waitFor } from '../helpers.js';

const review = (id: string, rating: number, extra: Partial<InboxReview> = {}): InboxReview => ({
  id,
  productId: 'shirt',
  productTitle: 'Shirt',
  rating,
  body: `Body ${id}`,
  author: `Author ${id}`,
  createdAt: '2026-11-01T10:00:00Z',
  verifiedBuyer: false,
  lang: 'en',
  status: 'pending',
  media: [],
  ...extra,
});

async function mount(inbox: InboxReview[]) {
  const adapter = createMemoryAdapter({ inbox, reviews: [] });
  const store = await fixture<RlStore>('<rl-store><rl-review-inbox shop-name="Shop"></rl-review-inbox></rl-store>');
  store.adapter = adapter;
  const el = store.querySelector('rl-review-inbox') as RlReviewInbox;
  await settle(store.parentElement!);
  await waitFor(() => el.shadowRoot!.querySelector('.review, .empty'));
  return { el, adapter, root: el.shadowRoot! };
}

/** A published review, approved, in the "Needs a reply" view with its composer open. */
async function composingReplyTo(published: InboxReview) {
  const adapter = createMemoryAdapter({ inbox: [published], reviews: [] });
  await adapter.moderateReview!({ reviewId: published.id, decision: 'approve' });
  const store = await fixture<RlStore>('<rl-store><rl-review-inbox shop-name="Shop"></rl-review-inbox></rl-store>');
  store.adapter = adapter;
  await settle(store.parentElement!);
  const root = store.querySelector('rl-review-inbox')!.shadowRoot!;
  await waitFor(() => root.querySelector('.views button:nth-child(2)'));
  (root.querySelector('.views button:nth-child(2)') as HTMLButtonElement).click();
  const textarea = await waitFor(() => root.querySelector('textarea'));
  return { adapter, root, textarea };
}

afterEach(cleanup);

describe('rl-review-inbox', () => {
  it('fits a 320 px phone: a photo’s decision controls wrap instead of widening the card', async () => {
    await page.viewport(320, 640);
    try {
      const media = [{ id: 'm1', kind: 'image' as const, alt: 'Sole coming off', status: 'pending' as const }];
      const { el, root } = await mount([review('long', 1, { author: 'Wang Fang, a reviewer with a long name', media })]);
      await waitFor(() => root.querySelector('.media .decision'));
      // A theme's larger type (the demo shop's) is what pushed the controls past the edge.
      el.style.fontSize = '20px';
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      expect(right).toBeLessThanOrEqual(320);
      for (const node of root.querySelectorAll<HTMLElement>('.decision, select, .meta'))
        expect(node.getBoundingClientRect().right, node.className || node.localName).toBeLessThanOrEqual(right + 0.5);
    } finally {
      await page.viewport(1280, 720);
    }
  });

  it('offers the same actions whatever the rating', async () => {
    const { root } = await mount([review('one', 1), review('five', 5)]);
    const actions = [...root.querySelectorAll('.review')].map((r) =>
      [...r.querySelectorAll('button, select option')].map((b) => b.textContent!.trim()).join('|'),
    );
    expect(actions).toHaveLength(2);
    expect(actions[0]).toBe(actions[1]);
  });

  it('a rejection without a reason moves focus to the reason and sends nothing', async () => {
    const { root, adapter } = await mount([review('a', 3)]);
    const reject = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Reject')!;
    reject.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => root.querySelector('.problem'));
    expect((root.activeElement as HTMLElement).tagName).toBe('SELECT');
    expect(root.activeElement!.getAttribute('aria-invalid')).toBe('true');
    const page = await adapter.listReviewInbox!({ view: 'pending' });
    expect(page.reviews[0]!.status).toBe('pending');
  });

  it('a published reply appears under the shopper review and leaves the review unchanged', async () => {
    const { adapter, root, textarea } = await composingReplyTo(review('p', 2, { status: 'published', title: 'Meh' }));
    await userEvent.fill(textarea, 'We are sorry.');
    await waitFor(() => root.querySelector('[part="preview"]')?.textContent?.includes('We are sorry.'));
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(async () => (await adapter.listReviews!({ productId: 'shirt' })).reviews[0]?.reply);
    const shopper = (await adapter.listReviews!({ productId: 'shirt' })).reviews[0]!;
    expect(shopper.reply!.body).toBe('We are sorry.');
    expect([shopper.rating, shopper.title, shopper.body]).toEqual([2, 'Meh', 'Body p']);
  });

  it('keeps a pasted reply whole past 3,000 characters: the count turns red and Publish asks to shorten it', async () => {
    const { adapter, root, textarea } = await composingReplyTo(review('p', 2, { status: 'published' }));
    await userEvent.fill(textarea, 'Thank you. '.repeat(300));
    await waitFor(() => root.querySelector('[part="counter"]')?.textContent?.includes('3,299 of 3,000 characters'));
    expect(textarea.value).toHaveLength(3300); // nothing cut
    expect(root.querySelector('[part="counter"]')!.classList.contains('over')).toBe(true);
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => root.querySelector('.problem')?.textContent?.includes('Shorten the reply to 3,000 characters or fewer.'));
    expect((await adapter.listReviews!({ productId: 'shirt' })).reviews[0]?.reply).toBeUndefined();
    expect(textarea.getAttribute('aria-describedby')).toContain(root.querySelector('[part="counter"]')!.id);
  });

  it('shows a review in its own direction, with the merchant’s words in the page’s', async () => {
    const { root } = await mount([review('he', 4, { title: 'חולצה טובה', body: 'בד נעים מאוד' })]);
    const dirOf = (selector: string) => getComputedStyle(root.querySelector(selector)!).direction;
    expect(dirOf('.review .body')).toBe('rtl');
    expect(dirOf('.review h3 > span:not(.stars)')).toBe('rtl');
    expect(dirOf('.review .meta')).toBe('ltr');
  });

  it('paints the stars it says', async () => {
    const { root } = await mount([review('two', 2)]);
    const stars = root.querySelector<HTMLElement>('[part="stars"]')!;
    expect(stars.getAttribute('role')).toBe('img');
    expect(stars.getAttribute('aria-label')).toBe('2 out of 5 stars');
    // Drawn, not typed: the fill covers two of five stars (pixels: test/paint/stars-drawn.test.ts).
    const row = stars.getBoundingClientRect();
    const fill = stars.querySelector('.stars-fill')!.getBoundingClientRect();
    expect(fill.width / row.width).toBeCloseTo(0.4, 2);
    expect(getComputedStyle(stars.querySelector('.stars-fill')!).color).not.toBe(getComputedStyle(stars).color);
  });
});
