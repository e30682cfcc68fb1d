import { describe, expect, it } from 'vitest';
import { trustBlobUrlsFrom } from '../../src/domain/blob-origin.js';
import {
  checkMediaLimits,
  defaultMediaLimits,
  fitWithin,
  MB,
  MediaRef,
  moveItem,
  parseAccept,
  progressStep,
  tighterLimits,
} from '../../src/domain/media.js';

const limits = { maxFiles: 3, maxImageBytes: 10 * MB, maxVideoBytes: 50 * MB, maxVideoSeconds: 30 };

describe('media limits', () => {
  it('parses accept into kinds, both by default', () => {
    expect(parseAccept('image')).toEqual(['image']);
    expect(parseAccept('video')).toEqual(['video']);
    expect(parseAccept('image,video')).toEqual(['image', 'video']);
    expect(parseAccept('')).toEqual(['image', 'video']);
    expect(parseAccept(undefined)).toEqual(['image', 'video']);
  });

  it('refuses too many files, the wrong kind, too large and too long, in that order', () => {
    const both = ['image', 'video'] as const;
    expect(checkMediaLimits({ kind: 'image', size: MB }, limits, both, 3)).toBe('too-many');
    expect(checkMediaLimits({ kind: 'video', size: MB }, limits, ['image'], 0)).toBe('kind');
    expect(checkMediaLimits({ kind: 'image', size: 10 * MB + 1 }, limits, both)).toBe('too-large');
    expect(checkMediaLimits({ kind: 'image', size: 10 * MB }, limits, both)).toBeUndefined();
    expect(checkMediaLimits({ kind: 'video', size: 50 * MB + 1 }, limits, both)).toBe('too-large');
    expect(checkMediaLimits({ kind: 'video', size: MB, durationSeconds: 31 }, limits, both)).toBe('too-long');
    // A container that says 30.2 s for a 30 s clip is still within 30 s.
    expect(checkMediaLimits({ kind: 'video', size: MB, durationSeconds: 30.2 }, limits, both)).toBeUndefined();
    expect(checkMediaLimits({ kind: 'video', size: MB }, limits, both, 2)).toBeUndefined();
    expect(defaultMediaLimits.maxFiles).toBeGreaterThan(0);
  });

  it('fits a 12 MP photo into a 2048 px long edge, keeps aspect, never upscales', () => {
    expect(fitWithin(4000, 3000, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin(3000, 4000, 2048)).toEqual({ width: 1536, height: 2048 });
    expect(fitWithin(800, 600, 2048)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10000, 1, 2048)).toEqual({ width: 2048, height: 1 });
  });

  it('moves items by one place and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('announces progress in steps of 25%', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 99, 100].map((p) => progressStep(p, 100))).toEqual([0, 0, 25, 25, 50, 50, 75, 75, 100]);
    expect(progressStep(5, 0)).toBe(0);
  });

  it('accepts blob: and http(s) media URLs but not javascript: or data:', () => {
    trustBlobUrlsFrom(location.origin);
    const ok = (url: string) => MediaRef.safeParse({ id: 'm1', kind: 'image', url }).success;
    expect(ok('https://cdn.example/m1.jpg')).toBe(true);
    expect(ok('/media/m1.jpg')).toBe(true);
    expect(ok(`blob:${location.origin}/0b5f`)).toBe(true);
    expect(ok('javascript:alert(1)')).toBe(false);
    expect(ok('data:image/svg+xml,<svg onload=alert(1)>')).toBe(false);
  });
});

describe('tighterLimits', () => {
  it('takes the smaller of each limit, ignoring what the backend leaves out or sends as zero', () => {
    expect(tighterLimits(limits, undefined)).toEqual(limits);
    expect(tighterLimits(limits, {})).toEqual(limits);
    expect(tighterLimits(limits, { maxImageBytes: 5 * MB, maxVideoBytes: 80 * MB, maxFiles: 0 })).toEqual({
      ...limits,
      maxImageBytes: 5 * MB,
    });
    expect(tighterLimits(limits, { maxFiles: 2, maxVideoSeconds: 15 })).toEqual({ ...limits, maxFiles: 2, maxVideoSeconds: 15 });
  });
});

describe('altTooLong', () => {
  it('counts a description as it is sent (trimmed) against the schema limit', async () => {
    const { MediaMeta } = await import('../../src/domain/media.js');
    const { altTooLong, MEDIA_ALT_MAX } = await import('../../src/domain/media-rules.js');
    const at = 'x'.repeat(MEDIA_ALT_MAX);
    expect([altTooLong(at), altTooLong(` ${at}\n`), altTooLong(`${at}x`), altTooLong(undefined)]).toEqual([false, false, true, false]);
    // The schema a backend checks refuses what the check refuses, and takes what it takes.
    const meta = { kind: 'image', mime: 'image/jpeg', purpose: 'review', size: 1 };
    expect(MediaMeta.safeParse({ ...meta, alt: at }).success).toBe(true);
    expect(MediaMeta.safeParse({ ...meta, alt: `${at}x` }).success).toBe(false);
  });
});
