/**
 * One review as shoppers read it (stars, title, author and date, text, fit, photos, the shop's
 * reply), and the pieces the summary shares with it: thumbnails, fit wording.
 * Plain template functions: the element passes what they need in a `ReviewsViewContext`.
 */
import { html, nothing } from 'lit';
import { formatNumber } from '../../core/format.js';
import { formatDay } from '../../core/format-plain.js';
import { renderStars } from '../../core/stars.js';
import type { TermTip } from '../../core/tooltip.js';
import { publicMedia, type ReviewMediaItem } from '../../domain/review-filters.js';
import type { Review } from '../../domain/reviews.js';
import type { FitVote } from '../../domain/size-chart.js';
import type { ReviewsMessages } from './reviews.messages.js';

const THUMB = 72;

export interface ReviewsViewContext {
  t: ReviewsMessages;
  lang: string;
  /** `aria-level` of a heading `offset` levels below the element's own. */
  level(offset: number): string;
  tips: TermTip;
  openViewer(gallery: ReviewMediaItem[], index: number, opener: HTMLElement): void;
}

export function fitLabel(t: ReviewsMessages, fit: FitVote): string {
  return { small: t.fitSmall, true: t.fitTrue, large: t.fitLarge }[fit];
}

/** The media's alt text, or the fallback ("Photo 2 from Mei L."); `n` is its number within its review. */
export function mediaLabel(t: ReviewsMessages, item: ReviewMediaItem, n: number): string {
  return item.media.alt?.trim() || (item.media.kind === 'video' ? t.videoOf(item.author, n) : t.photoOf(item.author, n));
}

/** A thumbnail button that opens `gallery` at `index` in the viewer. */
export function renderThumb(ctx: ReviewsViewContext, item: ReviewMediaItem, gallery: ReviewMediaItem[], index: number, n: number) {
  const m = item.media;
  const label = mediaLabel(ctx.t, item, n);
  const src = m.thumbnailUrl ?? (m.kind === 'image' ? m.url : undefined);
  return html`<button type="button" class="thumb" part="thumbnail" data-media=${m.id} @click=${(e: Event) => ctx.openViewer(gallery, index, e.currentTarget as HTMLElement)}>
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

/**
 * What shoppers and the shop wrote (title, name, text, reply) is `dir="auto"`: its direction is
 * its own first strong letter, so a Hebrew review on an English page, or an English one on an
 * Arabic page, reads and aligns as written (the element's own words follow the page).
 */
export function renderReview(ctx: ReviewsViewContext, r: Review) {
  const { t, lang } = ctx;
  const media = publicMedia(r);
  const gallery = media.map((m) => ({ reviewId: r.id, author: r.author, media: m }));
  return html`<li class="review" part="review" tabindex="-1" data-id=${r.id}>
    ${renderStars(r.rating, t.starsLabel(r.rating))}
    ${
      r.title
        ? html`<div class="title" part="review-title" role="heading" aria-level=${ctx.level(1)} lang=${r.lang ?? nothing} dir="auto">${r.title}</div>`
        : nothing
    }
    <p class="meta" part="review-meta">
      <span class="author" dir="auto">${r.author}</span>
      <time datetime=${r.createdAt}>${formatDay(r.createdAt, lang)}</time>
      ${r.verifiedBuyer ? renderVerified(ctx, r.id) : nothing}
    </p>
    <p class="body" part="review-body" lang=${r.lang ?? nothing} dir="auto">${r.body}</p>
    ${
      r.fit || r.size
        ? html`<p class="details">
          ${r.fit ? html`<span>${t.fitAnswer(fitLabel(t, r.fit))}</span>` : nothing}
          ${r.size ? html`<span>${t.sizeBought(r.size)}</span>` : nothing}
        </p>`
        : nothing
    }
    ${gallery.length ? html`<ul class="thumbs">${gallery.map((item, i) => html`<li>${renderThumb(ctx, item, gallery, i, i + 1)}</li>`)}</ul>` : nothing}
    ${r.helpfulCount ? html`<p class="helpful">${t.helpful(formatNumber(r.helpfulCount, lang))}</p>` : nothing}
    ${
      r.reply
        ? html`<div class="reply" part="reply" role="group" aria-labelledby=${`re-${r.id}`}>
          <p class="reply-label" id=${`re-${r.id}`}>
            <span>${r.reply.author ? t.shopReplyBy(r.reply.author) : t.shopReply}</span>
            <time datetime=${r.reply.createdAt}>${formatDay(r.reply.createdAt, lang)}</time>
          </p>
          <p class="body" lang=${r.reply.lang ?? nothing} dir="auto">${r.reply.body}</p>
        </div>`
        : nothing
    }
  </li>`;
}

function renderVerified(ctx: ReviewsViewContext, id: string) {
  const { t } = ctx;
  const label = html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 10.5l3 3 7-7" /></svg>${t.verified}`;
  return html`<span class="verified" part="verified">${ctx.tips.term(`v-${id}`, label, t.verifiedExplained)}</span>`;
}
