/**
 * Issue 16: the product page's schemas (policy, reviews, media, size charts) are built on first
 * parse, not when their chunk is evaluated: building ~340 zod schemas at once was one of the
 * page's long tasks. Each response type now builds its own with its first answer.
 */
import { expect, it } from 'vitest';
import * as faq from '../../src/domain/faq.js';
import * as media from '../../src/domain/media.js';
import * as policy from '../../src/domain/policy.js';
import * as reviews from '../../src/domain/reviews.js';
import * as reviewSubmit from '../../src/domain/review-submit.js';
import * as sizeChart from '../../src/domain/size-chart.js';

type Schema = { _zod: { def: { type: string } }; safeParse(data: unknown): { success: boolean } };
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && '_zod' in value;
/** Kinds that hold other schemas: what costs to build. */
const composite = new Set(['object', 'union', 'array', 'record', 'tuple', 'pipe']);

it.each([
  // In the zod chunk every page with data evaluates: a product page never reads an FAQ.
  ['faq', faq],
  ['media', media],
  ['policy', policy],
  ['reviews', reviews],
  ['review-submit', reviewSubmit],
  ['size-chart', sizeChart],
])('%s exports no composite schema built at import', (_name, module) => {
  const eager = Object.entries(module).filter(([, value]) => isSchema(value) && composite.has(value._zod.def.type));
  expect(eager.map(([key]) => key)).toEqual([]);
  expect(Object.values(module).filter((value) => isSchema(value) && value._zod.def.type === 'lazy').length).toBeGreaterThan(1);
});

it('validates as before once built: a review page, and a refusal at the same path', () => {
  const page = { summary: { average: 4, count: 1, histogram: [0, 0, 0, 1, 0] }, reviews: [] };
  expect(reviews.ReviewPage.safeParse(page).success).toBe(true);
  const bad = reviews.ReviewPage.safeParse({ ...page, summary: { ...page.summary, average: 7 } });
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.path).toEqual(['summary', 'average']);
});
