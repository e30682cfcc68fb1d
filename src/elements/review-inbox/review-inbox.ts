import { html, nothing, type TemplateResult } from 'lit';
import { RlElement } from '../../core/base-element.js';
import { buttonStyles } from '../../core/controls.styles.js';
import { LoadController } from '../../core/load-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { Announcer, panelStyles, renderPanel } from '../../core/merchant-panel.js';
import { skeletonStyles } from '../../core/skeleton.js';
import { starStyles } from '../../core/stars.js';
import { StoreController } from '../../core/store-controller.js';
import { InboxActions } from './review-inbox-actions.js';
import { InboxEdits } from './review-inbox-edits.js';
import type { ReplyChangedDetail, ReviewModeratedDetail } from './review-inbox-events.js';
import { renderFilters, renderList, renderViews, type InboxView, type Tab } from './review-inbox-views.js';
import { inboxMessages } from './review-inbox.messages.js';
import { inboxStyles } from './review-inbox.styles.js';

export type { ReplyChangedDetail, ReviewModeratedDetail } from './review-inbox-events.js';

type Remote = typeof import('./review-inbox-remote.js');

/**
 * The reviews that need the shop, for a merchant's admin page: reviews waiting for moderation
 * (the text and each photo or video approved or rejected on its own, a rejection always with a
 * reason from a fixed list), and published reviews without a reply, lowest ratings and
 * "not as described"/damage mentions first. A reply composer starts from editable templates
 * (refund, exchange, voucher, contact) in the reviewer's language and previews the reply exactly
 * as it appears under the review. Filters, bulk approve, counts, and paging that keeps its place
 * after every action.
 *
 * No action depends on the rating, and a reply never changes the review. Needs an adapter with the
 * merchant methods (`listReviewInbox` …); the reference server requires a merchant sign-in.
 *
 * @summary Moderation queue and public replies for the shop.
 * @tag rl-review-inbox
 *
 * @event {CustomEvent<ReviewModeratedDetail>} rl-review-moderated - The merchant approved or rejected a review or one photo.
 * @event {CustomEvent<ReplyChangedDetail>} rl-reply-changed - A reply was published, edited or deleted.
 *
 * @csspart views - The view switch (pending, needs a reply, answered).
 * @csspart filters - The filter bar.
 * @csspart list - The list of reviews.
 * @csspart review - One review.
 * @csspart stars - A review's rating, drawn as in `<rl-reviews>` (`role="img"`, "2 out of 5 stars"): empty stars are outlines in its `color`.
 * @csspart media - One photo or video with its own decision.
 * @csspart composer - The reply composer.
 * @csspart counter - Under the reply: its length against the 3,000 characters a reply takes.
 * @csspart preview - The reply preview, styled like `<rl-reviews>`' reply.
 * @csspart pager - Previous/next page.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 *
 * @cssprop [--rl-review-inbox-star-color=var(--rl-color-accent)] - Filled stars.
 */
export class RlReviewInbox extends RlElement {
  static override styles = [...RlElement.styles, buttonStyles, skeletonStyles, panelStyles, starStyles, inboxStyles];
  static override properties = {
    shopName: { attribute: 'shop-name' },
    pageSize: { attribute: 'page-size', type: Number },
    tab: { attribute: false },
    productId: { attribute: false },
    rating: { attribute: false },
    hasMedia: { attribute: false },
    offset: { attribute: false },
    version: { attribute: false },
  };

  /** Shop name for the `{shop}` placeholder of reply templates. */
  shopName = 'The shop';
  /** Reviews per page. */
  pageSize = 10;

  private tab: Tab = 'pending';
  private productId = '';
  private rating = 0;
  private hasMedia = '';
  private offset = 0;
  private version = 0;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, inboxMessages);
  private readonly announcer = new Announcer(this);
  /** Selections, reasons, drafts and problems (review-inbox-edits.ts). */
  private readonly edits = new InboxEdits(this);
  /** The writes (review-inbox-actions.ts). */
  private readonly actions = new InboxActions({
    element: this,
    edits: this.edits,
    announcer: this.announcer,
    adapter: () => this.store.adapter,
    remote: async () => (this.remote ??= await import('./review-inbox-remote.js')),
    words: () => this.i18n.t,
    shopName: () => this.shopName,
    reload: () => this.version++,
    focusReason: async (key) => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLSelectElement>(`[id="reason-${CSS.escape(key)}"]`)?.focus();
    },
    requestUpdate: () => this.requestUpdate(),
  });
  private remote?: Remote;

  private readonly load = new LoadController(
    this,
    () =>
      this.store.adapter
        ? ([this.store.adapter, this.tab, this.productId, this.rating, this.hasMedia, this.offset, this.version, this.pageSize] as const)
        : undefined,
    async ([adapter, tab, productId, rating, hasMedia, offset, , limit], signal) => {
      if (typeof adapter.listReviewInbox !== 'function') return undefined;
      this.remote ??= await import('./review-inbox-remote.js');
      const query = {
        view: tab === 'pending' ? ('pending' as const) : ('published' as const),
        ...(tab === 'pending' ? {} : { answered: tab === 'answered' }),
        ...(productId ? { productId } : {}),
        ...(rating ? { rating } : {}),
        ...(hasMedia ? { hasMedia: hasMedia === 'yes' } : {}),
        ...(offset ? { cursor: String(offset) } : {}),
        limit,
      };
      const result = await this.remote.loadInbox(adapter, query, signal);
      // A page emptied by the last action steps back instead of showing nothing.
      if (!result.page.reviews.length && offset > 0) queueMicrotask(() => (this.offset = Math.max(0, offset - limit)));
      return result;
    },
  );

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`<section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">${t.heading}</h2>
      ${
        this.store.adapter
          ? renderPanel(this.load, this.remote, this.i18n.core, t, ({ page, templates }) => {
              const v = this.view();
              return html`${renderViews(v, page)}${renderFilters(v, page)}${renderList(v, page, templates)}`;
            })
          : nothing
      }
      ${this.announcer.render()}
    </section>`;
  }

  private view(): InboxView {
    return {
      t: this.i18n.t,
      lang: this.i18n.lang,
      tab: this.tab,
      productId: this.productId,
      rating: this.rating,
      hasMedia: this.hasMedia,
      offset: this.offset,
      loading: this.load.status === 'loading',
      edits: this.edits,
      actions: this.actions,
      setTab: (tab) => {
        this.tab = tab;
        this.offset = 0;
        this.edits.clearSelection();
      },
      filter: (change) => {
        if (change.productId !== undefined) this.productId = change.productId;
        if (change.rating !== undefined) this.rating = change.rating;
        if (change.hasMedia !== undefined) this.hasMedia = change.hasMedia;
        this.offset = 0;
      },
      page: (direction) => {
        this.offset = Math.max(0, this.offset + direction * this.pageSize);
        this.edits.clearSelection();
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-review-inbox': RlReviewInbox;
  }
  interface HTMLElementEventMap {
    'rl-review-moderated': CustomEvent<ReviewModeratedDetail>;
    'rl-reply-changed': CustomEvent<ReplyChangedDetail>;
  }
}
