/**
 * Whether the product has a size chart (then the form asks about fit): the one adapter call the
 * review form makes before a submit, loaded on its own so validation and error wording
 * (review-remote.ts) wait for the first submit.
 *
 * The answer is checked for what the form uses, a chart with sizes, not as a whole chart: the
 * size chart's full schema loads when the size guide opens, not on every product page.
 */
import * as z from 'zod/mini';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { Id, LocaleTag } from '../../domain/common.js';

const ChartQuery = z.object({ productId: z.optional(Id), locale: LocaleTag });
/** A chart with at least one size (other fields are the size guide's to check). */
const ChartWithSizes = z.object({ id: Id, sizes: z.array(z.object({ id: Id })).check(z.minLength(1)) });

/** Any failure means no. */
export async function hasSizeChart(adapter: ReturnlessAdapter, productId: string, locale: string, signal: AbortSignal): Promise<boolean> {
  try {
    await callAdapter(adapter, 'getSizeChart', { input: ChartQuery, output: ChartWithSizes }, { productId, locale }, { signal });
    return true;
  } catch {
    return false;
  }
}
