import { describe, expect, it } from 'vitest';
import { trustBlobUrlsFrom } from '../../src/domain/blob-origin.js';
import { SafeUrl } from '../../src/domain/common.js';
import { ReviewPage } from '../../src/domain/reviews.js';
import { check } from '../../src/domain/validation.js';

const page = (review: Record<string, unknown>) => ({
  reviews: [{ id: 'r1', productId: 'p1', rating: 4, body: 'ok', author: 'A', createdAt: '2026-11-01', ...review }],
  nextCursor: null,
  summary: { average: 4, count: 1, histogram: [0, 0, 0, 1, 0] },
});

describe('ReviewPage', () => {
  it('accepts a page and fills defaults', () => {
    const result = check(ReviewPage, page({}));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.reviews[0]).toMatchObject({ verifiedBuyer: false, media: [] });
  });

  it('names the failing path of a bad review', () => {
    expect(check(ReviewPage, page({ rating: 6 }))).toMatchObject({ ok: false, path: 'reviews[0].rating' });
    expect(check(ReviewPage, page({ createdAt: 'yesterday' }))).toMatchObject({ ok: false, path: 'reviews[0].createdAt' });
    expect(check(ReviewPage, page({ media: [{ id: 'm', kind: 'image', url: 'javascript:alert(1)' }] }))).toMatchObject({
      ok: false,
      path: 'reviews[0].media[0].url',
    });
  });
});

describe('SafeUrl', () => {
  it('accepts http(s), root-relative paths and blob: URLs of the trusted origin', () => {
    trustBlobUrlsFrom(location.origin);
    const blob = URL.createObjectURL(new Blob(['x'], { type: 'image/png' }));
    try {
      for (const url of ['https://cdn.example/a.jpg', 'http://x.test/a', '/media/a.jpg', blob])
        expect(SafeUrl.safeParse(url).success, url).toBe(true);
    } finally {
      URL.revokeObjectURL(blob);
    }
  });

  it('refuses script, data, protocol-relative and foreign blob: URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      '//evil.example/a.jpg',
      // Browsers read a backslash as a slash: another site, like //evil.example.
      '/\\evil.example/a.jpg',
      'blob:https://evil.example/0e6f-uuid',
      `blob:${location.origin}evil.example/x`,
      'blob:null/abc',
      'a.jpg',
    ])
      expect(SafeUrl.safeParse(url).success, url).toBe(false);
  });
});

describe('SafeUrl without a trusted origin', () => {
  it('refuses every blob: URL, in Node and the browser alike (the domain reads no browser global)', () => {
    trustBlobUrlsFrom(undefined);
    const blob = URL.createObjectURL(new Blob(['x'], { type: 'image/png' }));
    try {
      expect(SafeUrl.safeParse(blob).success).toBe(false);
      expect(SafeUrl.safeParse('https://cdn.example/a.jpg').success).toBe(true);
    } finally {
      URL.revokeObjectURL(blob);
      trustBlobUrlsFrom(location.origin);
    }
  });
});

describe('ReviewSummary counts', () => {
  it('refuses negative counts and over-long cursors', () => {
    const ok = page({});
    expect(check(ReviewPage, { ...ok, summary: { ...ok.summary, histogram: [0, 0, 0, -1, 0] } })).toMatchObject({
      ok: false,
      path: 'summary.histogram[3]',
    });
    expect(check(ReviewPage, { ...ok, summary: { ...ok.summary, fit: { small: -2, true: 0, large: 0 } } })).toMatchObject({
      ok: false,
      path: 'summary.fit.small',
    });
    expect(check(ReviewPage, { ...ok, nextCursor: 'x'.repeat(501) })).toMatchObject({ ok: false, path: 'nextCursor' });
    expect(check(ReviewPage, { ...ok, nextCursor: 'x'.repeat(500) }).ok).toBe(true);
  });
});
