import { html, nothing, type PropertyValues } from 'lit';
import { RlElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { formatNumber } from '../../core/format.js';
import { PaceController } from '../../core/pace.js';
import { RunLoadController } from '../../core/run-load-controller.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { starStyles } from '../../core/stars.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { TermTip, termTipStyles } from '../../core/tooltip.js';
import {
  appendReviews,
  collectMedia,
  filteredTotal,
  filterQuery,
  isFiltered,
  readFilter,
  sameFilter,
  writeFilter,
  type ReviewFilter,
  type ReviewMediaItem,
} from '../../domain/review-filters.js';
import type { Review, ReviewPage } from '../../domain/reviews.js';
import { reviewsMessages } from './reviews.messages.js';
import { reviewsStyles } from './reviews.styles.js';
import { buttonStyles } from '../../core/controls.styles.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { headingLevel } from '../../core/heading-level.js';
import { mediaLabel, renderReview, renderThumb, type ReviewsViewContext } from './reviews-review-view.js';
import { renderFilters, renderSummary, type ReviewsFilterContext } from './reviews-summary-view.js';
import type { ReviewMediaOpenDetail, ReviewsViewerController } from './reviews-viewer-controller.js';
import { fieldStyles } from '../../core/field.styles.js';

/** `rl-reviews-filter` detail: the filter now applied (also written to the URL). */
export type ReviewsFilterDetail = ReviewFilter;
export type { ReviewMediaOpenDetail };

let instances = 0;

/**
 * Published reviews for one product: average rating, a histogram that filters by star, the fit
 * summary shared with the size guide, the customers' photos and videos, and the shop's replies.
 *
 * Reviews load page by page from the adapter's `listReviews`; "Show more reviews" fetches the
 * next page and moves focus to its first review. Filters (stars, with photos/videos only) and
 * sort are written to the page URL (`rl-reviews-rating`, `rl-reviews-media`, `rl-reviews-sort`),
 * so a filtered view can be shared, and read from it on load. Review text is always shown as text.
 *
 * Photos open in a modal viewer: Previous/Next buttons or the arrow keys move through them,
 * Escape closes it and focus returns to the thumbnail. Videos have native controls and never autoplay.
 *
 * @summary Product reviews with photos, fit summary, star filter and the shop's replies.
 * @tag rl-reviews
 *
 * @event {CustomEvent<ReviewsFilterDetail>} rl-reviews-filter - A shopper changed a filter or the sort. `detail: { rating?, withMedia, sort? }`.
 * @event {CustomEvent<ReviewMediaOpenDetail>} rl-review-media-open - A shopper opened a photo or video. `detail: { reviewId, mediaId }`.
 *
 * @csspart heading - The "Customer reviews" heading.
 * @csspart summary - The rating summary (average, count, fit, histogram).
 * @csspart average - The average rating number.
 * @csspart stars - Star ratings (average and per review), `role="img"` with their value as its name. Drawn (SVG), not typed: no font needs a ★ glyph. A row five stars wide and one high in `em` (it follows `font-size`); empty stars are outlines in its `color` (the muted text colour, `--rl-color-muted`), full ones solid in `--rl-reviews-star-color`.
 * @csspart fit - The fit summary ("Runs small — 62% of 140 buyers").
 * @csspart histogram - The group of star filter buttons.
 * @csspart histogram-row - One star filter button (`aria-pressed`).
 * @csspart write-review - The "Write a review" button (shown when an `<rl-review-form>` is on the page).
 * @csspart media-strip - The "Customer photos" strip.
 * @csspart thumbnail - A photo or video thumbnail button.
 * @csspart see-all-media - The "See all customer photos" button.
 * @csspart filters - The filter and sort bar.
 * @csspart list - The list of reviews.
 * @csspart review - One review.
 * @csspart review-title - A review's title.
 * @csspart review-body - A review's text.
 * @csspart review-meta - Author, date and the verified badge.
 * @csspart verified - The verified-buyer badge.
 * @csspart term - The verified-buyer badge's button, which shows what it means.
 * @csspart tooltip - The explanation of the verified-buyer badge.
 * @csspart reply - The shop's reply, attached to its review.
 * @csspart load-more - The "Show more reviews" button.
 * @csspart empty - The empty and no-match states.
 * @csspart viewer - The media viewer `<dialog>`.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop [--rl-reviews-star-color=var(--rl-color-accent)] - Filled stars and histogram bars. Empty stars are outlines in the muted text colour.
 * @cssprop [--rl-reviews-thumb-size=72px] - Thumbnail size.
 * @cssprop [--rl-reviews-reply-border=3px solid var(--rl-color-accent)] - The line attaching a reply to its review.
 */
export class RlReviews extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, termTipStyles, buttonStyles, fieldStyles, skeletonStyles, starStyles, reviewsStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    jsonLd: { attribute: 'json-ld', type: Boolean },
    productJsonLdId: { attribute: 'product-jsonld-id' },
    productName: { attribute: 'product-name' },
    urlKey: { attribute: 'url-key' },
    filter: { attribute: false },
    extra: { attribute: false },
    cursor: { attribute: false },
    allMedia: { attribute: false },
    announcement: { attribute: false },
  };

  /** The product whose reviews are shown. */
  productId?: string;

  /** Level (1–6) of the "Customer reviews" heading; review titles and "Customer photos" sit one level below. */
  headingLevel = 2;

  /** Emit `Product` JSON-LD with `AggregateRating` and the reviews on the page into `<head>`. Opt-in. */
  jsonLd = false;

  /** `@id` of the page's own Product JSON-LD node, so search engines merge the ratings into it. */
  productJsonLdId?: string;

  /** Product name for the JSON-LD, needed only without `product-jsonld-id`. */
  productName?: string;

  /** Distinguishes the URL parameters of two review lists on one page (`rl-reviews-<key>-rating`). */
  urlKey?: string;

  /** The filter in effect (read from the URL on connect). */
  filter: ReviewFilter = { withMedia: false };

  private extra: Review[] = [];
  private cursor?: string | null;
  private allMedia?: ReviewMediaItem[];
  private announcement = '';

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, reviewsMessages);
  /** The verified-buyer explanation (shared tooltip controller; @floating-ui loads on first open). */
  private readonly tips = new TermTip(this, { placement: 'top-start' });
  private readonly instanceId = `reviews-${++instances}`;
  private firstPage?: ReviewPage;
  /** The photo viewer (its state, keys and dialog): a chunk of its own, imported with the first photo opened. */
  private viewer?: ReviewsViewerController;
  /**
   * A new first page is drawn in turns, a frame apart (no long first data render): the summary,
   * photos and filters with placeholders in the list, then one review a turn (three a turn made the
   * turn that draws a review in a new script, such as Chinese on an English page, the page's longest).
   */
  private readonly pace = new PaceController(this, 1, 1);
  private announceNextLoad = false;
  private jsonLdWritten = false;
  /** The JSON-LD builder, imported once `json-ld` is set. */
  private jsonLdCode?: Promise<typeof import('./reviews-json-ld.js')>;
  private jsonLdModule?: typeof import('./reviews-json-ld.js');
  private jsonLdInputs?: unknown[];

  private readonly load = new RunLoadController(
    this,
    () => {
      const adapter = this.store.adapter;
      const f = this.filter;
      return adapter && this.productId ? ([adapter, this.productId, f.rating, f.withMedia, f.sort] as const) : undefined;
    },
    ([adapter, productId], signal, remote) =>
      remote.loadReviewPage(adapter, filterQuery(productId, this.filter, this.firstPage?.sorts), signal),
    { module: () => import('./reviews-load.js'), core: () => this.i18n.core },
  );

  /** The reviews shown, in order (every loaded page). */
  get reviews(): Review[] {
    return appendReviews(this.load.value?.reviews ?? [], this.extra);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = readFilter(location.search, this.urlKey);
    if (!sameFilter(fromUrl, this.filter)) this.filter = fromUrl;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.jsonLdWritten) this.jsonLdModule?.setJsonLd(this.instanceId, null);
    this.jsonLdWritten = false;
    this.jsonLdInputs = undefined;
  }

  /** Applies a filter as if the shopper chose it: reloads, updates the URL, fires `rl-reviews-filter`. */
  setFilter(next: ReviewFilter): void {
    if (sameFilter(next, this.filter)) return;
    // Only the keys in use (the event detail and the URL stay tidy).
    this.filter = { withMedia: next.withMedia, ...(next.rating ? { rating: next.rating } : {}), ...(next.sort ? { sort: next.sort } : {}) };
    const search = writeFilter(location.search, this.filter, this.urlKey);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    this.announceNextLoad = true;
    emit<ReviewsFilterDetail>(this, 'rl-reviews-filter', { ...this.filter });
  }

  /** Loads the next page of reviews and moves focus to its first review. */
  async loadMore(): Promise<void> {
    const adapter = this.store.adapter;
    const productId = this.productId;
    const cursor = this.cursor;
    if (!adapter || !productId || !cursor || this.load.runState('more').status === 'loading') return;
    const before = this.reviews.length;
    const page = await this.load.run('more', (signal, remote) =>
      remote.loadReviewPage(adapter, filterQuery(productId, this.filter, this.firstPage?.sorts, cursor), signal),
    );
    if (!page) return;
    // The new page is drawn a review a turn too (after the list's frame and the ones shown).
    this.pace.resume(before + 1);
    this.extra = appendReviews(this.extra, page.reviews);
    this.cursor = page.nextCursor;
    await this.updateComplete;
    const added = this.reviews.length - before;
    const first = this.renderRoot.querySelectorAll<HTMLElement>('.review')[before];
    first?.focus();
    this.announce(this.i18n.t.loadedMore(added));
  }

  /** Also waits for the rest of a first page (drawn in turns a frame apart: placeholders first, then a review a turn). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.pace.done;
    return complete && (await super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const page = this.load.value;
    if (page && page !== this.firstPage) {
      // A new first page (new product or filter): later pages start over.
      this.firstPage = page;
      this.extra = [];
      this.pace.restart();
      this.cursor = page.nextCursor;
      if (this.announceNextLoad) {
        this.announceNextLoad = false;
        const total = filteredTotal(page.summary, this.filter);
        const shown = formatNumber(page.reviews.length, this.i18n.lang);
        const t = this.i18n.t;
        this.announcement =
          total === undefined ? t.countReviews(page.reviews.length, shown) : t.showing(shown, formatNumber(total, this.i18n.lang));
      }
    }
    if (changed.has('productId')) this.allMedia = undefined;
  }

  protected override updated(): void {
    if (!this.load.module || (!this.jsonLd && !this.jsonLdWritten)) return;
    const ld = this.jsonLdModule;
    if (!ld) {
      this.jsonLdCode ??= import('./reviews-json-ld.js').then((m) => {
        this.requestUpdate();
        return (this.jsonLdModule = m);
      });
      return;
    }
    const page = this.firstPage;
    // Rebuilt only when what it describes changed (not on every tooltip or viewer update).
    const inputs = [this.jsonLd, page, this.extra, this.load.status, this.productJsonLdId, this.productName];
    if (this.jsonLdInputs?.every((v, i) => v === inputs[i])) return;
    this.jsonLdInputs = inputs;
    const data =
      this.jsonLd && page && this.load.status === 'ready'
        ? ld.reviewsJsonLd({
            summary: page.summary,
            reviews: this.reviews,
            productJsonLdId: this.productJsonLdId,
            productName: this.productName,
            baseUrl: location.href,
          })
        : undefined;
    this.jsonLdWritten = Boolean(data);
    ld.setJsonLd(this.instanceId, data ?? null);
  }

  protected override render() {
    const page = this.load.value;
    const status = this.load.status;
    if (!page) return this.load.render({ loading: () => this.renderSkeleton(), ready: () => nothing });
    const t = this.i18n.t;
    const summary = page.summary;
    return html`<section aria-labelledby="heading">
      <div class="heading" part="heading" role="heading" aria-level=${this.level(0)} id="heading">${t.heading}</div>
      ${
        summary.count === 0
          ? html`<div class="empty" part="empty"><p>${t.empty}</p>${this.renderWriteButton()}</div>`
          : html`${renderSummary(this.filterContext, page, this.renderWriteButton())} ${this.renderMediaStrip(page)} ${renderFilters(this.filterContext, page)}
            <div class="visually-hidden" role="status">${this.announcement}</div>
            ${status === 'error' ? this.load.renderError(this.load.error, () => this.load.retry()) : this.renderList(status === 'loading')}`
      }
      ${this.renderViewer()}
    </section>`;
  }

  private level(offset: number): string {
    return headingLevel(this.headingLevel, 2, offset);
  }

  private renderSkeleton() {
    return renderSkeleton(this.i18n.core.loading, ['summary', 'review', 'review', 'review']);
  }

  /** What the review, summary and filter views need. */
  private get viewContext(): ReviewsViewContext {
    return {
      t: this.i18n.t,
      lang: this.i18n.lang,
      level: (offset) => this.level(offset),
      tips: this.tips,
      openViewer: (gallery, index, opener) => void this.openViewer(gallery, index, opener),
    };
  }

  private get filterContext(): ReviewsFilterContext {
    return { ...this.viewContext, filter: this.filter, setFilter: (next) => this.setFilter(next) };
  }

  private get reviewForm(): HTMLElement | null {
    return (
      (this.productId && document.querySelector<HTMLElement>(`rl-review-form[product-id="${CSS.escape(this.productId)}"]`)) ||
      document.querySelector<HTMLElement>('rl-review-form')
    );
  }

  private renderWriteButton() {
    if (!this.reviewForm) return nothing;
    return html`<button type="button" class="button write" part="write-review" @click=${this.goToForm}>${this.i18n.t.writeReview}</button>`;
  }

  private goToForm = (): void => {
    const form = this.reviewForm;
    if (!form) return;
    form.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    // <rl-review-form>'s focus() moves to its first field (its public API; never its shadow root).
    form.focus({ preventScroll: true });
  };

  private renderMediaStrip(page: ReviewPage) {
    const t = this.i18n.t;
    const ctx = this.viewContext;
    const items = this.allMedia ?? collectMedia(this.reviews);
    if (!items.length) return nothing;
    const withMedia = page.summary.withMediaCount;
    const shownWithMedia = new Set(items.map((i) => i.reviewId)).size;
    const media = this.load.runState('media');
    const more =
      !this.allMedia && (withMedia === undefined ? (this.filter.withMedia ? Boolean(this.cursor) : true) : withMedia > shownWithMedia);
    return html`<div class="strip" part="media-strip">
      <div class="subheading" role="heading" aria-level=${this.level(1)}>${t.customerPhotos}</div>
      <ul class="thumbs">
        ${items.map((item, i) => html`<li>${renderThumb(ctx, item, items, i, i + 1)}</li>`)}
      </ul>
      ${more && media.status === 'error' ? this.load.renderError(media.error, () => void this.showAllMedia()) : nothing}
      ${
        more && media.status !== 'error'
          ? html`<button type="button" class="link-button" part="see-all-media" aria-disabled=${media.status === 'loading' ? 'true' : 'false'} @click=${this.showAllMedia}>
            ${t.seeAllMedia(formatNumber(withMedia ?? items.length, this.i18n.lang))}
          </button>`
          : nothing
      }
    </div>`;
  }

  private showAllMedia = async (): Promise<void> => {
    const adapter = this.store.adapter;
    const productId = this.productId;
    if (!adapter || !productId || this.load.runState('media').status === 'loading') return;
    const before = this.allMedia?.length ?? collectMedia(this.reviews).length;
    // A failure keeps the strip as it is and shows the error with a retry (see renderMediaStrip).
    const reviews = await this.load.run('media', (signal, remote) => remote.loadAllWithMedia(adapter, productId, signal));
    if (!reviews) return;
    this.allMedia = collectMedia(reviews);
    await this.updateComplete;
    const thumbs = this.renderRoot.querySelectorAll<HTMLElement>('.strip .thumb');
    (thumbs[before] ?? thumbs[0])?.focus();
  };

  private renderList(busy: boolean) {
    const t = this.i18n.t;
    const more = this.load.runState('more');
    const ctx = this.viewContext;
    const reviews = this.reviews;
    if (!reviews.length) {
      return html`<div class="empty" part="empty">
        <p>${t.noMatch}</p>
        ${
          isFiltered(this.filter)
            ? html`<button type="button" class="button" @click=${() => this.setFilter({ withMedia: false, sort: this.filter.sort })}>${t.clearFilters}</button>`
            : nothing
        }
      </div>`;
    }
    // Turn one draws the list's frame (the reviews' height, held by placeholders), later turns a review each.
    const shown = this.pace.count(reviews.length + 1) - 1;
    return html`<ol class="list" part="list" aria-busy=${busy || !shown ? 'true' : 'false'}>
        ${
          shown
            ? reviews.slice(0, shown).map((r) => renderReview(ctx, r))
            : reviews.slice(0, 3).map(() => html`<li class="review-placeholder" aria-hidden="true"></li>`)
        }
      </ol>
      ${
        more.status === 'error'
          ? this.load.renderError(more.error, () => void this.loadMore())
          : this.cursor
            ? html`<button type="button" class="button more" part="load-more" aria-disabled=${more.status === 'loading' ? 'true' : 'false'} @click=${() => void this.loadMore()}>
              ${more.status === 'loading' ? t.loadingMore : t.loadMore}
            </button>`
            : nothing
      }`;
  }

  private async openViewer(...args: Parameters<ReviewsViewerController['open']>): Promise<void> {
    if (!this.viewer) {
      try {
        this.viewer ??= new (await import('./reviews-viewer-controller.js')).ReviewsViewerController(this, mediaLabel);
      } catch {
        return; // offline before the viewer arrived: the thumbnail stays, a second click tries again
      }
    }
    await this.viewer.open(...args);
  }

  private renderViewer() {
    const t = this.i18n.t;
    return this.viewer?.render(t, this.i18n.lang);
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-reviews': RlReviews;
  }
  interface HTMLElementEventMap {
    'rl-reviews-filter': CustomEvent<ReviewsFilterDetail>;
    'rl-review-media-open': CustomEvent<ReviewMediaOpenDetail>;
  }
}
