import { describe, expect, it } from 'vitest';
import { check } from '../../src/domain/validation.js';
import {
  csvField,
  InsightsQuery,
  previousPeriod,
  rankReasons,
  returnRate,
  suggest,
  toCsv,
  trendOf,
  type SizeRow,
} from '../../src/domain/insights.js';

const size = (s: string, tooSmall: number, tooLarge: number, fit = { small: 0, true: 0, large: 0 }): SizeRow => ({
  productId: 'linen-shirt',
  size: s,
  sold: 100,
  tooSmall,
  tooLarge,
  fit,
});

describe('rates and periods', () => {
  it('returned over sold, null without sales', () => {
    expect(returnRate(3, 12)).toBe(0.25);
    expect(returnRate(0, 0)).toBeNull();
  });
  it('the previous period has the same length and ends the day before', () => {
    expect(previousPeriod('2026-11-01', '2026-11-30')).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
  it('trends', () => {
    expect(trendOf(12, 10)).toBe('up');
    expect(trendOf(8, 10)).toBe('down');
    expect(trendOf(10, 10)).toBe('same');
    expect(trendOf(3, 0)).toBe('new');
  });
  it('refuses a range that ends before it starts', () => {
    expect(check(InsightsQuery, { from: '2026-11-02', to: '2026-11-01' }).ok).toBe(false);
    expect(check(InsightsQuery, { from: '2026-11-01', to: 'soon' }).ok).toBe(false);
  });
});

describe('reasons', () => {
  it('ranks summed reasons with share and trend', () => {
    const ranked = rankReasons({
      reasonLabels: [
        { id: 'too_small', label: 'Too small' },
        { id: 'damaged', label: 'Damaged' },
      ],
      reasons: [
        { productId: 'a', reasonId: 'damaged', carrier: 'DHL', count: 2, previous: 0 },
        { productId: 'a', reasonId: 'too_small', count: 5, previous: 4 },
        { productId: 'b', reasonId: 'too_small', count: 1, previous: 4 },
        { productId: 'b', reasonId: 'damaged', carrier: 'UPS', count: 2, previous: 0 },
      ],
    });
    expect(ranked.map((r) => [r.label, r.count, r.previous, r.trend])).toEqual([
      ['Too small', 6, 8, 'down'],
      ['Damaged', 4, 0, 'new'],
    ]);
    expect(ranked[0]!.share).toBeCloseTo(0.6);
  });
});

describe('suggestions', () => {
  const products = [{ productId: 'linen-shirt', title: 'Linen shirt', sold: 300, returned: 90, rate: 0.3 }];
  it('a fit note with its evidence: size returns and the agreeing fit votes', () => {
    const sizes = [size('S', 10, 2, { small: 5, true: 3, large: 0 }), size('L', 31, 17, { small: 8, true: 5, large: 0 })];
    const [s] = suggest({ products, sizes, reasons: [] });
    expect(s).toMatchObject({ kind: 'fit_note', tendency: 'small', count: 41, of: 60, votes: 21, owned: true, accepted: false });
    expect(s!.agree).toBeCloseTo(13 / 21);
  });
  it('no fit note on a thin or split signal', () => {
    expect(suggest({ products, sizes: [size('M', 5, 4)], reasons: [] })).toEqual([]);
    expect(suggest({ products, sizes: [size('M', 30, 30)], reasons: [] })).toEqual([]);
  });
  it('a photo for "not as described" and packaging for damage, naming a carrier only when it dominates', () => {
    const reasons = [
      { productId: 'linen-shirt', reasonId: 'not_as_described', count: 9, previous: 1 },
      { productId: 'linen-shirt', reasonId: 'damaged', carrier: 'Parcelo', count: 12, previous: 0 },
    ];
    const list = suggest({ products, sizes: [], reasons }, new Set(['add_photo:linen-shirt']));
    expect(list.map((s) => [s.kind, s.count, s.carrier ?? null, s.accepted])).toEqual([
      ['check_packaging', 12, 'Parcelo', false],
      ['add_photo', 9, null, true],
    ]);
    const split = suggest({
      products,
      sizes: [],
      reasons: [...reasons, { productId: 'linen-shirt', reasonId: 'damaged', carrier: 'Other', count: 6, previous: 0 }],
    });
    expect(split.find((s) => s.kind === 'check_packaging')!.carrier).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes, doubles quotes and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['b\nc', 0.5],
      ]),
    ).toBe('a,1\r\n"b\nc",0.5\r\n');
  });
});
