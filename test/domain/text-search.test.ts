import { describe, expect, it } from 'vitest';
import { indexFaq, searchFaq, slugify } from '../../src/domain/faq-search.js';
import { fold, findRanges, prepareText, queryTerms } from '../../src/domain/text-search.js';

describe('fold', () => {
  it('removes accents and case, and maps full-width letters to ASCII', () => {
    expect(fold('Crème BRÛLÉE')).toBe('creme brulee');
    expect(fold('ＡＢＣ１２３')).toBe('abc123');
  });
});

describe('findRanges', () => {
  it('maps matches in folded text back to the original characters', () => {
    const text = prepareText('Réexpédition gratuite');
    const ranges = findRanges(text, queryTerms('EXPEDITION'));
    expect(ranges).toEqual([{ start: 2, end: 12 }]);
    expect(text.text.slice(2, 12)).toBe('expédition');
  });

  it('finds Chinese substrings without word boundaries', () => {
    const text = prepareText('如何申请退货和退款？');
    expect(findRanges(text, ['退款'])).toEqual([{ start: 7, end: 9 }]);
  });
});

describe('searchFaq', () => {
  const index = indexFaq([
    { id: 'a', question: 'How do I return an item?', answerText: 'Use the returns form within 30 days.' },
    { id: 'b', question: 'When will I get my refund?', answerText: 'Refunds take 5 business days.' },
    { id: 'c', question: '如何申请退款？', answerText: '请在30天内提交退货申请。' },
  ]);

  it('matches every term in question or answer, case-insensitively', () => {
    expect(searchFaq(index, 'REFUND').map((h) => h.id)).toEqual(['b']);
    expect(searchFaq(index, 'returns 30').map((h) => h.id)).toEqual(['a']);
    expect(searchFaq(index, 'refund days').map((h) => h.id)).toEqual(['b']);
  });

  it('works for Chinese queries', () => {
    expect(searchFaq(index, '退款').map((h) => h.id)).toEqual(['c']);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(searchFaq(index, '   ')).toHaveLength(3);
    expect(searchFaq(index, 'xylophone')).toEqual([]);
  });
});

describe('slugify', () => {
  it('makes URL-safe ids and avoids collisions', () => {
    expect(slugify('How do I return an item?')).toBe('how-do-i-return-an-item');
    expect(slugify('Shipping', new Set(['shipping']))).toBe('shipping-2');
  });
  it('gives non-Latin questions a stable hashed id', () => {
    const id = slugify('如何申请退款？');
    expect(id).toMatch(/^faq-[a-z0-9]+$/);
    expect(slugify('如何申请退款？')).toBe(id);
  });
});
