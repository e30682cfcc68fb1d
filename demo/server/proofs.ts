/**
 * What a request must prove before the server says anything about an order, and where a
 * verified-buyer badge may come from. Every failed proof is the same `404` body.
 */
import type { Db } from './db.js';
import { ApiError } from './errors.js';
import type { OrderRow } from './rules.js';
import { emailHash, type Tokens } from './tokens.js';

/** The one answer for an unknown order, a wrong email or postcode, and an expired or forged token. */
export const noOrder = () => new ApiError(404, 'No order matches these details.');
export const noReturn = () => new ApiError(404, 'No return matches these details.');

/** The order a lookup token was issued for, while the token is valid and the order's email unchanged. */
export function orderFromToken(db: Db, tokens: Tokens, token: unknown, now = Date.now()): OrderRow | undefined {
  const claims = tokens.readLookup(token, now);
  if (!claims) return undefined;
  const order = db.prepare('SELECT * FROM orders WHERE id = ?').get(claims.orderId) as OrderRow | undefined;
  if (!order || emailHash(order.email) !== claims.emailHash) return undefined;
  return order;
}

/**
 * The order line that proves a review of `productId` comes from a buyer, or `undefined`:
 * a review invitation for that product, or a lookup token of an order with that product, in
 * both cases delivered and not yet used for another verified review. A typed email proves nothing.
 */
export function proofLine(
  db: Db,
  tokens: Tokens,
  input: { productId: string; invitation?: string | undefined; lookupToken?: string | undefined },
  now = Date.now(),
): string | undefined {
  const unused = (orderId: string, lineId: string | null) =>
    (
      db
        .prepare(
          `SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id
           WHERE o.id = ? AND l.product_id = ? AND (? IS NULL OR l.id = ?) AND o.delivered_at IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM review_proofs p WHERE p.line_id = l.id) ORDER BY l.position LIMIT 1`,
        )
        .get(orderId, input.productId, lineId, lineId) as { id: string } | undefined
    )?.id;
  if (input.invitation) {
    const claims = tokens.readInvitation(input.invitation, now);
    if (claims && claims.productId === input.productId) {
      const line = unused(claims.orderId, claims.lineId);
      if (line) return line;
    }
  }
  if (input.lookupToken) {
    const order = orderFromToken(db, tokens, input.lookupToken, now);
    if (order) return unused(order.id, null);
  }
  return undefined;
}

/** Invitations for every delivered line of an order (what the shop would email after delivery). */
export function invitationsFor(
  db: Db,
  tokens: Tokens,
  orderId: string,
  now = Date.now(),
): { lineId: string; productId: string; title: string; token: string }[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.product_id, l.title FROM order_lines l JOIN orders o ON o.id = l.order_id
       WHERE o.id = ? AND o.delivered_at IS NOT NULL ORDER BY l.position`,
    )
    .all(orderId) as { id: string; product_id: string; title: string }[];
  return rows.map((r) => ({
    lineId: r.id,
    productId: r.product_id,
    title: r.title,
    token: tokens.invitation({ orderId, lineId: r.id, productId: r.product_id }, now),
  }));
}
