/** Story data for the merchant elements: an inbox and an insights answer. */
import { suggest, type ReturnInsights } from '../../src/domain/insights.js';
import type { InboxMedia, InboxReview } from '../../src/domain/merchant.js';

function photo(hue: number, label: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><rect width="300" height="300" fill="hsl(${hue} 35% 80%)"/><text x="150" y="160" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#222">${label}</text></svg>`;
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}
const media = (id: string, hue: number, status: InboxMedia['status'] = 'pending'): InboxMedia => {
  const url = photo(hue, id);
  return { id, kind: 'image', url, thumbnailUrl: url, alt: `Photo ${id}`, status };
};

const day = (d: number) => new Date(Date.UTC(2026, 10, 28 - d, 9)).toISOString();

export function inboxReviews(): InboxReview[] {
  return [
    {
      id: 'p1',
      productId: 'linen-shirt',
      productTitle: 'Linen shirt',
      rating: 4,
      title: 'Lovely linen',
      body: 'Soft after one wash. Photos of the collar and the back.',
      author: 'Mia K.',
      createdAt: day(1),
      verifiedBuyer: true,
      lang: 'en',
      status: 'pending',
      media: [media('p1-a', 30), media('p1-b', 200)],
    },
    {
      id: 'p2',
      productId: 'trail-runner',
      productTitle: 'Trail runner',
      rating: 1,
      title: '鞋底开胶',
      body: '穿了两周鞋底就开胶了，与描述不符。',
      author: '王芳',
      createdAt: day(2),
      verifiedBuyer: true,
      lang: 'zh-CN',
      status: 'pending',
      media: [media('p2-a', 120)],
    },
    {
      id: 'u1',
      productId: 'linen-shirt',
      productTitle: 'Linen shirt',
      rating: 2,
      title: 'Tight and greyer than pictured',
      body: 'The colour is not as pictured and the L is tight across the shoulders.',
      author: 'Tom B.',
      createdAt: day(4),
      verifiedBuyer: true,
      lang: 'en',
      status: 'published',
      media: [],
    },
    {
      id: 'u2',
      productId: 'ceramic-mug',
      productTitle: 'Stoneware mug',
      rating: 5,
      body: 'Beautiful glaze.',
      author: 'Lucía G.',
      createdAt: day(6),
      verifiedBuyer: false,
      lang: 'en',
      status: 'published',
      media: [media('u2-a', 300, 'published')],
    },
    {
      id: 'u3',
      productId: 'ceramic-mug',
      productTitle: 'Stoneware mug',
      rating: 2,
      body: '到货时杯柄破损了。',
      author: '李明',
      createdAt: day(7),
      verifiedBuyer: true,
      lang: 'zh-CN',
      status: 'published',
      media: [],
      reply: { body: '李明您好，很抱歉……我们已为您安排换货。', createdAt: day(6) },
    },
  ];
}

/** Many pending reviews, for paging. */
export function manyPending(count = 23): InboxReview[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i + 1}`,
    productId: i % 2 ? 'organic-tee' : 'wide-chino',
    productTitle: i % 2 ? 'Organic cotton T-shirt' : 'Wide-leg chino',
    rating: (i % 5) + 1,
    body: `Review number ${i + 1}.`,
    author: `Buyer ${i + 1}`,
    createdAt: day(i % 20),
    verifiedBuyer: i % 3 === 0,
    lang: 'en' as const,
    status: 'pending' as const,
    media: [],
  }));
}

export function insightsData(): ReturnInsights {
  const products = [
    { productId: 'linen-shirt', title: 'Linen shirt', sold: 300, returned: 78, rate: 0.26 },
    { productId: 'ceramic-mug', title: 'Stoneware mug', sold: 240, returned: 22, rate: 22 / 240 },
    { productId: 'wool-throw', title: 'Merino wool throw', sold: 90, returned: 11, rate: 11 / 90 },
    { productId: 'pearl-earrings', title: 'Pearl earrings', sold: 0, returned: 0, rate: null },
  ];
  const sizes = [
    { productId: 'linen-shirt', size: 'M', sold: 110, tooSmall: 6, tooLarge: 4, fit: { small: 4, true: 9, large: 2 } },
    { productId: 'linen-shirt', size: 'L', sold: 100, tooSmall: 31, tooLarge: 5, fit: { small: 8, true: 5, large: 0 } },
    { productId: 'linen-shirt', size: 'XL', sold: 90, tooSmall: 10, tooLarge: 4, fit: { small: 5, true: 3, large: 0 } },
  ];
  const reasons = [
    { productId: 'linen-shirt', reasonId: 'too_small', carrier: 'Parcelo', count: 47, previous: 30 },
    { productId: 'linen-shirt', reasonId: 'too_large', carrier: 'Parcelo', count: 13, previous: 14 },
    { productId: 'linen-shirt', reasonId: 'not_as_described', carrier: 'Parcelo', count: 9, previous: 2 },
    { productId: 'ceramic-mug', reasonId: 'damaged', carrier: 'Parcelo', count: 12, previous: 3 },
    { productId: 'wool-throw', reasonId: 'changed_mind', carrier: 'SwiftPost', count: 11, previous: 11 },
  ];
  return {
    from: '2026-09-01',
    to: '2026-11-29',
    previousFrom: '2026-06-03',
    previousTo: '2026-08-31',
    reasonLabels: [
      { id: 'too_small', label: 'Too small' },
      { id: 'too_large', label: 'Too large' },
      { id: 'damaged', label: 'Arrived damaged or faulty' },
      { id: 'not_as_described', label: 'Not as described' },
      { id: 'changed_mind', label: 'Changed my mind' },
    ],
    products,
    variants: sizes.map((s) => ({
      productId: s.productId,
      title: 'Linen shirt',
      variantId: `linen-shirt-${s.size}`,
      size: s.size,
      sold: s.sold,
      returned: s.tooSmall + s.tooLarge,
      rate: (s.tooSmall + s.tooLarge) / s.sold,
    })),
    reasons,
    sizes,
    evidence: [
      { reasonId: 'too_small', productId: 'linen-shirt', comment: 'Tight across the shoulders.', at: day(3) },
      { reasonId: 'not_as_described', productId: 'linen-shirt', comment: 'The colour is much greyer than the photo.', at: day(5) },
      { reasonId: 'damaged', productId: 'ceramic-mug', photoUrl: photo(10, 'crack'), at: day(2) },
    ],
    suggestions: suggest({ products, sizes, reasons }).map((s) => (s.owned ? s : { ...s, href: '/product.html' })),
    catalog: products.map((p) => ({ id: p.productId, title: p.title })),
  };
}

export const emptyInsights = (): ReturnInsights => ({
  ...insightsData(),
  products: insightsData().products.map((p) => ({ ...p, sold: 0, returned: 0, rate: null })),
  variants: [],
  reasons: [],
  sizes: [],
  evidence: [],
  suggestions: [],
});
