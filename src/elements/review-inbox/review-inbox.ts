import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { RlElement } from '../../core/base-element.js';
import { buttonStyles } from '../../core/controls.styles.js';
import { emit } from '../../core/events.js';
import { formatDate, formatNumber } from '../../core/format.js';
import { LoadController } from '../../core/load-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { StoreController } from '../../core/store-controller.js';
import type { InboxMedia, InboxPage, InboxReview, ModerationReason, ReplyTemplate } from '../../domain/merchant.js';
import { fillTemplate, mentionsConcern, moderationReasons, replyLang } from '../../domain/merchant-logic.js';
import { inboxMessages, replyHeading } from './review-inbox.messages.js';
import { inboxStyles } from './review-inbox.styles.js';

/** `rl-review-moderated` detail: what the merchant decided. */
export interface ReviewModeratedDetail {
  reviewId: string;
  mediaId?: string;
  decision: 'approve' | 'reject';
  reason?: ModerationReason;
}
/** `rl-reply-changed` detail: a reply was published, edited or deleted. */
export interface ReplyChangedDetail {
  reviewId: string;
  action: 'created' | 'updated' | 'deleted';
}

type Tab = 'pending' | 'unanswered' | 'answered';
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
 * @csspart media - One photo or video with its own decision.
 * @csspart composer - The reply composer.
 * @csspart preview - The reply preview, styled like `<rl-reviews>`' reply.
 * @csspart pager - Previous/next page.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 */
export class RlReviewInbox extends RlElement {
  static override styles = [...RlElement.styles, buttonStyles, skeletonStyles, inboxStyles];

