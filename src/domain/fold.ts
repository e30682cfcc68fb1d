/** Folding text for comparison: compatibility decomposition (full-width → ASCII), no accents, lower case. */
const MARKS = /\p{M}/gu;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}
