import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SizeChart } from '../../src/domain/size-chart.js';
import { fromDisplay } from '../../src/domain/size-conversion.js';
import { recommendSize, suggestExchangeSize } from '../../src/domain/size-recommendation.js';

const r = (min: number, max: number) => ({ min, max });

const tops = SizeChart.parse({
  id: 'tops',
  measurements: [
    { key: 'chest', label: 'Chest', unit: 'cm' },
    { key: 'waist', label: 'Waist', unit: 'cm' },
    { key: 'hip', label: 'Hip', unit: 'cm' },
  ],
  sizes: [
    { id: 'S', label: 'S', ranges: { chest: r(84, 89), waist: r(68, 73), hip: r(90, 95) } },
    { id: 'M', label: 'M', ranges: { chest: r(90, 95), waist: r(74, 79), hip: r(96, 101) } },
    { id: 'L', label: 'L', ranges: { chest: r(96, 101), waist: r(80, 85), hip: r(102, 107) } },
    { id: 'XL', label: 'XL', ranges: { chest: r(102, 108), waist: r(86, 92), hip: r(108, 114) } },
  ],
});

const heightWeight = SizeChart.parse({
  id: 'hw',
  measurements: [
    { key: 'height', label: 'Height', unit: 'cm' },
    { key: 'weight', label: 'Weight', unit: 'kg' },
  ],
  sizes: [
    { id: 'S', label: 'S', ranges: { height: r(160, 170), weight: r(50, 60) } },
    { id: 'M', label: 'M', ranges: { height: r(170, 178), weight: r(60, 72) } },
    { id: 'L', label: 'L', ranges: { height: r(178, 186), weight: r(72, 85) } },
  ],
});

const shoes = SizeChart.parse({
  id: 'shoes',
  measurements: [{ key: 'foot', label: 'Foot length', unit: 'cm' }],
  sizes: [
    { id: '38', label: '38', ranges: { foot: r(23.8, 24.4) } },
    { id: '39', label: '39', ranges: { foot: r(24.5, 25.1) } },
    { id: '40', label: '40', ranges: { foot: r(25.2, 25.8) } },
  ],
});

const overlapping = SizeChart.parse({
  id: 'stretch',
  measurements: [{ key: 'chest', label: 'Chest', unit: 'cm' }],
  sizes: [
    { id: 'M', label: 'M', ranges: { chest: r(90, 96) } },
    { id: 'L', label: 'L', ranges: { chest: r(94, 100) } },
  ],
});

describe('recommendSize: inside the chart', () => {
  it('1. one measurement inside one size', () => {
    expect(recommendSize(tops, { chest: 92 })).toEqual({ sizeId: 'M', perMeasurement: [{ key: 'chest', sizeIds: ['M'] }] });
  });

  it('2. all measurements in the same size', () => {
    const rec = recommendSize(tops, { chest: 92, waist: 76, hip: 98 });
    expect(rec.sizeId).toBe('M');
    expect(rec.perMeasurement.map((p) => p.sizeIds)).toEqual([['M'], ['M'], ['M']]);
  });

  it('3. range edges are inclusive', () => {
    expect(recommendSize(tops, { chest: 84 }).sizeId).toBe('S');
    expect(recommendSize(tops, { chest: 89 }).sizeId).toBe('S');
    expect(recommendSize(tops, { chest: 108 }).sizeId).toBe('XL');
  });

  it('4. values converted from inches that land a hair over an edge still fit', () => {
    expect(recommendSize(tops, { chest: 108 + 1e-9 }).sizeId).toBe('XL');
  });

  it('5. a value typed in inches is matched in cm', () => {
    expect(recommendSize(tops, { chest: fromDisplay(36, 'cm', 'imperial') }).sizeId).toBe('M');
  });

  it('6. perMeasurement follows the chart order, not the input order', () => {
    const rec = recommendSize(tops, { hip: 98, chest: 92 });
    expect(rec.perMeasurement.map((p) => p.key)).toEqual(['chest', 'hip']);
  });

  it('7. overlapping ranges report both sizes', () => {
    expect(recommendSize(overlapping, { chest: 95 }).perMeasurement[0]!.sizeIds).toEqual(['M', 'L']);
  });

  it('8. in an overlap the size whose middle is nearer wins', () => {
    expect(recommendSize(overlapping, { chest: 94.5 }).sizeId).toBe('M');
    expect(recommendSize(overlapping, { chest: 95.5 }).sizeId).toBe('L');
  });

  it('9. an exact tie goes to the larger size', () => {
    expect(recommendSize(overlapping, { chest: 95 }).sizeId).toBe('L');
  });

  it('10. height alone, weight alone', () => {
    expect(recommendSize(heightWeight, { height: 175 }).sizeId).toBe('M');
    expect(recommendSize(heightWeight, { weight: 80 }).sizeId).toBe('L');
  });

  it('11. height and weight that disagree meet in the middle', () => {
    const rec = recommendSize(heightWeight, { height: 168, weight: 75 });
    expect(rec.sizeId).toBe('M');
    expect(rec.perMeasurement).toEqual([
      { key: 'height', sizeIds: ['S'] },
      { key: 'weight', sizeIds: ['L'] },
    ]);
  });

  it('12. shoes by foot length', () => {
    expect(recommendSize(shoes, { foot: 24.6 }).sizeId).toBe('39');
    expect(recommendSize(shoes, { foot: 25.8 }).sizeId).toBe('40');
  });
});

