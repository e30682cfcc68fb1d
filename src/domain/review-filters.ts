/**
 * The review list's pure logic, free of schema code so it can ship in the element chunk:
 * the filters of `<rl-reviews>` (stars, with photos/videos only, sort) and their place in the
 * page URL, so a filtered view can be shared; paging; the histogram; the customer-photo gallery.
 *
 * Parameters: `rl-reviews-rating=1…5`, `rl-reviews-media=1`, `rl-reviews-sort=newest|highest|lowest|helpful`.
 * A page with two review lists gives each a key: `rl-reviews-<key>-rating`, …
 * Values that are not valid are ignored (a hand-edited link never breaks the element).
 */
import type { MediaRef } from './media.js';
import type { Review, ReviewListQuery, ReviewSort, ReviewSummary } from './reviews.js';

export interface ReviewFilter {
  /** Only reviews with this many stars. */
  rating?: number;
  /** Only reviews with photos or videos. */
  withMedia: boolean;
  /** Order; absent means the backend's default (newest first). */
  sort?: ReviewSort;
}

const SORTS: readonly ReviewSort[] = ['newest', 'highest', 'lowest', 'helpful'];

/** The URL parameter prefix for the review list with this key (`rl-reviews-` without one). */
export function filterParamPrefix(key?: string): string {
  const safe = key?.replace(/[^\w-]/g, '');
  return safe ? `rl-reviews-${safe}-` : 'rl-reviews-';
}

/** The filter stored in a query string (`?a=1&rl-reviews-rating=4`, with or without `?`). */
export function readFilter(search: string, key?: string): ReviewFilter {
  const params = new URLSearchParams(search);
  const prefix = filterParamPrefix(key);
  const filter: ReviewFilter = { withMedia: params.get(`${prefix}media`) === '1' };
  const rating = params.get(`${prefix}rating`);
  if (rating && /^[1-5]$/.test(rating)) filter.rating = Number(rating);
  const sort = params.get(`${prefix}sort`) as ReviewSort | null;
  if (sort && SORTS.includes(sort)) filter.sort = sort;
  return filter;
}

/**
 * `search` with the filter's parameters set (and unset ones removed); every other parameter is
 * kept in place. Returns `''` or a string starting with `?`.
 */
export function writeFilter(search: string, filter: ReviewFilter, key?: string): string {
  const params = new URLSearchParams(search);
  const prefix = filterParamPrefix(key);
  const set = (name: string, value: string | undefined) => (value ? params.set(prefix + name, value) : params.delete(prefix + name));
  set('rating', filter.rating ? String(filter.rating) : undefined);
  set('media', filter.withMedia ? '1' : undefined);
  set('sort', filter.sort);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** The same filter? (Used to fire `rl-reviews-filter` only on a real change.) */
export function sameFilter(a: ReviewFilter, b: ReviewFilter): boolean {
  return a.rating === b.rating && a.withMedia === b.withMedia && a.sort === b.sort;
}

/** True when anything narrows the list (a sort alone does not). */
export function isFiltered(filter: ReviewFilter): boolean {
  return Boolean(filter.rating) || filter.withMedia;
}

/** The `listReviews` query for a filter; a sort the backend does not offer is left out. */
export function filterQuery(productId: string, filter: ReviewFilter, supported?: readonly ReviewSort[], cursor?: string): ReviewListQuery {
  const query: ReviewListQuery = { productId };
  if (filter.rating) query.rating = filter.rating;
  if (filter.withMedia) query.withMedia = true;
  if (filter.sort && (!supported || supported.includes(filter.sort))) query.sort = filter.sort;
  if (cursor) query.cursor = cursor;
  return query;
}

/** How many reviews match `filter`, when the summary can tell (both filters at once: it cannot). */
export function filteredTotal(
  summary: Pick<ReviewSummary, 'count' | 'histogram' | 'withMediaCount'>,
  filter: ReviewFilter,
): number | undefined {
  if (filter.rating && filter.withMedia) return undefined;
  if (filter.rating) return summary.histogram[filter.rating - 1];
  if (filter.withMedia) return summary.withMediaCount;
  return summary.count;
}

/** One shopper photo or video with the review it belongs to (for the gallery and its viewer). */
export interface ReviewMediaItem {
  reviewId: string;
  author: string;
  media: MediaRef;
}

/** The media a review may show the public: approved, and with something to display. */
export function publicMedia(review: Pick<Review, 'media'>): MediaRef[] {
  return review.media.filter((m) => m.status === 'published' && Boolean(m.url ?? m.thumbnailUrl));
}

/** Every public photo and video of `reviews`, in review order, each media id once. */
export function collectMedia(reviews: readonly Review[]): ReviewMediaItem[] {
  const seen = new Set<string>();
  const items: ReviewMediaItem[] = [];
  for (const review of reviews) {
    for (const media of publicMedia(review)) {
      if (seen.has(media.id)) continue;
      seen.add(media.id);
      items.push({ reviewId: review.id, author: review.author, media });
    }
  }
  return items;
}

/** Histogram rows from 5 stars down to 1: count and share of all reviews (0–1). */
export function histogramRows(summary: Pick<ReviewSummary, 'histogram'>): { rating: number; count: number; share: number }[] {
  const total = summary.histogram.reduce((a, b) => a + b, 0);
  return [5, 4, 3, 2, 1].map((rating) => {
    const count = summary.histogram[rating - 1]!;
    return { rating, count, share: total ? count / total : 0 };
  });
}

/** Appends a page to what is shown, skipping reviews already there (a backend may repeat one across pages). */
export function appendReviews(shown: readonly Review[], page: readonly Review[]): Review[] {
  const ids = new Set(shown.map((r) => r.id));
  return [...shown, ...page.filter((r) => !ids.has(r.id))];
}
