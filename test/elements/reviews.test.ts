import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory.js';
import type { Review } from '../../src/domain/reviews.js';
import '../../src/elements/reviews/define.js';
import '../../src/elements/review-form/define.js';
import type { RlReviews } from '../../src/elements/reviews/reviews.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

/** 25 reviews: ratings cycle 5,4,3,2,1…; every third has two photos; fits mostly "small". */
function makeReviews(count = 25): Review[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i + 1}`,
    productId: 'p1',
    rating: 5 - (i % 5),
    title: `Title ${i + 1}`,
    body: `Body of review ${i + 1}`,
    author: `Author ${i + 1}`,
    createdAt: new Date(Date.UTC(2026, 9, 30 - i)).toISOString(),
    verifiedBuyer: i % 2 === 0,
    fit: i < 15 ? 'small' : i < 23 ? 'true' : 'large',
    media:
      i % 3 === 0
        ? [
            {
              id: `m${i}a`,
              kind: 'image',
              url: `/img/${i}a.jpg`,
              thumbnailUrl: `/img/${i}a-t.jpg`,
              width: 800,
              height: 600,
              alt: `Photo ${i}a`,
              status: 'published',
            },
            { id: `m${i}b`, kind: 'image', url: `/img/${i}b.jpg`, width: 800, height: 600, status: 'published' },
          ]
        : [],
    helpfulCount: i,
  }));
}

async function mount(adapter: ReturnlessAdapter, attrs = 'product-id="p1"', extra = ''): Promise<RlReviews> {
  const store = await fixture<RlStore>(`<rl-store><rl-reviews ${attrs}></rl-reviews>${extra}</rl-store>`);
  store.adapter = adapter;
  const el = store.querySelector('rl-reviews') as RlReviews;
  await settle(store.parentElement!);
  return el;
}
const memory = (reviews = makeReviews(), options: MemoryAdapterOptions = {}) => createMemoryAdapter({ reviews }, options);
const items = (el: Element) => $$<HTMLElement>(el, '.review');
const rows = (el: Element) => $$<HTMLButtonElement>(el, '[part="histogram-row"]');
/** The first page is drawn: its first reviews, and the rest that follow a frame at a time (`updateComplete`). */
const ready = async (el: Element) => {
  await waitFor(() => items(el).length > 0 && !$(el, '.list[aria-busy="true"]'));
  await (el as RlReviews).updateComplete;
};

beforeEach(() => history.replaceState(null, '', location.pathname));
afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
  document.head.querySelectorAll('script[data-rl-jsonld]').forEach((s) => s.remove());
});

describe('<rl-reviews> languages', () => {
  it('marks a review’s and a reply’s words with their language, and leaves the element’s own words alone', async () => {
    const [english, chinese] = makeReviews(2);
    const reviews = [
      { ...english!, lang: 'en' },
      {
        ...chinese!,
        title: '很好',
        body: '很透气，夏天穿很舒服。',
        lang: 'zh-CN',
        reply: { body: 'Thank you!', createdAt: '2026-10-30', lang: 'en' },
      },
    ];
    const el = await mount(memory(reviews));
    await ready(el);
    const [first, second] = items(el);
    expect(second!.querySelector<HTMLElement>('.body')!.lang).toBe('zh-CN');
    expect(second!.querySelector<HTMLElement>('.title')!.lang).toBe('zh-CN');
    expect(second!.querySelector<HTMLElement>('.reply .body')!.lang).toBe('en');
    expect(first!.querySelector<HTMLElement>('.body')!.lang).toBe('en');
    // The stars, dates and badges are the element's words, in the page's language: no lang of their own.
    expect(second!.hasAttribute('lang')).toBe(false);
    expect(second!.querySelector<HTMLElement>('.meta')!.closest('[lang]')).toBeNull();
  });

  it('lays out what shoppers and the shop wrote in its own direction, and the element’s words in the page’s', async () => {
    const [hebrew, english] = makeReviews(2);
    const reviews = [
      {
        ...hebrew!,
        title: 'חולצה מצוינת!',
        body: 'בד נעים, קניתי מידה אחת גדולה יותר.',
        author: 'שרה',
        reply: { body: 'תודה רבה!', createdAt: '2026-10-30' },
      },
      { ...english!, title: 'Great shirt!', body: 'Soft and light.' },
    ];
    const el = await mount(memory(reviews));
    await ready(el);
    const [rtl, ltr] = items(el);
    const dirOf = (node: Element | null | undefined) => getComputedStyle(node!).direction;
    // On this left-to-right page: the Hebrew review reads right to left, the English one left to right.
    for (const selector of ['.title', '.author', '.body', '.reply .body'])
      expect(dirOf(rtl!.querySelector(selector)), selector).toBe('rtl');
    for (const selector of ['.title', '.author', '.body']) expect(dirOf(ltr!.querySelector(selector)), selector).toBe('ltr');
    expect(dirOf(rtl!.querySelector('.meta time'))).toBe('ltr');
    // On a right-to-left page the English review keeps its direction; the element's words follow the page.
    el.closest('rl-store')!.setAttribute('dir', 'rtl');
    expect(dirOf(ltr!.querySelector('.body'))).toBe('ltr');
    expect(dirOf(ltr!.querySelector('.meta'))).toBe('rtl');
  });

  it('says nothing of a language the backend does not send', async () => {
    const el = await mount(memory(makeReviews(1)));
    await ready(el);
    expect(items(el)[0]!.querySelector<HTMLElement>('.body')!.hasAttribute('lang')).toBe(false);
  });
});

describe('<rl-reviews> summary', () => {
  it('shows the average, the count, stars as text and the shared fit summary', async () => {
    const el = await mount(memory());
    await ready(el);
    expect($(el, '[part="average"]')!.textContent).toBe('3.0');
    expect($(el, '[part="summary"] [part="stars"]')!.getAttribute('aria-label')).toBe('3.0 out of 5');
    expect($(el, '.count')!.textContent).toBe('Based on 25 reviews');
    // 15 of 25 said small: "Runs small — 60% of 25 buyers".
    expect($(el, '[part="fit"]')!.textContent).toBe('Runs small — 60% of 25 buyers');
    expect(items(el)[0]!.querySelector('[part="stars"]')!.getAttribute('aria-label')).toBe('5 stars out of 5');
  });

  it('claims no fit tendency below 20 votes', async () => {
    const el = await mount(memory(makeReviews(10)));
    await ready(el);
    expect($(el, '[part="fit"]')).toBeNull();
  });

  it('shows an inviting empty state when there are no reviews', async () => {
    const el = await mount(memory([]));
    const empty = await waitFor(() => $(el, '[part="empty"]'));
    expect(empty.textContent).toContain('No reviews yet');
    expect($(el, '[part="histogram"]')).toBeNull();
    expect($(el, '[part="write-review"]')).toBeNull();
  });
});

describe('<rl-reviews> pagination', () => {
  it('loads the next page on "Show more reviews" and moves focus to its first review', async () => {
    const el = await mount(memory());
    await ready(el);
    expect(items(el)).toHaveLength(10);
    $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    await waitFor(() => items(el).length === 20);
    expect(el.shadowRoot!.activeElement).toBe(items(el)[10]);
    expect(items(el)[10]!.dataset.id).toBe('r11');
    await waitFor(() => $(el, '[role="status"]')!.textContent === '10 more reviews loaded');
    $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    await waitFor(() => items(el).length === 25);
    expect($(el, '[part="load-more"]')).toBeNull();
    expect(new Set(items(el).map((i) => i.dataset.id)).size).toBe(25);
  });

  it('offers a retry when a later page fails, and keeps what is shown', async () => {
    const base = memory();
    let fail = false;
    const adapter: ReturnlessAdapter = {
      listReviews: async (q, o) => {
        if (fail) throw Object.assign(new Error('down'), { name: 'AdapterError', code: 'network' });
        return base.listReviews!(q, o);
      },
    };
    const el = await mount(adapter);
    await ready(el);
    fail = true;
    $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    const error = await waitFor(() => $(el, '[part="error"]'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(items(el)).toHaveLength(10);
    fail = false;
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitFor(() => items(el).length === 20);
  });
});

describe('<rl-reviews> filters and URL state', () => {
  it('filters by star from the histogram, exposes aria-pressed, writes the URL and fires rl-reviews-filter', async () => {
    const el = await mount(memory());
    await ready(el);
    const events: unknown[] = [];
    el.addEventListener('rl-reviews-filter', (e) => events.push(e.detail));
    expect(rows(el).map((r) => r.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(rows(el)[0]!.textContent).toContain('5 stars');
    rows(el)[0]!.click(); // 5 stars
    await waitFor(() => items(el).length === 5 && !$(el, '.list[aria-busy="true"]'));
    expect(items(el).every((i) => i.querySelector('[part="stars"]')!.getAttribute('aria-label') === '5 stars out of 5')).toBe(true);
    expect(rows(el)[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(new URLSearchParams(location.search).get('rl-reviews-rating')).toBe('5');
    expect(events).toEqual([{ rating: 5, withMedia: false }]);
    await waitFor(() => $(el, '[role="status"]')!.textContent === 'Showing 5 of 5');
    // Activating it again clears the star filter.
    rows(el)[0]!.click();
    await waitFor(() => items(el).length === 10);
    expect(rows(el)[0]!.getAttribute('aria-pressed')).toBe('false');
    expect(location.search).not.toContain('rl-reviews-rating');
    expect(events).toHaveLength(2);
  });

  it('filters to reviews with media and sorts, keeping other URL parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?utm=x`);
    const el = await mount(memory());
    await ready(el);
    const box = $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    await userEvent.click(box);
    await waitFor(() => items(el).length === 9 && !$(el, '.list[aria-busy="true"]'));
    expect(items(el).every((i) => i.querySelectorAll('[part="thumbnail"]').length === 2)).toBe(true);
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect([...select.options].map((o) => o.value)).toEqual(['newest', 'highest', 'lowest', 'helpful']);
    select.value = 'helpful';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => items(el)[0]!.dataset.id === 'r25' && !$(el, '.list[aria-busy="true"]'));
    const params = new URLSearchParams(location.search);
    expect(params.get('utm')).toBe('x');
    expect(params.get('rl-reviews-media')).toBe('1');
    expect(params.get('rl-reviews-sort')).toBe('helpful');
  });

  it('restores filters from the URL on load and asks the adapter for them', async () => {
    history.replaceState(null, '', `${location.pathname}?rl-reviews-rating=1&rl-reviews-media=1&rl-reviews-sort=lowest`);
    const base = memory();
    const spy = vi.fn(base.listReviews!);
    const el = await mount({ listReviews: spy });
    await ready(el);
    expect(spy.mock.calls[0]![0]).toEqual({ productId: 'p1', rating: 1, withMedia: true, sort: 'lowest' });
    expect(rows(el)[4]!.getAttribute('aria-pressed')).toBe('true');
    expect($<HTMLInputElement>(el, 'input[type="checkbox"]')!.checked).toBe(true);
    expect($<HTMLSelectElement>(el, 'select')!.value).toBe('lowest');
    expect(items(el).map((i) => i.dataset.id)).toEqual(['r10', 'r25']);
  });

  it('ignores invalid URL values and shows a way back when nothing matches', async () => {
    history.replaceState(null, '', `${location.pathname}?rl-reviews-rating=9&rl-reviews-sort=evil`);
    const el = await mount(memory(makeReviews(2)));
    await ready(el);
    expect(items(el)).toHaveLength(2);
    expect(rows(el).every((r) => r.getAttribute('aria-pressed') === 'false')).toBe(true);
    // r2 (4 stars) has no photos: nothing matches.
    el.setFilter({ rating: 4, withMedia: true });
    const empty = await waitFor(() => $(el, '[part="empty"]'));
    expect(empty.textContent).toContain('No reviews match these filters.');
    empty.querySelector('button')!.click();
    await waitFor(() => items(el).length === 2);
    expect(location.search).toBe('');
  });

  it('uses url-key to keep two lists apart', async () => {
    const el = await mount(memory(), 'product-id="p1" url-key="b"');
    await ready(el);
    rows(el)[1]!.click();
    await waitFor(() => new URLSearchParams(location.search).get('rl-reviews-b-rating') === '4');
    expect(location.search).not.toContain('rl-reviews-rating');
  });
});

