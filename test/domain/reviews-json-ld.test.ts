import { describe, expect, it } from 'vitest';
import { reviewsJsonLd } from '../../src/domain/reviews-json-ld.js';
import type { Review, ReviewSummary } from '../../src/domain/reviews.js';

const summary: ReviewSummary = { average: 4.26, count: 27, histogram: [1, 1, 2, 8, 15], withMediaCount: 3 };
const reviews: Review[] = [
  {
    id: 'r1',
    productId: 'p1',
    rating: 5,
    title: 'Great </script><script>alert(1)</script>',
    body: 'Fits well.',
    author: 'Mei',
    createdAt: '2026-10-03T08:30:00Z',
    verifiedBuyer: true,
    media: [
      { id: 'a', kind: 'image', url: 'https://cdn.example/a.jpg', status: 'published' },
      { id: 'b', kind: 'image', url: '/media/b.jpg', status: 'published' },
      { id: 'c', kind: 'image', url: 'https://cdn.example/c.jpg', status: 'pending' },
      { id: 'd', kind: 'video', url: 'https://cdn.example/d.mp4', status: 'published' },
    ],
    reply: { body: 'Thank you!', createdAt: '2026-10-04' },
  },
  { id: 'r2', productId: 'p1', rating: 2, body: 'Too small.', author: 'Sam', createdAt: '2026-09-01', verifiedBuyer: false, media: [] },
];

/** The structural rules a validator (schema.org, Google's review snippets) checks. */
function assertValidProduct(data: Record<string, any>) {
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('Product');
  expect(Boolean(data['@id'] || data.name)).toBe(true);
  if (data.aggregateRating) {
    const a = data.aggregateRating;
    expect(a['@type']).toBe('AggregateRating');
    expect(a.reviewCount).toBeGreaterThan(0);
    expect(a.ratingValue).toBeGreaterThanOrEqual(a.worstRating);
    expect(a.ratingValue).toBeLessThanOrEqual(a.bestRating);
  }
  for (const r of data.review ?? []) {
    expect(r['@type']).toBe('Review');
    expect(r.author['@type']).toBe('Person');
    expect(typeof r.author.name).toBe('string');
    expect(r.reviewRating['@type']).toBe('Rating');
    expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
    expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(5);
    expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const url of r.image ?? []) expect(url).toMatch(/^https?:\/\//);
  }
}

describe('reviewsJsonLd', () => {
  it('leaves out root-relative images when no page URL is given (it reads no browser global)', () => {
    const data = reviewsJsonLd({ summary, reviews, productJsonLdId: 'https://shop.example/p/1#product' })!;
    expect((data.review as Record<string, any>[])[0]!.image).toEqual(['https://cdn.example/a.jpg']);
  });

  it('links AggregateRating and the page’s reviews to the product @id', () => {
    const data = reviewsJsonLd({
      summary,
      reviews,
      productJsonLdId: 'https://shop.example/p/1#product',
      baseUrl: 'https://shop.example/p/1',
    })!;
    assertValidProduct(data);
    expect(data['@id']).toBe('https://shop.example/p/1#product');
    expect(data.name).toBeUndefined();
    expect(data.aggregateRating).toEqual({ '@type': 'AggregateRating', ratingValue: 4.3, reviewCount: 27, bestRating: 5, worstRating: 1 });
    const [first, second] = data.review as Record<string, any>[];
    expect(first).toMatchObject({ name: reviews[0]!.title, reviewBody: 'Fits well.', datePublished: '2026-10-03' });
    // Approved images only, absolute; no video, no pending photo.
    expect(first!.image).toEqual(['https://cdn.example/a.jpg', 'https://shop.example/media/b.jpg']);
    expect(first!.comment).toEqual({ '@type': 'Comment', text: 'Thank you!', dateCreated: '2026-10-04' });
    expect(second!.name).toBeUndefined();
    expect(second!.image).toBeUndefined();
  });

  it('names the product when there is no @id, and attributes replies to the shop', () => {
    const data = reviewsJsonLd({ summary, reviews, productName: 'Linen shirt', shopName: 'Acme' })!;
    assertValidProduct(data);
    expect(data.name).toBe('Linen shirt');
    expect((data.review as Record<string, any>[])[0]!.comment.author).toEqual({ '@type': 'Organization', name: 'Acme' });
  });

  it('states each text’s language when the backend knows it (inLanguage), and nothing otherwise', () => {
    const chinese: Review = {
      ...reviews[1]!,
      id: 'r3',
      body: '很透气。',
      lang: 'zh-CN',
      reply: { body: 'Thanks!', createdAt: '2026-10-04', lang: 'en' },
    };
    const data = reviewsJsonLd({ summary, reviews: [chinese, reviews[0]!], productName: 'Shirt' })!;
    const [first, second] = data.review as Record<string, any>[];
    expect(first!.inLanguage).toBe('zh-CN');
    expect(first!.comment.inLanguage).toBe('en');
    expect(second).not.toHaveProperty('inLanguage');
    expect(second!.comment).not.toHaveProperty('inLanguage');
  });

  it('says nothing without a product to attach to, or without reviews', () => {
    expect(reviewsJsonLd({ summary, reviews })).toBeUndefined();
    expect(reviewsJsonLd({ summary: { average: 0, count: 0, histogram: [0, 0, 0, 0, 0] }, reviews: [], productName: 'x' })).toBeUndefined();
  });

  it('survives JSON serialisation with hostile text intact', () => {
    const data = reviewsJsonLd({ summary, reviews, productName: 'x' })!;
    const back = JSON.parse(JSON.stringify(data));
    expect(back.review[0].name).toBe(reviews[0]!.title);
  });
});
