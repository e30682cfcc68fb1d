import { describe, expect, it } from 'vitest';
import {
  appendReviews,
  collectMedia,
  filterParamPrefix,
  filterQuery,
  filteredTotal,
  histogramRows,
  isFiltered,
  publicMedia,
  readFilter,
  sameFilter,
  writeFilter,
} from '../../src/domain/review-filters.js';
import type { Review } from '../../src/domain/reviews.js';

const review = (id: string, media: Review['media'] = []): Review => ({
  id,
  productId: 'p',
  rating: 4,
  body: 'b',
  author: `A ${id}`,
  createdAt: '2026-11-01',
  verifiedBuyer: false,
  media,
});

describe('readFilter / writeFilter', () => {
  it('reads valid parameters and ignores the rest', () => {
    expect(readFilter('?rl-reviews-rating=4&rl-reviews-media=1&rl-reviews-sort=lowest')).toEqual({
      rating: 4,
      withMedia: true,
      sort: 'lowest',
    });
    expect(readFilter('rl-reviews-rating=0&rl-reviews-media=yes&rl-reviews-sort=random')).toEqual({ withMedia: false });
    expect(readFilter('?rl-reviews-rating=4.5')).toEqual({ withMedia: false });
    expect(readFilter('?rl-reviews-rating=45')).toEqual({ withMedia: false });
    expect(readFilter('')).toEqual({ withMedia: false });
  });

  it('writes only its own parameters, keeping every other one', () => {
    expect(writeFilter('?utm_source=mail&page=2', { rating: 5, withMedia: true, sort: 'helpful' })).toBe(
      '?utm_source=mail&page=2&rl-reviews-rating=5&rl-reviews-media=1&rl-reviews-sort=helpful',
    );
    expect(writeFilter('?a=1&rl-reviews-rating=5&rl-reviews-media=1', { withMedia: false })).toBe('?a=1');
    expect(writeFilter('?rl-reviews-rating=5', { withMedia: false })).toBe('');
  });

  it('round-trips every filter', () => {
    for (const rating of [undefined, 1, 2, 3, 4, 5])
      for (const withMedia of [false, true])
        for (const sort of [undefined, 'newest', 'highest', 'lowest', 'helpful'] as const) {
          const filter = { withMedia, ...(rating ? { rating } : {}), ...(sort ? { sort } : {}) };
          expect(readFilter(writeFilter('?x=1', filter))).toEqual(filter);
        }
  });

  it('keeps two keyed lists apart and strips unsafe key characters', () => {
    expect(filterParamPrefix('a b&c')).toBe('rl-reviews-abc-');
    const search = writeFilter(writeFilter('', { rating: 2, withMedia: false }, 'one'), { rating: 5, withMedia: false }, 'two');
    expect(readFilter(search, 'one').rating).toBe(2);
    expect(readFilter(search, 'two').rating).toBe(5);
    expect(readFilter(search).rating).toBeUndefined();
  });
});

describe('filter helpers', () => {
  it('compares filters and tells whether anything narrows the list', () => {
    expect(sameFilter({ withMedia: false }, { withMedia: false, rating: undefined })).toBe(true);
    expect(sameFilter({ withMedia: false, sort: 'lowest' }, { withMedia: false })).toBe(false);
    expect(isFiltered({ withMedia: false, sort: 'lowest' })).toBe(false);
    expect(isFiltered({ withMedia: true })).toBe(true);
    expect(isFiltered({ withMedia: false, rating: 1 })).toBe(true);
  });

  it('builds the listReviews query, dropping a sort the backend does not offer', () => {
    expect(filterQuery('p', { rating: 3, withMedia: true, sort: 'helpful' }, ['newest', 'helpful'], '10')).toEqual({
      productId: 'p',
      rating: 3,
      withMedia: true,
      sort: 'helpful',
      cursor: '10',
    });
    expect(filterQuery('p', { withMedia: false, sort: 'helpful' }, ['newest'])).toEqual({ productId: 'p' });
    expect(filterQuery('p', { withMedia: false, sort: 'lowest' })).toEqual({ productId: 'p', sort: 'lowest' });
  });

  it('knows the filtered total when the summary can tell', () => {
    const summary = { count: 10, histogram: [1, 0, 2, 3, 4] as [number, number, number, number, number], withMediaCount: 6 };
    expect(filteredTotal(summary, { withMedia: false })).toBe(10);
    expect(filteredTotal(summary, { withMedia: false, rating: 1 })).toBe(1);
    expect(filteredTotal(summary, { withMedia: true })).toBe(6);
    expect(filteredTotal(summary, { withMedia: true, rating: 5 })).toBeUndefined();
  });
});

describe('review list helpers', () => {
  it('gives histogram rows from 5 stars down with shares', () => {
    expect(histogramRows({ histogram: [1, 0, 0, 1, 2] })).toEqual([
      { rating: 5, count: 2, share: 0.5 },
      { rating: 4, count: 1, share: 0.25 },
      { rating: 3, count: 0, share: 0 },
      { rating: 2, count: 0, share: 0 },
      { rating: 1, count: 1, share: 0.25 },
    ]);
    expect(histogramRows({ histogram: [0, 0, 0, 0, 0] }).every((r) => r.share === 0)).toBe(true);
  });

  it('shows only approved media with something to display, once each, in review order', () => {
    const a = review('a', [
      { id: 'm1', kind: 'image', url: '/1.jpg', status: 'published' },
      { id: 'm2', kind: 'image', url: '/2.jpg', status: 'pending' },
      { id: 'm3', kind: 'video', status: 'published' },
    ]);
    const b = review('b', [
      { id: 'm4', kind: 'video', url: '/4.mp4', status: 'published' },
      { id: 'm1', kind: 'image', url: '/1.jpg', status: 'published' },
    ]);
    expect(publicMedia(a).map((m) => m.id)).toEqual(['m1']);
    expect(collectMedia([a, b]).map((i) => [i.reviewId, i.media.id, i.author])).toEqual([
      ['a', 'm1', 'A a'],
      ['b', 'm4', 'A b'],
    ]);
  });

  it('appends a page without repeating reviews already shown', () => {
    const out = appendReviews([review('1'), review('2')], [review('2'), review('3')]);
    expect(out.map((r) => r.id)).toEqual(['1', '2', '3']);
  });
});
