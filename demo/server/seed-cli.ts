/**
 * `npm run demo:seed -- --orders 100000`: reseeds the demo data with a generated sales history of
 * that many orders (one review per five orders), for the merchant's insights and the bench.
 */
/// <reference types="node" />
import { readConfig } from './config.js';
import { openDb } from './db.js';
import { seed } from './seed.js';
import { DEMO_HISTORY_ORDERS } from './seed-merchant.js';

const args = process.argv.slice(2);
const at = args.indexOf('--orders');
const orders = at >= 0 ? Number(args[at + 1]) : DEMO_HISTORY_ORDERS;
if (!Number.isInteger(orders) || orders < 0 || orders > 2_000_000) {
  console.error('Usage: npm run demo:seed -- --orders <0…2000000>');
  process.exit(1);
}
const config = readConfig();
const db = openDb(config.dataDir);
const started = Date.now();
seed(db, config.dataDir, Date.now(), orders);
const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
console.log(
  `[returnless] Seeded ${config.dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count('orders')} orders, ${count('order_lines')} lines, ${count('return_lines')} returned lines, ${count('reviews')} reviews.`,
);
db.close();
