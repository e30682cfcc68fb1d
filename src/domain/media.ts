/**
 * Shopper media (photos, videos) as they cross the adapter boundary.
 *
 * Composite schemas are built on first parse (`z.lazy`): a product page's chunk of schemas used to
 * build ~340 zod schemas in one task when it was evaluated (issue 16); now each answer type builds
 * its own with its first answer. test/domain/lazy-schemas.test.ts keeps new ones lazy.
 */
import * as z from 'zod/mini';
import { Id, PlainText, SafeUrl } from './common.js';

export const MediaKind = z.enum(['image', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;

/** Sniffed container types the uploader accepts. */
export const MediaMime = z.enum([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/heic',
  'image/heif',
  'video/mp4',
  'video/quicktime',
  'video/webm',
]);
export type MediaMime = z.infer<typeof MediaMime>;

/** What the uploader sends along with the bytes. */
export const MediaMeta = z.lazy(() =>
  z.object({
    kind: MediaKind,
    mime: MediaMime,
    /** Original file name, for the merchant; never used to decide the type. */
    filename: z.optional(PlainText.check(z.maxLength(255))),
    size: z.int().check(z.gte(1)),
    width: z.optional(z.int().check(z.gte(1))),
    height: z.optional(z.int().check(z.gte(1))),
    durationSeconds: z.optional(z.number().check(z.gte(0))),
    alt: z.optional(PlainText.check(z.maxLength(500))),
    purpose: z.enum(['review', 'return']),
    /** For `purpose: "return"`: the order's `lookupToken` (backends may require it for return evidence). */
    lookupToken: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  }),
);
export type MediaMeta = z.infer<typeof MediaMeta>;

/** The stored media an upload returns and reviews reference. */
export const MediaRef = z.lazy(() =>
  z.object({
    id: Id,
    kind: MediaKind,
    url: z.optional(SafeUrl),
    thumbnailUrl: z.optional(SafeUrl),
    width: z.optional(z.int()),
    height: z.optional(z.int()),
    alt: z.optional(PlainText),
    /** `pending` while a moderator has not approved it for public display. */
    status: z._default(z.enum(['published', 'pending']), 'published'),
  }),
);
export type MediaRef = z.infer<typeof MediaRef>;

/** `getMediaLimits` input: the purpose the uploads are for. */
export const MediaLimitsQuery = z.lazy(() => z.object({ purpose: z.enum(['review', 'return']) }));
export type MediaLimitsQuery = z.infer<typeof MediaLimitsQuery>;

/**
 * `getMediaLimits` answer: what the backend accepts (any field may be left out). The uploader
 * states and checks the smaller of this and its own attributes, so the limits shoppers read are
 * the ones enforced.
 */
export const MediaLimitsAnswer = z.lazy(() =>
  z.object({
    maxFiles: z.optional(z.int().check(z.gte(1))),
    maxImageBytes: z.optional(z.int().check(z.gte(1))),
    maxVideoBytes: z.optional(z.int().check(z.gte(1))),
    maxVideoSeconds: z.optional(z.number().check(z.gt(0))),
  }),
);
export type MediaLimitsAnswer = z.infer<typeof MediaLimitsAnswer>;

// The plain rules (no schemas), re-exported: the review form and the uploader import them directly.
export { MB, defaultMediaLimits, parseAccept, tighterLimits } from './media-rules.js';
export type { MediaLimits } from './media-rules.js';
export { checkMediaLimits, fitWithin, progressStep, type MediaLimitProblem } from './upload-rules.js';
export { moveItem } from './move-item.js';
