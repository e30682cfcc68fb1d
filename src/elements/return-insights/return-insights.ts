import { html, nothing, type TemplateResult } from 'lit';
import { RlElement } from '../../core/base-element.js';
import { buttonStyles } from '../../core/controls.styles.js';
import { emit } from '../../core/events.js';
import { formatDate } from '../../core/format.js';
import { LoadController } from '../../core/load-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { Announcer, panelStyles, renderPanel } from '../../core/merchant-panel.js';
import { skeletonStyles } from '../../core/skeleton.js';
import { StoreController } from '../../core/store-controller.js';
import type { ReturnInsights, Suggestion } from '../../domain/insights.js';
import { rankReasons } from '../../domain/insights-logic.js';
import { downloadCsv, insightsCsv } from './return-insights-csv.js';
import { renderSuggestions } from './return-insights-suggestions.js';
import { renderRates, renderReasons, renderSizes, type InsightsView } from './return-insights-views.js';
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
 * @csspart chart - A bar chart (a picture of the table after it: `role="img"`, named).
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
  static override styles = [...RlElement.styles, buttonStyles, skeletonStyles, panelStyles, insightsStyles];
  static override properties = {
    from: {},
    to: {},
    productId: { attribute: 'product-id' },
    rangeError: { attribute: false },
    acceptedNow: { attribute: false },
    busy: { attribute: false },
  };

  /** First day (YYYY-MM-DD). Default: 90 days before `to`. */
  from?: string;
  /** Last day (YYYY-MM-DD). Default: today. */
  to?: string;
  /** Show one product only. */
  productId?: string;

  /** The last CSV downloaded (for tests and for hosts that want to send it elsewhere). */
  lastCsv?: string;

  private rangeError = '';
  private acceptedNow = new Set<string>();
  private busy = false;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, insightsMessages);
  private readonly announcer = new Announcer(this);
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
      ${this.renderControls()}
      ${this.store.adapter ? renderPanel(this.load, this.remote, this.i18n.core, t, (data) => this.renderData(data)) : nothing}
      ${this.announcer.render()}
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

  private renderData(data: ReturnInsights): TemplateResult {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const d = (day: string) => formatDate(day, lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const reasons = rankReasons(data);
    const view: InsightsView = { t, lang };
    const suggestions = { ...view, acceptedNow: this.acceptedNow, busy: this.busy, accept: (s: Suggestion) => void this.accept(s) };
    return html`<div aria-busy=${this.load.status === 'loading' ? 'true' : 'false'}>
      <p class="period">${t.period(d(data.from), d(data.to), d(data.previousFrom), d(data.previousTo))}</p>
      <button type="button" class="button" part="download" @click=${() => this.download(data)}>${t.download}</button>
      ${renderSuggestions(suggestions, data.suggestions)} ${renderRates(view, data)} ${renderReasons(view, data, reasons)}
      ${renderSizes(view, data)}
    </div>`;
  }

  private async accept(s: Suggestion): Promise<void> {
    const adapter = this.store.adapter;
    if (!adapter || !this.remote || this.busy) return;
    this.busy = true;
    try {
      await this.remote.accept(adapter, s.id);
      this.acceptedNow = new Set(this.acceptedNow).add(s.id);
      this.announcer.say(this.i18n.t.acceptedNow);
      emit(this, 'rl-suggestion-accepted', { id: s.id } satisfies SuggestionAcceptedDetail);
    } catch {
      this.announcer.say(this.i18n.t.failed);
    } finally {
      this.busy = false;
    }
  }

  /** Downloads the CSV of what is shown (return-insights-csv.ts). */
  private download(data: ReturnInsights): void {
    const csv = insightsCsv(data, rankReasons(data), this.i18n.t);
    this.lastCsv = csv;
    downloadCsv(csv, `returns-${data.from}-${data.to}${data.productId ? `-${data.productId}` : ''}.csv`);
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
