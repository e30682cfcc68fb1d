/**
 * Merchant insights: the SQL behind `getReturnInsights` on 100,000 generated orders and 20,000
 * reviews (a temporary database, seeded like `npm run demo:seed -- --orders 100000`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './lib.mjs';

export async function run() {
  const { openDb } = await import('../../demo/server/db.ts');
  const { seed } = await import('../../demo/server/seed.ts');
  const { returnInsights } = await import('../../demo/server/admin-insights.ts');
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-insights-'));
  const db = openDb(dir);
  try {
    const now = Date.now();
    let started = performance.now();
    seed(db, dir, now, 100_000);
    const seedMs = performance.now() - started;
    const count = (t) => db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get().n;
    const day = (ms) => new Date(ms).toISOString().slice(0, 10);
    const ranges = {
      'last 90 days, all products': { from: day(now - 90 * 86_400_000), to: day(now) },
      'last 90 days, one product': { from: day(now - 90 * 86_400_000), to: day(now), productId: 'linen-shirt' },
      'last 365 days, all products': { from: day(now - 365 * 86_400_000), to: day(now) },
    };
    const rows = [
      { name: 'insights: seeded orders', value: count('orders'), unit: '' },
      { name: 'insights: seeded reviews', value: count('reviews'), unit: '' },
      { name: 'insights: seeding time', value: seedMs / 1000, unit: 's' },
    ];
    for (const [label, query] of Object.entries(ranges)) {
      returnInsights(db, query, 'en'); // warm the page cache
      const times = [];
      for (let i = 0; i < 7; i++) {
        started = performance.now();
        returnInsights(db, query, 'en');
        times.push(performance.now() - started);
      }
      rows.push({ name: `insights query, ${label} (median of 7)`, value: median(times), unit: 'ms', target: '< 200 ms' });
    }
    return rows;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
