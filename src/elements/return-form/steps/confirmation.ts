/**
 * Step 7: the return id, what happens next, label links, and per parcel a QR code plus the same
 * code as text (screen readers read the text; the QR is labelled too). Withdrawals show when
 * they were received.
 */
import { html, nothing } from 'lit';
import { formatDate } from '../../../core/format.js';
import type { FormView } from '../view.js';
import { heading, money } from './common.js';

/**
 * The return's id in its heading on a line of its own when the line is too short for it: a phone
 * broke "R-7846-25HN-KYEG" at a hyphen, and a shopper reading it out or typing it needs it whole.
 */
function keepTogether(text: string, id: string) {
  const at = text.indexOf(id);
  return at < 0 ? text : html`${text.slice(0, at)}<span class="return-id">${id}</span>${text.slice(at + id.length)}`;
}

export function renderConfirmation(v: FormView) {
  const t = v.t;
  const c = v.submitted.confirmation;
  if (!c) return nothing;
  const withdrawal = v.draft.path === 'withdrawal';
  const steps = c.instructions.length
    ? c.instructions.map((i) => html`<li><strong>${i.title}</strong> ${i.text}</li>`)
    : v.draft.method && !withdrawal
      ? t
          .defaultSteps(v.draft.method)
          .split('\n')
          .map((s) => html`<li>${s}</li>`)
      : [];
  const several = c.labels.length > 1;
  return html`<section class="step" part="step step-confirmation">
    ${heading(v, keepTogether(withdrawal ? t.withdrawn(c.id) : t.confirmed(c.id), c.id))}
    ${
      withdrawal
        ? html`<p class="intro" part="timestamp">
          ${t.withdrawnAt(formatDate(c.createdAt, v.lang, { dateStyle: 'long', timeStyle: 'long' }))}
        </p>`
        : nothing
    }
    ${v.submitted.earlier ? html`<p class="note" part="note">${t.earlierReturn}</p>` : nothing}
    ${renderOutcome(v)}
    ${
      steps.length
        ? html`<p class="subheading">${t.nextSteps}</p>
          <ol class="next-steps" part="next-steps">
            ${steps}
          </ol>`
        : nothing
    }
    ${
      c.labels.length
        ? html`<ul class="parcels plain" part="parcels">
          ${c.labels.map(
            (label, i) => html`<li class="parcel" part="parcel">
              ${several ? html`<p class="subheading">${t.parcel(i + 1)}</p>` : nothing}
              ${
                label.labelUrl
                  ? html`<p><a class="button button--primary" part="label-link" href=${label.labelUrl} target="_blank" rel="noopener"
                    >${several ? t.labelFor(i + 1) : t.label}</a
                  ></p>`
                  : nothing
              }
              ${
                label.code
                  ? html`<div class="code" part="code">
                    ${v.qr ? v.qr.renderQr(label.code, t.qrAlt(label.code)) : html`<span class="qr qr--pending" aria-hidden="true"></span>`}
                    <p class="code-text" part="code-text">${t.code}: <strong class="mono">${label.code}</strong></p>
                  </div>`
                  : nothing
              }
            </li>`,
          )}
        </ul>`
        : nothing
    }
    <p class="nav">
      <!-- In place: the form already holds this return's id and the email that proves it (statusUrl would ask again). -->
      <button type="button" class="link-button" part="status-link" @click=${() => v.status.showReturn(c.id, v.draft.email)}>${t.checkStatus}</button>
      <button type="button" class="link-button" part="start-over" @click=${() => v.startOver()}>${t.startOver}</button>
    </p>
  </section>`;
}

/** What the shopper gets and by when to send it: from the confirmation, else the last estimate. */
function renderOutcome(v: FormView) {
  const t = v.t;
  const c = v.submitted.confirmation!;
  const q = c.quote ?? v.estimate.quote;
  const row = (label: string, amount: { amount: number; currency: string } | undefined, cls = '') =>
    amount && (amount.amount > 0 || cls)
      ? html`<div class=${`estimate-row ${cls}`}><dt>${label}</dt><dd>${money(v, amount)}</dd></div>`
      : nothing;
  if (!q && !c.sendBy) return nothing;
  return html`<section class="estimate" part="outcome" aria-labelledby="outcome-title">
    <p class="estimate-title" id="outcome-title">${t.youGet}</p>
    ${
      q
        ? html`<dl>
          ${row(t.estimateRefund, q.refund)} ${row(t.estimateCredit, q.storeCredit)} ${row(t.estimateBonus, q.bonusCredit)}
          ${row(t.estimateFees, q.fees, 'estimate-fee')} ${row(t.estimateTotal, q.total, 'estimate-total')}
        </dl>`
        : nothing
    }
    ${c.sendBy ? html`<p part="send-by"><strong>${t.sendBy(formatDate(c.sendBy, v.lang, { dateStyle: 'long' }))}</strong></p>` : nothing}
  </section>`;
}