describe('<rl-reviews> media', () => {
  it('shows a customer photo strip above the list, with lazy images of fixed size', async () => {
    const el = await mount(memory());
    await ready(el);
    const strip = $(el, '[part="media-strip"]')!;
    const list = $(el, '[part="list"]')!;
    expect(strip.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const imgs = [...strip.querySelectorAll('img')];
    expect(imgs).toHaveLength(8); // 4 reviews with 2 photos on the first page
    for (const img of imgs) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('width')).toBe('72');
      expect(img.getAttribute('height')).toBe('72');
    }
    expect(imgs[0]!.alt).toBe('Photo 0a');
    expect(imgs[1]!.alt).toBe('Photo 2 from Author 1');
  });

  it('reaches every customer photo in two activations: "See all", then a thumbnail', async () => {
    const el = await mount(memory());
    await ready(el);
    const seeAll = $<HTMLButtonElement>(el, '[part="see-all-media"]')!;
    expect(seeAll.textContent).toContain('(9)');
    seeAll.click();
    await waitFor(() => $$(el, '[part="media-strip"] [part="thumbnail"]').length === 18);
    expect($(el, '[part="see-all-media"]')).toBeNull();
    // Focus lands on the first photo that was not shown before.
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.media).toBe('m12a');
    $$<HTMLButtonElement>(el, '[part="media-strip"] [part="thumbnail"]')[17]!.click();
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    expect($(el, '.position')!.textContent).toBe('18 of 18');
  });

  it('says so when gathering every photo fails (not swallowed), and its retry works', async () => {
    const base = memory();
    let fail = true;
    const adapter: ReturnlessAdapter = {
      ...base,
      listReviews: (query, options) =>
        query.withMedia && fail ? Promise.reject(Object.assign(new Error('down'), { code: 'network' })) : base.listReviews!(query, options),
    };
    const el = await mount(adapter);
    await ready(el);
    $<HTMLButtonElement>(el, '[part="see-all-media"]')!.click();
    const error = await waitFor(() => $(el, '[part="media-strip"] [part="error"]'));
    expect(error.getAttribute('role')).toBe('alert');
    fail = false;
    $<HTMLButtonElement>(el, '[part="media-strip"] [part="retry-button"]')!.click();
    await waitFor(() => $$(el, '[part="media-strip"] [part="thumbnail"]').length === 18);
    expect($(el, '[part="media-strip"] [part="error"]')).toBeNull();
  });

  it('opens a modal viewer with buttons and arrow keys, and returns focus on close', async () => {
    const el = await mount(memory());
    await ready(el);
    const opened: unknown[] = [];
    el.addEventListener('rl-review-media-open', (e) => opened.push(e.detail));
    const thumb = $$<HTMLButtonElement>(el, '[part="media-strip"] [part="thumbnail"]')[0]!;
    thumb.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await waitFor(() => ($<HTMLDialogElement>(el, 'dialog')!.open ? $<HTMLDialogElement>(el, 'dialog') : null));
    expect(dialog.matches(':modal')).toBe(true);
    expect(opened).toEqual([{ reviewId: 'r1', mediaId: 'm0a' }]);
    const img = () => dialog.querySelector('figure img') as HTMLImageElement;
    expect(img().alt).toBe('Photo 0a');
    expect(img().getAttribute('src')).toBe('/img/0a.jpg');
    expect(dialog.querySelector('figcaption')!.textContent).toContain('From Author 1');
    expect(dialog.contains(el.shadowRoot!.activeElement)).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => img().getAttribute('src') === '/img/0b.jpg');
    expect($(el, '.position')!.textContent).toBe('2 of 8');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => $(el, '.position')!.textContent === '8 of 8');
    [...dialog.querySelectorAll<HTMLButtonElement>('.viewer-nav button')][1]!.click(); // Next wraps
    await waitFor(() => $(el, '.position')!.textContent === '1 of 8');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).toBe(thumb);
  });

  it('flips arrow keys in right-to-left pages', async () => {
    const el = await mount(memory());
    el.setAttribute('dir', 'rtl');
    await ready(el);
    $$<HTMLButtonElement>(el, '[part="media-strip"] [part="thumbnail"]')[0]!.click();
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => $(el, '.position')!.textContent === '2 of 8');
    await userEvent.keyboard('{Escape}');
  });

  it('plays video only with native controls, never automatically, and hides pending media', async () => {
    const reviews = makeReviews(1);
    reviews[0]!.media = [
      { id: 'v1', kind: 'video', url: '/v/1.mp4', thumbnailUrl: '/v/1.jpg', status: 'published' },
      { id: 'p1', kind: 'image', url: '/img/pending.jpg', status: 'pending' },
    ];
    const el = await mount(memory(reviews));
    await ready(el);
    const thumbs = $$<HTMLButtonElement>(el, '.review [part="thumbnail"]');
    expect(thumbs).toHaveLength(1);
    expect(thumbs[0]!.querySelector('img')!.alt).toBe('Video 1 from Author 1');
    thumbs[0]!.click();
    const video = await waitFor(() => $<HTMLVideoElement>(el, 'dialog video'));
    expect(video.controls).toBe(true);
    expect(video.autoplay).toBe(false);
    expect(video.hasAttribute('autoplay')).toBe(false);
    expect(video.getAttribute('poster')).toBe('/v/1.jpg');
    expect($(el, '.viewer-nav')).toBeNull();
    $<HTMLDialogElement>(el, 'dialog')!.close();
  });
});

