/**
 * The shop's business rules. The calculations (`lineEligibility`, `computeQuote`) are pure
 * functions of their arguments; the helpers below them read the database.
 */
import type { Order, OrderLine } from '../../src/domain/orders.js';
import type { ReturnPolicy, ReturnPolicyInput, ReturnMethod, RefundType } from '../../src/domain/policy.js';
import type { ReturnConfirmation, ReturnDraft, ReturnQuote, ReturnReason, ReturnStatus } from '../../src/domain/returns.js';
import type { Db } from './db.js';
import { ApiError } from './errors.js';
import { API_BASE } from './store.js';
import type { Lang } from './seed-data.js';
import { tFor } from './seed-data.js';

const DAY = 86_400_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

export interface ProductFacts {
  id: string;
  tags: string[];
  category: string;
}

export type NotReturnable = NonNullable<OrderLine['notReturnableReason']>;

/** Which exception of the policy (if any) covers a product. */
export function exceptionFor(policy: Pick<ReturnPolicy, 'exceptions'> | ReturnPolicyInput, product: ProductFacts) {
  return (policy.exceptions ?? []).find(
    (e) =>
      e.match.productIds?.includes(product.id) ||
      e.match.tags?.some((t) => product.tags.includes(t)) ||
      e.match.categories?.includes(product.category),
  );
}

/**
 * The policy as the answer about one product: the exception that covers it (by tag or category,
 * which the page need not know) names the product too, so `<rl-return-policy product-id>` says
 * what the return form will do ("final sale") without `product-tags` on the page.
 */
export function policyForProduct(policy: ReturnPolicyInput, product: ProductFacts): ReturnPolicyInput {
  const covering = exceptionFor(policy, product);
  if (!covering) return policy;
  const exceptions = (policy.exceptions ?? []).map((e) =>
    e === covering ? { ...e, match: { ...e.match, productIds: [...(e.match.productIds ?? []), product.id] } } : e,
  );
  return { ...policy, exceptions };
}

/**
 * How many units of a line can still be returned at `now`, and why not when none can.
 * Pure: (policy, product, line facts, units already returned, now).
 */
export function lineEligibility(
  policy: ReturnPolicyInput,
  product: ProductFacts,
  line: { quantity: number; deliveredAt?: string | null },
  returnedQuantity: number,
  now: number,
): { returnableQuantity: number; notReturnableReason?: NotReturnable; deadline?: string } {
  const left = Math.max(0, line.quantity - returnedQuantity);
  const exception = exceptionFor(policy, product);
  if (policy.category === 'MerchantReturnNotPermitted') return { returnableQuantity: 0, notReturnableReason: 'not_permitted' };
  if (exception && (exception.rule?.kind ?? 'not_returnable') === 'not_returnable') {
    return { returnableQuantity: 0, notReturnableReason: exception.kind === 'final_sale' ? 'final_sale' : 'not_permitted' };
  }
  if (!line.deliveredAt) return { returnableQuantity: 0, notReturnableReason: 'not_delivered' };
  let deadline: string | undefined;
  if (policy.category === 'MerchantReturnFiniteReturnWindow') {
    const days = exception?.rule?.kind === 'window' ? exception.rule.days : (policy.days ?? 0);
    const end = Date.parse(line.deliveredAt) + days * DAY;
    deadline = new Date(end).toISOString();
    if (now > end) return { returnableQuantity: 0, notReturnableReason: 'window_closed', deadline };
  }
  if (left === 0) return { returnableQuantity: 0, notReturnableReason: 'already_returned', deadline };
  return { returnableQuantity: left, deadline };
}

export interface QuoteLine {
  unitPrice: number;
  quantity: number;
  reasonId: string;
  resolution: RefundType;
}

/**
 * Refund, fees, store credit and bonus for a set of lines under a policy. Exchanges are
 * neither refunded nor charged. One fee per return. `total` = refund + credit + bonus − fees
 * (never below zero).
 */
