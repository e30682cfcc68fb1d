import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory.js';
import type { MediaRef } from '../src/domain/media.js';
import type { Review } from '../src/domain/reviews.js';
import type { RlReviews } from '../src/elements/reviews/reviews.js';
import { themeArgs, themeArgTypes, themeStyle, type ThemeArgs } from './support/playground.js';

// ——— story data ———

/**
 * Story photos are small SVG drawings served as same-origin `blob:` URLs (which `SafeUrl`
 * accepts), so the stories need no image files and no network.
 */
function photo(hue: number, label: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">
    <rect width="600" height="800" fill="hsl(${hue} 35% 88%)"/>
    <path d="M180 170 L250 130 Q300 170 350 130 L420 170 L500 280 L440 320 L420 290 L420 680 L180 680 L180 290 L160 320 L100 280 Z" fill="hsl(${hue} 45% 45%)"/>
    <text x="300" y="760" font-family="sans-serif" font-size="34" text-anchor="middle" fill="#222">${label}</text>
  </svg>`;
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

const image = (id: string, hue: number, alt?: string): MediaRef => {
  const url = photo(hue, id);
  return { id, kind: 'image', url, thumbnailUrl: url, width: 600, height: 800, alt, status: 'published' };
};
const video = (id: string, hue: number, alt?: string): MediaRef => ({
  id,
  kind: 'video',
  // No sample video ships with the stories: the viewer shows the poster and native controls.
  url: `/story-media/${id}.mp4`,
  thumbnailUrl: photo(hue, `${id} ▶`),
  alt,
  status: 'published',
});

const authors = ['Mei L.', 'Jonas K.', 'Aisha R.', 'Tom B.', 'Lucía G.', 'Wang Fang', 'Priya S.', 'Oliver N.', 'Sofia M.', 'Kenji T.'];
const bodies = [
  'Lovely linen, soft after the first wash. I usually wear M and the M was snug across the shoulders, so I would size up.',
  'Colour is exactly as in the photos. Sleeves are a little long for me (165 cm).',
  'Good shirt for the price. The buttons feel a bit cheap.',
  'Runs small! Had to exchange for a larger size, which was quick and free.',
  'Perfect summer shirt. Wrinkles, as linen does, but that is part of the charm.',
];

/** 34 reviews: mostly 4–5 stars, a third with photos, one video, some shop replies; fit mostly "small". */
function manyReviews(count = 34): Review[] {
  return Array.from({ length: count }, (_, i): Review => {
    const rating = [5, 4, 5, 3, 5, 4, 2, 5, 1, 4][i % 10]!;
    const media: MediaRef[] =
      i % 3 === 0
        ? [
            image(`p${i}a`, (i * 37) % 360, i % 6 === 0 ? `Front view of the shirt worn by ${authors[i % 10]}` : undefined),
            image(`p${i}b`, (i * 37 + 90) % 360),
          ]
        : [];
    if (i === 4) media.push(video('v4', 200, 'Short clip showing the fabric moving'));
    return {
      id: `r${i + 1}`,
      productId: 'linen-shirt',
      rating,
      title: rating >= 4 ? ['Love it', 'Great fabric', 'Would buy again'][i % 3] : rating === 3 ? 'OK for the price' : 'Too small for me',
      body: bodies[i % bodies.length]!,
      author: authors[i % authors.length]!,
      createdAt: new Date(Date.UTC(2026, 10, 20 - i, 9)).toISOString(),
      verifiedBuyer: i % 4 !== 3,
      fit: i % 5 === 4 ? 'true' : i % 7 === 6 ? 'large' : 'small',
      size: ['S', 'M', 'L'][i % 3],
      media,
      helpfulCount: (count - i) % 9,
      reply:
        rating <= 3
          ? {
              body: 'Thank you for telling us. We have added a note that this shirt runs small, and our team has emailed you about a free exchange.',
              author: 'Ana from the shop',
              createdAt: new Date(Date.UTC(2026, 10, 21 - i)).toISOString(),
            }
          : undefined,
    };
  });
}

const zhReviews = (): Review[] =>
  manyReviews(24).map((r, i) => ({
    ...r,
    title: ['非常喜欢', '面料很好', '尺码偏小'][i % 3],
    body: [
      '亚麻面料很舒服，洗过一次后更柔软。平时穿 M 码，这件 M 码肩部有点紧，建议买大一码。',
      '颜色和图片一样。袖子对我来说有点长（身高 165 厘米）。',
      '性价比不错，扣子质感一般。',
    ][i % 3]!,
    author: ['王芳', '李明', '陈静', '张伟'][i % 4]!,
    reply: r.reply
      ? {
          body: '感谢您的反馈！我们已在商品页注明此款偏小，客服已通过邮件为您安排免费换货。',
          author: '店铺客服小安',
          createdAt: r.reply.createdAt,
        }
      : undefined,
  }));

const longText = `${'This is a long review. '.repeat(12)}\n\nSecond paragraph after a blank line, with a very long word: Donaudampfschifffahrtsgesellschaftskapitänsmütze.\n\n${'It keeps going. '.repeat(20)}`;

const adapter = (reviews: Review[], options: MemoryAdapterOptions = {}) => createMemoryAdapter({ reviews }, { pageSize: 8, ...options });

const root = (el: HTMLElement) => (el.querySelector('rl-reviews') as RlReviews).shadowRoot!;
/** The first page is drawn: the first reviews, and the rest that follow a frame at a time (`updateComplete`). */
const loaded = async (el: HTMLElement) => {
  await waitFor(() => expect(root(el).querySelectorAll('.review').length).toBeGreaterThan(0));
  await el.querySelector<RlReviews>('rl-reviews')!.updateComplete;
};
const story = (reviews: Review[], options: MemoryAdapterOptions = {}) =>
  html`<rl-store .adapter=${adapter(reviews, options)}><rl-reviews product-id="linen-shirt"></rl-reviews></rl-store>`;

// Stories must not leave filters in the URL for the next story.
const clearUrl = () =>
  history.replaceState(history.state, '', location.pathname + location.search.replace(/([?&])rl-reviews-[^&]*/g, '$1'));

/**
 * Published reviews with customer photos, the fit summary shared with the size guide, a star
 * histogram that filters, and the shop's replies. Data comes from the adapter's `listReviews`.
 */
const meta: Meta = {
  title: 'Elements/rl-reviews',
  component: 'rl-reviews',
  parameters: { layout: 'padded' },
  beforeEach: () => {
    clearUrl();
    return clearUrl;
  },
};
export default meta;
type Story = StoryObj;

/** Try the data and the theme tokens with the controls below: the story redraws with each change. */
export const Playground: StoryObj<ThemeArgs & { reviews: number; starColor: string }> = {
  args: { reviews: 12, starColor: '', ...themeArgs },
  argTypes: {
    reviews: { name: 'number of reviews', control: { type: 'range', min: 0, max: 40 } },
    starColor: {
      name: '--rl-reviews-star-color',
      control: 'color',
      table: { category: 'Theme tokens (on a wrapper, as a theme sets them)' },
    },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<div style=${[themeStyle(args), args.starColor ? `--rl-reviews-star-color: ${args.starColor}` : ''].filter(Boolean).join('; ')}>
      ${story(manyReviews(args.reviews))}
    </div>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).querySelectorAll('.review').length).toBe(8);
  },
};

/** Many reviews with photos and a video, the fit summary, replies on the low ratings. */
export const ManyWithMedia: Story = {
  render: () => story(manyReviews()),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement);
    await expect(r.querySelector('[part="fit"]')!.textContent).toContain('Runs small');
    await expect(r.querySelectorAll('[part="media-strip"] [part="thumbnail"]').length).toBeGreaterThan(2);
  },
};

/** No reviews yet: an inviting empty state (with "Write a review" when a review form is on the page). */
export const NoReviews: Story = {
  render: () => story([]),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="empty"]')!.textContent).toContain('No reviews yet'));
  },
};

/** Only low ratings: shown as they are, nothing hidden by sentiment; every one answered by the shop. */
export const OnlyLowRatings: Story = {
  render: () =>
    story(
      manyReviews(20).map((r, i) => ({
        ...r,
        rating: (i % 2) + 1,
        title: 'Disappointed',
        reply: { body: 'We are sorry — we have emailed you a free return label.', createdAt: r.createdAt },
      })),
    ),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).querySelectorAll('[part="reply"]').length).toBe(8);
  },
};

/** Long titles, bodies and names wrap without overflowing; line breaks are kept. */
export const LongTexts: Story = {
  render: () =>
    story(
      manyReviews(3).map((r) => ({
        ...r,
        title: 'An extraordinarily long review title that keeps going to check how wrapping behaves in narrow columns',
        body: longText,
        author: 'Maximiliane Theodora von Hohenzollern-Sigmaringen',
        reply: { body: longText, author: 'Customer care team', createdAt: r.createdAt },
      })),
    ),
};

/** A reply under one review, none under the other: replies are attached and labelled as the shop's. */
export const ReplyPresentAndAbsent: Story = {
  render: () =>
    story([
      {
        ...manyReviews(1)[0]!,
        id: 'with',
        rating: 2,
        title: 'Seams came loose',
        reply: { body: 'Sorry! A replacement is on its way.', author: 'Ana from the shop', createdAt: '2026-11-18' },
      },
      { ...manyReviews(2)[1]!, id: 'without', reply: undefined },
    ]),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const reviews = root(canvasElement).querySelectorAll('.review');
    await expect(reviews[0]!.querySelector('[part="reply"]')!.textContent).toContain('Reply from the shop');
    await expect(reviews[1]!.querySelector('[part="reply"]')).toBeNull();
  },
};

/** A Chinese review and an English reply on an English page: each text carries its own `lang` (WCAG 3.1.2). */
export const ReviewInAnotherLanguage: Story = {
  render: () =>
    story([
      { ...manyReviews(1)[0]!, id: 'en', lang: 'en' },
      {
        ...manyReviews(2)[1]!,
        id: 'zh',
        title: '很舒服',
        body: '很透气，夏天穿很舒服。袖子稍长，其他都很合身。',
        author: '王女士',
        lang: 'zh-CN',
        reply: { body: 'Thank you! We are glad it fits.', author: 'Ana from the shop', createdAt: '2026-11-18', lang: 'en' },
      },
    ]),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const chinese = root(canvasElement).querySelectorAll('.review')[1]!;
    await expect(chinese.querySelector('[part="review-body"]')!.getAttribute('lang')).toBe('zh-CN');
    await expect(chinese.querySelector('[part="reply"] .body')!.getAttribute('lang')).toBe('en');
  },
};

/** Filter by stars from the histogram; the filter is written to the URL. */
export const HistogramFilter: Story = {
  render: () => story(manyReviews()),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const row = root(canvasElement).querySelectorAll<HTMLButtonElement>('[part="histogram-row"]')[4]!; // 1 star
    await userEvent.click(row);
    await waitFor(() => expect(row.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(root(canvasElement).querySelectorAll('.review').length).toBe(3));
    await expect(location.search).toContain('rl-reviews-rating=1');
  },
};

/** "Show more reviews" loads the next page and moves focus to its first review. */
export const Pagination: Story = {
  render: () => story(manyReviews()),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement);
    await userEvent.click(r.querySelector<HTMLButtonElement>('[part="load-more"]')!);
    await waitFor(() => expect(r.querySelectorAll('.review').length).toBe(16));
    await expect(r.activeElement).toBe(r.querySelectorAll('.review')[8]);
  },
};

/** The photo viewer: a modal dialog, Previous/Next and arrow keys, alt text, Escape returns focus. */
export const PhotoViewer: Story = {
  render: () => story(manyReviews()),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement);
    await userEvent.click(r.querySelector<HTMLButtonElement>('[part="media-strip"] [part="thumbnail"]')!);
    // The viewer is a chunk of its own, imported with the first photo opened.
    await waitFor(() => expect(r.querySelector('dialog')!.open).toBe(true), { timeout: 5000 });
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(r.querySelector('.position')!.textContent).toMatch(/^2 of/));
  },
};

/** Simplified Chinese: labels, Intl dates and numbers, Chinese reviews. */
export const ChineseZhCN: Story = {
  parameters: { locale: 'zh-CN' },
  render: () =>
    html`<rl-store locale="zh-CN" .adapter=${adapter(zhReviews())}><rl-reviews product-id="linen-shirt"></rl-reviews></rl-store>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).querySelector('.heading')!.textContent).toBe('顾客评价');
  },
};

