/**
 * The inbox's views: the view switch with counts, the filters, the list with bulk approval and
 * paging, and each review with a decision for its text and for every photo or video.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber } from '../../core/format.js';
import { renderStars } from '../../core/stars.js';
import type { InboxMedia, InboxPage, InboxReview, ModerationReason, ReplyTemplate } from '../../domain/merchant.js';
import { mentionsConcern, moderationReasons } from '../../domain/merchant-logic.js';
import type { InboxActions, InboxWords } from './review-inbox-actions.js';
import { renderComposer } from './review-inbox-composer.js';
import type { InboxEdits } from './review-inbox-edits.js';

export type Tab = 'pending' | 'unanswered' | 'answered';

/** What the views read from the element, and the few things they change there. */
export interface InboxView {
  t: InboxWords;
  lang: string;
  tab: Tab;
  productId: string;
  rating: number;
  hasMedia: string;
  offset: number;
  loading: boolean;
  edits: InboxEdits;
  actions: InboxActions;
  setTab(tab: Tab): void;
  /** Changes one filter and goes back to the first page. */
  filter(change: { productId?: string; rating?: number; hasMedia?: string }): void;
  page(direction: 1 | -1): void;
}

export function renderViews(v: InboxView, page: InboxPage): TemplateResult {
  const t = v.t;
  const n = (value: number) => formatNumber(value, v.lang);
  const views: [Tab, string][] = [
    ['pending', t.pending(n(page.counts.pending))],
    ['unanswered', t.unanswered(n(page.counts.unanswered))],
    ['answered', t.answered(n(page.counts.answered))],
  ];
  return html`<div class="views" part="views" role="group" aria-label=${t.views}>
    ${views.map(
      ([id, label]) =>
        html`<button type="button" class="button view" aria-pressed=${v.tab === id ? 'true' : 'false'} @click=${() => v.setTab(id)}>
          ${label}
        </button>`,
    )}
  </div>`;
}

export function renderFilters(v: InboxView, page: InboxPage): TemplateResult {
  const t = v.t;
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`<fieldset class="filters" part="filters">
    <legend>${t.filters}</legend>
    <label
      >${t.product}
      <select name="product" @change=${(e: Event) => v.filter({ productId: value(e) })}>
        <option value="">${t.allProducts}</option>
        ${page.products.map((p) => html`<option value=${p.id} ?selected=${p.id === v.productId}>${p.title}</option>`)}
      </select></label
    >
    <label
      >${t.rating}
      <select name="rating" @change=${(e: Event) => v.filter({ rating: Number(value(e)) })}>
        <option value="0">${t.anyRating}</option>
        ${[1, 2, 3, 4, 5].map((s) => html`<option value=${s} ?selected=${s === v.rating}>${t.stars(s)}</option>`)}
      </select></label
    >
    <label
      >${t.media}
      <select name="media" @change=${(e: Event) => v.filter({ hasMedia: value(e) })}>
        <option value="">${t.any}</option>
        <option value="yes" ?selected=${v.hasMedia === 'yes'}>${t.withMedia}</option>
        <option value="no" ?selected=${v.hasMedia === 'no'}>${t.withoutMedia}</option>
      </select></label
    >
  </fieldset>`;
}

export function renderList(v: InboxView, page: InboxPage, templates: ReplyTemplate[]): TemplateResult {
  const t = v.t;
  if (!page.reviews.length) return html`<p class="empty" part="list">${t.none}</p>`;
  const n = (value: number) => formatNumber(value, v.lang);
  const showing = t.showing(n(v.offset + 1), n(v.offset + page.reviews.length), n(page.total));
  const chosen = page.reviews.filter((r) => r.status === 'pending' && v.edits.selected.has(r.id)).map((r) => r.id);
  return html`${
    v.tab === 'pending'
      ? html`<div class="bulk">
          <button type="button" class="button" ?disabled=${!chosen.length || v.actions.busy} @click=${() => v.actions.bulkApprove(chosen)}>
            ${t.bulkApprove(chosen.length)}
          </button>
        </div>`
      : nothing
  }
    <ol class="list" part="list" aria-busy=${v.loading ? 'true' : 'false'}>
      ${page.reviews.map((r) => html`<li>${renderReview(v, r, templates)}</li>`)}
    </ol>
    <nav class="pager" part="pager" aria-label=${showing}>
      <button type="button" class="button" ?disabled=${v.offset === 0} @click=${() => v.page(-1)}>${t.previous}</button>
      <span>${showing}</span>
      <button type="button" class="button" ?disabled=${!page.nextCursor} @click=${() => v.page(1)}>${t.next}</button>
    </nav>`;
}

