import { describe, expect, it } from 'vitest';
import { countEn } from '../../src/core/i18n.js';

describe('countEn', () => {
  it('uses the singular only for exactly one', () => {
    expect(countEn(1, '1 review', 'n reviews')).toBe('1 review');
    for (const n of [0, 2, 11, 21, 1.5, 1000]) expect(countEn(n, 'one', 'other')).toBe('other');
  });

  it("chooses as Intl.PluralRules('en') does, for whole, negative and fractional counts", () => {
    const rules = new Intl.PluralRules('en');
    const counts = [...Array.from({ length: 301 }, (_, i) => i - 100), 0.5, 1.5, -1.5, 0.999, 1.001, 1e21, -0, NaN, Infinity];
    for (const n of counts) expect([n, countEn(n, 'one', 'other')]).toEqual([n, rules.select(n)]);
  });
});
