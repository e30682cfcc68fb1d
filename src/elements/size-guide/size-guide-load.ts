/**
 * Loading a size chart (adapter or inline JSON) and the fit insights, plus the view that
 * renders them and the dialog it opens in. Imported on demand (on opening; at connect in
 * inline mode), so the validation code, the dialog, the guide's rendering and the error states
 * download only when a guide has data to show.
 */
export { renderError, stateStyles } from '../../core/states.js';
export * from './size-guide-view.js';
export { GuideController } from './size-guide-controller.js';
export { sizeGuideDialogStyles } from './size-guide-dialog.styles.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter, supports } from '../../adapters/call.js';
import { AdapterError } from '../../adapters/errors.js';
import { errorOnce } from '../../core/dev.js';
import { FitInsights, FitInsightsQuery, SizeChart, SizeChartQuery } from '../../domain/size-chart.js';
import { check, inWords } from '../../domain/validation.js';

export interface GuideData {
  chart: SizeChart;
  fit?: FitInsights;
}

export interface GuideQuery {
  adapter?: ReturnlessAdapter;
  productId?: string;
  chartId?: string;
  locale: string;
  /** Text of the element's `<script type="application/json">` child, which wins over the adapter. */
  inline?: string;
}

export async function loadGuide(query: GuideQuery, signal: AbortSignal): Promise<GuideData> {
  const { adapter, productId, chartId, locale, inline } = query;
  const fit = adapter && productId ? loadFit(adapter, productId, signal) : undefined;
  const chart = inline
    ? await parseInlineChart(inline)
    : await callAdapter(adapter, 'getSizeChart', { input: SizeChartQuery, output: SizeChart }, { productId, chartId, locale }, { signal });
  return { chart, fit: await fit };
}

/** Fit data is a bonus: missing, failing or malformed insights just mean no signal. */
async function loadFit(adapter: ReturnlessAdapter, productId: string, signal: AbortSignal): Promise<FitInsights | undefined> {
  if (!supports(adapter, 'getFitInsights')) return undefined;
  try {
    return await callAdapter(adapter, 'getFitInsights', { input: FitInsightsQuery, output: FitInsights }, { productId }, { signal });
  } catch {
    return undefined;
  }
}

/** Validates inline chart JSON; a mistake gets one console error naming the path, in words. */
export async function parseInlineChart(text: string): Promise<SizeChart> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message})`);
  }
  const checked = check(SizeChart, data);
  return checked.ok ? checked.value : fail(`is not a valid size chart: ${await inWords(checked, data)}`);
}

function fail(problem: string): never {
  errorOnce(`size-guide:inline:${problem}`, `<rl-size-guide> inline <script type="application/json"> ${problem}.`, 'rl-size-guide');
  throw new AdapterError('invalid_response', `Inline size chart ${problem}`);
}
