/**
 * Return insights in SQL: every sum and count is aggregated by SQLite, over daily rollups of
 * order_lines, return_lines and returns that triggers keep current (admin-db.ts), and over
 * reviews. JavaScript only receives the grouped rows (one per product/variant/reason/size) and
 * derives rates and suggestions from them with the pure functions of src/domain/insights.ts.
 *
 * Period semantics: units SOLD in orders placed within [from, to] (whole days, UTC), and the
 * returns of exactly those units, so a rate never exceeds 100 %. The previous period is the same
 * number of days just before.
 */
/// <reference types="node" />
import { previousPeriod, returnRate, suggest, type InsightsQuery, type RateRow, type ReturnInsights } from '../../src/domain/insights.js';
import type { ReturnReason } from '../../src/domain/returns.js';
import { ensureAdminSchema } from './admin-db.js';
import type { Db } from './db.js';
import { loadReasons, normaliseLang } from './rules.js';
import { API_BASE } from './store.js';

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function returnInsights(db: Db, q: InsightsQuery, locale: string | undefined): ReturnInsights {
  ensureAdminSchema(db);
  const lang = normaliseLang(locale);
  const prev = previousPeriod(q.from, q.to);
  const p = { from: q.from, end: nextDay(q.to), prevFrom: prev.from, product: q.productId ?? null };

  const catalog = db.prepare(`SELECT id, ${lang === 'zh-CN' ? 'title_zh' : 'title'} AS title FROM products ORDER BY title`).all() as {
    id: string;
    title: string;
  }[];
  const titles = new Map(catalog.map((c) => [c.id, c.title]));

  // Sold and returned units per variant/size (rollup of order_lines and return_lines by order day).
  const variantRows = (
    db
      .prepare(
        `SELECT product_id AS productId, variant_id AS variantId, size, SUM(sold) AS sold, SUM(returned) AS returned
         FROM insight_sales WHERE day >= :from AND day < :end AND (:product IS NULL OR product_id = :product)
         GROUP BY product_id, variant_id, size ORDER BY product_id, variant_id`,
      )
      .all(p) as { productId: string; variantId: string; size: string; sold: number; returned: number }[]
  ).map((v) => ({ ...v, variantId: v.variantId || null, size: v.size || null }));

  const variants: RateRow[] = variantRows.map((v) => ({
    ...v,
    title: titles.get(v.productId) ?? v.productId,
    rate: returnRate(v.returned, v.sold),
  }));
  const perProduct = new Map<string, { sold: number; returned: number }>();
  for (const v of variantRows) {
    const sum = perProduct.get(v.productId) ?? { sold: 0, returned: 0 };
    sum.sold += v.sold;
    sum.returned += v.returned;
    perProduct.set(v.productId, sum);
  }
  // Products with no sales are listed too, with no rate.
  const products: RateRow[] = catalog
    .filter((c) => !q.productId || c.id === q.productId)
    .map((c) => {
      const s = perProduct.get(c.id) ?? { sold: 0, returned: 0 };
      return { productId: c.id, title: c.title, sold: s.sold, returned: s.returned, rate: returnRate(s.returned, s.sold) };
    })
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.title.localeCompare(b.title));

  // Reasons per product and carrier, this period and the previous one, in one pass.
  const reasons = (
    db
      .prepare(
        `SELECT product_id AS productId, reason_id AS reasonId, carrier,
                SUM(CASE WHEN day >= :from THEN units ELSE 0 END) AS count,
                SUM(CASE WHEN day < :from THEN units ELSE 0 END) AS previous
         FROM insight_returns WHERE day >= :prevFrom AND day < :end AND (:product IS NULL OR product_id = :product)
         GROUP BY product_id, reason_id, carrier`,
      )
      .all(p) as { productId: string; reasonId: string; carrier: string; count: number; previous: number }[]
  )
    .filter((r) => r.count > 0 || r.previous > 0)
    .map((r) => ({ ...r, carrier: r.carrier || null }));

  // Size returns per size, and the fit votes reviewers gave for that size in the period.
  const sizeRows = db
    .prepare(
      `SELECT product_id AS productId, size,
              SUM(CASE WHEN reason_id = 'too_small' THEN units ELSE 0 END) AS tooSmall,
              SUM(CASE WHEN reason_id = 'too_large' THEN units ELSE 0 END) AS tooLarge
       FROM insight_returns
       WHERE day >= :from AND day < :end AND size != '' AND reason_id IN ('too_small', 'too_large') AND (:product IS NULL OR product_id = :product)
       GROUP BY product_id, size`,
    )
    .all(p) as { productId: string; size: string; tooSmall: number; tooLarge: number }[];
  const fitRows = db
    .prepare(
      `SELECT product_id AS productId, size,
              SUM(fit = 'small') AS small, SUM(fit = 'true') AS "true", SUM(fit = 'large') AS large
       FROM reviews
       WHERE status = 'published' AND created_at >= :from AND created_at < :end AND size IS NOT NULL AND fit IS NOT NULL
         AND (:product IS NULL OR product_id = :product)
       GROUP BY product_id, size`,
    )
    .all({ from: p.from, end: p.end, product: p.product }) as {
    productId: string;
    size: string;
    small: number;
    true: number;
    large: number;
  }[];
  const key = (productId: string, size: string) => `${productId}\u0000${size}`;
  const sold = new Map(variantRows.filter((v) => v.size).map((v) => [key(v.productId, v.size!), v.sold]));
  const fits = new Map(fitRows.map((f) => [key(f.productId, f.size), { small: f.small, true: f.true, large: f.large }]));
  const sizeKeys = new Map<string, { productId: string; size: string }>();
  for (const r of [...sizeRows, ...fitRows]) sizeKeys.set(key(r.productId, r.size), r);
  const returnsBySize = new Map(sizeRows.map((r) => [key(r.productId, r.size), r]));
  const sizes = [...sizeKeys.entries()]
    .map(([k, { productId, size }]) => ({
      productId,
      size,
      sold: sold.get(k) ?? 0,
      tooSmall: returnsBySize.get(k)?.tooSmall ?? 0,
      tooLarge: returnsBySize.get(k)?.tooLarge ?? 0,
      fit: fits.get(k) ?? { small: 0, true: 0, large: 0 },
    }))
    .sort((a, b) => a.productId.localeCompare(b.productId) || a.size.localeCompare(b.size, 'en', { numeric: true }));

  // The words and photos behind each reason: the latest few per reason.
  const comments = db
    .prepare(
      `SELECT reasonId, productId, comment, at FROM (
         SELECT reason_id AS reasonId, product_id AS productId, comment, at,
                ROW_NUMBER() OVER (PARTITION BY reason_id ORDER BY at DESC) AS n
         FROM insight_comments WHERE day >= :from AND day < :end AND (:product IS NULL OR product_id = :product))
       WHERE n <= 5`,
    )
    .all(p) as { reasonId: string; productId: string; comment: string; at: string }[];
  const photos = db
    .prepare(
      `SELECT rl.reason_id AS reasonId, l.product_id AS productId, m.id AS mediaId, r.created_at AS at
       FROM media m JOIN returns r ON r.id = m.return_id JOIN return_lines rl ON rl.return_id = r.id
       JOIN order_lines l ON l.id = rl.line_id JOIN orders o ON o.id = l.order_id
       WHERE m.purpose = 'return' AND m.kind = 'image' AND o.placed_at >= :from AND o.placed_at < :end AND (:product IS NULL OR l.product_id = :product)
       ORDER BY r.created_at DESC LIMIT 24`,
    )
    .all(p) as { reasonId: string; productId: string; mediaId: string; at: string }[];

  const accepted = new Set((db.prepare('SELECT id FROM accepted_suggestions').all() as { id: string }[]).map((r) => r.id));
  const suggestions = suggest({ products, sizes, reasons }, accepted).map((s) =>
    s.owned ? s : { ...s, href: s.kind === 'add_photo' ? `/product.html?product=${s.productId}` : '/returns.html' },
  );

  return {
    from: q.from,
    to: q.to,
    previousFrom: prev.from,
    previousTo: prev.to,
    ...(q.productId ? { productId: q.productId } : {}),
    reasonLabels: flatten(loadReasons(db, lang, true)),
    products,
    variants,
    reasons,
    sizes,
    evidence: [
      ...comments.map((c) => ({ reasonId: c.reasonId, productId: c.productId, comment: c.comment, at: c.at })),
      ...photos.map((m) => ({
        reasonId: m.reasonId,
        productId: m.productId,
        photoUrl: `${API_BASE}/admin/return-media/${m.mediaId}`,
        at: m.at,
      })),
    ],
    suggestions,
    catalog,
  };
}

function flatten(reasons: ReturnReason[]): { id: string; label: string; kind?: string }[] {
  return reasons.flatMap((r) => [
    ...(r.children?.length ? [] : [{ id: r.id, label: r.label, ...(r.kind ? { kind: r.kind } : {}) }]),
    ...flatten(r.children ?? []),
  ]);
}
