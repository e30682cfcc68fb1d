/**
 * The merchant's part of the demo seed: reply templates, reviews waiting for moderation (with
 * photos), a low rating without a reply, carriers, damage photos, and a generated sales history
 * (history.ts) so the insights have something to say.
 */
/// <reference types="node" />
import { ADMIN_TABLES, ensureAdminSchema, rebuildInsights } from './admin-db.js';
import type { Db } from './db.js';
import { generateHistory } from './history.js';
import { encodeJpeg, encodePng, productPainter } from './images.js';
import { defaultReplyTemplates } from '../../src/domain/merchant.js';
import { CURRENCY, PHOTO_ALTS, orders as seedOrders, products } from './seed-data.js';
import { saveMedia } from './store.js';

/** Orders in the demo's generated history (the bench grows it with `--orders`). */
export const DEMO_HISTORY_ORDERS = 600;
const DAY = 86_400_000;

export interface PendingSeed {
  id: string;
  productId: string;
  rating: number;
  title?: string;
  body: string;
  author: string;
  daysAgo: number;
  photos: number;
  fit?: 'small' | 'true' | 'large';
  size?: string;
  status: 'pending' | 'published';
}

/** Reviews the merchant has to act on, in both languages. */
export const merchantReviews: PendingSeed[] = [
  {
    id: 'rv-p1',
    productId: 'linen-shirt',
    rating: 4,
    title: 'Lovely linen',
    body: 'Soft after one wash. Photos of the collar and the back.',
    author: 'Mia K.',
    daysAgo: 1,
    photos: 2,
    fit: 'true',
    size: 'M',
    status: 'pending',
  },
  {
    id: 'rv-p2',
    productId: 'trail-runner',
    rating: 1,
    title: '鞋底开胶',
    body: '穿了两周鞋底就开胶了，与描述不符。',
    author: '王芳',
    daysAgo: 2,
    photos: 1,
    status: 'pending',
  },
  {
    id: 'rv-p3',
    productId: 'wool-throw',
    rating: 5,
    body: 'Warm and heavy, exactly as pictured.',
    author: 'Jonas',
    daysAgo: 3,
    photos: 0,
    status: 'pending',
  },
  {
    id: 'rv-u1',
    productId: 'organic-tee',
    rating: 2,
    title: 'Tight and greyer than pictured',
    body: 'The colour is not as pictured and the L is tight across the shoulders. I would rather have the XL.',
    author: 'Tom B.',
    daysAgo: 4,
    photos: 0,
    fit: 'small',
    size: 'L',
    status: 'published',
  },
];

