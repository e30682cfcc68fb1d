import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RlElement } from '../../core/base-element.js';
import { buttonStyles } from '../../core/controls.styles.js';
import { emit } from '../../core/events.js';
import { formatDate, formatNumber, formatPercent } from '../../core/format.js';
import { LoadController } from '../../core/load-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { StoreController } from '../../core/store-controller.js';
import type { ReturnInsights, Suggestion } from '../../domain/insights.js';
import { rankReasons, toCsv, type RankedReason } from '../../domain/insights-logic.js';
import { insightsMessages } from './return-insights.messages.js';
import { insightsStyles } from './return-insights.styles.js';

/** `rl-suggestion-accepted` detail. */
export interface SuggestionAcceptedDetail {
  id: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Why products come back, for a merchant's admin page: for a date range and optionally one
 * product, the return rate per product and per variant/size (returned units / sold units), the
 * reasons ranked with their trend against the previous period, size-related returns per size
 * beside the fit votes from reviews, the comments and damage photos behind each reason, and
 * suggestions with their evidence. Charts are SVG with the same numbers in a table next to them;
 * "Download CSV" exports exactly what is shown.
 *
 * Accepting a fit-note suggestion (data Returnless owns) makes it visible to shoppers in
 * `<rl-size-guide>` and `<rl-reviews>`; other suggestions link to where the merchant acts.
 *
 * @summary Return rates, reasons, sizes and suggestions for the merchant.
 * @tag rl-return-insights
 *
 * @event {CustomEvent<SuggestionAcceptedDetail>} rl-suggestion-accepted - The merchant accepted a suggestion.
 *
 * @csspart controls - The period and product form.
 * @csspart chart - An SVG chart.
 * @csspart table - A data table.
 * @csspart suggestions - The list of suggestions.
 * @csspart evidence - Comments and photos behind a reason.
 * @csspart download - The CSV download button.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 *
 * @cssprop [--rl-return-insights-bar-color=var(--rl-color-accent)] - Chart bars.
 */
export class RlReturnInsights extends RlElement {
  static override styles = [...RlElement.styles, buttonStyles, skeletonStyles, insightsStyles];

  /** First day (YYYY-MM-DD). Default: 90 days before `to`. */
  @property() from?: string;
  /** Last day (YYYY-MM-DD). Default: today. */
  @property() to?: string;
  /** Show one product only. */
  @property({ attribute: 'product-id' }) productId?: string;

  @state() private rangeError = '';
  @state() private acceptedNow = new Set<string>();
  @state() private announcement = '';
  @state() private busy = false;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, insightsMessages);
  private remote?: typeof import('./return-insights-remote.js');

  private readonly load = new LoadController(
    this,
    () =>
      this.store.adapter
        ? ([this.store.adapter, this.range().from, this.range().to, this.productId ?? '', this.i18n.lang] as const)
        : undefined,
    async ([adapter, from, to, productId, locale], signal) => {
      if (typeof adapter.getReturnInsights !== 'function') return undefined;
      this.remote ??= await import('./return-insights-remote.js');
      return this.remote.loadInsights(adapter, { from, to, ...(productId ? { productId } : {}), locale }, signal);
    },
  );

