/**
 * File type by its first bytes ("magic numbers"), never by its name or the browser's guess.
 * Pure: give it the first {@link SNIFF_BYTES} bytes of a file. SVG, HTML, executables and
 * anything unrecognised are refused, so a renamed `invoice.exe.jpg` or an `<svg onload>`
 * never reaches an adapter.
 */
import type { MediaKind, MediaMime } from './media.js';

/** How many leading bytes `sniffMedia` needs (more are ignored). */
export const SNIFF_BYTES = 64;

export type SniffRefusal = 'empty' | 'svg' | 'html' | 'executable' | 'unknown';

export type SniffResult = { ok: true; mime: MediaMime; kind: MediaKind } | { ok: false; reason: SniffRefusal };

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'M4V ',
  'M4VH',
  'M4VP',
  'dash',
  'msnv',
  'f4v ',
  '3gp4',
  '3gp5',
  '3gp6',
  '3g2a',
  'XAVC',
  'MSNV',
  'NDAS',
]);
/** Atoms that open a QuickTime file written without an `ftyp` box (older cameras). */
const QT_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** Identifies a photo or video from its leading bytes. */
export function sniffMedia(head: Uint8Array): SniffResult {
  if (head.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, mime: 'image/jpeg', kind: 'image' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, mime: 'image/png', kind: 'image' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return { ok: true, mime: 'image/gif', kind: 'image' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return { ok: true, mime: 'image/webp', kind: 'image' };
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    // EBML: WebM declares its DocType near the start; other Matroska files are not accepted.
    return ascii(head, 0, head.length).includes('webm')
      ? { ok: true, mime: 'video/webm', kind: 'video' }
      : { ok: false, reason: 'unknown' };
  }
  if (head.length >= 12 && ascii(head, 4, 4) === 'ftyp') return isoBmff(head);
  if (head.length >= 8 && QT_ATOMS.has(ascii(head, 4, 4))) return { ok: true, mime: 'video/quicktime', kind: 'video' };
  if (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0x23, 0x21])
  ) {
    return { ok: false, reason: 'executable' };
  }
  const text = leadingText(head);
  if (text !== undefined) {
    if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg|<svg[\s>])/.test(text)) return { ok: false, reason: 'svg' };
    if (/^<\?xml/.test(text) && text.includes('<svg')) return { ok: false, reason: 'svg' };
    if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|script|iframe|div|p|a|img|meta|style|title|br|table)[\s/>]/.test(text)) {
      return { ok: false, reason: 'html' };
    }
  }
  return { ok: false, reason: 'unknown' };
}

/** ISO base media file format (MP4, MOV, HEIF): the major brand, then the compatible brands. */
function isoBmff(head: Uint8Array): SniffResult {
  const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  const end = Math.min(head.length, Math.max(16, boxSize));
  const brands = [ascii(head, 8, 4)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(head, i, 4));
  if (brands.some((b) => HEIC_BRANDS.has(b))) return { ok: true, mime: 'image/heic', kind: 'image' };
  if (brands.some((b) => HEIF_BRANDS.has(b))) return { ok: true, mime: 'image/heif', kind: 'image' };
  if (brands[0] === 'qt  ') return { ok: true, mime: 'video/quicktime', kind: 'video' };
  if (brands.some((b) => MP4_BRANDS.has(b) || b === 'qt  ')) return { ok: true, mime: 'video/mp4', kind: 'video' };
  return { ok: false, reason: 'unknown' };
}

/** The start of the file as lower-case text with a BOM and leading white space removed, if it looks like text. */
function leadingText(head: Uint8Array): string | undefined {
  let bytes = head;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) bytes = bytes.subarray(3);
  else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    // UTF-16 text: keep every other byte.
    const le = bytes[0] === 0xff;
    bytes = bytes.subarray(2).filter((_, i) => i % 2 === (le ? 0 : 1));
  }
  if (bytes.some((b) => b === 0)) return undefined;
  return new TextDecoder().decode(bytes).replace(/^\s+/, '').toLowerCase();
}