export function seedMerchant(db: Db, dataDir: string, now: number, historyOrders = DEMO_HISTORY_ORDERS): void {
  ensureAdminSchema(db);
  const iso = (ms: number) => new Date(ms).toISOString();
  const history = generateHistory({ orders: historyOrders, now });
  const titles = new Map(products.map((p) => [p.id, p]));
  db.transaction(() => {
    // Table names come from a constant list, never from a request.
    for (const table of ADMIN_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    defaultReplyTemplates.forEach((t, i) =>
      db.prepare('INSERT INTO reply_templates (id, position, data) VALUES (?, ?, ?)').run(t.id, i, JSON.stringify(t)),
    );
    const ship = db.prepare('INSERT INTO shipments (order_id, carrier) VALUES (?, ?)');
    // The demo orders' ids are random (never derived from their numbers): find them by number.
    const idOf = db.prepare<[string], { id: string }>('SELECT id FROM orders WHERE number = ?');
    for (const o of seedOrders) {
      const row = idOf.get(o.number);
      if (row) ship.run(row.id, 'Parcelo');
    }

    const insertOrder = db.prepare(
      "INSERT INTO orders (id, number, email, postal_code, country, placed_at, delivered_at, currency) VALUES (?, ?, ?, '10115', 'DE', ?, ?, ?)",
    );
    for (const o of history.orders) {
      insertOrder.run(o.id, o.number, o.email, o.placedAt, o.deliveredAt, CURRENCY);
      ship.run(o.id, o.carrier);
    }
    const insertLine = db.prepare(
      'INSERT INTO order_lines (id, order_id, product_id, variant_id, title, variant_title, size, quantity, unit_price, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const l of history.lines) {
      const p = titles.get(l.productId)!;
      insertLine.run(
        l.id,
        l.orderId,
        l.productId,
        l.size ? `${l.productId}-${l.size}` : l.productId,
        p.title,
        l.size ? `Size ${l.size}` : null,
        l.size,
        l.quantity,
        p.price,
        Number(l.id.slice(-1)) - 1,
      );
    }
    const insertReturn = db.prepare(
      "INSERT INTO returns (id, order_id, email, method, status, created_at, withdrawal, quote, confirmation) VALUES (?, ?, ?, 'mail', 'refunded', ?, 0, '{}', '{}')",
    );
    const insertReturnLine = db.prepare(
      "INSERT INTO return_lines (return_id, line_id, quantity, reason_id, resolution, exchange_variant_id, comment) VALUES (?, ?, ?, ?, 'refund', NULL, ?)",
    );
    const insertEvent = db.prepare("INSERT INTO return_events (return_id, seq, status, at, note) VALUES (?, 0, 'refunded', ?, NULL)");
    for (const r of history.returns) {
      insertReturn.run(r.id, r.orderId, r.email, r.createdAt);
      insertReturnLine.run(r.id, r.lineId, r.quantity, r.reasonId, r.comment);
      insertEvent.run(r.id, r.createdAt);
    }
    const insertReview = db.prepare(
      `INSERT INTO reviews (id, product_id, rating, title, body, author, email, created_at, verified, fit, size, status, helpful)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    );
    // The demo keeps its hand-written reviews on product pages; a grown history (demo:seed, bench) adds the generated ones.
    if (historyOrders > DEMO_HISTORY_ORDERS)
      for (const r of history.reviews)
        insertReview.run(r.id, r.productId, r.rating, null, r.body, r.author, r.email, r.createdAt, 1, r.fit, r.size, 'published');

    merchantReviews.forEach((r, i) => {
      insertReview.run(
        r.id,
        r.productId,
        r.rating,
        r.title ?? null,
        r.body,
        r.author,
        `reviewer${i}@example.com`,
        iso(now - r.daysAgo * DAY),
        1,
        r.fit ?? null,
        r.size ?? null,
        r.status,
      );
      for (let k = 0; k < r.photos; k++) {
        const seedNo = 70 + i * 3 + k;
        const media = saveMedia(db, dataDir, encodeJpeg(480, 360, productPainter(480, 360, seedNo)), {
          mime: 'image/jpeg',
          kind: 'image',
          purpose: 'review',
          alt: PHOTO_ALTS[k % PHOTO_ALTS.length],
          id: `${r.id}-photo-${k + 1}`,
          now,
        });
        db.prepare("UPDATE media SET review_id = ?, status = 'pending' WHERE id = ?").run(r.id, media.id);
      }
    });

    // Damage photos behind the most recent damaged returns.
    const damaged = history.returns.filter((r) => r.reasonId === 'damaged').slice(-2);
    damaged.forEach((r, k) => {
      const media = saveMedia(db, dataDir, encodePng(320, 240, productPainter(320, 240, 90 + k)), {
        mime: 'image/png',
        kind: 'image',
        purpose: 'return',
        alt: `Damage photo ${k + 1}`,
        id: `damage-${k + 1}`,
        now,
      });
      db.prepare('UPDATE media SET return_id = ? WHERE id = ?').run(r.id, media.id);
    });
  })();
  // The seed wrote base orders before their carriers: recompute the rollups once, from scratch.
  rebuildInsights(db);
}