  private range(): { from: string; to: string } {
    const to = this.to ?? iso(Date.now());
    return { from: this.from ?? iso(Date.parse(`${to}T00:00:00Z`) - 89 * DAY), to };
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`<section aria-labelledby="insights-heading">
      <h2 id="insights-heading">${t.heading}</h2>
      ${this.renderControls()} ${this.renderBody()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderControls(): TemplateResult {
    const t = this.i18n.t;
    const { from, to } = this.range();
    const catalog = this.load.value?.catalog ?? [];
    return html`<form class="controls" part="controls" aria-label=${t.range} @submit=${this.apply}>
      <label>${t.from} <input type="date" name="from" required .value=${from} /></label>
      <label>${t.to} <input type="date" name="to" required .value=${to} /></label>
      <label
        >${t.product}
        <select name="product">
          <option value="">${t.allProducts}</option>
          ${catalog.map((p) => html`<option value=${p.id} ?selected=${p.id === this.productId}>${p.title}</option>`)}
        </select></label
      >
      <button type="submit" class="button">${t.apply}</button>
      ${this.rangeError ? html`<p class="problem" role="alert">${this.rangeError}</p>` : nothing}
    </form>`;
  }

  private apply = (e: SubmitEvent): void => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    if (!from || !to || from > to) {
      this.rangeError = this.i18n.t.badRange;
      return;
    }
    this.rangeError = '';
    this.from = from;
    this.to = to;
    this.productId = String(data.get('product') ?? '') || undefined;
  };

  private renderBody(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (!this.store.adapter) return nothing;
    if (this.load.status === 'error')
      return this.remote
        ? this.remote.renderError(this.load.error, this.i18n.core, () => this.load.retry())
        : html`<p role="alert">${t.failed}</p>`;
    const data = this.load.value;
    if (this.load.status === 'ready' && !data) return html`<p part="error" role="alert">${t.unavailable}</p>`;
    if (!data) return renderSkeleton(this.i18n.core.loading, 4);
    const lang = this.i18n.lang;
    const d = (day: string) => formatDate(day, lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const reasons = rankReasons(data);
    return html`<div aria-busy=${this.load.status === 'loading' ? 'true' : 'false'}>
      <p class="period">${t.period(d(data.from), d(data.to), d(data.previousFrom), d(data.previousTo))}</p>
      <button type="button" class="button" part="download" @click=${() => this.download(data, reasons)}>${t.download}</button>
      ${this.renderSuggestions(data.suggestions)} ${this.renderRates(data)} ${this.renderReasons(data, reasons)} ${this.renderSizes(data)}
    </div>`;
  }

  private pct(value: number | null): string {
    return value === null ? this.i18n.t.noSales : formatPercent(value, this.i18n.lang);
  }

  private n(value: number): string {
    return formatNumber(value, this.i18n.lang);
  }

  /** A horizontal bar chart: the picture of a table that follows it. */
  private chart(label: string, rows: { label: string; value: number; text: string }[]): TemplateResult {
    const max = Math.max(...rows.map((r) => r.value), 0) || 1;
    const rowHeight = 28;
    const height = rows.length * rowHeight + 4;
    return html`<svg class="chart" part="chart" role="img" aria-label=${label} viewBox="0 0 600 ${height}" preserveAspectRatio="xMinYMin meet">
      ${rows.map(
        (r, i) => svg`<g transform="translate(0 ${i * rowHeight + 2})">
          <text class="label" x="0" y="17">${r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}</text>
          <rect class="bar" x="200" y="4" height="18" width=${Math.max(1, (r.value / max) * 320)} rx="2"></rect>
          <text class="value" x=${206 + (r.value / max) * 320} y="17">${r.text}</text>
        </g>`,
      )}
    </svg>`;
  }

  private renderRates(data: ReturnInsights): TemplateResult {
    const t = this.i18n.t;
    const sold = data.products.filter((p) => p.sold > 0);
    return html`<section>
      <h3 id="rates">${t.rates}</h3>
      ${
        sold.length
          ? this.chart(
              t.ratesChart,
              sold.map((p) => ({ label: p.title, value: p.rate ?? 0, text: this.pct(p.rate) })),
            )
          : html`<p>${t.noData}</p>`
      }
      <div class="scroll" tabindex="0" role="region" aria-labelledby="rates">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t.product}</th>
              <th scope="col">${t.sold}</th>
              <th scope="col">${t.returned}</th>
              <th scope="col">${t.rate}</th>
            </tr>
          </thead>
          <tbody>
            ${data.products.map(
              (p) =>
                html`<tr>
                  <th scope="row">${p.title}</th>
                  <td>${this.n(p.sold)}</td>
                  <td>${this.n(p.returned)}</td>
                  <td>${this.pct(p.rate)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        data.variants.length
          ? html`<details>
            <summary>${t.variants}</summary>
            <div class="scroll" tabindex="0" role="region" aria-label=${t.variants}>
              <table part="table">
                <thead>
                  <tr>
                    <th scope="col">${t.product}</th>
                    <th scope="col">${t.variant}</th>
                    <th scope="col">${t.sold}</th>
                    <th scope="col">${t.returned}</th>
                    <th scope="col">${t.rate}</th>
                  </tr>
                </thead>
                <tbody>
                  ${data.variants.map(
                    (v) =>
                      html`<tr>
                        <th scope="row">${v.title}</th>
                        <td>${v.size ?? v.variantId ?? '–'}</td>
                        <td>${this.n(v.sold)}</td>
                        <td>${this.n(v.returned)}</td>
                        <td>${this.pct(v.rate)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`
          : nothing
      }
    </section>`;
  }

  private renderReasons(data: ReturnInsights, reasons: RankedReason[]): TemplateResult {
    const t = this.i18n.t;
    return html`<section>
      <h3 id="reasons">${t.reasons}</h3>
      ${
        reasons.length
          ? this.chart(
              t.reasonsChart,
              reasons.map((r) => ({
                label: r.label,
                value: r.count,
                text: `${this.n(r.count)} (${formatPercent(r.share, this.i18n.lang)})`,
              })),
            )
          : html`<p>${t.noData}</p>`
      }
      <div class="scroll" tabindex="0" role="region" aria-labelledby="reasons">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t.reason}</th>
              <th scope="col">${t.units}</th>
              <th scope="col">${t.share}</th>
              <th scope="col">${t.previous}</th>
              <th scope="col">${t.trend}</th>
            </tr>
          </thead>
          <tbody>
            ${reasons.map((r) => {
              const evidence = data.evidence.filter((e) => e.reasonId === r.reasonId);
              return html`<tr>
                  <th scope="row">${r.label}</th>
                  <td>${this.n(r.count)}</td>
                  <td>${formatPercent(r.share, this.i18n.lang)}</td>
                  <td>${this.n(r.previous)}</td>
                  <td class="trend trend--${r.trend}">${t.trends(r.trend)}</td>
                </tr>
                ${
                  evidence.length
                    ? html`<tr>
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
                    </tr>`
                    : nothing
                }`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderSizes(data: ReturnInsights): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (!data.sizes.length) return nothing;
    const titles = new Map(data.catalog.map((c) => [c.id, c.title]));
    return html`<section>
      <h3 id="sizes">${t.sizes}</h3>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="sizes">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t.product}</th>
              <th scope="col">${t.size}</th>
              <th scope="col">${t.sold}</th>
              <th scope="col">${t.tooSmall}</th>
              <th scope="col">${t.tooLarge}</th>
              <th scope="col">${t.votes}</th>
            </tr>
          </thead>
          <tbody>
            ${data.sizes.map((s) => {
              const which = s.tooSmall >= s.tooLarge ? 'small' : 'large';
              const count = which === 'small' ? s.tooSmall : s.tooLarge;
              return html`<tr>
                <th scope="row">${titles.get(s.productId) ?? s.productId}</th>
                <td>${count && s.sold ? t.sizeLine(s.size, formatPercent(count / s.sold, this.i18n.lang), which) : s.size}</td>
                <td>${this.n(s.sold)}</td>
                <td>${this.n(s.tooSmall)}</td>
                <td>${this.n(s.tooLarge)}</td>
                <td>${this.n(s.fit.small)} / ${this.n(s.fit.true)} / ${this.n(s.fit.large)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderSuggestions(list: Suggestion[]): TemplateResult {
    const t = this.i18n.t;
    return html`<section part="suggestions">
      <h3 id="suggestions">${t.suggestions}</h3>
      ${
        list.length
          ? html`<ul class="suggestions">
            ${list.map((s) => html`<li>${this.renderSuggestion(s)}</li>`)}
          </ul>`
          : html`<p>${t.noSuggestions}</p>`
      }
    </section>`;
  }

  private renderSuggestion(s: Suggestion): TemplateResult {
    const t = this.i18n.t;
    const count = this.n(s.count);
    const [title, evidence] =
      s.kind === 'fit_note'
        ? [
            t.fitNote(s.productTitle, s.tendency ?? 'small'),
            t.fitEvidence(count, this.n(s.of), s.tendency ?? 'small', s.agree == null ? null : formatPercent(s.agree, this.i18n.lang)),
          ]
        : s.kind === 'add_photo'
          ? [t.addPhoto(s.productTitle), t.addPhotoEvidence(count)]
          : [t.packaging(s.productTitle), t.packagingEvidence(count, s.carrier ?? null)];
    const accepted = s.accepted || this.acceptedNow.has(s.id);
    return html`<p class="suggestion"><strong>${title}</strong> <span class="evidence-text">(${evidence})</span></p>
      ${
        s.owned
          ? accepted
            ? html`<p class="accepted">✓ ${t.accepted}</p>`
            : html`<button type="button" class="button" ?disabled=${this.busy} @click=${() => this.accept(s)}>${t.accept}</button>`
          : s.href
            ? html`<a class="button" href=${s.href}>${t.act}</a>`
            : nothing
      }`;
  }

  private async accept(s: Suggestion): Promise<void> {
    const adapter = this.store.adapter;
    if (!adapter || !this.remote || this.busy) return;
    this.busy = true;
    try {
      await this.remote.accept(adapter, s.id);
      this.acceptedNow = new Set(this.acceptedNow).add(s.id);
      this.announce(this.i18n.t.acceptedNow);
      emit(this, 'rl-suggestion-accepted', { id: s.id } satisfies SuggestionAcceptedDetail);
    } catch {
      this.announce(this.i18n.t.failed);
    } finally {
      this.busy = false;
    }
  }

  /** The CSV of what is shown: the same tables, in the element's language. */
  private download(data: ReturnInsights, reasons: RankedReason[]): void {
    const t = this.i18n.t;
    const rate = (r: number | null) => (r === null ? '' : Math.round(r * 10000) / 10000);
    const rows: (string | number | null)[][] = [
      [t.product, t.variant, t.sold, t.returned, t.rate],
      ...data.products.map((p) => [p.title, '', p.sold, p.returned, rate(p.rate)]),
      ...data.variants.map((v) => [v.title, v.size ?? v.variantId ?? '', v.sold, v.returned, rate(v.rate)]),
      [],
      [t.reason, t.units, t.share, t.previous, t.trend],
      ...reasons.map((r) => [r.label, r.count, Math.round(r.share * 10000) / 10000, r.previous, r.trend]),
      [],
      [t.product, t.size, t.sold, t.tooSmall, t.tooLarge, 'fit small', 'fit true', 'fit large'],
      ...data.sizes.map((s) => [s.productId, s.size, s.sold, s.tooSmall, s.tooLarge, s.fit.small, s.fit.true, s.fit.large]),
    ];
    const csv = toCsv(rows);
    this.lastCsv = csv;
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `returns-${data.from}-${data.to}${data.productId ? `-${data.productId}` : ''}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The last CSV downloaded (for tests and for hosts that want to send it elsewhere). */
  lastCsv?: string;

  private announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-return-insights': RlReturnInsights;
  }
  interface HTMLElementEventMap {
    'rl-suggestion-accepted': CustomEvent<SuggestionAcceptedDetail>;
  }
}
