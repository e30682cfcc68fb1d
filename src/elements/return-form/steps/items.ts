/** Step 2: choose lines and quantities; lines that cannot be returned stay visible with the reason. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../../../core/format.js';
import { messagesIn } from '../../../core/i18n.js';
import { eligibilityMessages } from '../../../core/eligibility.messages.js';
import type { OrderLine } from '../../../domain/orders.js';
import type { FormView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, invalid, money, nav } from './common.js';
import { own } from '../../../domain/own.js';
import { inParens } from '../../../core/punctuation.js';

export function renderItems(v: FormView) {
  const t = v.t;
  const withdrawal = v.draft.path === 'withdrawal';
  const lines = v.draft.order?.lines ?? [];
  const anyReturnable = lines.some((l) => own(v.options, l.id)?.returnable);
  return html`<form class="step" part="step step-items" novalidate @submit=${(e: Event) => v.next(e)}>
    ${heading(v, withdrawal ? t.withdrawalStepName('items') : t.stepName('items'))}
    <p class="intro">${withdrawal ? t.withdrawItemsIntro : t.itemsIntro}</p>
    ${errorSummary(v)}
    <fieldset class="lines" id="items" tabindex="-1" aria-describedby=${ifDefined(v.fieldError('items') ? 'items-error' : undefined)}>
      <legend class="visually-hidden">${t.items}</legend>
      ${fieldError(v, 'items')}
      ${anyReturnable ? nothing : html`<p class="note" part="note">${t.nothingReturnable}</p>`}
      <ul class="line-list" part="lines">
        ${lines.map((line) => renderLine(v, line, withdrawal))}
      </ul>
    </fieldset>
    ${nav(v)}
  </form>`;
}

export function lineSummary(v: FormView, line: OrderLine) {
  return html`${
    line.image
      ? html`<img class="thumb" part="thumb" src=${line.image.url} alt=${line.image.alt ?? ''} width="64" height="64" loading="lazy" />`
      : html`<span class="thumb thumb--empty" aria-hidden="true"></span>`
  }
    <span class="line-text">
      <span class="line-title">${line.title}</span>
      ${line.variantTitle ? html`<span class="line-variant">${line.variantTitle}</span>` : nothing}
      <span class="line-meta">${money(v, line.unitPrice)} · ${v.t.ordered(line.quantity)}</span>
    </span>`;
}

function renderLine(v: FormView, line: OrderLine, withdrawal: boolean) {
  const t = v.t;
  const o = own(v.options, line.id);
  const choice = own(v.draft.lines, line.id);
  if (!o?.returnable) {
    const reason = o?.reason ?? 'other';
    // A line-level `not_permitted` is an exclusion of this item, not "all sales are final".
    const excluded = reason === 'not_permitted' && v.policy?.category !== 'MerchantReturnNotPermitted';
    const words =
      reason === 'other'
        ? t.blockedOther
        : excluded
          ? t.blockedExcluded
          : messagesIn(eligibilityMessages, v.lang)[reason]({
              date: o?.deadline ? formatDate(o.deadline, v.lang) : undefined,
              label: o?.exceptionLabel,
            });
    return html`<li class="line line--blocked" part="line line-blocked">
      <div class="line-head">${lineSummary(v, line)}</div>
      <p class="line-status"><strong>${t.notReturnable}</strong> ${words}</p>
    </li>`;
  }
  const selected = Boolean(choice?.selected);
  const qty = choice?.quantity ?? 1;
  const cb = `select-${line.id}`;
  const q = `quantity-${line.id}`;
  const days = o.daysLeft !== undefined ? t.daysLeft(o.daysLeft) : undefined;
  const setQty = (n: number, input?: HTMLInputElement) => v.setQuantity(line.id, n, input);
  return html`<li class="line" part="line">
    <div class="line-head">
      <input
        type="checkbox"
        id=${cb}
        name="items"
        value=${line.id}
        .checked=${selected}
        aria-invalid=${ifDefined(invalid(v, cb))}
        aria-describedby=${ifDefined(describedBy(v, cb))}
        @change=${(e: Event) => v.setLine(line.id, { selected: (e.target as HTMLInputElement).checked, quantity: qty })} />
      <label for=${cb} class="line-label">
        <span class="visually-hidden">${withdrawal ? t.withdrawThis(line.title) : t.returnThis(line.title)}</span>
        ${lineSummary(v, line)}
      </label>
    </div>
    ${fieldError(v, cb)}
    ${
      days || o.deadline
        ? html`<p class="line-status" part="days-left">${days}${days && o.deadline ? ' · ' : ''}${o.deadline ? t.deadline(formatDate(o.deadline, v.lang)) : ''}</p>`
        : nothing
    }
    ${
      selected && o.maxQuantity > 1
        ? html`<div class="field quantity" part="quantity">
          <label for=${q}>${t.quantity}<span class="hint">${inParens(v.lang, t.ofMax(o.maxQuantity))}</span></label>
          ${fieldError(v, q)}
          <div class="stepper-input">
            <button type="button" class="button icon-button" aria-label=${t.decrease(line.title)} ?disabled=${qty <= 1} @click=${() => setQty(qty - 1)}>−</button>
            <input
              id=${q}
              name=${q}
              type="number"
              inputmode="numeric"
              min="1"
              max=${o.maxQuantity}
              .value=${String(qty)}
              aria-invalid=${ifDefined(invalid(v, q))}
              aria-describedby=${ifDefined(describedBy(v, q, `${q}-note`))}
              @change=${(e: Event) => setQty(Number((e.target as HTMLInputElement).value), e.target as HTMLInputElement)}
            />
            <button type="button" class="button icon-button" aria-label=${t.increase(line.title)} ?disabled=${qty >= o.maxQuantity} @click=${() => setQty(qty + 1)}>+</button>
          </div>
          <p class="hint" id=${`${q}-note`} role="status">${v.notes.get(q) ?? ''}</p>
        </div>`
        : nothing
    }
  </li>`;
}
