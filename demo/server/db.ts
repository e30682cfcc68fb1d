/**
 * The demo shop's SQLite database (better-sqlite3). Every statement is prepared with bound
 * parameters; nothing is built by string concatenation from request data.
 */
/// <reference types="node" />
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS products (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, title_zh TEXT NOT NULL, category TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]', chart_id TEXT, price REAL NOT NULL, currency TEXT NOT NULL, image_id TEXT
);
CREATE TABLE IF NOT EXISTS size_charts (id TEXT NOT NULL, locale TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (id, locale));
CREATE TABLE IF NOT EXISTS policies (locale TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS faq (
  set_name TEXT NOT NULL, locale TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL,
  question TEXT NOT NULL, answer TEXT NOT NULL, category TEXT, product_id TEXT,
  PRIMARY KEY (set_name, locale, id)
);
CREATE TABLE IF NOT EXISTS fit_base (product_id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reasons (locale TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS media (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, mime TEXT NOT NULL, file TEXT NOT NULL, bytes INTEGER NOT NULL,
  width INTEGER, height INTEGER, alt TEXT, purpose TEXT NOT NULL, filename TEXT,
  status TEXT NOT NULL DEFAULT 'published', review_id TEXT, return_id TEXT, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
  id TEXT PRIMARY KEY, product_id TEXT NOT NULL, rating INTEGER NOT NULL, title TEXT, body TEXT NOT NULL,
  author TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL, verified INTEGER NOT NULL DEFAULT 0,
  fit TEXT, size TEXT, status TEXT NOT NULL, helpful INTEGER NOT NULL DEFAULT 0,
  reply_body TEXT, reply_author TEXT, reply_at TEXT
);
CREATE INDEX IF NOT EXISTS reviews_product ON reviews (product_id, status);
CREATE TABLE IF NOT EXISTS orders (
  id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, email TEXT NOT NULL, postal_code TEXT NOT NULL,
  country TEXT NOT NULL, placed_at TEXT NOT NULL, delivered_at TEXT, currency TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS order_lines (
  id TEXT PRIMARY KEY, order_id TEXT NOT NULL, product_id TEXT NOT NULL, variant_id TEXT, title TEXT NOT NULL,
  variant_title TEXT, size TEXT, quantity INTEGER NOT NULL, unit_price REAL NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS returns (
  id TEXT PRIMARY KEY, order_id TEXT NOT NULL, email TEXT NOT NULL, method TEXT NOT NULL, status TEXT NOT NULL,
  created_at TEXT NOT NULL, withdrawal INTEGER NOT NULL DEFAULT 0, quote TEXT NOT NULL, confirmation TEXT NOT NULL,
  code TEXT
);
CREATE TABLE IF NOT EXISTS return_lines (
  return_id TEXT NOT NULL, line_id TEXT NOT NULL, quantity INTEGER NOT NULL, reason_id TEXT NOT NULL,
  resolution TEXT NOT NULL, exchange_variant_id TEXT, comment TEXT
);
CREATE TABLE IF NOT EXISTS return_events (return_id TEXT NOT NULL, seq INTEGER NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, note TEXT);
CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT NOT NULL, route TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
  created_at TEXT NOT NULL, PRIMARY KEY (key, route)
);
-- One verified review per order line: the proof (invitation or lookup token) is spent here.
CREATE TABLE IF NOT EXISTS review_proofs (line_id TEXT PRIMARY KEY, review_id TEXT NOT NULL);
`;

export function openDb(dataDir: string): Db {
  mkdirSync(join(dataDir, 'media'), { recursive: true });
  const db = new Database(join(dataDir, 'shop.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  // Data folders from before return codes had a column of their own (readable-ids.ts).
  if (!(db.prepare('PRAGMA table_info(returns)').all() as { name: string }[]).some((c) => c.name === 'code'))
    db.exec('ALTER TABLE returns ADD COLUMN code TEXT');
  // One code per return (history rows without a label have none: NULLs do not collide).
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS returns_code ON returns (code)');
  return db;
}

export function isSeeded(db: Db): boolean {
  return Boolean(db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get());
}

/** Every table we own, for the reset and the tests' digest. */
export const TABLES = [
  'meta',
  'products',
  'size_charts',
  'policies',
  'faq',
  'fit_base',
  'reasons',
  'media',
  'reviews',
  'orders',
  'order_lines',
  'returns',
  'return_lines',
  'return_events',
  'idempotency',
  'review_proofs',
] as const;

export function clearAll(db: Db): void {
  // Table names come from the constant list above, never from a request.
  db.transaction(() => {
    for (const table of TABLES) db.prepare(`DELETE FROM ${table}`).run();
  })();
}
