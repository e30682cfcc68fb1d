/** The insights' adapter calls, validated; imported on the first load so the element chunk carries no schemas. */
export { renderError } from '../../core/states.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { AcceptSuggestionInput, AcceptSuggestionResult, InsightsQuery, ReturnInsights } from '../../domain/insights.js';

export function loadInsights(adapter: ReturnlessAdapter, query: InsightsQuery, signal: AbortSignal): Promise<ReturnInsights> {
  return callAdapter(adapter, 'getReturnInsights', { input: InsightsQuery, output: ReturnInsights }, query, { signal });
}

export function accept(adapter: ReturnlessAdapter, id: string) {
  return callAdapter(adapter, 'acceptSuggestion', { input: AcceptSuggestionInput, output: AcceptSuggestionResult }, { id });
}
