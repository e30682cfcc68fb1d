/** The `aria-level` for a `heading-level` attribute: a whole number from 1 to 6 (`fallback` for nonsense), `offset` levels deeper. */
export function headingLevel(level: number, fallback: number, offset = 0): string {
  const base = Math.min(6, Math.max(1, Math.round(level) || fallback));
  return String(Math.min(6, base + offset));
}
