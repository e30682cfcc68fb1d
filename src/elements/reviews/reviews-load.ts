/**
 * Loading reviews from the adapter. Imported on demand with the first load, so the element
 * chunk carries neither the validation schemas nor the error states (the JSON-LD builder and
 * the media viewer are chunks of their own, loaded when asked for and when a photo is opened).
 */
export { renderError, stateStyles } from '../../core/states.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { ReviewListQuery, ReviewPage } from '../../domain/reviews.js';

/** One validated page of reviews. */
export function loadReviewPage(adapter: ReturnlessAdapter, query: ReviewListQuery, signal: AbortSignal): Promise<ReviewPage> {
  return callAdapter(adapter, 'listReviews', { input: ReviewListQuery, output: ReviewPage }, query, { signal });
}

/** Pages that may be fetched to gather every customer photo (a guard against endless cursors). */
const MAX_MEDIA_PAGES = 20;

/** Every review with media, following the cursor (for "See all customer photos"). */
export async function loadAllWithMedia(adapter: ReturnlessAdapter, productId: string, signal: AbortSignal): Promise<ReviewPage['reviews']> {
  const reviews: ReviewPage['reviews'] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_MEDIA_PAGES; i++) {
    const page = await loadReviewPage(adapter, { productId, withMedia: true, ...(cursor ? { cursor } : {}) }, signal);
    reviews.push(...page.reviews);
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return reviews;
}
