/**
 * Who may see a stored file at `GET /api/media/files/:id`:
 *
 * - catalog images: everyone;
 * - review photos and videos: everyone once the merchant published both the item and its review;
 *   before that (waiting, rejected, or on a pending or rejected review) only the merchant (admin
 *   session cookie or bearer token), and, while the review is not sent yet, the uploader with the
 *   media proof from the upload answer (the form previews its own photo after a reload);
 * - return evidence: only the merchant, or the returner with the media proof of the upload (it
 *   expires with the lookup token the upload was made with).
 *
 * Everything else is `none`, and the route answers the same 404 as for an unknown id, so an
 * id says nothing about whether a file exists. Private answers are never cached by shared caches.
 */
import type { Db } from './db.js';
import type { MediaRow } from './store.js';

export type MediaAccess = 'public' | 'private' | 'none';

export interface Viewer {
  /** Signed in to the admin (session cookie or bearer token). */
  merchant: boolean;
  /** Sent a valid media proof for this very id. */
  uploader: boolean;
}

export function mediaAccess(db: Db, row: Pick<MediaRow, 'purpose' | 'status' | 'review_id'>, viewer: Viewer): MediaAccess {
  if (row.purpose === 'return') return viewer.merchant || viewer.uploader ? 'private' : 'none';
  if (row.purpose !== 'review') return 'public';
  if (row.status === 'published' && row.review_id && reviewPublished(db, row.review_id)) return 'public';
  if (viewer.merchant) return 'private';
  // Once the review is sent, the photo is the merchant's to judge: the proof opens it no more.
  return viewer.uploader && row.review_id === null ? 'private' : 'none';
}

function reviewPublished(db: Db, reviewId: string): boolean {
  return (db.prepare('SELECT status FROM reviews WHERE id = ?').get(reviewId) as { status: string } | undefined)?.status === 'published';
}

/** How long an upload's media proof lasts: review uploads as long as an unfinished upload, return photos as long as their lookup token. */
export function proofExpiry(purpose: string, now: number, uploadExpiryMs: number, lookupExpiresAt: number | undefined): number {
  return purpose === 'return' && lookupExpiresAt !== undefined ? lookupExpiresAt : now + uploadExpiryMs;
}