export function computeQuote(policy: ReturnPolicyInput, lines: QuoteLine[], currency: string): ReturnQuote {
  let refund = 0;
  let credit = 0;
  for (const l of lines) {
    const value = l.unitPrice * l.quantity;
    if (l.resolution === 'refund') refund += value;
    else if (l.resolution === 'store_credit') credit += value;
  }
  const paid = lines.filter((l) => l.resolution !== 'exchange');
  const fee = policy.fee ?? { kind: 'free' };
  let fees = 0;
  if (paid.length) {
    if (fee.kind === 'flat') fees = fee.amount.amount;
    else if (fee.kind === 'restocking') fees = ((refund + credit) * fee.percent) / 100;
    else if (fee.kind === 'free_for_reasons' && paid.some((l) => !fee.reasons.includes(l.reasonId))) fees = fee.otherwise.amount;
  }
  const bonus = credit * ((policy.storeCreditBonusPercent ?? 0) / 100);
  const money = (amount: number) => ({ amount: round2(Math.max(0, amount)), currency });
  const quote: ReturnQuote = { refund: money(refund), fees: money(fees), total: money(refund + credit + bonus - fees) };
  if (credit > 0) quote.storeCredit = money(credit);
  if (bonus > 0) quote.bonusCredit = money(bonus);
  return quote;
}

/** Walks a reason tree and returns the leaf with this id. */
export function findReason(tree: ReturnReason[], id: string): ReturnReason | undefined {
  for (const r of tree) {
    if (r.id === id) return r;
    const inner = r.children && findReason(r.children, id);
    if (inner) return inner;
  }
  return undefined;
}

// ---------------------------------------------------------------- database helpers

export function normaliseLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/**
 * The policy in `lang`, with its countries' names in that language (`countryNames`): the server's
 * Intl names them, so a shopper's browser loads no ICU data for them.
 */
export function loadPolicy(db: Db, lang: Lang): ReturnPolicyInput {
  const row = db.prepare('SELECT data FROM policies WHERE locale = ?').get(lang) as { data: string } | undefined;
  const policy = JSON.parse(row!.data) as ReturnPolicyInput;
  const names = regionNames.get(lang) ?? regionNames.set(lang, new Intl.DisplayNames(lang, { type: 'region' })).get(lang)!;
  const codes = policy.returnCountry ? [...policy.countries, policy.returnCountry] : policy.countries;
  return { ...policy, countryNames: Object.fromEntries(codes.map((code) => [code, names.of(code) ?? code])) };
}

export function loadReasons(db: Db, lang: Lang, sized: boolean): ReturnReason[] {
  const row = db.prepare('SELECT data FROM reasons WHERE locale = ?').get(lang) as { data: string };
  const data = JSON.parse(row.data) as { sized: ReturnReason[]; unsized: ReturnReason[] };
  return sized ? data.sized : data.unsized;
}

export interface OrderRow {
  id: string;
  number: string;
  email: string;
  postal_code: string;
  country: string;
  placed_at: string;
  delivered_at: string | null;
  currency: string;
}

interface LineRow {
  id: string;
  order_id: string;
  product_id: string;
  variant_id: string | null;
  title: string;
  title_zh: string;
  variant_title: string | null;
  size: string | null;
  quantity: number;
  unit_price: number;
  tags: string;
  category: string;
  chart_id: string | null;
  image_id: string | null;
}

export function orderLines(db: Db, orderId: string): LineRow[] {
  return db
    .prepare(
      `SELECT l.*, p.title_zh, p.tags, p.category, p.chart_id, p.image_id FROM order_lines l
       JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.position`,
    )
    .all(orderId) as LineRow[];
}

