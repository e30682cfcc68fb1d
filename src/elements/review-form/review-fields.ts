/**
 * The review form's fields as template functions: each shows its label, hint, error (linked
 * through `aria-describedby`) and `aria-invalid`, and reports what the shopper typed through `set`.
 */
import { html, nothing } from 'lit';
import { STAR } from '../../core/stars.js';
import { fitVotes, type ReviewField } from '../../domain/review-input.js';
import type { ReviewDraft } from './review-draft.js';
import type { ReviewFormMessages } from './review-form.messages.js';

export interface FieldsContext {
  t: ReviewFormMessages;
  draft: ReviewDraft;
  /** Element id of a field (`<uid>-<field>`). */
  id(field: string): string;
  /** The field's error text, when it has one. */
  error(field: ReviewField): string | undefined;
  set(patch: Partial<ReviewDraft>): void;
}

export function renderFieldError(c: FieldsContext, field: ReviewField) {
  const text = c.error(field);
  return text ? html`<p class="error-text" id=${c.id(`${field}-error`)}>${text}</p>` : nothing;
}

/** The ids describing a field: its error first, then its hints. */
function describedBy(c: FieldsContext, field: ReviewField, ...hints: string[]): string {
  return [c.error(field) ? c.id(`${field}-error`) : '', ...hints].join(' ');
}

export function renderRating(c: FieldsContext) {
  const { t, draft: d } = c;
  const invalid = Boolean(c.error('rating'));
  return html`<fieldset
    class="rating field ${invalid ? 'invalid' : ''}"
    part="rating"
    role="radiogroup"
    id=${c.id('rating')}
    aria-required="true"
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-describedby=${invalid ? c.id('rating-error') : nothing}
    tabindex="-1"
  >
    <legend>${t.rating} <span class="muted">${t.required}</span></legend>
    ${renderFieldError(c, 'rating')}
    <div class="stars">
      ${[1, 2, 3, 4, 5].map(
        (n) => html`<label class="star ${(d.rating ?? 0) >= n ? 'on' : ''}" part="star">
          <input type="radio" name="rating" value=${n} .checked=${d.rating === n} @change=${() => c.set({ rating: n })} />
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=${STAR} />
          </svg>
          <span class="visually-hidden">${t.stars(n)}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function renderTextField(
  c: FieldsContext,
  field: 'title' | 'author' | 'email',
  o: { label: string; need: string; autocomplete: string; type?: string; hint?: string },
) {
  const id = c.id(field);
  const invalid = Boolean(c.error(field));
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    <label for=${id}>${o.label} <span class="muted">${o.need}</span></label>
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${renderFieldError(c, field)}
    <input
      id=${id}
      part="input"
      name=${field}
      type=${o.type ?? 'text'}
      dir="auto"
      autocomplete=${o.autocomplete}
      ?required=${field !== 'title'}
      .value=${c.draft[field]}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(c, field, o.hint ? `${id}-hint` : '')}
      @input=${(e: Event) => c.set({ [field]: (e.target as HTMLInputElement).value })}
    />
  </div>`;
}

/** The review text with its counter (`counter` is its text, worked out by the form). */
export function renderBody(c: FieldsContext, counter: { text: string; over: boolean }) {
  const { t } = c;
  const invalid = Boolean(c.error('body'));
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    <label for=${c.id('body')}>${t.body} <span class="muted">${t.required}</span></label>
    <p class="hint" id=${c.id('body-hint')}>${t.bodyHint}</p>
    ${renderFieldError(c, 'body')}
    <textarea
      id=${c.id('body')}
      name="body"
      part="input"
      dir="auto"
      rows="6"
      required
      .value=${c.draft.body}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(c, 'body', c.id('body-hint'), c.id('body-count'))}
      @input=${(e: Event) => c.set({ body: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
    <p class="counter ${counter.over ? 'over' : ''}" part="counter" id=${c.id('body-count')}>${counter.text}</p>
  </div>`;
}

export function renderFit(c: FieldsContext) {
  const { t, draft: d } = c;
  return html`<fieldset class="fit field" part="fit" id=${c.id('fit')} tabindex="-1">
    <legend>${t.fit} <span class="muted">${t.optional}</span></legend>
    ${renderFieldError(c, 'fit')}
    <div class="choices">
      ${fitVotes.map(
        (v) => html`<label class="choice">
          <input type="radio" name="fit" value=${v} .checked=${d.fit === v} @change=${() => c.set({ fit: v })} />
          ${{ small: t.fitSmall, true: t.fitTrue, large: t.fitLarge }[v]}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function renderConsent(c: FieldsContext) {
  const invalid = Boolean(c.error('consent'));
  return html`<div class="field consent ${invalid ? 'invalid' : ''}" part="consent">
    ${renderFieldError(c, 'consent')}
    <label class="check">
      <input
        id=${c.id('consent')}
        type="checkbox"
        name="mediaConsent"
        .checked=${c.draft.consent}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? c.id('consent-error') : nothing}
        @change=${(e: Event) => c.set({ consent: (e.target as HTMLInputElement).checked })}
      />
      <span>${c.t.consent}</span>
    </label>
  </div>`;
}