describe('recommendSize: between sizes', () => {
  it('13. a value in the gap between two sizes names both', () => {
    expect(recommendSize(tops, { chest: 89.5 }).perMeasurement[0]).toEqual({ key: 'chest', sizeIds: [], between: ['S', 'M'] });
  });

  it('14. exactly between two sizes goes up', () => {
    expect(recommendSize(tops, { chest: 89.5 }).sizeId).toBe('M');
    expect(recommendSize(shoes, { foot: 24.45 }).sizeId).toBe('39');
  });

  it('15. chest fits M, waist between M and L → M (the issue example)', () => {
    const rec = recommendSize(tops, { chest: 93, waist: 79.5 });
    expect(rec).toEqual({
      sizeId: 'M',
      perMeasurement: [
        { key: 'chest', sizeIds: ['M'] },
        { key: 'waist', sizeIds: [], between: ['M', 'L'] },
      ],
    });
  });

  it('16. a between measurement does not outvote one that fits', () => {
    expect(recommendSize(tops, { chest: 86, waist: 73.5 }).sizeId).toBe('S');
  });

  it('17. chest in L and waist in S settle on the size nearest both (M), and both facts are kept', () => {
    const rec = recommendSize(tops, { chest: 98, waist: 70 });
    expect(rec.sizeId).toBe('M');
    expect(rec.perMeasurement.map((p) => p.sizeIds)).toEqual([['L'], ['S']]);
  });
});

describe('recommendSize: fit tendency', () => {
  it('18. runs small: chest fits M, waist between M and L → choose L', () => {
    const rec = recommendSize(tops, { chest: 93, waist: 79.5 }, { fit: 'small' });
    expect(rec.sizeId).toBe('L');
    expect(rec.adjustedForFit).toBe('small');
    // The per-measurement facts stay about the shopper's real values.
    expect(rec.perMeasurement[0]).toEqual({ key: 'chest', sizeIds: ['M'] });
  });

  it('19. runs small leaves a shopper in the middle of a size alone', () => {
    const rec = recommendSize(tops, { chest: 91 }, { fit: 'small' });
    expect(rec.sizeId).toBe('M');
    expect(rec.adjustedForFit).toBeUndefined();
  });

  it('20. runs large moves a shopper at the bottom of a size down', () => {
    const rec = recommendSize(tops, { chest: 90 }, { fit: 'large' });
    expect(rec).toMatchObject({ sizeId: 'S', adjustedForFit: 'large' });
  });

  it('21. runs large leaves the top of a size alone', () => {
    expect(recommendSize(tops, { chest: 95 }, { fit: 'large' })).toMatchObject({ sizeId: 'M' });
    expect(recommendSize(tops, { chest: 95 }, { fit: 'large' }).adjustedForFit).toBeUndefined();
  });

  it('22. true to size never adjusts', () => {
    expect(recommendSize(tops, { chest: 94.9 }, { fit: 'true' })).toEqual(recommendSize(tops, { chest: 94.9 }));
  });

  it('23. no size above the largest: runs small at XL stays XL, unadjusted', () => {
    const rec = recommendSize(tops, { chest: 107 }, { fit: 'small' });
    expect(rec.sizeId).toBe('XL');
    expect(rec.adjustedForFit).toBeUndefined();
  });

  it('24. no size below the smallest: runs large at S stays S', () => {
    expect(recommendSize(tops, { chest: 84 }, { fit: 'large' })).toEqual({
      sizeId: 'S',
      perMeasurement: [{ key: 'chest', sizeIds: ['S'] }],
    });
  });
});