function renderReview(v: InboxView, r: InboxReview, templates: ReplyTemplate[]): TemplateResult {
  const t = v.t;
  const lang = v.lang;
  const headingId = `rv-${r.id}`;
  const waiting = r.status !== 'published' || r.media.some((m) => m.status !== 'published');
  return html`<article class="review" part="review" aria-labelledby=${headingId} lang=${r.lang}>
    <header>
      ${
        r.status === 'pending'
          ? html`<input
            type="checkbox"
            class="select"
            aria-label=${t.select(r.author)}
            .checked=${v.edits.selected.has(r.id)}
            @change=${(e: Event) => v.edits.toggle(r.id, (e.target as HTMLInputElement).checked)}
          />`
          : nothing
      }
      <h3 id=${headingId} lang=${lang}>
        ${renderStars(r.rating, t.starsOutOf(r.rating))}
        ${r.title ? html`<span lang=${r.lang} dir="auto">${r.title}</span>` : nothing}
      </h3>
      <p class="meta" lang=${lang}>
        ${t.by(r.author, formatDate(r.createdAt, lang))} · ${r.productTitle ?? r.productId}
        ${r.verifiedBuyer ? html`· <span>${t.verified}</span>` : nothing} · ${t.language(r.lang)}
        ${mentionsConcern(r) ? html`<span class="flag">${t.concern}</span>` : nothing}
      </p>
    </header>
    <p class="body" dir="auto">${r.body}</p>
    <div lang=${lang}>
      ${waiting ? renderDecision(v, r, undefined) : nothing}${r.media.map((m, i) => renderMedia(v, r, m, i))}
      ${r.status === 'published' ? renderComposer(v, r, templates) : nothing}
    </div>
  </article>`;
}

/** Approve/reject controls for the text (media undefined) or one photo/video. */
function renderDecision(v: InboxView, r: InboxReview, m: InboxMedia | undefined, label?: string): TemplateResult {
  const t = v.t;
  const busy = v.actions.busy;
  const key = m ? `${r.id}/${m.id}` : r.id;
  const status = m ? m.status : r.status;
  const reason = m ? m.reason : r.reason;
  const problem = v.edits.problems.get(key);
  const selectId = `reason-${key}`;
  return html`<div class="decision" role="group" aria-label=${label ?? t.text}>
    <span class="status status--${status}">${status === 'rejected' && reason ? t.rejectedFor(t.reason(reason)) : t.status(status)}</span>
    <button type="button" class="button" ?disabled=${busy || status === 'published'} @click=${() => v.actions.moderate(r, m, 'approve')}>
      ${t.approve}
    </button>
    <label for=${selectId} class="visually-hidden">${t.reasonLabel}</label>
    <select
      id=${selectId}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${problem ? `${selectId}-problem` : nothing}
      @change=${(e: Event) => v.edits.setReason(key, (e.target as HTMLSelectElement).value as ModerationReason)}
    >
      <option value="">${t.chooseReason}</option>
      ${moderationReasons.map((id) => html`<option value=${id} ?selected=${v.edits.reasons.get(key) === id}>${t.reason(id)}</option>`)}
    </select>
    <button type="button" class="button" ?disabled=${busy || status === 'rejected'} @click=${() => v.actions.moderate(r, m, 'reject')}>
      ${t.reject}
    </button>
    ${problem ? html`<p class="problem" id=${`${selectId}-problem`} role="alert">${problem}</p>` : nothing}
  </div>`;
}

function renderMedia(v: InboxView, r: InboxReview, m: InboxMedia, i: number): TemplateResult {
  const t = v.t;
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
    ${renderDecision(v, r, m, label)}
  </figure>`;
}
