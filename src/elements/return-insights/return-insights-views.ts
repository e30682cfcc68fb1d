/**
 * The insights' charts and tables: return rates per product and per variant, reasons ranked with
 * their trend and the comments and photos behind them, size returns beside fit votes. Every chart
 * is a picture of the table that follows it (role img, named; the table holds the same numbers).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../core/format.js';
import { styleProps } from '../../core/style-props.js';
import type { ReturnInsights } from '../../domain/insights.js';
import type { RankedReason } from '../../domain/insights-logic.js';
import type { insightsMessages } from './return-insights.messages.js';
import { renderTable, tableRow } from './return-insights-table.js';

export type InsightsWords = (typeof insightsMessages)['en'];

/** What the views need from the element: its words and language. */
export interface InsightsView {
  t: InsightsWords;
  lang: string;
}

const n = (v: InsightsView, value: number) => formatNumber(value, v.lang);
const pct = (v: InsightsView, value: number | null) => (value === null ? v.t.noSales : formatPercent(value, v.lang));

/**
 * A horizontal bar chart: the picture of the table that follows it. Drawn with HTML, not SVG, so
 * its words keep the text's size on a phone (a scaled SVG shrank them to 6 px at 320 px), wrap
 * like text, and follow the page's direction.
 */
function chart(label: string, rows: { label: string; value: number; text: string }[]): TemplateResult {
  const max = Math.max(...rows.map((r) => r.value), 0) || 1;
  return html`<div class="chart" part="chart" role="img" aria-label=${label}>
    ${rows.map(
      (r) => html`<div class="chart-row">
        <span class="chart-label">${r.label}</span>
        <span class="chart-track">
          <span class="bar" ${styleProps({ '--_share': String(r.value / max) })}></span>
          <span class="value">${r.text}</span>
        </span>
      </div>`,
    )}
  </div>`;
}

/** Sold, returned and rate: the numbers of a product row and of a variant row alike. */
const counts = (v: InsightsView, x: { sold: number; returned: number; rate: number | null }) => [
  n(v, x.sold),
  n(v, x.returned),
  pct(v, x.rate),
];

export function renderRates(v: InsightsView, data: ReturnInsights): TemplateResult {
  const t = v.t;
  const sold = data.products.filter((p) => p.sold > 0);
  return html`<section>
    <h3 id="rates">${t.rates}</h3>
    ${
      sold.length
        ? chart(
            t.ratesChart,
            sold.map((p) => ({ label: p.title, value: p.rate ?? 0, text: pct(v, p.rate) })),
          )
        : html`<p>${t.noData}</p>`
    }
    ${renderTable(
      { labelledby: 'rates' },
      [t.product, t.sold, t.returned, t.rate],
      data.products.map((p) => tableRow(p.title, counts(v, p))),
    )}
    ${
      data.variants.length
        ? html`<details>
          <summary>${t.variants}</summary>
          ${renderTable(
            { label: t.variants },
            [t.product, t.variant, t.sold, t.returned, t.rate],
            data.variants.map((x) => tableRow(x.title, [x.size ?? x.variantId ?? '–', ...counts(v, x)])),
          )}
        </details>`
        : nothing
    }
  </section>`;
}

export function renderReasons(v: InsightsView, data: ReturnInsights, reasons: RankedReason[]): TemplateResult {
  const t = v.t;
  const share = (r: RankedReason) => formatPercent(r.share, v.lang);
  return html`<section>
    <h3 id="reasons">${t.reasons}</h3>
    ${
      reasons.length
        ? chart(
            t.reasonsChart,
            reasons.map((r) => ({ label: r.label, value: r.count, text: `${n(v, r.count)} (${share(r)})` })),
          )
        : html`<p>${t.noData}</p>`
    }
    ${renderTable(
      { labelledby: 'reasons' },
      [t.reason, t.units, t.share, t.previous, t.trend],
      reasons.map(
        (r) =>
          html`<tr>
              <th scope="row">${r.label}</th>
              <td>${n(v, r.count)}</td>
              <td>${share(r)}</td>
              <td>${n(v, r.previous)}</td>
              <td class="trend trend--${r.trend}">${t.trends(r.trend)}</td>
            </tr>
            ${renderEvidence(v, data, r)}`,
      ),
    )}
  </section>`;
}

/** The comments and photos behind one reason, in a row of their own under it. */
function renderEvidence(v: InsightsView, data: ReturnInsights, r: RankedReason): TemplateResult | typeof nothing {
  const t = v.t;
  const evidence = data.evidence.filter((e) => e.reasonId === r.reasonId);
  if (!evidence.length) return nothing;
  return html`<tr>
    <td colspan="5">
      <details part="evidence">
        <summary>${t.evidence(evidence.length)}</summary>
        <ul class="evidence">
          ${evidence.map((e, i) =>
            e.photoUrl
              ? html`<li><img src=${e.photoUrl} alt=${t.photoOf(r.label, i + 1)} width="120" height="90" loading="lazy" /></li>`
              : html`<li><q>${e.comment}</q></li>`,
          )}
        </ul>
      </details>
    </td>
  </tr>`;
}

export function renderSizes(v: InsightsView, data: ReturnInsights): TemplateResult | typeof nothing {
  const t = v.t;
  if (!data.sizes.length) return nothing;
  const titles = new Map(data.catalog.map((c) => [c.id, c.title]));
  return html`<section>
    <h3 id="sizes">${t.sizes}</h3>
    ${renderTable(
      { labelledby: 'sizes' },
      [t.product, t.size, t.sold, t.tooSmall, t.tooLarge, t.votes],
      data.sizes.map((s) => {
        const which = s.tooSmall >= s.tooLarge ? 'small' : 'large';
        const count = which === 'small' ? s.tooSmall : s.tooLarge;
        return tableRow(titles.get(s.productId) ?? s.productId, [
          count && s.sold ? t.sizeLine(s.size, formatPercent(count / s.sold, v.lang), which) : s.size,
          n(v, s.sold),
          n(v, s.tooSmall),
          n(v, s.tooLarge),
          `${n(v, s.fit.small)} / ${n(v, s.fit.true)} / ${n(v, s.fit.large)}`,
        ]);
      }),
    )}
  </section>`;
}
