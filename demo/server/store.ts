/** Media on disk under `<data>/media/` plus one row per file. */
/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MediaKind, MediaMime, MediaRef } from '../../src/domain/media.js';
import type { Review } from '../../src/domain/reviews.js';
import type { Db } from './db.js';
import { imageSize } from './media.js';

export const API_BASE = '/api';
const EXT: Record<MediaMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
};

export interface MediaRow {
  id: string;
  kind: MediaKind;
  mime: MediaMime;
  file: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  status: 'published' | 'pending';
  purpose: string;
  review_id: string | null;
  return_id: string | null;
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, 'x')}`;
}

/** Writes already-sniffed, already-stripped bytes and records them. */
export function saveMedia(
  db: Db,
  dataDir: string,
  bytes: Buffer,
  meta: {
    mime: MediaMime;
    kind: MediaKind;
    purpose: string;
    alt?: string;
    filename?: string;
    id?: string;
    width?: number;
    height?: number;
    now?: number;
  },
): MediaRef {
  const id = meta.id ?? newId('m');
  const file = `${id}.${EXT[meta.mime]}`;
  writeFileSync(join(dataDir, 'media', file), bytes);
  const size = meta.kind === 'image' ? imageSize(bytes, meta.mime) : undefined;
  const width = size?.width ?? meta.width ?? null;
  const height = size?.height ?? meta.height ?? null;
  db.prepare(
    `INSERT INTO media (id, kind, mime, file, bytes, width, height, alt, purpose, filename, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?)`,
  ).run(
    id,
    meta.kind,
    meta.mime,
    file,
    bytes.length,
    width,
    height,
    meta.alt ?? null,
    meta.purpose,
    meta.filename ?? null,
    new Date(meta.now ?? Date.now()).toISOString(),
  );
  return mediaRef(db.prepare('SELECT * FROM media WHERE id = ?').get(id) as MediaRow);
}

export function mediaRef(row: MediaRow): MediaRef {
  const ref: MediaRef = { id: row.id, kind: row.kind, url: `${API_BASE}/media/files/${row.id}`, status: row.status };
  if (row.kind === 'image') ref.thumbnailUrl = ref.url;
  if (row.width) ref.width = row.width;
  if (row.height) ref.height = row.height;
  if (row.alt) ref.alt = row.alt;
  return ref;
}

/** A row of `reviews`, as the shopper routes and the admin read it. */
export interface ReviewRow {
  id: string;
  product_id: string;
  rating: number;
  title: string | null;
  body: string;
  author: string;
  created_at: string;
  verified: number;
  fit: 'small' | 'true' | 'large' | null;
  size: string | null;
  status: string;
  helpful: number;
  reply_body: string | null;
  reply_author: string | null;
  reply_at: string | null;
}

/**
 * The language of a text the demo's shop holds: Chinese if it has Han characters, else English (the
 * two languages it is written in). A real backend knows it from where the text was written.
 */
export const textLang = (text: string): 'en' | 'zh-CN' => (/[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en');

/** The parts of a review that only some have (title, fit, size, the shop's reply), and its language, the same for shoppers and the merchant. */
export function reviewOptionals(r: ReviewRow): Pick<Review, 'title' | 'fit' | 'size' | 'reply'> & { lang: 'en' | 'zh-CN' } {
  return {
    ...(r.title ? { title: r.title } : {}),
    ...(r.fit ? { fit: r.fit } : {}),
    ...(r.size ? { size: r.size } : {}),
    ...(r.reply_body
      ? {
          reply: {
            body: r.reply_body,
            createdAt: r.reply_at!,
            ...(r.reply_author ? { author: r.reply_author } : {}),
            lang: textLang(r.reply_body),
          },
        }
      : {}),
    lang: textLang(`${r.title ?? ''}${r.body}`),
  };
}
