/**
 * Step 4: per line, only what the policy and the backend allow (exchange first, then store
 * credit with its bonus shown before choosing, then refund), with a live estimate.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPercent } from '../../../core/format.js';
import { offeredResolutions, selectedLines, storeCreditBonus } from '../../../domain/return-request.js';
import type { OrderLine } from '../../../domain/orders.js';
import type { FormView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, invalid, money, nav } from './common.js';
import { own } from '../../../domain/own.js';

export function renderResolution(v: FormView) {
  const t = v.t;
  return html`<form class="step" part="step step-resolution" novalidate @submit=${(e: Event) => v.next(e)}>
    ${heading(v, t.stepName('resolution'))}
    <p class="intro">${t.resolutionIntro}</p>
    ${errorSummary(v)}
    ${selectedLines(v.draft).map(({ line }) => renderLine(v, line))}
    ${renderEstimate(v)}
    ${nav(v)}
  </form>`;
}

function renderLine(v: FormView, line: OrderLine) {
  const t = v.t;
  const choice = own(v.draft.lines, line.id)!;
  const choices = v.sizes.choices(line.id);
  const offered = offeredResolutions(own(v.options, line.id)!, v.support, choices.length > 0);
  const name = `resolution-${line.id}`;
  const x = `exchange-${line.id}`;
  const value = line.unitPrice.amount * choice.quantity;
  const bonus = storeCreditBonus(v.policy, value);
  return html`<fieldset class="line-fieldset" part="line-resolution" id=${name} tabindex="-1" aria-describedby=${ifDefined(describedBy(v, name))}>
    <legend class="line-legend">${t.resolutionFor(line.title)}</legend>
    ${fieldError(v, name)}
    <div class="choices" role="presentation">
      ${offered.map((r) => {
        const id = `${name}-${r}`;
        return html`<div class="choice" part="choice">
          <input
            type="radio"
            id=${id}
            name=${name}
            value=${r}
            .checked=${choice.resolution === r}
            aria-describedby=${`${id}-hint`}
            @change=${() => v.setLine(line.id, { resolution: r })}
          />
          <label for=${id}>
            <span class="choice-title">${t.resolutionName(r)}</span>
            <span class="hint" id=${`${id}-hint`}
              >${t.resolutionHint(r)}${
                r === 'store_credit' && bonus
                  ? html` <strong class="bonus" part="bonus"
                    >${t.bonus(money(v, { amount: bonus, currency: line.unitPrice.currency }), formatPercent((v.policy?.storeCreditBonusPercent ?? 0) / 100, v.lang))}</strong
                  >`
                  : nothing
              }</span
            >
          </label>
        </div>`;
      })}
    </div>
    ${
      choice.resolution === 'exchange'
        ? html`<div class="field">
          <label for=${x}>${t.exchangeFor}</label>
          ${fieldError(v, x)}
          <select
            id=${x}
            name=${x}
            required
            aria-invalid=${ifDefined(invalid(v, x))}
            aria-describedby=${ifDefined(describedBy(v, x))}
            @change=${(e: Event) => v.setLine(line.id, { exchangeVariantId: (e.target as HTMLSelectElement).value || undefined })}
          >
            <option value="" ?selected=${!choice.exchangeVariantId}>${t.chooseVariant}</option>
            ${choices.map((c) => html`<option value=${c.id} ?disabled=${Boolean(c.disabled)} ?selected=${choice.exchangeVariantId === c.id}>${c.label}</option>`)}
          </select>
        </div>`
        : nothing
    }
  </fieldset>`;
}

/** The live estimate from `quoteReturn`; absent when the backend cannot quote. */
export function renderEstimate(v: FormView) {
  if (!v.support.quote) return nothing;
  const t = v.t;
  const q = v.estimate.quote;
  const row = (label: string, amount: { amount: number; currency: string } | undefined, cls = '') =>
    amount && (amount.amount > 0 || cls)
      ? html`<div class=${`estimate-row ${cls}`}><dt>${label}</dt><dd>${money(v, amount)}</dd></div>`
      : nothing;
  return html`<section class="estimate" part="estimate" aria-labelledby="estimate-title" aria-busy=${v.estimate.state === 'loading' ? 'true' : 'false'}>
    <p class="estimate-title" id="estimate-title">${t.estimate}</p>
    <div role="status" aria-live="polite" aria-atomic="true">
      ${
        v.estimate.state === 'error'
          ? html`<p>${t.estimateFailed}</p>`
          : q
            ? html`<dl>
              ${row(t.estimateRefund, q.refund)} ${row(t.estimateCredit, q.storeCredit)} ${row(t.estimateBonus, q.bonusCredit)}
              ${row(t.estimateFees, q.fees)} ${row(t.estimateTotal, q.total, 'estimate-total')}
            </dl>`
            : html`<p>${t.estimateUpdating}</p>`
      }
    </div>
  </section>`;
}
