/**
 * The reply composer under a published review: a template in the reviewer's language to start
 * from, the text, and a preview of exactly how the reply will look under the review.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InboxReview, ReplyTemplate } from '../../domain/merchant.js';
import { formatNumber } from '../../core/format.js';
import { REPLY_MAX, replyLang } from '../../domain/merchant-logic.js';
import { replyHeading } from './review-inbox.messages.js';
import type { InboxView } from './review-inbox-views.js';

export function renderComposer(v: InboxView, r: InboxReview, templates: ReplyTemplate[]): TemplateResult {
  const t = v.t;
  const { edits, actions } = v;
  const lang = replyLang(r.lang);
  const draft = edits.drafts.get(r.id) ?? r.reply?.body ?? '';
  const problem = edits.problems.get(`reply/${r.id}`);
  const templateId = edits.chosen.get(r.id) ?? '';
  const ids = { template: `tpl-${r.id}`, text: `reply-${r.id}`, hint: `hint-${r.id}`, count: `count-${r.id}`, problem: `problem-${r.id}` };
  // Counted, not cut by a maxlength: a pasted reply stays whole, and Publish says what to shorten.
  const length = draft.trim().length;
  return html`<form class="composer" part="composer" @submit=${(e: Event) => (e.preventDefault(), actions.saveReply(r))}>
    <h4>${t.reply}</h4>
    ${
      templates.length
        ? html`<label for=${ids.template}>${t.template}</label>
          <select id=${ids.template} @change=${(e: Event) => actions.useTemplate(r, templates, (e.target as HTMLSelectElement).value)}>
            <option value="">${t.noTemplate}</option>
            ${templates.map(
              (tpl) => html`<option value=${tpl.id} ?selected=${tpl.id === templateId}>${t.offer(tpl.offer)} — ${tpl.name}</option>`,
            )}
          </select>`
        : nothing
    }
    <label for=${ids.text}>${t.replyText}</label>
    <textarea
      id=${ids.text}
      name="reply"
      rows="4"
      lang=${lang}
      dir="auto"
      aria-describedby=${problem ? `${ids.hint} ${ids.count} ${ids.problem}` : `${ids.hint} ${ids.count}`}
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${draft}
      @input=${(e: Event) => edits.setDraft(r.id, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id=${ids.hint}>${t.replyHint}</p>
    <p class="counter ${length > REPLY_MAX ? 'over' : ''}" part="counter" id=${ids.count}>
      ${t.replyCount(formatNumber(length, v.lang), formatNumber(REPLY_MAX, v.lang))}
    </p>
    ${problem ? html`<p class="problem" id=${ids.problem} role="alert">${problem}</p>` : nothing}
    ${
      draft.trim()
        ? html`<p class="preview-label">${t.preview}</p>
          <div class="reply" part="preview" lang=${lang}>
            <p class="reply-label"><span>${replyHeading[lang]}</span></p>
            <p class="reply-body">${draft}</p>
          </div>`
        : nothing
    }
    <div class="actions">
      <button type="submit" class="button button--primary" ?disabled=${actions.busy}>${r.reply ? t.saveEdit : t.publish}</button>
      ${r.reply ? html`<button type="button" class="button" ?disabled=${actions.busy} @click=${() => actions.deleteReply(r)}>${t.deleteReply}</button>` : nothing}
      ${
        templateId
          ? html`<button type="button" class="button" ?disabled=${actions.busy} @click=${() => actions.saveTemplate(r, templates)}>${t.saveTemplate}</button>`
          : nothing
      }
    </div>
  </form>`;
}
