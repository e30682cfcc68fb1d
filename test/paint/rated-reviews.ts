import type { Review } from '../../src/domain/reviews.js';

/** Plain published reviews of product `p1` with these ratings, ids `r0`, `r1` …, newest first. */
export function ratedReviews(ratings: number[]): Review[] {
  return ratings.map((rating, i) => ({
    id: `r${i}`,
    productId: 'p1',
    rating,
    title: `Title ${i}`,
    body: `Body ${i}`,
    author: `Author ${i}`,
    createdAt: new Date(Date.UTC(2026, 9, 30 - i)).toISOString(),
    verifiedBuyer: false,
    media: [],
    helpfulCount: 0,
  }));
}