/** Units of a line in returns that are not rejected or closed. */
export function returnedQuantity(db: Db, lineId: string): number {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(rl.quantity), 0) AS n FROM return_lines rl JOIN returns r ON r.id = rl.return_id
       WHERE rl.line_id = ? AND r.status NOT IN ('rejected', 'closed')`,
    )
    .get(lineId) as { n: number };
  return row.n;
}

export function orderView(db: Db, order: OrderRow, lang: Lang, now: number): Order {
  const policy = loadPolicy(db, lang);
  const t = tFor(lang);
  return {
    id: order.id,
    orderNumber: order.number,
    placedAt: order.placed_at,
    ...(order.delivered_at ? { deliveredAt: order.delivered_at } : {}),
    currency: order.currency,
    email: order.email,
    lines: orderLines(db, order.id).map((l) => {
      const tags = JSON.parse(l.tags) as string[];
      const e = lineEligibility(
        policy,
        { id: l.product_id, tags, category: l.category },
        { quantity: l.quantity, deliveredAt: order.delivered_at },
        returnedQuantity(db, l.id),
        now,
      );
      const title = lang === 'zh-CN' ? l.title_zh : l.title;
      const line: OrderLine = {
        id: l.id,
        productId: l.product_id,
        title,
        quantity: l.quantity,
        returnableQuantity: e.returnableQuantity,
        unitPrice: { amount: l.unit_price, currency: order.currency },
        tags,
        category: l.category,
      };
      if (l.variant_id) line.variantId = l.variant_id;
      if (l.size) {
        line.size = l.size;
        line.variantTitle = t(`Size ${l.size}`, `尺码 ${l.size}`);
      }
      if (l.chart_id && l.size) line.exchangeOptions = exchangeOptions(db, l.product_id, l.chart_id, l.size, t);
      if (l.image_id) line.image = { url: `${API_BASE}/media/files/${l.image_id}`, alt: title };
      if (e.notReturnableReason) line.notReturnableReason = e.notReturnableReason;
      if (order.delivered_at) line.deliveredAt = order.delivered_at;
      return line;
    }),
  };
}

/**
 * Checks a draft against the order and the policy; throws `ApiError` naming the field.
 * Returns the lines with their prices for the quote.
 */
export function checkDraft(
  db: Db,
  draft: ReturnDraft,
  lang: Lang,
  now: number,
  strict: boolean,
): { order: OrderRow; lines: (QuoteLine & { lineId: string })[] } {
  const order = db.prepare('SELECT * FROM orders WHERE id = ?').get(draft.orderId) as OrderRow | undefined;
  if (!order) throw new ApiError(404, 'No order with this id.', 'orderId');
  const policy = loadPolicy(db, lang);
  const rows = new Map(orderLines(db, order.id).map((l) => [l.id, l]));
  const seen = new Map<string, number>();
  if (draft.method && !policy.methods.includes(draft.method as ReturnMethod))
    throw new ApiError(422, `Return method "${draft.method}" is not offered.`, 'method');
  const lines = draft.lines.map((d, i) => {
    const row = rows.get(d.lineId);
    if (!row) throw new ApiError(422, `Line ${d.lineId} is not part of this order.`, `lines[${i}].lineId`);
    if (!policy.refundTypes.includes(d.resolution))
      throw new ApiError(422, `Resolution "${d.resolution}" is not offered.`, `lines[${i}].resolution`);
    const reason = findReason(loadReasons(db, lang, true), d.reasonId);
    if (!reason || reason.children?.length) throw new ApiError(422, `Unknown return reason "${d.reasonId}".`, `lines[${i}].reasonId`);
    if (strict) {
      if (reason.requiresPhoto && !d.mediaIds.length)
        throw new ApiError(422, 'This reason needs at least one photo.', `lines[${i}].mediaIds`);
      if (reason.requiresComment && !d.comment?.trim()) throw new ApiError(422, 'This reason needs a comment.', `lines[${i}].comment`);
      if (d.resolution === 'exchange' && !d.exchangeVariantId)
        throw new ApiError(422, 'Pick the variant you want in exchange.', `lines[${i}].exchangeVariantId`);
      if (d.resolution === 'exchange' && row.chart_id && row.size) {
        const sold = exchangeOptions(db, row.product_id, row.chart_id, row.size, (en) => en)?.find(
          (o) => o.variantId === d.exchangeVariantId && o.stock === 0,
        );
        if (sold) throw new ApiError(409, `${sold.label} is sold out; pick another variant.`, `lines[${i}].exchangeVariantId`);
      }
      d.mediaIds.forEach((id, k) => {
        const m = db.prepare('SELECT id, review_id, return_id FROM media WHERE id = ?').get(id) as
          { review_id: string | null; return_id: string | null } | undefined;
        if (!m || m.review_id || m.return_id)
          throw new ApiError(422, `Unknown or already used media id "${id}".`, `lines[${i}].mediaIds[${k}]`);
      });
    }
    const e = lineEligibility(
      policy,
      { id: row.product_id, tags: JSON.parse(row.tags) as string[], category: row.category },
      { quantity: row.quantity, deliveredAt: order.delivered_at },
      returnedQuantity(db, row.id) + (seen.get(row.id) ?? 0),
      now,
    );
    seen.set(row.id, (seen.get(row.id) ?? 0) + d.quantity);
    if (d.quantity > e.returnableQuantity) {
      const why = e.notReturnableReason ? ` (${e.notReturnableReason})` : '';
      throw new ApiError(
        409,
        `Line ${d.lineId} has ${e.returnableQuantity} returnable unit(s), ${d.quantity} requested${why}.`,
        `lines[${i}].quantity`,
      );
    }
    return { lineId: d.lineId, unitPrice: row.unit_price, quantity: d.quantity, reasonId: d.reasonId, resolution: d.resolution };
  });
  return { order, lines };
}

export function quoteFor(db: Db, draft: ReturnDraft, lang: Lang, now = Date.now()): ReturnQuote {
  const { order, lines } = checkDraft(db, draft, lang, now, false);
  return computeQuote(loadPolicy(db, lang), lines, order.currency);
}

/** `code` is the return's own readable code (readable-ids.ts), shown at the till and in the QR. */
export function confirmationFor(
  id: string,
  code: string,
  createdAt: string,
  lines: { lineId: string }[],
  method: ReturnMethod,
  lang: Lang,
): ReturnConfirmation {
  const t = tFor(lang);
  const instructions =
    method === 'in_store'
      ? [
          {
            title: t('Bring it to a store', '送到门店'),
            text: t('Show the code at the till. Refunds are issued on the spot.', '在收银台出示此代码，当场退款。'),
          },
        ]
      : method === 'drop_off'
        ? [
            {
              title: t('Drop it off', '投递'),
              text: t('Show the QR code at any partner drop-off point; no printer needed.', '在任一合作投递点出示二维码，无需打印。'),
            },
          ]
        : [
            {
              title: t('Pack the items', '打包商品'),
              text: t('Put the items in their original packaging if you still have it.', '如有原包装，请使用原包装。'),
            },
            {
              title: t('Attach the label', '贴上标签'),
              text: t(
                'Print the label and stick it on the parcel, or show the code at the post office.',
                '打印标签贴在包裹上，或在邮局出示代码。',
              ),
            },
          ];
  return {
    id,
    status: 'requested',
    createdAt,
    instructions,
    labels: [{ lineIds: lines.map((l) => l.lineId), code }],
    statusUrl: `/returns.html?return=${encodeURIComponent(id)}`,
  };
}

export function timelineFor(statuses: ReturnStatus['status'][], start: number): ReturnStatus['timeline'] {
  return statuses.map((status, i) => ({ status, at: new Date(start + i * DAY).toISOString() }));
}

/** The other sizes of a sized product, with stable demo stock ("only 2 left", "sold out"). */
function exchangeOptions(db: Db, productId: string, chartId: string, current: string, t: (en: string, zh: string) => string) {
  const row = db.prepare('SELECT data FROM size_charts WHERE id = ? AND locale = ?').get(chartId, 'en') as { data: string } | undefined;
  if (!row) return undefined;
  const sizes = (JSON.parse(row.data) as { sizes: { id: string; label: string }[] }).sizes;
  return sizes
    .filter((s) => s.id !== current && s.label !== current)
    .map((s) => ({
      variantId: `${productId}-${s.id}`.toLowerCase(),
      label: t(`Size ${s.label}`, `尺码 ${s.label}`),
      size: s.id,
      // Demo stock: the largest size is sold out, the others have 1 to 7 left.
      stock: s.id === sizes.at(-1)?.id ? 0 : 1 + (demoStock(`${productId}:${s.id}`) % 7),
    }));
}

function demoStock(key: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return (h >>> 16) % 8; // the high bits mix better for keys that differ only at the end
}
