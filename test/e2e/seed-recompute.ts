/** Insights recomputed in plain JS from the seed inputs, independently of the server's SQL. */
import { generateHistory } from '../../demo/server/history.js';
import { DEMO_HISTORY_ORDERS } from '../../demo/server/seed-merchant.js';
import { orders as seedOrders } from '../../demo/server/seed-data.js';

/** Units sold and returned per product, and returned units per reason, over all time. */
export function recomputeFromSeed() {
  const history = generateHistory({ orders: DEMO_HISTORY_ORDERS, now: Date.now() });
  const sold = new Map<string, number>();
  const returned = new Map<string, number>();
  const reasons = new Map<string, number>();
  const lineProduct = new Map<string, string>();
  const lines = [...history.lines, ...seedOrders.flatMap((o) => o.lines)];
  for (const l of lines) {
    sold.set(l.productId, (sold.get(l.productId) ?? 0) + l.quantity);
    lineProduct.set(l.id, l.productId);
  }
  for (const r of [...history.returns, ...seedOrders.flatMap((o) => o.returns ?? [])]) {
    const product = lineProduct.get(r.lineId)!;
    returned.set(product, (returned.get(product) ?? 0) + r.quantity);
    reasons.set(r.reasonId, (reasons.get(r.reasonId) ?? 0) + r.quantity);
  }
  return { sold, returned, reasons };
}
