/** Return reasons, drafts, quotes, requests, confirmations and status. */
import * as z from 'zod/mini';
import { Email, Id, IsoDateTime, LocaleTag, Money, PlainText, SafeUrl } from './common.js';
import { LookupToken } from './orders.js';
import { RefundType, ReturnMethod } from './policy.js';
import { COMMENT_MAX } from './return-draft.js';

/** One reason in the tree; stable `id` handles (e.g. `too_small`, `damaged`). */
export interface ReturnReason {
  id: string;
  label: string;
  requiresPhoto?: boolean;
  requiresComment?: boolean;
  /** `size_small` / `size_large` reasons link to the size guide and suggest an exchange size. */
  kind?: 'size_small' | 'size_large' | 'damaged' | 'not_as_described' | 'changed_mind' | 'other';
  children?: ReturnReason[];
}

export const ReturnReason: z.ZodMiniType<ReturnReason> = z.object({
  id: Id,
  label: PlainText,
  requiresPhoto: z.optional(z.boolean()),
  requiresComment: z.optional(z.boolean()),
  kind: z.optional(z.enum(['size_small', 'size_large', 'damaged', 'not_as_described', 'changed_mind', 'other'])),
  get children() {
    return z.optional(z.array(ReturnReason));
  },
});

/** `locale`: the language the labels are wanted in (the element's, never the browser's). */
export const ReturnReasonsQuery = z.object({ productId: z.optional(Id), locale: z.optional(LocaleTag) });
export type ReturnReasonsQuery = z.infer<typeof ReturnReasonsQuery>;
export const ReturnReasons = z.object({ reasons: z.array(ReturnReason) });
export type ReturnReasons = z.infer<typeof ReturnReasons>;

export const ReturnLineDraft = z.object({
  lineId: Id,
  quantity: z.int().check(z.gte(1)),
  reasonId: Id,
  comment: z.optional(PlainText.check(z.maxLength(COMMENT_MAX))),
  mediaIds: z._default(z.array(Id), []),
  resolution: RefundType,
  /** Variant wanted in exchange. */
  exchangeVariantId: z.optional(Id),
});
export type ReturnLineDraft = z.infer<typeof ReturnLineDraft>;

export const ReturnDraft = z.object({
  orderId: Id,
  lines: z.array(ReturnLineDraft).check(z.minLength(1)),
  method: z.optional(ReturnMethod),
  /** The order's `lookupToken`: proof that the shopper looked the order up (backends may require it). */
  lookupToken: z.optional(LookupToken),
  /** Language for the texts the backend answers with (instructions, labels). */
  locale: z.optional(LocaleTag),
});
export type ReturnDraft = z.infer<typeof ReturnDraft>;

export const ReturnQuote = z.object({
  refund: Money,
  fees: Money,
  storeCredit: z.optional(Money),
  bonusCredit: z.optional(Money),
  total: Money,
});
export type ReturnQuote = z.infer<typeof ReturnQuote>;

export const ReturnRequest = z.object({
  ...ReturnDraft.shape,
  method: ReturnMethod,
  email: Email,
  /** Consent to receive the confirmation by email. */
  emailConsent: z.optional(z.boolean()),
  /** EU withdrawal (Directive 2023/2673, Art. 11a) rather than a regular return. */
  withdrawal: z.optional(z.boolean()),
});
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const ReturnStatusCode = z.enum(['requested', 'approved', 'in_transit', 'received', 'refunded', 'rejected', 'closed']);

export const ReturnConfirmation = z.object({
  id: Id,
  status: ReturnStatusCode,
  createdAt: IsoDateTime,
  instructions: z._default(z.array(z.object({ title: PlainText, text: PlainText })), []),
  /** One per parcel when items ship separately. */
  labels: z._default(
    z.array(
      z.object({
        lineIds: z.optional(z.array(Id)),
        labelUrl: z.optional(SafeUrl),
        /** Code to show as QR and as text at a drop-off point. */
        code: z.optional(PlainText),
      }),
    ),
    [],
  ),
  statusUrl: z.optional(SafeUrl),
  /** What the shopper gets (refund or credit, fees, total), as quoted when the return was created. */
  quote: z.optional(ReturnQuote),
  /** The parcel must be sent by this date (ISO date or date-time). */
  sendBy: z.optional(IsoDateTime),
});
export type ReturnConfirmation = z.infer<typeof ReturnConfirmation>;

/** A return's status: by its id plus the order's email, or plus a `lookupToken` of its order. */
export const ReturnStatusQuery = z.object({
  returnId: Id,
  email: z.optional(Email),
  lookupToken: z.optional(LookupToken),
  locale: z.optional(LocaleTag),
});
export type ReturnStatusQuery = z.infer<typeof ReturnStatusQuery>;

export const ReturnStatus = z.object({
  id: Id,
  status: ReturnStatusCode,
  timeline: z.array(z.object({ status: ReturnStatusCode, at: IsoDateTime, note: z.optional(PlainText) })),
});
export type ReturnStatus = z.infer<typeof ReturnStatus>;
