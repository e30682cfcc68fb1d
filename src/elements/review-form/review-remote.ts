/**
 * Adapter calls of the review form, loaded on demand (schemas, validation, error wording):
 * the form renders and accepts typing before any of this arrives.
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { ReviewInput, ReviewReceipt } from '../../domain/reviews.js';
import { SizeChart, SizeChartQuery } from '../../domain/size-chart.js';
export { errorMessage } from '../../core/states.js';
export { validateReviewDraft } from '../../domain/review-input.js';
export { renderReviewSummary, reviewErrorText } from './review-errors.js';

/** Whether the product has a size chart (then the form asks about fit). Any failure means no. */
export async function hasSizeChart(adapter: ReturnlessAdapter, productId: string, locale: string, signal: AbortSignal): Promise<boolean> {
  try {
    await callAdapter(adapter, 'getSizeChart', { input: SizeChartQuery, output: SizeChart }, { productId, locale }, { signal });
    return true;
  } catch {
    return false;
  }
}

export function submitReview(
  adapter: ReturnlessAdapter | undefined,
  input: ReviewInput,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<ReviewReceipt> {
  return callAdapter(adapter, 'submitReview', { input: ReviewInput, output: ReviewReceipt }, input, { idempotencyKey, signal });
}
