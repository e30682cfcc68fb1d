/**
 * The merchant's tables: sessions, the audit log, reply templates, accepted suggestions,
 * moderation reasons and shipment carriers, plus the indexes the insights queries need.
 */
/// <reference types="node" />
import type { Db } from './db.js';

const ADMIN_SCHEMA = `
CREATE TABLE IF NOT EXISTS admin_sessions (id_hash TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS admin_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  target TEXT, detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reply_templates (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accepted_suggestions (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, product_id TEXT NOT NULL, tendency TEXT, at TEXT NOT NULL, actor TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS moderation_reasons (target TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shipments (order_id TEXT PRIMARY KEY, carrier TEXT NOT NULL);
-- Daily rollups by the day the order was placed, kept current by triggers on the source tables,
-- so a 90-day query reads a few thousand rows instead of joining 100,000 orders.
CREATE TABLE IF NOT EXISTS insight_sales (
  day TEXT NOT NULL, product_id TEXT NOT NULL, variant_id TEXT NOT NULL, size TEXT NOT NULL, sold INTEGER NOT NULL, returned INTEGER NOT NULL,
  PRIMARY KEY (day, product_id, variant_id, size)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS insight_returns (
  day TEXT NOT NULL, product_id TEXT NOT NULL, size TEXT NOT NULL, reason_id TEXT NOT NULL, carrier TEXT NOT NULL, units INTEGER NOT NULL,
  PRIMARY KEY (day, product_id, size, reason_id, carrier)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS insight_comments (day TEXT NOT NULL, product_id TEXT NOT NULL, reason_id TEXT NOT NULL, comment TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS insight_comments_day ON insight_comments (day);
CREATE TRIGGER IF NOT EXISTS insight_line AFTER INSERT ON order_lines BEGIN
  INSERT INTO insight_sales (day, product_id, variant_id, size, sold, returned)
  SELECT substr(o.placed_at, 1, 10), NEW.product_id, COALESCE(NEW.variant_id, ''), COALESCE(NEW.size, ''), NEW.quantity, 0 FROM orders o WHERE o.id = NEW.order_id
  ON CONFLICT (day, product_id, variant_id, size) DO UPDATE SET sold = sold + excluded.sold;
END;
CREATE TRIGGER IF NOT EXISTS insight_return AFTER INSERT ON return_lines BEGIN
  UPDATE insight_sales SET returned = returned + NEW.quantity
  WHERE (day, product_id, variant_id, size) = (
    SELECT substr(o.placed_at, 1, 10), l.product_id, COALESCE(l.variant_id, ''), COALESCE(l.size, '')
    FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = NEW.line_id);
  INSERT INTO insight_returns (day, product_id, size, reason_id, carrier, units)
  SELECT substr(o.placed_at, 1, 10), l.product_id, COALESCE(l.size, ''), NEW.reason_id, COALESCE((SELECT carrier FROM shipments s WHERE s.order_id = o.id), ''), NEW.quantity
  FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = NEW.line_id
  ON CONFLICT (day, product_id, size, reason_id, carrier) DO UPDATE SET units = units + excluded.units;
  INSERT INTO insight_comments (day, product_id, reason_id, comment, at)
  SELECT substr(o.placed_at, 1, 10), l.product_id, NEW.reason_id, NEW.comment, (SELECT created_at FROM returns WHERE id = NEW.return_id)
  FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = NEW.line_id AND NEW.comment IS NOT NULL;
END;
CREATE INDEX IF NOT EXISTS orders_placed ON orders (placed_at, id);
CREATE INDEX IF NOT EXISTS order_lines_order ON order_lines (order_id, product_id, variant_id, size, quantity, id);
CREATE INDEX IF NOT EXISTS return_lines_line ON return_lines (line_id, reason_id, quantity);
CREATE INDEX IF NOT EXISTS shipments_carrier ON shipments (order_id, carrier);
CREATE INDEX IF NOT EXISTS return_lines_return ON return_lines (return_id);
CREATE INDEX IF NOT EXISTS reviews_created ON reviews (status, created_at, product_id, size, fit);
CREATE INDEX IF NOT EXISTS media_review ON media (review_id);
CREATE INDEX IF NOT EXISTS media_return ON media (return_id);
`;

/** Tables the seed clears (sessions survive a reseed, so a logged-in merchant stays in). */
export const ADMIN_TABLES = [
  'insight_sales',
  'insight_returns',
  'insight_comments',
  'admin_audit',
  'reply_templates',
  'accepted_suggestions',
  'moderation_reasons',
  'shipments',
] as const;

const ready = new WeakSet<Db>();

export function ensureAdminSchema(db: Db): void {
  if (ready.has(db)) return;
  db.exec(ADMIN_SCHEMA);
  ready.add(db);
}

/** Recomputes the rollups from the source tables (after a seed, which bypasses nothing but clears them). */
export function rebuildInsights(db: Db): void {
  ensureAdminSchema(db);
  db.transaction(() => {
    db.exec(`
      DELETE FROM insight_sales; DELETE FROM insight_returns; DELETE FROM insight_comments;
      INSERT INTO insight_sales (day, product_id, variant_id, size, sold, returned)
        SELECT substr(o.placed_at, 1, 10), l.product_id, COALESCE(l.variant_id, ''), COALESCE(l.size, ''), SUM(l.quantity),
               COALESCE(SUM((SELECT SUM(rl.quantity) FROM return_lines rl WHERE rl.line_id = l.id)), 0)
        FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY 1, 2, 3, 4;
      INSERT INTO insight_returns (day, product_id, size, reason_id, carrier, units)
        SELECT substr(o.placed_at, 1, 10), l.product_id, COALESCE(l.size, ''), rl.reason_id, COALESCE(s.carrier, ''), SUM(rl.quantity)
        FROM return_lines rl JOIN order_lines l ON l.id = rl.line_id JOIN orders o ON o.id = l.order_id LEFT JOIN shipments s ON s.order_id = o.id
        GROUP BY 1, 2, 3, 4, 5;
      INSERT INTO insight_comments (day, product_id, reason_id, comment, at)
        SELECT substr(o.placed_at, 1, 10), l.product_id, rl.reason_id, rl.comment, r.created_at
        FROM return_lines rl JOIN order_lines l ON l.id = rl.line_id JOIN orders o ON o.id = l.order_id JOIN returns r ON r.id = rl.return_id
        WHERE rl.comment IS NOT NULL;
    `);
  })();
}

/** True when the merchant accepted a fit note for the product (size returns then count as fit votes). */
export function fitNoteAccepted(db: Db, productId: string): boolean {
  ensureAdminSchema(db);
  return Boolean(db.prepare("SELECT 1 FROM accepted_suggestions WHERE kind = 'fit_note' AND product_id = ?").get(productId));
}
