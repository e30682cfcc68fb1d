/** Step 1: find the order by number plus email or postcode (or a signed-in theme's token). */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FirstView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, invalid, nav } from './common.js';

export function renderLookup(v: FirstView) {
  const t = v.t;
  const withdrawal = v.draft.path === 'withdrawal';
  const input = (field: 'orderNumber' | 'email' | 'postalCode', label: string, type: string, autocomplete: string, hint?: string) =>
    html`<div class="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${field}-hint`}>${hint}</p>` : nothing}
      ${fieldError(v, field)}
      <input
        id=${field}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck="false"
        required
        aria-invalid=${ifDefined(invalid(v, field))}
        aria-describedby=${ifDefined(describedBy(v, field, hint ? `${field}-hint` : undefined))}
        .value=${v.draft.lookup[field]}
        @input=${(e: InputEvent) => v.setDraft({ lookup: { ...v.draft.lookup, [field]: (e.target as HTMLInputElement).value } })}
      />
    </div>`;
  // The later steps' code is fetched while the shopper fills this in (awaited on Find order).
  return html`<form
    class="step"
    part="step step-lookup"
    novalidate
    @submit=${(e: Event) => v.next(e)}
    @focusin=${() => v.prefetch()}
    @pointerenter=${() => v.prefetch()}
  >
    ${heading(v, withdrawal ? t.withdrawalStepName('lookup') : t.stepName('lookup'))}
    ${withdrawal ? html`<p class="intro">${t.withdrawIntro}</p>` : html`<p class="intro">${v.lookup.hasToken ? t.signedIn : v.lookup.by === 'email' ? t.lookupIntro : t.lookupIntroPostcode}</p>`}
    ${errorSummary(v)}
    ${input('orderNumber', t.orderNumber, 'text', 'off', t.orderNumberHint(v.lookup.example))}
    ${
      v.lookup.hasToken
        ? nothing
        : v.lookup.by === 'email'
          ? input('email', t.email, 'email', 'email')
          : input('postalCode', t.postalCode, 'text', 'postal-code')
    }
    ${nav(v, t.findOrder, { back: false })}
    ${
      v.lookup.withdrawal
        ? html`<p class="path-switch">
          <button type="button" class="link-button" part="withdraw-button" @click=${() => v.switchPath(withdrawal ? 'return' : 'withdrawal')}>
            ${withdrawal ? t.regularReturnLink : t.withdrawLink}
          </button>
        </p>`
        : nothing
    }
  </form>`;
}