describe('<rl-reviews> review content', () => {
  it('labels the shop reply and explains the verified badge in a tooltip', async () => {
    const reviews = makeReviews(2);
    reviews[0]!.reply = { body: 'Sorry about the sizing — we now note it on the page.', author: 'Anna at Acme', createdAt: '2026-11-01' };
    const el = await mount(memory(reviews));
    await ready(el);
    const [first, second] = items(el);
    const reply = first!.querySelector('[part="reply"]')!;
    expect(reply.getAttribute('role')).toBe('group');
    const labelId = reply.getAttribute('aria-labelledby')!;
    expect(el.shadowRoot!.getElementById(labelId)!.textContent).toContain('Reply from the shop (Anna at Acme)');
    expect(reply.textContent).toContain('we now note it');
    expect(second!.querySelector('[part="reply"]')).toBeNull();
    // The badge explains itself with the shared term tooltip: described on focus, pinned on click.
    const term = first!.querySelector<HTMLButtonElement>('[part="verified"] [part="term"]')!;
    expect(term.textContent!.trim()).toBe('Verified buyer');
    const tip = el.shadowRoot!.getElementById(term.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toContain('bought the product here');
    expect(tip.hidden).toBe(true);
    await userEvent.click(term);
    await waitFor(() => !tip.hidden);
    expect(term.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => tip.hidden);
    expect(second!.querySelector('[part="verified"]')).toBeNull();
    // Fit answer and date with Intl.
    expect(first!.textContent).toContain('Fit: Runs small');
    expect(first!.querySelector('time')!.textContent).toBe('October 30, 2026');
  });

  it('renders XSS payloads in title, body, author and reply as text, and none executes', async () => {
    const w = window as unknown as { __rlXss?: number };
    delete w.__rlXss;
    const payload = `<img src=x onerror="window.__rlXss=1"><script>window.__rlXss=2</script><svg onload="window.__rlXss=3">`;
    const reviews = makeReviews(1);
    Object.assign(reviews[0]!, { title: payload, body: payload, author: payload, reply: { body: payload, createdAt: '2026-11-01' } });
    const el = await mount(memory(reviews));
    await ready(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__rlXss).toBeUndefined();
    const review = items(el)[0]!;
    expect(review.querySelectorAll('script, svg[onload], img[onerror]')).toHaveLength(0);
    expect(review.querySelector('[part="review-title"]')!.textContent).toBe(payload);
    expect(review.querySelector('[part="review-body"]')!.textContent).toBe(payload);
    expect(review.querySelector('.author')!.textContent).toBe(payload);
    expect(review.querySelector('[part="reply"] .body')!.textContent).toBe(payload);
  });

  it('speaks Chinese with Intl dates when the store says zh-CN', async () => {
    const store = await fixture<RlStore>(`<rl-store locale="zh-CN"><rl-reviews product-id="p1"></rl-reviews></rl-store>`);
    store.adapter = memory();
    const el = store.querySelector('rl-reviews') as RlReviews;
    await ready(el);
    expect($(el, '.heading')!.textContent).toBe('顾客评价');
    expect($(el, '[part="fit"]')!.textContent).toContain('尺码偏小');
    expect(items(el)[0]!.querySelector('time')!.textContent).toBe('2026年10月30日');
  });

  it('shows "Write a review" only when a review form is on the page, and focuses it', async () => {
    const el = await mount(memory(), 'product-id="p1"', '<rl-review-form product-id="p1"></rl-review-form>');
    await ready(el);
    const form = document.querySelector('rl-review-form')!;
    // Through the form's public focus() (its first field), not by reaching into its shadow root.
    const first = await waitFor(() => form.shadowRoot?.querySelector<HTMLInputElement>('input'));
    const write = await waitFor(() => $<HTMLButtonElement>(el, '[part="write-review"]'));
    write.click();
    expect(document.activeElement).toBe(form);
    expect(form.shadowRoot!.activeElement).toBe(first);
  });
});

describe('<rl-reviews> loading, errors and invalid data', () => {
  it('reserves space while loading', async () => {
    const el = await mount(memory(makeReviews(), { latencyMs: Infinity }));
    const loading = await waitFor(() => $(el, '[part="loading"]'));
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.getBoundingClientRect().height).toBeGreaterThan(300);
  });

  it('shows an error with a retry that recovers', async () => {
    let fail = true;
    const base = memory();
    const el = await mount({
      listReviews: async (q, o) => {
        if (fail) throw Object.assign(new Error('x'), { name: 'AdapterError', code: 'timeout' });
        return base.listReviews!(q, o);
      },
    });
    const error = await waitFor(() => $(el, '[part="error"]'));
    expect(error.getAttribute('role')).toBe('alert');
    fail = false;
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await ready(el);
  });

  it('treats invalid adapter data as an error and renders none of it', async () => {
    const el = await mount({
      listReviews: async () =>
        ({
          reviews: [{ id: 'x', productId: 'p1', rating: 9, body: 'BAD DATA', author: 'a', createdAt: 'yesterday' }],
          summary: { average: 4, count: 1, histogram: [0, 0, 0, 0, 1] },
        }) as never,
    });
    const error = await waitFor(() => $(el, '[part="error"]'));
    expect(error.textContent).toContain('Something went wrong on our side');
    expect(el.shadowRoot!.textContent).not.toContain('BAD DATA');
  });

  it('refuses javascript: media URLs as invalid data', async () => {
    const reviews = makeReviews(1);
    reviews[0]!.media = [{ id: 'evil', kind: 'image', url: 'javascript:alert(1)', status: 'published' }];
    const el = await mount(memory(reviews));
    await waitFor(() => $(el, '[part="error"]'));
    expect($(el, 'img')).toBeNull();
  });
});

