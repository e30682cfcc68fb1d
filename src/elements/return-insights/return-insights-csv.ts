/** The CSV of what the insights show: the same tables, in the element's language. */
import type { ReturnInsights } from '../../domain/insights.js';
import { toCsv, type RankedReason } from '../../domain/insights-logic.js';
import type { InsightsWords } from './return-insights-views.js';

export function insightsCsv(data: ReturnInsights, reasons: RankedReason[], t: InsightsWords): string {
  const rate = (r: number | null) => (r === null ? '' : Math.round(r * 10000) / 10000);
  return toCsv([
    [t.product, t.variant, t.sold, t.returned, t.rate],
    ...data.products.map((p) => [p.title, '', p.sold, p.returned, rate(p.rate)]),
    ...data.variants.map((v) => [v.title, v.size ?? v.variantId ?? '', v.sold, v.returned, rate(v.rate)]),
    [],
    [t.reason, t.units, t.share, t.previous, t.trend],
    ...reasons.map((r) => [r.label, r.count, Math.round(r.share * 10000) / 10000, r.previous, r.trend]),
    [],
    [t.product, t.size, t.sold, t.tooSmall, t.tooLarge, 'fit small', 'fit true', 'fit large'],
    ...data.sizes.map((s) => [s.productId, s.size, s.sold, s.tooSmall, s.tooLarge, s.fit.small, s.fit.true, s.fit.large]),
  ]);
}

/** Saves `csv` as a file (with a BOM, so spreadsheet apps read UTF-8). */
export function downloadCsv(csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
