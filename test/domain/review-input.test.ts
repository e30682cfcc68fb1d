import { describe, expect, it } from 'vitest';
import { validateReviewDraft } from '../../src/domain/review-validate.js';

const good = { rating: 4, title: 'Nice', body: 'Fits well.', author: 'Mei', email: 'mei@example.com' };
const fields = (d: Parameters<typeof validateReviewDraft>[0], o?: Parameters<typeof validateReviewDraft>[1]) =>
  validateReviewDraft(d, o).map((e) => `${e.field}:${e.problem}`);

describe('validateReviewDraft', () => {
  it('accepts a complete draft', () => {
    expect(fields(good)).toEqual([]);
  });

  it('lists every problem in the order the form shows the fields', () => {
    expect(fields({})).toEqual(['rating:required', 'body:required', 'author:required', 'email:required']);
    expect(fields({ ...good, rating: 0, body: '   ', email: 'not-an-email' })).toEqual([
      'rating:required',
      'body:required',
      'email:invalid',
    ]);
  });

  it('checks lengths and email shape', () => {
    expect(fields({ ...good, title: 'x'.repeat(151), body: 'y'.repeat(5001), author: 'z'.repeat(81) })).toEqual([
      'title:too-long',
      'body:too-long',
      'author:too-long',
    ]);
    expect(fields({ ...good, email: 'a@b' })).toEqual(['email:invalid']);
    expect(fields({ ...good, email: 'a b@c.com' })).toEqual(['email:invalid']);
  });

  it('asks for consent when media is attached, and for patience while it uploads', () => {
    expect(fields({ ...good, mediaIds: ['m1'] })).toEqual(['consent:required']);
    expect(fields({ ...good, mediaIds: ['m1'], mediaConsent: true })).toEqual([]);
    expect(fields({ ...good, mediaBusy: true })).toEqual(['media:busy']);
  });

  it('counts photo and video descriptions against their limit (500), once the uploads are done', () => {
    const media = (alt: string) => [{ alt: 'Sole' }, { alt }];
    const ok = { ...good, mediaIds: ['m1', 'm2'], mediaConsent: true };
    expect(fields({ ...ok, media: media('x'.repeat(500)) })).toEqual([]);
    expect(fields({ ...ok, media: media(` ${'x'.repeat(500)} `) })).toEqual([]);
    expect(fields({ ...ok, media: media('x'.repeat(501)) })).toEqual(['media:too-long']);
    expect(fields({ ...ok, media: media('x'.repeat(501)), mediaBusy: true })).toEqual(['media:busy']);
  });

  it('treats the fit answer as optional but valid when given', () => {
    expect(fields({ ...good, fit: 'large' }, { askFit: true })).toEqual([]);
    expect(fields({ ...good, fit: 'huge' }, { askFit: true })).toEqual(['fit:invalid']);
  });

  it('applies the same rules to every rating (nothing depends on sentiment)', () => {
    const results = [1, 2, 3, 4, 5].map((rating) => fields({ ...good, rating, body: '' }));
    expect(new Set(results.map((r) => r.join()))).toEqual(new Set(['body:required']));
  });
});
