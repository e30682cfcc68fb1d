/**
 * Reordering the uploader's list (its move buttons): in the uploader's chunk, not with the media
 * schemas a product page loads with its first answer (issue 16).
 */

/** Moves the item at `from` by `delta` places (−1 earlier, +1 later); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = Math.min(items.length - 1, Math.max(0, from + delta));
  const next = [...items];
  if (from < 0 || from >= items.length || to === from) return next;
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
