import { describe, expect, it } from 'vitest';
import { countEn } from '../../src/core/i18n.js';

describe('countEn', () => {
  it('uses the singular only for exactly one', () => {
    expect(countEn(1, '1 review', 'n reviews')).toBe('1 review');
    for (const n of [0, 2, 11, 21, 1.5, 1000]) expect(countEn(n, 'one', 'other')).toBe('other');
  });
});
