import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleProps } from '../../core/style-props.js';
import { RlElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { formatDate, formatNumber, formatPercent } from '../../core/format.js';
import { resolveDir } from '../../core/i18n.js';
import { RunLoadController } from '../../core/run-load-controller.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { TermTip, termTipStyles } from '../../core/tooltip.js';
import { summariseFit } from '../../domain/fit.js';
import {
  appendReviews,
  collectMedia,
  filteredTotal,
  filterQuery,
  histogramRows,
  isFiltered,
  publicMedia,
  readFilter,
  sameFilter,
  writeFilter,
  type ReviewFilter,
  type ReviewMediaItem,
} from '../../domain/review-filters.js';
import type { Review, ReviewPage, ReviewSort } from '../../domain/reviews.js';
import type { FitVote } from '../../domain/size-chart.js';
import { reviewsMessages } from './reviews.messages.js';
import { reviewsStyles } from './reviews.styles.js';
import { buttonStyles } from '../../core/controls.styles.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { headingLevel } from '../../core/heading-level.js';

/** `rl-reviews-filter` detail: the filter now applied (also written to the URL). */
export type ReviewsFilterDetail = ReviewFilter;
/** `rl-review-media-open` detail: which review's photo or video was opened. */
export interface ReviewMediaOpenDetail {
  reviewId: string;
  mediaId: string;
}

const THUMB = 72;
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
 * @csspart stars - Star ratings (average and per review).
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
 * @cssprop [--rl-reviews-star-color=var(--rl-color-accent)] - Filled stars and histogram bars.
 * @cssprop [--rl-reviews-thumb-size=72px] - Thumbnail size.
 * @cssprop [--rl-reviews-reply-border=3px solid var(--rl-color-accent)] - The line attaching a reply to its review.
 */
export class RlReviews extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, termTipStyles, buttonStyles, skeletonStyles, reviewsStyles];

  /** The product whose reviews are shown. */
  @property({ attribute: 'product-id' }) productId?: string;

  /** Level (1–6) of the "Customer reviews" heading; review titles and "Customer photos" sit one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Emit `Product` JSON-LD with `AggregateRating` and the reviews on the page into `<head>`. Opt-in. */
  @property({ attribute: 'json-ld', type: Boolean }) jsonLd = false;

  /** `@id` of the page's own Product JSON-LD node, so search engines merge the ratings into it. */
  @property({ attribute: 'product-jsonld-id' }) productJsonLdId?: string;

  /** Product name for the JSON-LD, needed only without `product-jsonld-id`. */
  @property({ attribute: 'product-name' }) productName?: string;

  /** Distinguishes the URL parameters of two review lists on one page (`rl-reviews-<key>-rating`). */
  @property({ attribute: 'url-key' }) urlKey?: string;

  /** The filter in effect (read from the URL on connect). */
  @state() filter: ReviewFilter = { withMedia: false };

  @state() private extra: Review[] = [];
  @state() private cursor?: string | null;
  @state() private allMedia?: ReviewMediaItem[];
  @state() private viewer?: { items: ReviewMediaItem[]; index: number };
  @state() private announcement = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, reviewsMessages);
  /** The verified-buyer explanation (shared tooltip controller; @floating-ui loads on first open). */
  private readonly tips = new TermTip(this, { placement: 'top-start' });
  private readonly instanceId = `reviews-${++instances}`;
  private firstPage?: ReviewPage;
  private opener?: HTMLElement;
  private announceNextLoad = false;
  private jsonLdWritten = false;
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
    { module: () => import('./reviews-load.js'), styles: (remote) => [remote.viewerStyles], core: () => this.i18n.core },
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
    if (this.jsonLdWritten) this.load.module?.setJsonLd(this.instanceId, null);
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
    this.extra = appendReviews(this.extra, page.reviews);
    this.cursor = page.nextCursor;
    await this.updateComplete;
    const added = this.reviews.length - before;
    const first = this.renderRoot.querySelectorAll<HTMLElement>('.review')[before];
    first?.focus();
    this.announce(this.i18n.t.loadedMore(added));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const page = this.load.value;
    if (page && page !== this.firstPage) {
      // A new first page (new product or filter): later pages start over.
      this.firstPage = page;
      this.extra = [];
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
    const page = this.firstPage;
    // Rebuilt only when what it describes changed (not on every tooltip or viewer update).
    const inputs = [this.jsonLd, page, this.extra, this.load.status, this.productJsonLdId, this.productName];
    if (this.jsonLdInputs?.every((v, i) => v === inputs[i])) return;
    this.jsonLdInputs = inputs;
    const data =
      this.jsonLd && page && this.load.status === 'ready'
        ? this.load.module.reviewsJsonLd({
            summary: page.summary,
            reviews: this.reviews,
            productJsonLdId: this.productJsonLdId,
            productName: this.productName,
            baseUrl: location.href,
          })
        : undefined;
    this.jsonLdWritten = Boolean(data);
    this.load.module.setJsonLd(this.instanceId, data ?? null);
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
          : html`${this.renderSummary(page)} ${this.renderMediaStrip(page)} ${this.renderFilters(page)}
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

  private renderStars(rating: number, label: string) {
    return html`<span class="stars" part="stars" role="img" aria-label=${label}
      ><span aria-hidden="true">★★★★★</span
      ><span class="stars-fill" aria-hidden="true" ${styleProps({ inlineSize: `${(Math.max(0, Math.min(5, rating)) / 5) * 100}%` })}>★★★★★</span></span
    >`;
  }

  private renderSummary(page: ReviewPage) {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const s = page.summary;
    const average = formatNumber(s.average, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const fit = s.fit && summariseFit(s.fit);
    return html`<div class="summary" part="summary">
      <div class="overall">
        <span class="average" part="average" aria-hidden="true">${average}</span>
        <div>
          ${this.renderStars(s.average, t.averageOutOf(average))}
          <p class="count">${t.reviewCount(s.count, formatNumber(s.count, lang))}</p>
        </div>
      </div>
      ${
        fit
          ? html`<p class="fit" part="fit">${t.fitSummary(this.fitLabel(fit.tendency), formatPercent(fit.share, lang), formatNumber(fit.total, lang))}</p>`
          : nothing
      }
      <div class="histogram" part="histogram" role="group" aria-label=${t.histogramLabel}>
        ${histogramRows(s).map(
          (row) => html`<button
            type="button"
            class="row"
            part="histogram-row"
            aria-pressed=${this.filter.rating === row.rating ? 'true' : 'false'}
            ?disabled=${row.count === 0 && this.filter.rating !== row.rating}
            @click=${() => this.setFilter({ ...this.filter, rating: this.filter.rating === row.rating ? undefined : row.rating })}
          >
            <span class="row-label">${t.stars(row.rating)}</span>
            <span class="bar" aria-hidden="true"><span class="bar-fill" ${styleProps({ inlineSize: `${row.share * 100}%` })}></span></span>
            <span class="row-count">${formatPercent(row.share, lang)}<span class="visually-hidden">, ${t.countReviews(row.count, formatNumber(row.count, lang))}</span></span>
          </button>`,
        )}
      </div>
      ${this.renderWriteButton()}
    </div>`;
  }

  private fitLabel(fit: FitVote): string {
    const t = this.i18n.t;
    return { small: t.fitSmall, true: t.fitTrue, large: t.fitLarge }[fit];
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
        ${items.map((item, i) => html`<li>${this.renderThumb(item, items, i, i + 1)}</li>`)}
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

  /** `n` is the media's number within its review (for the fallback alt text). */
  private renderThumb(item: ReviewMediaItem, gallery: ReviewMediaItem[], index: number, n: number) {
    const m = item.media;
    const label = this.mediaLabel(item, n);
    const src = m.thumbnailUrl ?? (m.kind === 'image' ? m.url : undefined);
    return html`<button type="button" class="thumb" part="thumbnail" data-media=${m.id} @click=${(e: Event) => this.openViewer(gallery, index, e.currentTarget as HTMLElement)}>
      ${
        src
          ? html`<img src=${src} alt=${label} width=${THUMB} height=${THUMB} loading="lazy" decoding="async" />`
          : html`<span class="visually-hidden">${label}</span>`
      }
      ${
        m.kind === 'video'
          ? html`<svg class="play" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" /><path d="M10 8l6 4-6 4z" /></svg>`
          : nothing
      }
    </button>`;
  }

  private mediaLabel(item: ReviewMediaItem, n: number): string {
    const t = this.i18n.t;
    return item.media.alt?.trim() || (item.media.kind === 'video' ? t.videoOf(item.author, n) : t.photoOf(item.author, n));
  }

  private renderFilters(page: ReviewPage) {
    const t = this.i18n.t;
    const sorts = page.sorts ?? [];
    const names: Record<ReviewSort, string> = {
      newest: t.sortNewest,
      highest: t.sortHighest,
      lowest: t.sortLowest,
      helpful: t.sortHelpful,
    };
    const current = this.filter.sort && sorts.includes(this.filter.sort) ? this.filter.sort : sorts[0];
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filtersLabel}>
      <label class="check">
        <input
          type="checkbox"
          name="rl-reviews-media"
          .checked=${this.filter.withMedia}
          @change=${(e: Event) => this.setFilter({ ...this.filter, withMedia: (e.target as HTMLInputElement).checked })}
        />
        ${t.withMedia}
      </label>
      ${
        sorts.length > 1
          ? html`<label class="sort"
            >${t.sortLabel}
            <select name="rl-reviews-sort" @change=${(e: Event) => this.setFilter({ ...this.filter, sort: (e.target as HTMLSelectElement).value as ReviewSort })}>
              ${sorts.map((s) => html`<option value=${s} ?selected=${s === current}>${names[s]}</option>`)}
            </select></label
          >`
          : nothing
      }
      ${
        this.filter.rating
          ? html`<button type="button" class="link-button" @click=${() => this.setFilter({ ...this.filter, rating: undefined })}>
            ${t.onlyStars(this.filter.rating)} · ${t.clearRating}
          </button>`
          : nothing
      }
    </div>`;
  }

  private renderList(busy: boolean) {
    const t = this.i18n.t;
    const more = this.load.runState('more');
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
    return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
        ${reviews.map((r) => this.renderReview(r))}
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

  private renderReview(r: Review) {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const media = publicMedia(r);
    const gallery = media.map((m) => ({ reviewId: r.id, author: r.author, media: m }));
    return html`<li class="review" part="review" tabindex="-1" data-id=${r.id}>
      ${this.renderStars(r.rating, t.starsLabel(r.rating))}
      ${r.title ? html`<div class="title" part="review-title" role="heading" aria-level=${this.level(1)}>${r.title}</div>` : nothing}
      <p class="meta" part="review-meta">
        <span class="author">${r.author}</span>
        <time datetime=${r.createdAt}>${formatDate(r.createdAt, lang)}</time>
        ${r.verifiedBuyer ? this.renderVerified(r.id) : nothing}
      </p>
      <p class="body" part="review-body">${r.body}</p>
      ${
        r.fit || r.size
          ? html`<p class="details">
            ${r.fit ? html`<span>${t.fitAnswer(this.fitLabel(r.fit))}</span>` : nothing}
            ${r.size ? html`<span>${t.sizeBought(r.size)}</span>` : nothing}
          </p>`
          : nothing
      }
      ${gallery.length ? html`<ul class="thumbs">${gallery.map((item, i) => html`<li>${this.renderThumb(item, gallery, i, i + 1)}</li>`)}</ul>` : nothing}
      ${r.helpfulCount ? html`<p class="helpful">${t.helpful(formatNumber(r.helpfulCount, lang))}</p>` : nothing}
      ${
        r.reply
          ? html`<div class="reply" part="reply" role="group" aria-labelledby=${`re-${r.id}`}>
            <p class="reply-label" id=${`re-${r.id}`}>
              <span>${r.reply.author ? t.shopReplyBy(r.reply.author) : t.shopReply}</span>
              <time datetime=${r.reply.createdAt}>${formatDate(r.reply.createdAt, lang)}</time>
            </p>
            <p class="body">${r.reply.body}</p>
          </div>`
          : nothing
      }
    </li>`;
  }

  private renderVerified(id: string) {
    const t = this.i18n.t;
    const label = html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 10.5l3 3 7-7" /></svg>${t.verified}`;
    return html`<span class="verified" part="verified">${this.tips.term(`v-${id}`, label, t.verifiedExplained)}</span>`;
  }

  // ——— the media viewer ———

  private async openViewer(items: ReviewMediaItem[], index: number, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.viewer = { items, index };
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    const item = items[index]!;
    emit<ReviewMediaOpenDetail>(this, 'rl-review-media-open', { reviewId: item.reviewId, mediaId: item.media.id });
  }

  /** Moves the viewer by `step` (wrapping). */
  private step(step: number): void {
    const v = this.viewer;
    if (!v || v.items.length < 2) return;
    this.viewer = { items: v.items, index: (v.index + step + v.items.length) % v.items.length };
  }

  private onViewerKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    // A focused video keeps its own arrow keys (seeking).
    if ((e.composedPath()[0] as Element).localName === 'video') return;
    e.preventDefault();
    const forward = e.key === 'ArrowRight' ? 1 : -1;
    this.step(resolveDir(this) === 'rtl' ? -forward : forward);
  };

  private onViewerClose = (): void => {
    this.viewer = undefined;
    this.opener?.focus();
    this.opener = undefined;
  };

  private renderViewer() {
    const v = this.viewer;
    const item = v?.items[v.index];
    return this.load.module?.renderViewer(this.i18n.t, v, item ? this.mediaLabel(item, v!.index + 1) : '', {
      keydown: this.onViewerKeydown,
      closed: this.onViewerClose,
      close: () => this.dialog?.close(),
      step: (n) => this.step(n),
    });
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