describe('recommendSize: outside the chart and bad input', () => {
  it('25. above the largest size: no size, outOfRange above', () => {
    expect(recommendSize(tops, { chest: 120 })).toEqual({ outOfRange: 'above', perMeasurement: [{ key: 'chest', sizeIds: [] }] });
  });

  it('26. below the smallest size: no size, outOfRange below', () => {
    const rec = recommendSize(tops, { chest: 70, waist: 60 });
    expect(rec.sizeId).toBeUndefined();
    expect(rec.outOfRange).toBe('below');
  });

  it('27. one measurement above wins over others that fit', () => {
    expect(recommendSize(tops, { chest: 92, waist: 130 })).toMatchObject({ outOfRange: 'above' });
    expect(recommendSize(tops, { chest: 92, waist: 130 }).sizeId).toBeUndefined();
  });

  it('28. one measurement below while others fit still recommends, and says which', () => {
    const rec = recommendSize(tops, { chest: 86, waist: 60 });
    expect(rec.sizeId).toBe('S');
    expect(rec.outOfRange).toBeUndefined();
    expect(rec.perMeasurement[1]).toEqual({ key: 'waist', sizeIds: [] });
  });

  it('29. a fit tendency does not pull a shopper out of range into the chart', () => {
    expect(recommendSize(tops, { chest: 110 }, { fit: 'large' })).toMatchObject({ outOfRange: 'above' });
  });

  it('30. nothing entered: no size and no claim', () => {
    expect(recommendSize(tops, {})).toEqual({ perMeasurement: [] });
  });

  it('31. unknown keys, zero, negative, NaN and Infinity are ignored', () => {
    expect(recommendSize(tops, { inseam: 80, chest: 0, waist: -5, hip: Number.NaN })).toEqual({ perMeasurement: [] });
    expect(recommendSize(tops, { chest: Number.POSITIVE_INFINITY, hip: 98 }).sizeId).toBe('M');
  });

  it('32. sizes without a range for a measurement are judged on the rest', () => {
    const partial = SizeChart.parse({
      ...tops,
      sizes: tops.sizes.map((s) => (s.id === 'L' ? { ...s, ranges: { chest: s.ranges.chest! } } : s)),
    });
    expect(recommendSize(partial, { chest: 98, hip: 104 }).sizeId).toBe('L');
    expect(recommendSize(partial, { hip: 104 }).perMeasurement[0]).toEqual({ key: 'hip', sizeIds: [], between: ['M', 'XL'] });
  });
});

describe('recommendSize: properties', () => {
  const ranges = tops.sizes.map((s) => s.ranges.chest!);

  it('a chest value inside a size recommends that size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, t) => {
        const range = ranges[i]!;
        const value = range.min + t * (range.max - range.min);
        return recommendSize(tops, { chest: value }).sizeId === tops.sizes[i]!.id;
      }),
    );
  });

  it('a bigger chest never gets a smaller size', () => {
    const index = (id?: string) => tops.sizes.findIndex((s) => s.id === id);
    fc.assert(
      fc.property(fc.double({ min: 84, max: 108, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (a, d) => {
        const b = Math.min(108, a + d);
        return index(recommendSize(tops, { chest: b }).sizeId) >= index(recommendSize(tops, { chest: a }).sizeId);
      }),
    );
  });
});

describe('suggestExchangeSize', () => {
  it('33. the next size up and down', () => {
    expect(suggestExchangeSize(tops, 'M', 'larger')?.id).toBe('L');
    expect(suggestExchangeSize(tops, 'M', 'smaller')?.id).toBe('S');
  });

  it('34. nothing past either end, nothing for an unknown size', () => {
    expect(suggestExchangeSize(tops, 'XL', 'larger')).toBeUndefined();
    expect(suggestExchangeSize(tops, 'S', 'smaller')).toBeUndefined();
    expect(suggestExchangeSize(tops, 'XXL', 'larger')).toBeUndefined();
  });
});
