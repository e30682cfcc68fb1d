/** One listed file in the uploader, and the public shapes built from it. */
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { newIdempotencyKey } from '../../core/draft.js';
import type { MediaKind, MediaMeta, MediaMime, MediaRef } from '../../domain/media.js';

/** Why a file was refused or failed: a sniff/limit reason, a processing reason, or an adapter code. */
export type MediaErrorCode =
  | 'empty'
  | 'svg'
  | 'html'
  | 'executable'
  | 'unknown'
  | 'kind'
  | 'too-large'
  | 'too-long'
  | 'too-many'
  | 'unreadable'
  | 'heic'
  | AdapterErrorCode;

/** `detail` of every `rl-media-*` event. */
export interface MediaEventDetail {
  /** Local key of the file in this uploader (stable while it is listed). */
  key: string;
  /** The file's name as picked (never used to decide its type). */
  name: string;
  size: number;
  kind?: MediaKind;
  /** Type found from the file's first bytes. */
  mime?: MediaMime;
  /** Stored media id, once uploaded. */
  id?: string;
  ref?: MediaRef;
  /** On `rl-media-error`. */
  code?: MediaErrorCode;
}

/** One uploaded (or restored) media entry, as the `media` property exposes it. */
export interface UploadedMedia {
  id: string;
  kind?: MediaKind;
  name?: string;
  alt?: string;
  thumbnailUrl?: string;
  status?: 'published' | 'pending';
}

export type ItemStatus = 'checking' | 'processing' | 'uploading' | 'done' | 'failed' | 'refused' | 'cancelled';

export interface Item {
  key: string;
  name: string;
  size: number;
  file?: File;
  kind?: MediaKind;
  mime?: MediaMime;
  status: ItemStatus;
  progress: number;
  step: number;
  thumb?: string;
  ownThumb?: boolean;
  alt: string;
  blob?: Blob;
  meta?: Omit<MediaMeta, 'alt'>;
  ref?: MediaRef;
  code?: MediaErrorCode;
  reencoded?: boolean;
  durationSeconds?: number;
  abort?: AbortController;
  idempotencyKey: string;
}

export type MediaEventName = 'rl-media-add' | 'rl-media-remove' | 'rl-media-uploaded' | 'rl-media-error';

/** Still being checked, prepared or sent. */
export function isBusy(item: Item): boolean {
  return item.status === 'checking' || item.status === 'processing' || item.status === 'uploading';
}

/**
 * Bidirectional overrides and isolates (U+202A–202E, U+2066–2069): in a file name they turn the
 * text around ("photo\u202Egpj.exe" reads "photoexe.jpg"), in the shopper's row and in what the
 * merchant later sees. Dropped: a file name needs none of them.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** A file the shopper just picked, before its type is known. */
export function pickedItem(file: File, uid: string): Item {
  return {
    key: `${uid}-${newIdempotencyKey()}`,
    name: file.name.replace(BIDI_CONTROLS, '') || 'file',
    size: file.size,
    file,
    status: 'checking',
    progress: 0,
    step: 0,
    alt: '',
    idempotencyKey: newIdempotencyKey(),
  };
}

/** Media uploaded earlier (a draft, or ids set by the page), listed as done. */
export function restoredItem(m: UploadedMedia, key: string): Item {
  return {
    key,
    name: m.name ?? m.id,
    size: 0,
    kind: m.kind,
    status: 'done',
    progress: 1,
    step: 100,
    alt: m.alt ?? '',
    // Object URLs do not survive a reload; backend URLs do.
    thumb: m.thumbnailUrl?.startsWith('blob:') ? undefined : m.thumbnailUrl,
    ref: { id: m.id, kind: m.kind ?? 'image', status: m.status ?? 'published', thumbnailUrl: m.thumbnailUrl, alt: m.alt },
    idempotencyKey: newIdempotencyKey(),
  };
}

/** The public entry for an uploaded item (undefined while it is not uploaded). */
export function uploadedMedia(i: Item): UploadedMedia | undefined {
  if (i.status !== 'done' || !i.ref) return undefined;
  return { id: i.ref.id, kind: i.kind, name: i.name, alt: i.alt || undefined, thumbnailUrl: i.ref.thumbnailUrl, status: i.ref.status };
}

/** The event detail describing an item. */
export function eventDetail(item: Item, withCode: boolean): MediaEventDetail {
  return {
    key: item.key,
    name: item.name,
    size: item.size,
    kind: item.kind,
    mime: item.mime,
    id: item.ref?.id,
    ref: item.ref,
    code: withCode ? item.code : undefined,
  };
}
