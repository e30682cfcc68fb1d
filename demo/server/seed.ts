/** Fills an empty database with the demo shop (see seed-data.ts) and draws its images. */
/// <reference types="node" />
import { rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearAll, type Db } from './db.js';
import { encodeJpeg, encodePng, productPainter } from './images.js';
import { newId, saveMedia } from './store.js';
import { seedMerchant } from './seed-merchant.js';
import { confirmationFor, quoteFor, timelineFor } from './rules.js';
import {
  LANGS,
  faq,
  fitBase,
  orders,
  policy,
  productFaq,
  products,
  reasons,
  reviews,
  sizeCharts,
  CURRENCY,
  PHOTO_ALTS,
} from './seed-data.js';

const DAY = 86_400_000;
const daysAgo = (now: number, d: number) => new Date(now - d * DAY).toISOString();

/** `historyOrders`: orders in the generated sales history behind the merchant's insights. */
export function seed(db: Db, dataDir: string, now = Date.now(), historyOrders?: number): void {
  clearAll(db);
  // Internal order ids are random: knowing an order number tells nothing about them.
  const orderIds = new Map(orders.map((o) => [o.number, newId('o')]));
  rmSync(join(dataDir, 'media'), { recursive: true, force: true });
  mkdirSync(join(dataDir, 'media'), { recursive: true });
  db.transaction(() => {
    const insertProduct = db.prepare(
      'INSERT INTO products (id, title, title_zh, category, tags, chart_id, price, currency, image_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    products.forEach((p, i) => {
      const png = encodePng(480, 480, productPainter(480, 480, i + 1));
      const image = saveMedia(db, dataDir, png, {
        mime: 'image/png',
        kind: 'image',
        purpose: 'catalog',
        alt: p.title,
        id: `img-${p.id}`,
        now,
      });
      insertProduct.run(p.id, p.title, p.titleZh, p.category, JSON.stringify(p.tags), p.chartId ?? null, p.price, CURRENCY, image.id);
    });

    const insertChart = db.prepare('INSERT INTO size_charts (id, locale, data) VALUES (?, ?, ?)');
    const insertPolicy = db.prepare('INSERT INTO policies (locale, data) VALUES (?, ?)');
    const insertReasons = db.prepare('INSERT INTO reasons (locale, data) VALUES (?, ?)');
    const insertFaq = db.prepare(
      'INSERT INTO faq (set_name, locale, position, id, question, answer, category, product_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const lang of LANGS) {
      for (const chart of sizeCharts(lang)) insertChart.run(chart.id, lang, JSON.stringify(chart));
      insertPolicy.run(lang, JSON.stringify(policy(lang)));
      insertReasons.run(lang, JSON.stringify({ sized: reasons(lang, true), unsized: reasons(lang, false) }));
      for (const [set, byLang] of Object.entries(faq)) {
        byLang[lang].forEach((e, i) => insertFaq.run(set, lang, i, e.id, e.question, e.answer, e.category ?? null, null));
      }
      for (const pf of productFaq) {
        const e = pf.entries[lang];
        insertFaq.run('*', lang, 100, e.id, e.question, e.answer, e.category ?? null, pf.productId);
      }
    }

    const insertFit = db.prepare('INSERT INTO fit_base (product_id, data) VALUES (?, ?)');
    for (const p of products) {
      const fit = fitBase(p.id);
      if (fit) insertFit.run(p.id, JSON.stringify(fit));
    }

    const insertReview = db.prepare(
      `INSERT INTO reviews (id, product_id, rating, title, body, author, email, created_at, verified, fit, size, status, helpful, reply_body, reply_author, reply_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?)`,
    );
    const attach = db.prepare('UPDATE media SET review_id = ? WHERE id = ?');
    reviews.forEach((r, i) => {
      insertReview.run(
        r.id,
        r.productId,
        r.rating,
        r.title ?? null,
        r.body,
        r.author,
        r.email,
        daysAgo(now, r.daysAgo),
        r.verified ? 1 : 0,
        r.fit ?? null,
        r.size ?? null,
        r.helpful,
        r.reply?.body ?? null,
        r.reply?.author ?? null,
        r.reply ? daysAgo(now, r.reply.daysAgo) : null,
      );
      for (let k = 0; k < r.photos; k++) {
        const seedNo = i * 3 + k + 11;
        const jpeg = k % 2 === 0;
        const bytes = jpeg ? encodeJpeg(480, 360, productPainter(480, 360, seedNo)) : encodePng(360, 360, productPainter(360, 360, seedNo));
        const media = saveMedia(db, dataDir, bytes, {
          mime: jpeg ? 'image/jpeg' : 'image/png',
          kind: 'image',
          purpose: 'review',
          alt: PHOTO_ALTS[k % PHOTO_ALTS.length],
          id: `${r.id}-photo-${k + 1}`,
          now,
        });
        attach.run(r.id, media.id);
      }
    });

    const insertOrder = db.prepare(
      'INSERT INTO orders (id, number, email, postal_code, country, placed_at, delivered_at, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertLine = db.prepare(
      'INSERT INTO order_lines (id, order_id, product_id, variant_id, title, variant_title, size, quantity, unit_price, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const o of orders) {
      const orderId = orderIds.get(o.number)!;
      insertOrder.run(
        orderId,
        o.number,
        o.email,
        o.postalCode,
        o.country,
        daysAgo(now, o.placedDaysAgo),
        o.deliveredDaysAgo === undefined ? null : daysAgo(now, o.deliveredDaysAgo),
        CURRENCY,
      );
      o.lines.forEach((l, i) => {
        const p = products.find((x) => x.id === l.productId)!;
        insertLine.run(
          l.id,
          orderId,
          p.id,
          l.size ? `${p.id}-${l.size}` : p.id,
          p.title,
          l.size ? `Size ${l.size}` : null,
          l.size ?? null,
          l.quantity,
          p.price,
          i,
        );
      });
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', ?)").run(new Date(now).toISOString());
  })();

  // Returns already made (through the same rules as live ones, so quotes are consistent).
  for (const o of orders) {
    for (const r of o.returns ?? []) {
      const draft = {
        orderId: orderIds.get(o.number)!,
        lines: [{ lineId: r.lineId, quantity: r.quantity, reasonId: r.reasonId, resolution: r.resolution, mediaIds: [] }],
        method: 'mail' as const,
      };
      const quote = quoteFor(db, draft, 'en');
      const createdAt = daysAgo(now, r.daysAgo);
      const confirmation = confirmationFor(r.id, r.code, createdAt, draft.lines, 'mail', 'en');
      db.transaction(() => {
        db.prepare(
          'INSERT INTO returns (id, order_id, email, method, status, created_at, withdrawal, quote, confirmation, code) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)',
        ).run(
          r.id,
          orderIds.get(o.number)!,
          o.email,
          'mail',
          'requested',
          createdAt,
          JSON.stringify(quote),
          JSON.stringify(confirmation),
          r.code,
        );
        db.prepare(
          'INSERT INTO return_lines (return_id, line_id, quantity, reason_id, resolution, exchange_variant_id, comment) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(r.id, r.lineId, r.quantity, r.reasonId, r.resolution, null, null);
        const steps =
          r.resolution === 'refund'
            ? timelineFor(['requested', 'approved', 'in_transit', 'received', 'refunded'], now - r.daysAgo * DAY)
            : timelineFor(['requested', 'approved', 'in_transit'], now - r.daysAgo * DAY);
        steps.forEach((s, i) =>
          db
            .prepare('INSERT INTO return_events (return_id, seq, status, at, note) VALUES (?, ?, ?, ?, ?)')
            .run(r.id, i, s.status, s.at, s.note ?? null),
        );
        db.prepare('UPDATE returns SET status = ? WHERE id = ?').run(steps[steps.length - 1]!.status, r.id);
      })();
    }
  }
  seedMerchant(db, dataDir, now, historyOrders);
}
