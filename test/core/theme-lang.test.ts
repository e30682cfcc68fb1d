/**
 * The language tags themes really write: `<html lang="en_US">` (PHP and Java locales),
 * `zh_CN`, `de-de-de`. Each must read as a tag Intl and the adapters accept, not throw
 * "Invalid language tag" from every number the elements format, nor send a `locale` the
 * adapter contract refuses.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { Review } from '../../src/domain/reviews.js';
import { usableLang } from '../../src/core/i18n.js';
import '../../src/elements/faq/define.js';
import '../../src/elements/reviews/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { faqEn, faqZh } from '../../stories/support/faq-data.js';
import { $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

const review: Review = {
  id: 'r1',
  productId: 'p1',
  rating: 4,
  body: 'Good',
  author: 'Ann',
  createdAt: '2026-10-01T10:00:00Z',
  verifiedBuyer: false,
  media: [],
  helpfulCount: 1200,
};

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

describe('usableLang', () => {
  it('mends what themes write and reads a malformed one as English', () => {
    expect(usableLang('en_US')).toBe('en-US');
    expect(usableLang('zh_cn')).toBe('zh-CN');
    expect(usableLang('de-de-de')).toBe('en');
    expect(usableLang('*')).toBe('en');
    expect(usableLang('zh-Hans-CN')).toBe('zh-Hans-CN');
  });
});

describe('elements under an odd <html lang>', () => {
  it.each([
    ['en_US', 'en-US', faqEn[0]!.question],
    ['zh_CN', 'zh-CN', faqZh[0]!.question],
    ['de-de-de', 'en', faqEn[0]!.question],
  ])('lang="%s": data loads with locale %s, numbers format, nothing throws', async (tag, locale, question) => {
    document.documentElement.lang = tag;
    const adapter = createMemoryAdapter({ faq: { default: faqEn, 'default@zh-CN': faqZh }, reviews: [review] });
    const getFaq = vi.spyOn(adapter, 'getFaq');
    const store = await fixture<RlStore>('<rl-store><rl-faq></rl-faq><rl-reviews product-id="p1"></rl-reviews></rl-store>');
    store.adapter = adapter;
    await settle(store.parentElement!);
    const faq = store.querySelector('rl-faq')!;
    const reviews = store.querySelector('rl-reviews')!;
    await waitFor(() => faq.shadowRoot!.textContent!.includes(question), 5000);
    expect(getFaq.mock.calls[0]![0].locale).toBe(locale);
    await waitFor(() => $$(reviews, '.review').length === 1, 5000);
    expect(reviews.shadowRoot!.textContent).toContain('Ann');
  });
});
