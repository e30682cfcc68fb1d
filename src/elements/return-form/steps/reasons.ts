/**
 * Step 3: a reason per line from the adapter's tree (parents become option groups), with the
 * comment and photo rules; size reasons suggest an exchange size and can open the size guide.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { formatNumber } from '../../../core/format.js';
import { COMMENT_MAX } from '../../../domain/return-draft.js';
import { findReason, selectedLines, sizeDirection } from '../../../domain/return-request.js';
import type { OrderLine } from '../../../domain/orders.js';
import type { ReturnReason } from '../../../domain/returns.js';
import type { FormView } from '../view.js';
import { describedBy, errorSummary, fieldError, heading, invalid, nav } from './common.js';
import { lineSummary } from './items.js';
import { own } from '../../../domain/own.js';

export function renderReasons(v: FormView) {
  const t = v.t;
  return html`<form class="step" part="step step-reasons" novalidate @submit=${(e: Event) => v.next(e)}>
    ${heading(v, t.stepName('reasons'))}
    <p class="intro">${t.reasonsIntro}</p>
    ${errorSummary(v)}
    ${selectedLines(v.draft).map(({ line }) => renderLine(v, line))}
    ${nav(v)}
  </form>`;
}

function options(reasons: readonly ReturnReason[], selected: string | undefined): unknown {
  return reasons.map((r) =>
    r.children?.length
      ? html`<optgroup label=${r.label}>${options(r.children, selected)}</optgroup>`
      : html`<option value=${r.id} ?selected=${r.id === selected}>${r.label}</option>`,
  );
}

const restored = new WeakSet<Element>();

/**
 * Hands a restored draft's media ids to a new uploader, once. Binding `.value` on every render
 * would reset an uploader in the middle of an upload.
 */
function restoreMedia(el: Element | undefined, ids: string[] | undefined): void {
  if (!el || restored.has(el)) return;
  restored.add(el);
  if (ids?.length) (el as Element & { value: string[] }).value = [...ids];
}

function renderLine(v: FormView, line: OrderLine) {
  const t = v.t;
  const choice = own(v.draft.lines, line.id)!;
  const reason = findReason(v.reasons, choice.reasonId);
  const r = `reason-${line.id}`;
  const c = `comment-${line.id}`;
  const p = `photos-${line.id}`;
  const direction = sizeDirection(reason);
  const suggestion = direction ? v.sizes.suggestion(line.id) : undefined;
  // The exchange choice behind the suggested size (a backend variant, or the chart size itself).
  const suggestedChoice = suggestion ? v.sizes.choices(line.id).find((c) => c.suggested) : undefined;
  const takeable = suggestedChoice && !suggestedChoice.disabled ? suggestedChoice : undefined;
  return html`<fieldset class="line-fieldset" part="line-reason">
    <legend class="line-legend">${lineSummary(v, line)}</legend>
    <div class="field">
      <label for=${r}>${t.reason}</label>
      ${fieldError(v, r)}
      <select
        id=${r}
        name=${r}
        required
        aria-invalid=${ifDefined(invalid(v, r))}
        aria-describedby=${ifDefined(describedBy(v, r))}
        @change=${(e: Event) => v.setLine(line.id, { reasonId: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="" ?selected=${!choice.reasonId}>${t.chooseReason}</option>
        ${options(v.reasons, choice.reasonId)}
      </select>
    </div>
    ${
      direction && (suggestion || v.sizeGuide)
        ? html`<div class="suggestion" part="size-suggestion">
          ${
            suggestion
              ? html`<p>${t.sizeSuggestion(suggestion.label)}</p>
                ${
                  takeable && !(choice.resolution === 'exchange' && choice.exchangeVariantId === takeable.id)
                    ? html`<button type="button" class="button" part="take-suggestion" @click=${() => v.setLine(line.id, { resolution: 'exchange', exchangeVariantId: takeable.id })}>
                      ${t.takeSuggestion(suggestion.label)}
                    </button>`
                    : nothing
                }
                ${suggestedChoice?.disabled ? html`<p>${suggestedChoice.label}</p>` : nothing}`
              : nothing
          }
          ${
            v.sizeGuide
              ? html`<rl-size-guide
                part="size-guide"
                product-id=${line.productId}
                selected-size=${ifDefined(line.size)}
                @rl-size-select=${(e: CustomEvent<{ size: string }>) => v.sizes.pick(line.id, e.detail.size)}
                ><span slot="trigger">${t.openSizeGuide}</span></rl-size-guide
              >`
              : nothing
          }
        </div>`
        : nothing
    }
    ${
      reason
        ? html`<div class="field">
          <label for=${c}>${reason.requiresComment ? t.comment : t.commentOptional}</label>
          ${fieldError(v, c)}
          <textarea
            id=${c}
            name=${c}
            rows="3"
            dir="auto"
            ?required=${Boolean(reason.requiresComment)}
            aria-invalid=${ifDefined(invalid(v, c))}
            aria-describedby=${ifDefined(describedBy(v, c, `${c}-count`))}
            .value=${choice.comment ?? ''}
            @input=${(e: Event) => v.setLine(line.id, { comment: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
          ${commentCount(v, c, choice.comment)}
        </div>`
        : nothing
    }
    ${
      reason?.requiresPhoto
        ? v.support.photos
          ? html`<div class="field" part="photos">
            <p class="label" id=${`${p}-label`}>${t.photos}</p>
            <p class="hint" id=${`${p}-hint`}>${t.photosHint}</p>
            ${fieldError(v, p)}
            <rl-media-uploader
              id=${p}
              purpose="return"
              lookup-token=${ifDefined(v.draft.order?.lookupToken)}
              name=${p}
              required
              aria-labelledby=${`${p}-label`}
              aria-describedby=${ifDefined(describedBy(v, p, `${p}-hint`))}
              ${ref((el) => restoreMedia(el, choice.mediaIds))}
              @rl-media-uploaded=${(e: Event) => v.setLine(line.id, { mediaIds: [...((e.currentTarget as { value?: string[] }).value ?? [])] })}
              @change=${(e: Event) => v.setLine(line.id, { mediaIds: [...((e.currentTarget as { value?: string[] }).value ?? [])] })}
            ></rl-media-uploader>
          </div>`
          : html`<p class="note" part="note">${t.noPhotos}</p>`
        : nothing
    }
  </fieldset>`;
}

/**
 * How long the comment is against what a return takes (GOV.UK's character count): no maxlength,
 * which cut pasted text without a word; past the limit the count is marked and Continue says why.
 */
function commentCount(v: FormView, id: string, comment = '') {
  const length = comment.trim().length;
  return html`<p class="counter ${length > COMMENT_MAX ? 'over' : ''}" part="counter" id=${`${id}-count`}>
    ${v.t.commentCount(formatNumber(length, v.lang), formatNumber(COMMENT_MAX, v.lang))}
  </p>`;
}
