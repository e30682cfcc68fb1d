/** Pieces every step shares: its heading, its error summary, inline errors and the Back/Continue row. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMoney } from '../../../core/format.js';
import type { Money } from '../../../domain/common.js';
import type { StepError } from '../../../domain/return-request.js';
import type { FirstView } from '../view.js';
import { headingLevel } from '../../../core/heading-level.js';
import { renderErrorSummary } from '../../../core/error-summary.js';

/** The step heading: focused (tabindex -1) on every step change. */
export function heading(v: FirstView, text: string | TemplateResult): TemplateResult {
  return html`<div class="step-heading" part="step-heading" role="heading" aria-level=${clamp(v.headingLevel)} id="step-heading" tabindex="-1">${text}</div>`;
}

export const clamp = (level: number) => headingLevel(level, 2);

/** Lines have titles; errors on a line are prefixed with it in the summary. */
export function errorText(v: FirstView, e: StepError): string {
  const message = v.t.error(e.key);
  const line = e.lineId ? v.draft.order?.lines.find((l) => l.id === e.lineId) : undefined;
  return line ? v.t.errorFor(line.title, message) : message;
}

/** GOV.UK-style summary: a list of links to the fields; focused when Continue finds problems. */
export function errorSummary(v: FirstView): TemplateResult | typeof nothing {
  if (!v.errors.length && !v.failure) return nothing;
  return renderErrorSummary(
    {
      className: 'error-summary',
      part: 'error-summary',
      titleId: 'error-summary-title',
      title: v.failure && !v.errors.length ? v.failure : v.t.errorSummary,
    },
    v.errors.map((e) => ({ id: e.field, text: errorText(v, e) })),
  );
}

/** Inline message under a field, referenced by the field's aria-describedby. */
export function fieldError(v: FirstView, field: string): TemplateResult | typeof nothing {
  const e = v.fieldError(field);
  return e ? html`<p class="field-error" id=${`${field}-error`}>${v.t.error(e.key)}</p>` : nothing;
}

/** aria-describedby for a field: its hint and its error, whichever exist. */
export function describedBy(v: FirstView, field: string, hint?: string): string | undefined {
  const ids = [hint, v.fieldError(field) ? `${field}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export const invalid = (v: FirstView, field: string) => (v.fieldError(field) ? 'true' : undefined);

/** Back and Continue. Back is a plain button: it keeps every answer. */
export function nav(v: FirstView, nextLabel = v.t.next, { back = true } = {}): TemplateResult {
  return html`<div class="nav" part="nav">
    <button type="submit" class="button button--primary" part="next-button" ?disabled=${v.busy} aria-disabled=${ifDefined(v.busy ? 'true' : undefined)}>
      ${v.busy ? v.t.submitting : nextLabel}
    </button>
    ${back ? html`<button type="button" class="button" part="back-button" @click=${() => v.back()}>${v.t.back}</button>` : nothing}
  </div>`;
}

export const money = (v: FirstView, m: Money | { amount: number; currency: string }) => formatMoney(m.amount, m.currency, v.lang);
