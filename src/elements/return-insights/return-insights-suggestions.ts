/**
 * Suggestions with their evidence: accepting one Returnless owns (a fit note) is a button; the
 * others link to where the merchant acts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/format.js';
import type { Suggestion } from '../../domain/insights.js';
import type { InsightsView } from './return-insights-views.js';

export interface SuggestionsView extends InsightsView {
  /** Accepted during this visit (the answer comes before the next load). */
  acceptedNow: ReadonlySet<string>;
  busy: boolean;
  accept(s: Suggestion): void;
}

export function renderSuggestions(v: SuggestionsView, list: Suggestion[]): TemplateResult {
  const t = v.t;
  return html`<section part="suggestions">
    <h3 id="suggestions">${t.suggestions}</h3>
    ${
      list.length
        ? html`<ul class="suggestions">
          ${list.map((s) => html`<li>${renderSuggestion(v, s)}</li>`)}
        </ul>`
        : html`<p>${t.noSuggestions}</p>`
    }
  </section>`;
}

function renderSuggestion(v: SuggestionsView, s: Suggestion): TemplateResult {
  const t = v.t;
  const n = (value: number) => formatNumber(value, v.lang);
  const count = n(s.count);
  const [title, evidence] =
    s.kind === 'fit_note'
      ? [
          t.fitNote(s.productTitle, s.tendency ?? 'small'),
          // As counts, not a share: "0 of 4 fit votes agree" says how little the votes weigh, where "0%" did not.
          t.fitEvidence(
            count,
            n(s.of),
            s.tendency ?? 'small',
            s.agree == null || !s.votes ? null : n(Math.round(s.agree * s.votes)),
            n(s.votes ?? 0),
          ),
        ]
      : s.kind === 'add_photo'
        ? [t.addPhoto(s.productTitle), t.addPhotoEvidence(s.count, count)]
        : [t.packaging(s.productTitle), t.packagingEvidence(count, s.carrier ?? null)];
  const accepted = s.accepted || v.acceptedNow.has(s.id);
  return html`<p class="suggestion"><strong>${title}</strong> <span class="evidence-text">(${evidence})</span></p>
    ${
      s.owned
        ? accepted
          ? html`<p class="accepted">✓ ${t.accepted}</p>`
          : html`<button type="button" class="button" ?disabled=${v.busy} @click=${() => v.accept(s)}>${t.accept}</button>`
        : s.href
          ? html`<a class="button" href=${s.href}>${t.act}</a>`
          : nothing
    }`;
}