  /** Shop name for the `{shop}` placeholder of reply templates. */
  @property({ attribute: 'shop-name' }) shopName = 'The shop';
  /** Reviews per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  @state() private tab: Tab = 'pending';
  @state() private productId = '';
  @state() private rating = 0;
  @state() private hasMedia = '';
  @state() private offset = 0;
  @state() private version = 0;
  @state() private selected = new Set<string>();
  @state() private reasons = new Map<string, ModerationReason>();
  @state() private drafts = new Map<string, string>();
  @state() private chosen = new Map<string, string>();
  @state() private problems = new Map<string, string>();
  @state() private busy = false;
  @state() private announcement = '';

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, inboxMessages);
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
      ${this.renderBody()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (!this.store.adapter) return nothing;
    if (this.load.status === 'error')
      return this.remote
        ? this.remote.renderError(this.load.error, this.i18n.core, () => this.load.retry())
        : html`<p role="alert">${t.failed}</p>`;
    const value = this.load.value;
    if (this.load.status === 'ready' && !value) return html`<p part="error" role="alert">${t.unavailable}</p>`;
    if (!value) return renderSkeleton(this.i18n.core.loading, 4);
    return html`${this.renderViews(value.page)}${this.renderFilters(value.page)}${this.renderList(value.page, value.templates)}`;
  }

  private renderViews(page: InboxPage): TemplateResult {
    const t = this.i18n.t;
    const n = (v: number) => formatNumber(v, this.i18n.lang);
    const views: [Tab, string][] = [
      ['pending', t.pending(n(page.counts.pending))],
      ['unanswered', t.unanswered(n(page.counts.unanswered))],
      ['answered', t.answered(n(page.counts.answered))],
    ];
    return html`<div class="views" part="views" role="group" aria-label=${t.views}>
      ${views.map(
        ([id, label]) =>
          html`<button type="button" class="button view" aria-pressed=${this.tab === id ? 'true' : 'false'} @click=${() => this.setTab(id)}>
            ${label}
          </button>`,
      )}
    </div>`;
  }

  private renderFilters(page: InboxPage): TemplateResult {
    const t = this.i18n.t;
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      <label
        >${t.product}
        <select name="product" @change=${(e: Event) => this.setFilter(() => (this.productId = (e.target as HTMLSelectElement).value))}>
          <option value="">${t.allProducts}</option>
          ${page.products.map((p) => html`<option value=${p.id} ?selected=${p.id === this.productId}>${p.title}</option>`)}
        </select></label
      >
      <label
        >${t.rating}
        <select name="rating" @change=${(e: Event) => this.setFilter(() => (this.rating = Number((e.target as HTMLSelectElement).value)))}>
          <option value="0">${t.anyRating}</option>
          ${[1, 2, 3, 4, 5].map((s) => html`<option value=${s} ?selected=${s === this.rating}>${t.stars(s)}</option>`)}
        </select></label
      >
      <label
        >${t.media}
        <select name="media" @change=${(e: Event) => this.setFilter(() => (this.hasMedia = (e.target as HTMLSelectElement).value))}>
          <option value="">${t.any}</option>
          <option value="yes" ?selected=${this.hasMedia === 'yes'}>${t.withMedia}</option>
          <option value="no" ?selected=${this.hasMedia === 'no'}>${t.withoutMedia}</option>
        </select></label
      >
    </fieldset>`;
  }

  private renderList(page: InboxPage, templates: ReplyTemplate[]): TemplateResult {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    if (!page.reviews.length) return html`<p class="empty" part="list">${t.none}</p>`;
    const first = this.offset + 1;
    const last = this.offset + page.reviews.length;
    const pendingIds = page.reviews.filter((r) => r.status === 'pending').map((r) => r.id);
    const chosen = pendingIds.filter((id) => this.selected.has(id));
    return html`${
      this.tab === 'pending'
        ? html`<div class="bulk">
            <button type="button" class="button" ?disabled=${!chosen.length || this.busy} @click=${() => this.bulkApprove(chosen)}>
              ${t.bulkApprove(chosen.length)}
            </button>
          </div>`
        : nothing
    }
      <ol class="list" part="list" aria-busy=${this.load.status === 'loading' ? 'true' : 'false'}>
        ${page.reviews.map((r) => html`<li>${this.renderReview(r, templates)}</li>`)}
      </ol>
      <nav class="pager" part="pager" aria-label=${t.showing(formatNumber(first, lang), formatNumber(last, lang), formatNumber(page.total, lang))}>
        <button type="button" class="button" ?disabled=${this.offset === 0} @click=${() => this.page(-1)}>${t.previous}</button>
        <span>${t.showing(formatNumber(first, lang), formatNumber(last, lang), formatNumber(page.total, lang))}</span>
        <button type="button" class="button" ?disabled=${!page.nextCursor} @click=${() => this.page(1)}>${t.next}</button>
      </nav>`;
  }

  private renderReview(r: InboxReview, templates: ReplyTemplate[]): TemplateResult {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const headingId = `rv-${r.id}`;
    return html`<article class="review" part="review" aria-labelledby=${headingId} lang=${r.lang}>
      <header>
        ${
          r.status === 'pending'
            ? html`<input
              type="checkbox"
              class="select"
              aria-label=${t.select(r.author)}
              .checked=${this.selected.has(r.id)}
              @change=${(e: Event) => this.toggle(r.id, (e.target as HTMLInputElement).checked)}
            />`
            : nothing
        }
        <h3 id=${headingId} lang=${lang}>
          <span class="stars" role="img" aria-label=${t.starsOutOf(r.rating)}
            >${'★'.repeat(r.rating)}<span class="off">${'★'.repeat(5 - r.rating)}</span></span
          >
          ${r.title ? html`<span lang=${r.lang}>${r.title}</span>` : nothing}
        </h3>
        <p class="meta" lang=${lang}>
          ${t.by(r.author, formatDate(r.createdAt, lang))} · ${r.productTitle ?? r.productId}
          ${r.verifiedBuyer ? html`· <span>${t.verified}</span>` : nothing} · ${t.language(r.lang)}
          ${mentionsConcern(r) ? html`<span class="flag">${t.concern}</span>` : nothing}
        </p>
      </header>
      <p class="body">${r.body}</p>
      <div lang=${lang}>
        ${
          r.status !== 'published' || r.media.some((m) => m.status !== 'published')
            ? html`${this.renderDecision(r, undefined)}${r.media.map((m, i) => this.renderMedia(r, m, i))}`
            : r.media.map((m, i) => this.renderMedia(r, m, i))
        }
        ${r.status === 'published' ? this.renderComposer(r, templates) : nothing}
      </div>
    </article>`;
  }

  /** Approve/reject controls for the text (media undefined) or one photo/video. */
  private renderDecision(r: InboxReview, m: InboxMedia | undefined, label?: string): TemplateResult {
    const t = this.i18n.t;
    const key = m ? `${r.id}/${m.id}` : r.id;
    const status = m ? m.status : r.status;
    const reason = m ? m.reason : r.reason;
    const problem = this.problems.get(key);
    const selectId = `reason-${key}`;
    return html`<div class="decision" role="group" aria-label=${label ?? t.text}>
      <span class="status status--${status}">${status === 'rejected' && reason ? t.rejectedFor(t.reason(reason)) : t.status(status)}</span>
      <button type="button" class="button" ?disabled=${this.busy || status === 'published'} @click=${() => this.moderate(r, m, 'approve')}>
        ${t.approve}
      </button>
      <label for=${selectId} class="visually-hidden">${t.reasonLabel}</label>
      <select
        id=${selectId}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${selectId}-problem` : nothing}
        @change=${(e: Event) => this.setReason(key, (e.target as HTMLSelectElement).value as ModerationReason)}
      >
        <option value="">${t.chooseReason}</option>
        ${moderationReasons.map((id) => html`<option value=${id} ?selected=${this.reasons.get(key) === id}>${t.reason(id)}</option>`)}
      </select>
      <button type="button" class="button" ?disabled=${this.busy || status === 'rejected'} @click=${() => this.moderate(r, m, 'reject')}>
        ${t.reject}
      </button>
      ${problem ? html`<p class="problem" id=${`${selectId}-problem`} role="alert">${problem}</p>` : nothing}
    </div>`;
  }

  private renderMedia(r: InboxReview, m: InboxMedia, i: number): TemplateResult {
    const t = this.i18n.t;
    const label = m.kind === 'video' ? t.video(i + 1) : t.photo(i + 1);
    return html`<figure class="media" part="media">
      ${
        m.kind === 'image' && (m.thumbnailUrl ?? m.url)
          ? html`<img src=${(m.thumbnailUrl ?? m.url)!} alt=${m.alt ?? label} width="96" height="96" loading="lazy" />`
          : m.url
            ? html`<video src=${m.url} controls preload="metadata" width="160" aria-label=${m.alt ?? label}></video>`
            : nothing
      }
      <figcaption>${label}</figcaption>
      ${this.renderDecision(r, m, label)}
    </figure>`;
  }

  private renderComposer(r: InboxReview, templates: ReplyTemplate[]): TemplateResult {
    const t = this.i18n.t;
    const lang = replyLang(r.lang);
    const draft = this.drafts.get(r.id) ?? r.reply?.body ?? '';
    const problem = this.problems.get(`reply/${r.id}`);
    const templateId = this.chosen.get(r.id) ?? '';
    const ids = { template: `tpl-${r.id}`, text: `reply-${r.id}`, hint: `hint-${r.id}`, problem: `problem-${r.id}` };
    return html`<form class="composer" part="composer" @submit=${(e: Event) => (e.preventDefault(), this.saveReply(r))}>
      <h4>${t.reply}</h4>
      ${
        templates.length
          ? html`<label for=${ids.template}>${t.template}</label>
            <select id=${ids.template} @change=${(e: Event) => this.useTemplate(r, templates, (e.target as HTMLSelectElement).value)}>
              <option value="">${t.noTemplate}</option>
              ${templates.map(
                (tpl) => html`<option value=${tpl.id} ?selected=${tpl.id === templateId}>${t.offer(tpl.offer)} — ${tpl.name}</option>`,
              )}
            </select>`
          : nothing
      }
      <label for=${ids.text}>${t.replyText}</label>
      <textarea
        id=${ids.text}
        name="reply"
        rows="4"
        lang=${lang}
        maxlength="3000"
        aria-describedby=${problem ? `${ids.hint} ${ids.problem}` : ids.hint}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${draft}
        @input=${(e: Event) => this.setDraft(r.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id=${ids.hint}>${t.replyHint}</p>
      ${problem ? html`<p class="problem" id=${ids.problem} role="alert">${problem}</p>` : nothing}
      ${
        draft.trim()
          ? html`<p class="preview-label">${t.preview}</p>
            <div class="reply" part="preview" lang=${lang}>
              <p class="reply-label"><span>${replyHeading[lang]}</span></p>
              <p class="reply-body">${draft}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="button button--primary" ?disabled=${this.busy}>${r.reply ? t.saveEdit : t.publish}</button>
        ${r.reply ? html`<button type="button" class="button" ?disabled=${this.busy} @click=${() => this.deleteReply(r)}>${t.deleteReply}</button>` : nothing}
        ${
          templateId
            ? html`<button type="button" class="button" ?disabled=${this.busy} @click=${() => this.saveTemplate(r, templates)}>${t.saveTemplate}</button>`
            : nothing
        }
      </div>
    </form>`;
  }

  // ------------------------------------------------------------ actions

  private setTab(tab: Tab): void {
    this.tab = tab;
    this.offset = 0;
    this.selected = new Set();
  }

  private setFilter(apply: () => void): void {
    apply();
    this.offset = 0;
  }

  private page(direction: 1 | -1): void {
    this.offset = Math.max(0, this.offset + direction * this.pageSize);
    this.selected = new Set();
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private setReason(key: string, reason: ModerationReason | ''): void {
    const next = new Map(this.reasons);
    if (reason) next.set(key, reason);
    else next.delete(key);
    this.reasons = next;
    this.setProblem(key, undefined);
  }

  private setDraft(id: string, text: string): void {
    this.drafts = new Map(this.drafts).set(id, text);
    this.setProblem(`reply/${id}`, undefined);
  }

  private setProblem(key: string, message: string | undefined): void {
    const next = new Map(this.problems);
    if (message) next.set(key, message);
    else next.delete(key);
    this.problems = next;
  }

  private useTemplate(r: InboxReview, templates: ReplyTemplate[], id: string): void {
    this.chosen = new Map(this.chosen).set(r.id, id);
    const template = templates.find((x) => x.id === id);
    if (template)
      this.setDraft(
        r.id,
        fillTemplate(template, replyLang(r.lang), { name: r.author, product: r.productTitle ?? r.productId, shop: this.shopName }),
      );
  }

  /** Runs one write, then reloads the same page (the place is kept). */
  private async act(run: (adapter: ReturnlessAdapter, remote: Remote) => Promise<unknown>, done: string): Promise<boolean> {
    const adapter = this.store.adapter;
    if (!adapter || this.busy) return false;
    this.busy = true;
    try {
      this.remote ??= await import('./review-inbox-remote.js');
      await run(adapter, this.remote);
      this.announce(done);
      this.version++;
      return true;
    } catch {
      this.announce(this.i18n.t.failed);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private async moderate(r: InboxReview, m: InboxMedia | undefined, decision: 'approve' | 'reject'): Promise<void> {
    const key = m ? `${r.id}/${m.id}` : r.id;
    const reason = this.reasons.get(key);
    if (decision === 'reject' && !reason) {
      this.setProblem(key, this.i18n.t.reasonNeeded);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLSelectElement>(`[id="reason-${CSS.escape(key)}"]`)?.focus();
      return;
    }
    const detail: ReviewModeratedDetail = {
      reviewId: r.id,
      ...(m ? { mediaId: m.id } : {}),
      decision,
      ...(decision === 'reject' ? { reason } : {}),
    };
    const ok = await this.act(
      (adapter, remote) =>
        m ? remote.call(adapter, 'moderateMedia', { ...detail, mediaId: m.id }) : remote.call(adapter, 'moderateReview', detail),
      this.i18n.t.moderated,
    );
    if (ok) emit(this, 'rl-review-moderated', detail);
  }

  private async bulkApprove(ids: string[]): Promise<void> {
    const ok = await this.act(
      (adapter, remote) => remote.call(adapter, 'bulkApproveReviews', { reviewIds: ids }),
      this.i18n.t.approved(ids.length),
    );
    if (ok) {
      this.selected = new Set();
      for (const reviewId of ids) emit(this, 'rl-review-moderated', { reviewId, decision: 'approve' } satisfies ReviewModeratedDetail);
    }
  }

  private async saveReply(r: InboxReview): Promise<void> {
    const body = (this.drafts.get(r.id) ?? r.reply?.body ?? '').trim();
    if (!body) {
      this.setProblem(`reply/${r.id}`, this.i18n.t.empty);
      return;
    }
    const action = r.reply ? 'updated' : 'created';
    const ok = await this.act(
      (adapter, remote) => remote.call(adapter, r.reply ? 'updateReply' : 'createReply', { reviewId: r.id, body }),
      r.reply ? this.i18n.t.updated : this.i18n.t.published,
    );
    if (ok) {
      const drafts = new Map(this.drafts);
      drafts.delete(r.id);
      this.drafts = drafts;
      emit(this, 'rl-reply-changed', { reviewId: r.id, action } satisfies ReplyChangedDetail);
    }
  }

  private async deleteReply(r: InboxReview): Promise<void> {
    const ok = await this.act((adapter, remote) => remote.call(adapter, 'deleteReply', { reviewId: r.id }), this.i18n.t.deleted);
    if (ok) {
      const drafts = new Map(this.drafts);
      drafts.delete(r.id);
      this.drafts = drafts;
      emit(this, 'rl-reply-changed', { reviewId: r.id, action: 'deleted' } satisfies ReplyChangedDetail);
    }
  }

  private async saveTemplate(r: InboxReview, templates: ReplyTemplate[]): Promise<void> {
    const template = templates.find((x) => x.id === this.chosen.get(r.id));
    const body = this.drafts.get(r.id);
    if (!template || !body) return;
    // The wording is stored with placeholders again, so the template fits the next reviewer.
    const generic = body
      .split(r.author)
      .join('{name}')
      .split(r.productTitle ?? r.productId)
      .join('{product}')
      .split(this.shopName)
      .join('{shop}');
    const lang = replyLang(r.lang);
    await this.act(
      (adapter, remote) => remote.call(adapter, 'saveReplyTemplate', { ...template, bodies: { ...template.bodies, [lang]: generic } }),
      this.i18n.t.templateSaved,
    );
  }

  private announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
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
