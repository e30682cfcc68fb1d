/**
 * Media safety, server side: the type comes from the first bytes (never the name or the
 * declared type), only a fixed list of image/video containers is accepted (SVG, HTML, scripts
 * and executables are refused), and image metadata (EXIF with GPS, XMP, text chunks) is
 * removed before anything is stored. Pure functions over bytes; no native dependencies.
 */
/// <reference types="node" />
import type { MediaKind, MediaMime } from '../../src/domain/media.js';

export interface Sniffed {
  mime: MediaMime;
  kind: MediaKind;
  ext: string;
}

const ascii = (b: Uint8Array, at: number, n: number) => Buffer.from(b.subarray(at, at + n)).toString('latin1');

/** The container type of `bytes`, or `undefined` when it is not an accepted image or video. */
export function sniff(bytes: Uint8Array): Sniffed | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', kind: 'image', ext: 'jpg' };
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { mime: 'image/png', kind: 'image', ext: 'png' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { mime: 'image/gif', kind: 'image', ext: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { mime: 'image/webp', kind: 'image', ext: 'webp' };
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    // EBML: accept only the WebM doctype (Matroska in general may carry anything).
    if (ascii(bytes, 0, Math.min(bytes.length, 64)).includes('webm')) return { mime: 'video/webm', kind: 'video', ext: 'webm' };
    return undefined;
  }
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand)) return { mime: 'image/heic', kind: 'image', ext: 'heic' };
    if (['mif1', 'msf1', 'avif'].includes(brand)) {
      return brand === 'avif' ? undefined : { mime: 'image/heif', kind: 'image', ext: 'heif' };
    }
    if (brand === 'qt  ') return { mime: 'video/quicktime', kind: 'video', ext: 'mov' };
    if (['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'MSNV'].includes(brand)) {
      return { mime: 'video/mp4', kind: 'video', ext: 'mp4' };
    }
  }
  return undefined;
}

/** A short developer-facing description of what the bytes look like, for refusal messages. */
export function describeRefused(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, Math.min(bytes.length, 512)).trimStart().toLowerCase();
  if (head.startsWith('<?xml') || head.includes('<svg')) return 'SVG/XML';
  if (head.startsWith('<!doctype html') || head.includes('<html') || head.includes('<script')) return 'HTML';
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return 'a Windows executable';
  if (ascii(bytes, 0, 4) === '\x7fELF') return 'an ELF executable';
  if (head.startsWith('%pdf')) return 'PDF';
  return 'an unknown type';
}

/** Removes metadata from the formats we can rewrite safely; other types pass unchanged. */
export function stripMetadata(bytes: Buffer, mime: MediaMime): Buffer {
  if (mime === 'image/jpeg') return stripJpeg(bytes);
  if (mime === 'image/png') return stripPng(bytes);
  if (mime === 'image/webp') return stripWebp(bytes);
  return bytes;
}

/**
 * JPEG: drops APP1 (EXIF, XMP), APP3–APP13 (IPTC, Photoshop, maker data), APP15 and COM
 * segments wherever they sit (before, between or after the scans); keeps APP0 (JFIF), APP2 (ICC
 * colour profile) and APP14 (Adobe colour transform), which decoding needs. Everything after the
 * end-of-image marker is dropped (a polyglot's payload, an appended archive). Orientation is lost
 * with EXIF: the browser side orients pixels before upload.
 */
export function stripJpeg(bytes: Buffer): Buffer {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let o = 2;
  while (o + 2 <= bytes.length) {
    if (bytes[o] !== 0xff) throw new Error('corrupt JPEG segment');
    const marker = bytes[o + 1]!;
    if (marker === 0xff) {
      o += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      parts.push(bytes.subarray(o, o + 2)); // end of image: nothing after it is kept
      return Buffer.concat(parts);
    }
    if (marker >= 0xd0 && marker <= 0xd7) {
      parts.push(bytes.subarray(o, o + 2));
      o += 2;
      continue;
    }
    if (o + 4 > bytes.length) throw new Error('corrupt JPEG segment');
    const length = bytes.readUInt16BE(o + 2);
    const end = o + 2 + length;
    if (length < 2 || end > bytes.length) throw new Error('corrupt JPEG segment length');
    const drop = marker === 0xfe || marker === 0xe1 || (marker >= 0xe3 && marker <= 0xed) || marker === 0xef;
    if (!drop) parts.push(bytes.subarray(o, end));
    o = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker (0xFF not followed by a stuffed 0x00 or a restart marker).
      let e = o;
      while (e + 1 < bytes.length && !(bytes[e] === 0xff && bytes[e + 1] !== 0x00 && !(bytes[e + 1]! >= 0xd0 && bytes[e + 1]! <= 0xd7)))
        e++;
      if (e + 1 >= bytes.length) {
        parts.push(bytes.subarray(o)); // truncated after the scan (no end marker): keep the image data
        return Buffer.concat(parts);
      }
      parts.push(bytes.subarray(o, e));
      o = e;
    }
  }
  throw new Error('JPEG without image data');
}

const PNG_DROP = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

/** PNG: drops eXIf, tEXt, iTXt, zTXt and tIME chunks wherever they sit, and anything after IEND; the rest is copied (CRCs intact). */
export function stripPng(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let o = 8;
  while (o + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(o);
    const type = ascii(bytes, o + 4, 4);
    const end = o + 12 + length;
    if (end > bytes.length) throw new Error('corrupt PNG chunk');
    if (!PNG_DROP.has(type)) parts.push(bytes.subarray(o, end));
    o = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(parts);
}

/** WebP: drops EXIF and XMP chunks and clears their flags in VP8X. */
export function stripWebp(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  // Only what the RIFF header declares: bytes after it are dropped.
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  let o = 12;
  while (o + 8 <= riffEnd) {
    const type = ascii(bytes, o, 4);
    const size = bytes.readUInt32LE(o + 4);
    const end = Math.min(riffEnd, o + 8 + size + (size & 1));
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = Buffer.from(bytes.subarray(o, end));
      if (type === 'VP8X') chunk[8] = chunk[8]! & ~0x0c; // EXIF (0x08) and XMP (0x04) flags
      parts.push(chunk);
    }
    o = end;
  }
  const body = Buffer.concat(parts);
  const head = Buffer.from(bytes.subarray(0, 12));
  head.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([head, body]);
}

/** Pixel size from the header of a PNG, JPEG, GIF or WebP (VP8X/VP8/VP8L). */
export function imageSize(bytes: Buffer, mime: MediaMime): { width: number; height: number } | undefined {
  try {
    if (mime === 'image/png') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    if (mime === 'image/gif') return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
    if (mime === 'image/jpeg') {
      let o = 2;
      while (o + 9 < bytes.length) {
        const marker = bytes[o + 1]!;
        const length = bytes.readUInt16BE(o + 2);
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
          return { height: bytes.readUInt16BE(o + 5), width: bytes.readUInt16BE(o + 7) };
        }
        o += 2 + length;
      }
    }
    if (mime === 'image/webp') {
      const type = ascii(bytes, 12, 4);
      if (type === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
      if (type === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
      if (type === 'VP8L') {
        const b = bytes.readUInt32LE(21);
        return { width: (b & 0x3fff) + 1, height: ((b >> 14) & 0x3fff) + 1 };
      }
    }
  } catch {
    /* header too short: no size */
  }
  return undefined;
}

/** True when a JPEG still carries an EXIF block (used by tests and a post-strip assertion). */
export function hasExif(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from('Exif\0\0', 'latin1'));
}
