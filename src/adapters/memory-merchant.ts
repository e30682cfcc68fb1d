/**
 * The merchant methods of the memory adapter: an inbox of reviews, replies, templates and a
 * fixed insights answer (filtered by product), for stories, tests and docs.
 */
import type { AcceptSuggestionResult, ReturnInsights } from '../domain/insights.js';
import type { InboxPage, InboxReview, ReplyTemplate } from '../domain/merchant.js';
import { defaultReplyTemplates, replyPriority } from '../domain/merchant-logic.js';
import type { Review } from '../domain/reviews.js';
import type { AdapterMethod, ReturnlessAdapter } from './adapter.js';
import { AdapterError } from './errors.js';

export interface MerchantMemoryData {
  /** Reviews as the merchant sees them (pending and published). */
  inbox?: InboxReview[];
  templates?: ReplyTemplate[];
  /** The insights answer; `products`, `variants`, `reasons`, `sizes` and `evidence` are filtered by `productId`. */
  insights?: ReturnInsights;
  /** Reviews per inbox page. Default 10. */
  inboxPageSize?: number;
}

/** Waiting for moderation: the text, or any photo or video. */
const waiting = (r: InboxReview) => r.status === 'pending' || r.media.some((m) => m.status === 'pending');

type Answer = <T>(method: AdapterMethod, signal: AbortSignal | undefined, produce: () => T) => Promise<T>;

export function memoryMerchant(data: MerchantMemoryData, shopperReviews: Review[], answer: Answer): ReturnlessAdapter {
  const inbox = new Map((data.inbox ?? []).map((r) => [r.id, structuredClone(r)]));
  const templates = new Map((data.templates ?? defaultReplyTemplates).map((t) => [t.id, t]));
  const accepted = new Set<string>();

  function find(id: string): InboxReview {
    const review = inbox.get(id);
    if (!review) throw new AdapterError('not_found', `No review ${id}.`);
    return review;
  }

  /** Mirrors the inbox into the shopper list: published text, published media, the reply. */
  function publish(review: InboxReview): InboxReview {
    const index = shopperReviews.findIndex((r) => r.id === review.id);
    if (index >= 0) shopperReviews.splice(index, 1);
    if (review.status === 'published') {
      const { lang: _lang, status: _status, reason: _reason, productTitle: _title, media, ...rest } = review;
      shopperReviews.unshift({
        ...rest,
        media: media
          .filter((m) => m.status === 'published')
          .map((m) => ({ id: m.id, kind: m.kind, url: m.url, thumbnailUrl: m.thumbnailUrl, alt: m.alt, status: 'published' as const })),
      } as Review);
    }
    return review;
  }

  return {
    listReviewInbox: (q, o) =>
      answer('listReviewInbox', o?.signal, (): InboxPage => {
        const all = [...inbox.values()];
        const list = all
          .filter((r) => (q.view === 'pending' ? waiting(r) : r.status === 'published'))
          .filter((r) => !q.productId || r.productId === q.productId)
          .filter((r) => !q.rating || r.rating === q.rating)
          .filter((r) => q.hasMedia === undefined || r.media.length > 0 === q.hasMedia)
          .filter((r) => q.answered === undefined || Boolean(r.reply) === q.answered)
          .sort(q.view === 'pending' ? (a, b) => a.createdAt.localeCompare(b.createdAt) : replyPriority);
        const size = q.limit ?? data.inboxPageSize ?? 10;
        const start = q.cursor ? Number(q.cursor) || 0 : 0;
        const published = all.filter((r) => r.status === 'published');
        const products = new Map(all.map((r) => [r.productId, r.productTitle ?? r.productId]));
        return {
          reviews: list.slice(start, start + size),
          nextCursor: start + size < list.length ? String(start + size) : null,
          total: list.length,
          counts: {
            pending: all.filter(waiting).length,
            unanswered: published.filter((r) => !r.reply).length,
            answered: published.filter((r) => r.reply).length,
          },
          products: [...products].map(([id, title]) => ({ id, title })),
        };
      }),
    moderateReview: (input, o) =>
      answer('moderateReview', o?.signal, () => {
        const review = find(input.reviewId);
        review.status = input.decision === 'approve' ? 'published' : 'rejected';
        if (input.decision === 'reject') review.reason = input.reason;
        else delete review.reason;
        return publish(review);
      }),
    moderateMedia: (input, o) =>
      answer('moderateMedia', o?.signal, () => {
        const review = find(input.reviewId);
        const media = review.media.find((m) => m.id === input.mediaId);
        if (!media) throw new AdapterError('not_found', `No media ${input.mediaId} on review ${input.reviewId}.`);
        media.status = input.decision === 'approve' ? 'published' : 'rejected';
        if (input.decision === 'reject') media.reason = input.reason;
        else delete media.reason;
        return publish(review);
      }),
    bulkApproveReviews: (input, o) =>
      answer('bulkApproveReviews', o?.signal, () => ({
        reviews: input.reviewIds.map((id) => {
          const review = find(id);
          if (review.status === 'pending') review.status = 'published';
          for (const m of review.media) if (m.status === 'pending') m.status = 'published';
          return publish(review);
        }),
      })),
    createReply: (input, o) =>
      answer('createReply', o?.signal, () => {
        const review = find(input.reviewId);
        if (review.status !== 'published') throw new AdapterError('rejected', 'Only published reviews can be answered.');
        review.reply = { body: input.body, createdAt: new Date().toISOString(), ...(input.author ? { author: input.author } : {}) };
        return publish(review);
      }),
    updateReply: (input, o) =>
      answer('updateReply', o?.signal, () => {
        const review = find(input.reviewId);
        if (!review.reply) throw new AdapterError('not_found', 'This review has no reply to edit.');
        review.reply = { ...review.reply, body: input.body, ...(input.author ? { author: input.author } : {}) };
        return publish(review);
      }),
    deleteReply: (input, o) =>
      answer('deleteReply', o?.signal, () => {
        const review = find(input.reviewId);
        delete review.reply;
        return publish(review);
      }),
    listReplyTemplates: (_q, o) => answer('listReplyTemplates', o?.signal, () => ({ templates: [...templates.values()] })),
    saveReplyTemplate: (template, o) =>
      answer('saveReplyTemplate', o?.signal, () => {
        templates.set(template.id, template);
        return template;
      }),
    getReturnInsights: (q, o) =>
      answer('getReturnInsights', o?.signal, (): ReturnInsights => {
        if (!data.insights) throw new AdapterError('not_found', 'No insights.');
        const i = data.insights;
        const keep = <T extends { productId: string }>(rows: T[]) => (q.productId ? rows.filter((r) => r.productId === q.productId) : rows);
        return {
          ...i,
          from: q.from,
          to: q.to,
          ...(q.productId ? { productId: q.productId } : {}),
          products: keep(i.products),
          variants: keep(i.variants),
          reasons: keep(i.reasons),
          sizes: keep(i.sizes),
          evidence: keep(i.evidence),
          suggestions: keep(i.suggestions).map((s) => ({ ...s, accepted: s.accepted || accepted.has(s.id) })),
        };
      }),
    acceptSuggestion: (input, o) =>
      answer('acceptSuggestion', o?.signal, (): AcceptSuggestionResult => {
        accepted.add(input.id);
        return { id: input.id, accepted: true };
      }),
  };
}
