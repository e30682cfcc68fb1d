/** Step 5: how the items travel back — the methods every selected line allows — with the fee. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPercent } from '../../../core/format.js';
import { commonMethods, feeFor, selectedLines } from '../../../domain/return-request.js';
import type { FormView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, money, nav } from './common.js';
import { renderEstimate } from './resolution.js';
import { own } from '../../../domain/own.js';

export function feeText(v: FormView): string {
  const lines = selectedLines(v.draft);
  const first = lines[0] && own(v.options, lines[0].line.id);
  if (!first) return v.t.feeFree;
  const fee = feeFor(
    first.fee,
    lines.map(({ choice }) => choice.reasonId),
  );
  if (fee.kind === 'free') return v.t.feeFree;
  if (fee.kind === 'flat') return v.t.fee(money(v, fee));
  return v.t.feePercent(formatPercent(fee.percent / 100, v.lang));
}

export function renderMethod(v: FormView) {
  const t = v.t;
  const methods = commonMethods(selectedLines(v.draft).flatMap(({ line }) => own(v.options, line.id) ?? []));
  const fee = feeText(v);
  return html`<form class="step" part="step step-method" novalidate @submit=${(e: Event) => v.next(e)}>
    ${heading(v, t.stepName('method'))}
    <p class="intro">${t.methodIntro}</p>
    ${errorSummary(v)}
    <fieldset class="line-fieldset" id="method" tabindex="-1" aria-describedby=${ifDefined(describedBy(v, 'method'))}>
      <legend class="visually-hidden">${t.stepName('method')}</legend>
      ${fieldError(v, 'method')}
      <div class="choices">
        ${methods.map((m) => {
          const id = `method-${m}`;
          return html`<div class="choice" part="choice">
            <input type="radio" id=${id} name="method" value=${m} .checked=${v.draft.method === m} aria-describedby=${`${id}-hint`} @change=${() => v.setDraft({ method: m })} />
            <label for=${id}>
              <span class="choice-title">${t.methodName(m)}</span>
              <span class="hint" id=${`${id}-hint`}>${t.methodHint(m)} <span class="fee" part="fee">${fee}</span></span>
            </label>
          </div>`;
        })}
      </div>
    </fieldset>
    ${renderEstimate(v)}
    ${nav(v)}
  </form>`;
}
