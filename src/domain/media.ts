/** Shopper media (photos, videos) as they cross the adapter boundary. */
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
export const MediaMeta = z.object({
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
});
export type MediaMeta = z.infer<typeof MediaMeta>;

/** The stored media an upload returns and reviews reference. */
export const MediaRef = z.object({
  id: Id,
  kind: MediaKind,
  url: z.optional(SafeUrl),
  thumbnailUrl: z.optional(SafeUrl),
  width: z.optional(z.int()),
  height: z.optional(z.int()),
  alt: z.optional(PlainText),
  /** `pending` while a moderator has not approved it for public display. */
  status: z._default(z.enum(['published', 'pending']), 'published'),
});
export type MediaRef = z.infer<typeof MediaRef>;