/** Right-to-left: stars, bars and the reply line mirror; arrow keys in the viewer follow the direction. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => story(manyReviews()),
};

/** A dark page: neutral colours follow the text colour, accents switch. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => story(manyReviews()),
};

/** A 320 px phone: nothing overflows, targets stay 44 px. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () => html`<div style="max-inline-size:320px">${story(manyReviews())}</div>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const el = canvasElement.querySelector('rl-reviews')!;
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** While the adapter answers: space is reserved, a polite status says it is loading. */
export const Loading: Story = {
  render: () => story(manyReviews(), { latencyMs: Infinity }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="loading"]')).toBeTruthy());
  },
};

/** The backend failed (`network`): a clear message and a retry button. */
export const Error: Story = {
  render: () => story(manyReviews(), { failWith: 'network' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="retry-button"]')).toBeTruthy());
  },
};

/** `json-ld`: Product-linked AggregateRating and Review structured data in `<head>`. */
export const JsonLd: Story = {
  render: () => html`<rl-store .adapter=${adapter(manyReviews())}
    ><rl-reviews product-id="linen-shirt" json-ld product-jsonld-id="https://shop.example/products/linen-shirt#product"></rl-reviews
  ></rl-store>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    // The JSON-LD builder is a chunk of its own, imported once the reviews are in: give it time on a busy machine.
    await waitFor(() => expect(document.head.querySelector('script[data-rl-jsonld^="reviews-"]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Themed only with CSS custom properties and `::part`. */
export const Themed: Story = {
  render: () => html`
    <style>
      .brand {
        --rl-color-accent: #7a1f5c;
        --rl-reviews-star-color: #b45309;
        --rl-reviews-thumb-size: 96px;
        --rl-reviews-reply-border: 4px double #7a1f5c;
        --rl-font-family: Georgia, serif;
      }
      .brand::part(review-title) {
        letter-spacing: 0.02em;
      }
    </style>
    <rl-store .adapter=${adapter(manyReviews())}><rl-reviews class="brand" product-id="linen-shirt"></rl-reviews></rl-store>
  `,
};
