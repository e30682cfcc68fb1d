/**
 * A deterministic sales history for the merchant's insights: orders, returns with reasons,
 * comments and carriers, and reviews with fit votes. Pure (no database), so a test can recompute
 * the insights from the same rows independently of the SQL.
 *
 * The demo seeds a few hundred orders; `npm run demo:seed -- --orders 100000` grows it for the bench.
 */

export const CARRIERS = ['Parcelo', 'SwiftPost', 'EuroFreight'] as const;

/** Sizes sold per sized product (matching the demo size charts). */
const SIZES: Record<string, string[]> = {
  'linen-shirt': ['XS', 'S', 'M', 'L', 'XL'],
  'organic-tee': ['XS', 'S', 'M', 'L', 'XL'],
  'wide-chino': ['W28', 'W30', 'W32', 'W34', 'W36'],
  'kids-parka': ['104', '116', '128', '140', '152'],
  'trail-runner': ['38', '40', '42', '44', '46'],
};

/** What goes wrong with each product, in return-reason odds per unit sold. */
const PROFILE: Record<string, { weight: number; odds: Partial<Record<string, number>> }> = {
  'linen-shirt': { weight: 5, odds: { too_small: 0.1, too_large: 0.02, not_as_described: 0.02, changed_mind: 0.03 } },
  'organic-tee': { weight: 6, odds: { too_small: 0.02, too_large: 0.02, changed_mind: 0.02 } },
  'wide-chino': { weight: 3, odds: { too_large: 0.06, too_small: 0.02, changed_mind: 0.03 } },
  'kids-parka': { weight: 2, odds: { too_small: 0.03, too_large: 0.03, changed_mind: 0.02 } },
  'trail-runner': { weight: 3, odds: { too_small: 0.07, too_large: 0.01, damaged: 0.01, changed_mind: 0.02 } },
  'ceramic-mug': { weight: 4, odds: { damaged: 0.09, changed_mind: 0.01 } },
  'wool-throw': { weight: 2, odds: { not_as_described: 0.08, changed_mind: 0.03, other: 0.01 } },
  'silk-scarf': { weight: 1, odds: {} },
  'pearl-earrings': { weight: 1, odds: {} },
  'boxer-briefs': { weight: 0, odds: {} },
};

const COMMENTS: Record<string, string[]> = {
  too_small: ['Tight across the shoulders.', 'Much smaller than my usual size.', '袖子太短了。'],
  too_large: ['Very baggy at the waist.', 'Had to size down twice.', '腰围太大。'],
  damaged: ['Handle snapped in the box.', 'Arrived cracked, the box was crushed.', '收到时已经碎了。'],
  not_as_described: ['The colour is much greyer than the photo.', 'Thinner than it looks in the pictures.', '颜色和图片不一样。'],
  other: ['Ordered twice by mistake.'],
};

export interface HistoryOrder {
  id: string;
  number: string;
  email: string;
  placedAt: string;
  deliveredAt: string;
  carrier: string;
}
export interface HistoryLine {
  id: string;
  orderId: string;
  productId: string;
  size: string | null;
  quantity: number;
}
export interface HistoryReturn {
  id: string;
  orderId: string;
  lineId: string;
  email: string;
  createdAt: string;
  quantity: number;
  reasonId: string;
  comment: string | null;
}
export interface HistoryReview {
  id: string;
  productId: string;
  rating: number;
  body: string;
  author: string;
  email: string;
  createdAt: string;
  fit: 'small' | 'true' | 'large' | null;
  size: string | null;
}
export interface History {
  orders: HistoryOrder[];
  lines: HistoryLine[];
  returns: HistoryReturn[];
  reviews: HistoryReview[];
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

/**
 * `orders` orders spread over `days` days ending ten days before `now` (so returns and reviews are in the past); one review per five orders.
 * Size returns follow each product's profile (the linen shirt runs small in L and XL, the chino
 * large), damage mostly rides with one carrier.
 */
export function generateHistory(options: { orders: number; now: number; days?: number; seed?: number }): History {
  const rand = random(options.seed ?? 14);
  const days = options.days ?? 180;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const products = Object.entries(PROFILE).flatMap(([id, p]) => Array<string>(p.weight).fill(id));
  const out: History = { orders: [], lines: [], returns: [], reviews: [] };
  const pad = (n: number) => String(n).padStart(6, '0');
  for (let n = 1; n <= options.orders; n++) {
    const placed = options.now - 10 * DAY - Math.floor(rand() * days * 24) * (DAY / 24);
    const carrier = rand() < 0.5 ? CARRIERS[0] : pick(CARRIERS);
    const order: HistoryOrder = {
      id: `go-${pad(n)}`,
      number: `G-${pad(n)}`,
      email: `buyer${n}@example.com`,
      placedAt: new Date(placed).toISOString(),
      deliveredAt: new Date(placed + 3 * DAY).toISOString(),
      carrier,
    };
    out.orders.push(order);
    const lineCount = rand() < 0.7 ? 1 : 2;
    for (let k = 1; k <= lineCount; k++) {
      const productId = pick(products);
      const sizes = SIZES[productId];
      const size = sizes ? pick(sizes) : null;
      const line: HistoryLine = { id: `gl-${pad(n)}-${k}`, orderId: order.id, productId, size, quantity: rand() < 0.9 ? 1 : 2 };
      out.lines.push(line);
      // At most one return per line, for one reason.
      const odds = { ...PROFILE[productId]!.odds };
      if (productId === 'linen-shirt' && (size === 'L' || size === 'XL')) odds.too_small = 0.22;
      if (productId === 'ceramic-mug' && carrier !== 'Parcelo') odds.damaged = 0.005;
      let roll = rand();
      for (const [reasonId, p] of Object.entries(odds)) {
        if (roll < p!) {
          const comments = COMMENTS[reasonId];
          out.returns.push({
            id: `GR-${pad(n)}-${k}`,
            orderId: order.id,
            lineId: line.id,
            email: order.email,
            createdAt: new Date(placed + 5 * DAY).toISOString(),
            quantity: line.quantity,
            reasonId,
            comment: comments && rand() < 0.5 ? pick(comments) : null,
          });
          break;
        }
        roll -= p!;
      }
    }
    if (n % 5 === 0) {
      const line = out.lines[out.lines.length - 1]!;
      const returnedSmall = out.returns.at(-1)?.lineId === line.id && out.returns.at(-1)?.reasonId === 'too_small';
      const fit = line.size
        ? returnedSmall || (line.productId === 'linen-shirt' && rand() < 0.5)
          ? 'small'
          : rand() < 0.8
            ? 'true'
            : 'large'
        : null;
      const rating = fit === 'small' ? 3 : 3 + Math.floor(rand() * 3);
      out.reviews.push({
        id: `grv-${pad(n)}`,
        productId: line.productId,
        rating,
        body: fit === 'small' ? 'Nice fabric, but it runs small.' : 'Does what it says.',
        author: `Buyer ${n}`,
        email: order.email,
        createdAt: new Date(placed + 8 * DAY).toISOString(),
        fit,
        size: line.size,
      });
    }
  }
  return out;
}