describe('<rl-reviews json-ld>', () => {
  const block = () => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-rl-jsonld^="reviews-"]');

  it('emits Product-linked AggregateRating and Review JSON-LD for the reviews on the page', async () => {
    const el = await mount(memory(), 'product-id="p1" json-ld product-jsonld-id="https://shop.example/p/1#product"');
    await ready(el);
    const data = JSON.parse((await waitFor(() => block())).textContent!);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Product');
    expect(data['@id']).toBe('https://shop.example/p/1#product');
    expect(data.aggregateRating).toEqual({ '@type': 'AggregateRating', ratingValue: 3, reviewCount: 25, bestRating: 5, worstRating: 1 });
    expect(data.review).toHaveLength(10);
    expect(data.review[0]).toMatchObject({
      '@type': 'Review',
      name: 'Title 1',
      reviewBody: 'Body of review 1',
      author: { '@type': 'Person', name: 'Author 1' },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
      datePublished: '2026-10-30',
    });
    expect(data.review[0].image).toEqual([`${location.origin}/img/0a.jpg`, `${location.origin}/img/0b.jpg`]);
    // More reviews on the page: more reviews in the data.
    $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    await waitFor(() => JSON.parse(block()!.textContent!).review.length === 20);
    el.remove();
    await waitFor(() => !block());
  });

  it('emits nothing without opting in, or without a product to attach to', async () => {
    const el = await mount(memory());
    await ready(el);
    expect(block()).toBeNull();
    el.jsonLd = true;
    await settle();
    expect(block()).toBeNull();
    el.productName = 'Linen shirt';
    await waitFor(() => block());
    expect(JSON.parse(block()!.textContent!).name).toBe('Linen shirt');
  });
});
