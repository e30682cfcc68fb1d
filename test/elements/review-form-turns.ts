/** What a review form has drawn after each of its updates, in words ("text email photos submit"), for the pace tests. */
import type { ReactiveControllerHost } from 'lit';
import { $ } from '../helpers.js';

/** Records, after each update, which of `marks` hold (a mark is a word and a test of the form). */
export function recordTurns(form: HTMLElement & ReactiveControllerHost, marks: [string, (form: HTMLElement) => unknown][]): () => string[] {
  const drawn: string[] = [];
  form.addController({ hostUpdated: () => drawn.push(marks.flatMap(([word, holds]) => (holds(form) ? [word] : [])).join(' ')) });
  // Each turn once: an update that drew nothing new is not a turn.
  return () => drawn.filter((d, i) => d !== drawn[i - 1]);
}

/** The form's fields part by part: the text, the email, the photos (uploader or stand-in) and submit. */
export const fieldMarks: [string, (form: HTMLElement) => unknown][] = [
  ['text', (form) => $(form, 'textarea')],
  ['email', (form) => $(form, 'input[autocomplete="email"]')],
  ['photos', (form) => $(form, '[part="uploader"]')],
  ['submit', (form) => $(form, '[part="submit"]')],
];
