/**
 * Counts in the English catalogues are worded by `countEn` (CLDR's English rule), never by a
 * hand-written `n === 1 ? … : …`, and every catalogue says `1 …` and `2 …s` where it counts.
 */
import { describe, expect, it } from 'vitest';
import { reviewsMessages } from '../../src/elements/reviews/reviews.messages.js';
import { uploaderMessages } from '../../src/elements/media-uploader/media-uploader.messages.js';

const catalogues = import.meta.glob('../../src/elements/*/*.messages.ts', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

describe('plural wording', () => {
  it('reads every message catalogue', () => {
    expect(Object.keys(catalogues).length).toBeGreaterThanOrEqual(10);
  });

  it('leaves no count worded by hand with `=== 1 ?`', () => {
    const byHand = Object.entries(catalogues).flatMap(([path, text]) =>
      text
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => /\b\w+ === 1 \?/.test(line))
        .map(([line, n]) => `${path.replace(/^.*src\//, 'src/')}:${n}: ${line.trim()}`),
    );
    expect(byHand).toEqual([]);
  });

  it('says one and many in English', () => {
    expect(reviewsMessages.en.countReviews(1, '1')).toBe('1 review');
    expect(reviewsMessages.en.countReviews(2, '2')).toBe('2 reviews');
    expect(reviewsMessages.en.countReviews(0, '0')).toBe('0 reviews');
    expect(uploaderMessages.en.full(1)).not.toMatch(/1 files/);
    expect(uploaderMessages.en.full(6)).toMatch(/6 files/);
  });
});
