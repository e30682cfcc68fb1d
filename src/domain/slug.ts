/** Stable, URL-safe ids from text (deep links to FAQ entries written without an id). */
import { fold } from './fold.js';

/** A DOM-id-safe slug for entries that come without an id (light-DOM markup without `id`). */
export function slugify(text: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'faq';
  const ascii = /^[A-Za-z0-9-]+$/.test(base) ? base : `faq-${hash(text)}`;
  let id = ascii;
  for (let n = 2; taken.has(id); n++) id = `${ascii}-${n}`;
  return id;
}

/** Short stable hash (FNV-1a) so non-Latin questions still get a stable, URL-safe id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
