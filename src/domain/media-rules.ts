/**
 * The uploader's plain rules: which kinds a picker accepts and the limits (how a file is checked
 * against them is upload-rules.ts, which only the uploader needs). A module without schemas:
 * the review form draws the uploader's face before any data, and importing media.ts would bring
 * zod (and its schema constructions) up front.
 */
export type MediaKind = 'image' | 'video';

/** Which kinds a picker accepts: `image`, `video`, or both (`image,video`, `both`, empty). */
export function parseAccept(value: string | null | undefined): MediaKind[] {
  const v = (value ?? '').toLowerCase();
  const kinds = (['image', 'video'] as const).filter((k) => v.includes(k));
  return kinds.length ? kinds : ['image', 'video'];
}

/** What the shopper may add, stated before they pick. Sizes in bytes, durations in seconds. */
export interface MediaLimits {
  maxFiles: number;
  maxImageBytes: number;
  maxVideoBytes: number;
  maxVideoSeconds: number;
}

export const MB = 1024 * 1024;

/** The longest description of a photo or video (media.ts's schema): counted as typed, never cut. */
export const MEDIA_ALT_MAX = 500;

/** Whether a description is over that limit (surrounding spaces do not count, as when it is sent). */
export const altTooLong = (alt: string | undefined): boolean => (alt ?? '').trim().length > MEDIA_ALT_MAX;

export const defaultMediaLimits: MediaLimits = {
  maxFiles: 6,
  maxImageBytes: 25 * MB,
  maxVideoBytes: 200 * MB,
  maxVideoSeconds: 60,
};

/** The stricter of two sets of limits, field by field (the uploader's own and the backend's answer). */
export function tighterLimits(own: MediaLimits, backend: Partial<MediaLimits> | undefined): MediaLimits {
  const min = (a: number, b: number | undefined) => (b !== undefined && b > 0 && b < a ? b : a);
  return {
    maxFiles: min(own.maxFiles, backend?.maxFiles),
    maxImageBytes: min(own.maxImageBytes, backend?.maxImageBytes),
    maxVideoBytes: min(own.maxVideoBytes, backend?.maxVideoBytes),
    maxVideoSeconds: min(own.maxVideoSeconds, backend?.maxVideoSeconds),
  };
}
