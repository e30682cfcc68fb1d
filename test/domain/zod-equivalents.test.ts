/**
 * The domain writes a few zod kinds with cheaper ones (smaller zod chunk): ISO dates and emails as
 * string checks on zod's own patterns, the review histogram as an array of exactly five, fee kinds
 * as one-value enums instead of literals. Each must
 * accept and refuse exactly what the zod kind it replaces does, and fail at the same path.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Email, IsoDate, IsoDateTime } from '../../src/domain/common.js';
import { InsightsQuery } from '../../src/domain/insights.js';
import { ReturnFee } from '../../src/domain/policy.js';
import { ReviewSummary } from '../../src/domain/reviews.js';
import { check } from '../../src/domain/validation.js';

const dates: unknown[] = [
  '2026-11-27',
  '2024-02-29',
  '2000-02-29',
  '1900-02-29',
  '2026-02-29',
  '2026-02-28',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-1-05',
  '26-11-27',
  '+02026-11-27',
  '2026-11-27Z',
  '2026-11-27T10:00:00Z',
  '2026-11-27T10:00Z',
  '2026-11-27T10:00:00.5Z',
  '2026-11-27T10:00:00.123456789Z',
  '2026-11-27T10:00:00.Z',
  '2026-11-27T10:00:00',
  '2026-11-27T10:00:00+01:00',
  '2026-11-27T10:00:00-05:30',
  '2026-11-27T10:00:00+0100',
  '2026-11-27T10:00:00+01',
  '2026-11-27T10:00:00+24:00',
  '2026-11-27T10:00:00+23:59',
  '2026-11-27T10:00:00+01:60',
  '2026-11-27T24:00:00Z',
  '2026-11-27T23:59:60Z',
  '2026-11-27t10:00:00z',
  '2026-11-27 10:00:00Z',
  '2026-11-27T10:00:00Z\n',
  ' 2026-11-27',
  '2026-11-27\n',
  '',
  'yesterday',
  20261127,
  null,
  undefined,
  new Date(0),
];

const emails: unknown[] = [
  'a@b.co',
  'first.last+tag@shop.example.com',
  "o'hara@example.ie",
  'a_b-c@sub-domain.example.org',
  'a@b',
  'a@b.c',
  'a b@c.com',
  '.a@b.com',
  'a.@b.com',
  'a..b@c.com',
  'a@-b.com',
  'a@b-.com',
  'a@@b.com',
  '@b.com',
  'a@b.com.',
  'a@b.com ',
  'Ünïcode@example.com',
  'a@例え.jp',
  'a@127.0.0.1',
  '"quoted"@example.com',
  '',
  42,
  null,
];

const accepts = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('IsoDateTime and IsoDate accept exactly what the zod ISO kinds accept', () => {
  const zodDateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
  it.each(dates.map((d) => [JSON.stringify(d) ?? String(d), d]))('%s', (_, value) => {
    expect(accepts(IsoDateTime, value)).toBe(accepts(zodDateTime, value));
    expect(accepts(IsoDate, value)).toBe(accepts(z.iso.date(), value));
  });

  it('the table holds both outcomes for both schemas', () => {
    const outcomes = (schema: z.ZodMiniType) => new Set(dates.map((d) => accepts(schema, d)));
    expect(outcomes(IsoDateTime)).toEqual(new Set([true, false]));
    expect(outcomes(IsoDate)).toEqual(new Set([true, false]));
  });

  it('a refused date names its field and says what is expected', () => {
    expect(check(InsightsQuery, { from: '2026-11-31', to: '2026-12-01' })).toMatchObject({
      ok: false,
      path: 'from',
      message: 'from: must be a date, YYYY-MM-DD',
    });
    expect(check(z.object({ at: IsoDateTime }), { at: '2026-11-27T10:00:00' })).toMatchObject({ ok: false, path: 'at' });
    expect(check(z.object({ at: IsoDateTime }), { at: '2026-11-27T10:00:00' })).toHaveProperty('message', expect.stringContaining('Z'));
  });
});

describe('Email accepts exactly what z.email() accepts', () => {
  it.each(emails.map((e) => [JSON.stringify(e), e]))('%s', (_, value) => {
    expect(accepts(Email, value)).toBe(accepts(z.email(), value));
  });

  it('the table holds both outcomes', () => {
    expect(new Set(emails.map((e) => accepts(Email, e)))).toEqual(new Set([true, false]));
  });
});

describe('ReviewSummary.histogram behaves as the five-count tuple it replaces', () => {
  const Count = z.int().check(z.gte(0));
  const tuple = z.object({ histogram: z.tuple([Count, Count, Count, Count, Count]) });
  const summary = (histogram: unknown) => ({ average: 4, count: 1, histogram });
  const histograms: unknown[] = [
    [0, 0, 0, 1, 0],
    [1, 2, 3, 4, 5],
    [0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [],
    [0, 0, -1, 0, 0],
    [0, 0, 0.5, 0, 0],
    [0, 0, '1', 0, 0],
    [0, 0, null, 0, 0],
    { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0, length: 5 },
    '00000',
    null,
    undefined,
  ];
  it.each(histograms.map((h) => [JSON.stringify(h) ?? String(h), h]))('%s', (_, histogram) => {
    const ours = check(ReviewSummary, summary(histogram));
    const zods = check(tuple, { histogram });
    expect(ours.ok).toBe(zods.ok);
    if (!ours.ok && !zods.ok) expect(ours.path).toBe(zods.path);
    if (ours.ok && zods.ok) expect(ours.value.histogram).toEqual(zods.value.histogram);
  });
});

describe('ReturnFee with one-value enums behaves as with z.literal discriminators', () => {
  // The same union (built from the lazy schema), each option's `kind` written as the literal of its one value.
  const withLiterals = z.discriminatedUnion(
    'kind',
    ReturnFee.def.getter().def.options.map((option) => {
      const [kind] = option.def.shape.kind.options;
      return z.object({ ...option.def.shape, kind: z.literal(kind) });
    }) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
  );
  const money = { amount: 4.95, currency: 'EUR' };
  const fees: unknown[] = [
    { kind: 'free' },
    { kind: 'free', amount: 'ignored' },
    { kind: 'flat', amount: money },
    { kind: 'flat' },
    { kind: 'restocking', percent: 15 },
    { kind: 'restocking', percent: 150 },
    { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: money },
    { kind: 'free_for_reasons', reasons: ['damaged'] },
    { kind: 'FREE' },
    { kind: 'other' },
    { kind: null },
    {},
    'free',
    null,
  ];
  it.each(fees.map((f) => [JSON.stringify(f), f]))('%s', (_, fee) => {
    const ours = check(z.object({ fee: ReturnFee }), { fee });
    const literal = check(z.object({ fee: withLiterals }), { fee });
    expect(ours.ok).toBe(literal.ok);
    if (!ours.ok && !literal.ok) expect(ours.path).toBe(literal.path);
    if (ours.ok && literal.ok) expect(ours.value).toEqual(literal.value);
  });
});
