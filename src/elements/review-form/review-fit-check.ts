/**
 * Whether the product has a size chart (then the form asks about fit): the one adapter call the
 * review form makes before a submit, loaded on its own so validation and error wording
 * (review-remote.ts) wait for the first submit.
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { SizeChart, SizeChartQuery } from '../../domain/size-chart.js';

/** Any failure means no. */
export async function hasSizeChart(adapter: ReturnlessAdapter, productId: string, locale: string, signal: AbortSignal): Promise<boolean> {
  try {
    await callAdapter(adapter, 'getSizeChart', { input: SizeChartQuery, output: SizeChart }, { productId, locale }, { signal });
    return true;
  } catch {
    return false;
  }
}
