/**
 * What happens to a file after it is picked, loaded with the first file: its type from its
 * first bytes, the limits, image re-encoding (lazy chunk `image-encode`), video probing
 * and the upload through the adapter (validated both ways).
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { MediaMeta, MediaRef, type MediaKind, type MediaMime } from '../../domain/media.js';
import { SNIFF_BYTES, sniffMedia, type SniffRefusal } from '../../domain/media-sniff.js';

export { sniffMedia };
export { uploaderErrorMessages } from './media-uploader.errors.js';

/** Reads only the first bytes of a file. */
export async function sniffFile(file: Blob) {
  return sniffMedia(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
}

export type { SniffRefusal };

export interface PreparedImage {
  blob: Blob;
  mime: MediaMime;
  width?: number;
  height?: number;
  /** False when the original was kept (HEIC the browser cannot decode, sent to a backend that accepts it). */
  reencoded: boolean;
}

/**
 * Re-encodes a photo (JPEG for photos, WebP for PNG/WebP/GIF which may be transparent).
 * Rejects with `'unreadable'` or `'heic'` when it cannot.
 */
export async function prepareImage(
  file: Blob,
  mime: MediaMime,
  options: { maxEdge: number; acceptHeic: boolean; signal?: AbortSignal; worker?: boolean },
): Promise<PreparedImage> {
  const { encodeImage } = await import('./image-encode.js');
  const type = mime === 'image/png' || mime === 'image/webp' || mime === 'image/gif' ? 'image/webp' : 'image/jpeg';
  try {
    const out = await encodeImage({ blob: file, maxEdge: options.maxEdge, type, quality: 0.85 }, options);
    // Browsers without a WebP encoder answer PNG: still a fresh, metadata-free file.
    const outMime = (['image/jpeg', 'image/webp', 'image/png'].includes(out.blob.type) ? out.blob.type : 'image/png') as MediaMime;
    return { blob: out.blob, mime: outMime, width: out.width, height: out.height, reencoded: true };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const heic = mime === 'image/heic' || mime === 'image/heif';
    if (heic && options.acceptHeic) return { blob: file, mime, reencoded: false };
    throw heic ? 'heic' : 'unreadable';
  }
}

export interface VideoProbe {
  durationSeconds?: number;
  width?: number;
  height?: number;
  poster?: Blob;
}

/**
 * Duration, size and a poster frame, read by a `<video>` element from an object URL: the
 * browser fetches only the parts it needs (metadata, one frame), never the whole file into
 * memory. Gives up quietly after `timeoutMs` (a codec the browser cannot play): the caller
 * uploads without a poster, and the backend checks the length.
 */
export function probeVideo(file: Blob, timeoutMs = 8000): Promise<VideoProbe> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    const result: VideoProbe = {};
    const finish = () => {
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(result);
    };
    const timer = setTimeout(finish, timeoutMs);
    video.muted = true;
    video.preload = 'metadata';
    video.playsInline = true;
    // MediaRecorder's WebM files report an infinite duration until the end is sought once.
    let phase: 'length' | 'poster' = 'poster';
    const seekPoster = () => {
      phase = 'poster';
      video.currentTime = Math.min(1, (result.durationSeconds ?? 0) / 10);
    };
    video.onloadedmetadata = () => {
      if (video.videoWidth) result.width = video.videoWidth;
      if (video.videoHeight) result.height = video.videoHeight;
      if (Number.isFinite(video.duration)) {
        result.durationSeconds = video.duration;
        seekPoster();
      } else {
        phase = 'length';
        video.currentTime = 1e7;
      }
    };
    video.onseeked = () => {
      if (phase === 'length') {
        if (Number.isFinite(video.duration)) result.durationSeconds = video.duration;
        return seekPoster();
      }
      const w = video.videoWidth;
      const h = video.videoHeight;
      if (!w || !h) return finish();
      const scale = Math.min(1, 480 / Math.max(w, h));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(
        (b) => {
          if (b) result.poster = b;
          finish();
        },
        'image/jpeg',
        0.8,
      );
    };
    video.onerror = finish;
    video.src = url;
  });
}

/** Uploads through the adapter; `meta` is validated before anything is sent and the answer after. */
export function upload(
  adapter: ReturnlessAdapter | undefined,
  blob: Blob,
  meta: MediaMeta,
  options: { onProgress: (sent: number, total: number) => void; signal: AbortSignal; idempotencyKey: string },
): Promise<MediaRef> {
  // uploadMedia's first argument is the bytes: call through a shim so callAdapter validates the meta.
  const shim = adapter?.uploadMedia
    ? ({ uploadMedia: (m: MediaMeta, o: unknown) => adapter.uploadMedia!(blob, m, o as never) } as unknown as ReturnlessAdapter)
    : undefined;
  return callAdapter(shim, 'uploadMedia', { input: MediaMeta, output: MediaRef }, meta, options);
}

export type { MediaKind };
