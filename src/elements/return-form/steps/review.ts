/**
 * Step 6: summary, contact email, consent, one submit. In withdrawal mode this is the separate
 * "Confirm withdrawal" step the Directive asks for.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { findReason, selectedLines } from '../../../domain/return-request.js';
import type { ReturnStep } from '../../../domain/return-request.js';
import type { FormView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, invalid, nav } from './common.js';
import { renderEstimate } from './resolution.js';
import { feeText } from './method.js';
import { inParens } from '../../../core/punctuation.js';

export function renderReview(v: FormView) {
  const t = v.t;
  const withdrawal = v.draft.path === 'withdrawal';
  const edit = (step: ReturnStep, label: string) =>
    v.steps.includes(step)
      ? html`<button type="button" class="link-button" part="edit-button" @click=${() => v.goTo(step)}>${t.edit(label)}</button>`
      : nothing;
  return html`<form class="step" part="step step-review" novalidate @submit=${(e: Event) => v.next(e)}>
    ${heading(v, withdrawal ? t.withdrawalStepName('review') : t.stepName('review'))}
    <p class="intro">${withdrawal ? t.withdrawReviewIntro : t.reviewIntro}</p>
    ${errorSummary(v)}
    <dl class="summary" part="summary">
      <div class="summary-row"><dt>${t.order}</dt><dd>${v.draft.order?.orderNumber}</dd></div>
      <div class="summary-row">
        <dt>${t.items} ${edit('items', t.items)}</dt>
        <dd>
          <ul class="plain">
            ${selectedLines(v.draft).map(({ line, choice }) => {
              const reason = findReason(v.reasons, choice.reasonId);
              const exchange =
                choice.resolution === 'exchange' ? v.sizes.choices(line.id).find((c) => c.id === choice.exchangeVariantId) : undefined;
              return html`<li>
                <strong>${choice.quantity} × ${line.title}</strong>${line.variantTitle ? inParens(v.lang, line.variantTitle) : ''}
                ${
                  withdrawal
                    ? nothing
                    : html`<br />${reason?.label ?? ''}${choice.resolution ? ` · ${t.resolutionName(choice.resolution)}` : ''}${exchange ? `: ${exchange.label}` : ''}`
                }
              </li>`;
            })}
          </ul>
        </dd>
      </div>
      ${
        withdrawal || !v.draft.method
          ? nothing
          : html`<div class="summary-row">
            <dt>${t.method} ${edit('method', t.method)}</dt>
            <dd>${t.methodName(v.draft.method)} · ${feeText(v)}</dd>
          </div>`
      }
    </dl>
    ${withdrawal ? nothing : renderEstimate(v)}
    <div class="field">
      <label for="contactEmail">${t.contactEmail}</label>
      ${fieldError(v, 'contactEmail')}
      <input
        id="contactEmail"
        name="contactEmail"
        type="email"
        autocomplete="email"
        required
        spellcheck="false"
        aria-invalid=${ifDefined(invalid(v, 'contactEmail'))}
        aria-describedby=${ifDefined(describedBy(v, 'contactEmail'))}
        .value=${v.draft.email}
        @input=${(e: Event) => v.setDraft({ email: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div class="check">
      <input id="consent" name="consent" type="checkbox" .checked=${v.draft.consent} @change=${(e: Event) => v.setDraft({ consent: (e.target as HTMLInputElement).checked })} />
      <label for="consent">${t.consent}</label>
    </div>
    ${nav(v, withdrawal ? t.confirmWithdrawal : t.submit)}
  </form>`;
}
