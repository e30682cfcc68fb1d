/** Orders as the return form sees them. */
import * as z from 'zod/mini';
import { CurrencyCode, Email, Id, IsoDateTime, LocaleTag, Money, PlainText, SafeUrl } from './common.js';

/** An opaque lookup token (see `Order.lookupToken`); only its backend can read it. */
export const LookupToken = z.string().check(z.minLength(1), z.maxLength(2048));

export const OrderLine = z.object({
  id: Id,
  productId: Id,
  variantId: z.optional(Id),
  title: PlainText,
  variantTitle: z.optional(PlainText),
  /** Size id of this variant in the product's size chart, when sized. */
  size: z.optional(PlainText),
  image: z.optional(z.object({ url: SafeUrl, alt: z.optional(PlainText) })),
  quantity: z.int().check(z.gte(1)),
  /** How many of this line can still be returned (quantity minus returned or in-progress). */
  returnableQuantity: z.int().check(z.gte(0)),
  /** Why the line (or part of it) cannot be returned, as a handle the element words. */
  notReturnableReason: z.optional(z.enum(['final_sale', 'window_closed', 'already_returned', 'not_delivered', 'not_permitted', 'other'])),
  unitPrice: Money,
  tags: z._default(z.array(PlainText), []),
  category: z.optional(PlainText),
  deliveredAt: z.optional(IsoDateTime),
  /**
   * Variants this line can be exchanged for, with stock, when the backend offers exchanges.
   * `size` is the size id in the product's size chart (links the size-guide suggestion).
   */
  exchangeOptions: z.optional(
    z.array(
      z.object({
        variantId: Id,
        label: PlainText,
        size: z.optional(PlainText),
        /** Units in stock; 0 = sold out (shown, not selectable). Absent = not tracked. */
        stock: z.optional(z.int().check(z.gte(0))),
      }),
    ),
  ),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const Order = z.object({
  id: Id,
  orderNumber: PlainText,
  placedAt: IsoDateTime,
  deliveredAt: z.optional(IsoDateTime),
  currency: CurrencyCode,
  lines: z.array(OrderLine),
  email: z.optional(Email),
  /**
   * Proof of a successful lookup: an opaque, signed, expiring token the backend issues with the
   * order. `quoteReturn`, `createReturn`, return-photo uploads and `getReturnStatus` send it back.
   */
  lookupToken: z.optional(LookupToken),
});
export type Order = z.infer<typeof Order>;

export const OrderLookup = z.object({
  orderNumber: PlainText.check(z.minLength(1), z.maxLength(64)),
  email: z.optional(Email),
  postalCode: z.optional(PlainText.check(z.minLength(2), z.maxLength(16))),
  /** A signed-in theme may pass a token instead of email/postcode (the reference backend accepts its own lookup token). */
  token: z.optional(z.string().check(z.maxLength(2048))),
  /** Language for texts in the answer (exchange labels such as "Size EU 43"). */
  locale: z.optional(LocaleTag),
});
export type OrderLookup = z.infer<typeof OrderLookup>;
