/** The status view: return number + email → `getReturnStatus` → a timeline. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../../../core/format.js';
import type { FormView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, invalid, nav } from './common.js';

export function renderStatus(v: FormView) {
  const t = v.t;
  const s = v.status.status;
  const input = (field: 'returnId' | 'email', label: string, type: string, autocomplete: string) => html`<div class="field">
    <label for=${`status-${field}`}>${label}</label>
    ${fieldError(v, `status-${field}`)}
    <input
      id=${`status-${field}`}
      name=${field}
      type=${type}
      autocomplete=${autocomplete}
      required
      spellcheck="false"
      aria-invalid=${ifDefined(invalid(v, `status-${field}`))}
      aria-describedby=${ifDefined(describedBy(v, `status-${field}`))}
      .value=${v.status.query[field]}
      @input=${(e: Event) => v.status.set({ [field]: (e.target as HTMLInputElement).value })}
    />
  </div>`;
  return html`<form
    class="step"
    part="step step-status"
    novalidate
    @submit=${(e: Event) => (e.preventDefault(), void v.status.load())}
    @focusin=${() => v.prefetch()}
    @pointerenter=${() => v.prefetch()}
  >
    ${heading(v, t.statusTitle)}
    ${
      s
        ? html`<p class="intro" part="current-status">${t.currentStatus(t.status(s.status))}</p>
          <ol class="timeline" part="timeline">
            ${s.timeline.map(
              (
                e,
                i,
              ) => html`<li class="timeline-item" part="timeline-item" aria-current=${ifDefined(i === s.timeline.length - 1 ? 'step' : undefined)}>
                <span class="timeline-status">${t.status(e.status)}</span>
                <time datetime=${e.at}>${formatDate(e.at, v.lang, { dateStyle: 'medium', timeStyle: /T/.test(e.at) ? 'short' : undefined })}</time>
                ${e.note ? html`<span class="timeline-note">${e.note}</span>` : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p class="intro">${t.statusIntro}</p>
          ${errorSummary(v)} ${input('returnId', t.returnId, 'text', 'off')} ${input('email', t.email, 'email', 'email')}
          ${nav(v, t.showStatus, { back: false })}`
    }
  </form>`;
}
