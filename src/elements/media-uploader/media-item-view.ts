/**
 * One row of the uploader's list: thumbnail, name, status, description field and its buttons. Its own
 * chunk (imported by media-uploader.ts): it imports only types from the element's modules.
 */
import { html, nothing } from 'lit';
import { formatNumber, formatPercent } from '../../core/format.js';
import { altTooLong, MEDIA_ALT_MAX } from '../../domain/media-rules.js';
import { styleProps } from '../../core/style-props.js';
import type { Item } from './media-item.js';
import type { UploaderMessages } from './media-uploader.messages.js';
import { itemViewMessages } from './media-item-view.messages.js';
import { messagesIn } from '../../core/i18n.js';

export interface ItemViewContext {
  t: UploaderMessages;
  lang: string;
  /** Items that take a place, in order (for the move buttons). */
  listed: readonly Item[];
  disabled: boolean;
  /** Why the item was refused or failed. */
  problem(item: Item): string;
  duration(seconds: number): string;
  move(item: Item, delta: -1 | 1): void;
  cancel(item: Item): void;
  retry(item: Item): void;
  remove(item: Item): void;
  /** Null when files get no description field (`purpose="return"`: evidence only the shop sees). */
  describe: ((item: Item, alt: string) => void) | null;
}

export function renderItem(item: Item, c: ItemViewContext) {
  const { t, listed, disabled } = c;
  const w = words(c);
  const position = listed.indexOf(item);
  const refused = item.status === 'refused';
  const failed = item.status === 'failed' || item.status === 'cancelled';
  const problem = refused || item.status === 'failed';
  // Being prepared or uploaded: it can be cancelled, not removed (a file still being checked can be).
  const working = item.status === 'uploading' || item.status === 'processing';
  const status = problem
    ? c.problem(item)
    : {
        checking: w.checking,
        processing: w.processing,
        uploading: w.uploading(formatPercent(item.progress, c.lang)),
        done: item.ref?.status === 'pending' ? w.pending : w.uploaded,
        cancelled: t.cancelled,
      }[item.status as 'checking'];
  const nameId = `${item.key}-name`;
  return html`<li class="item ${problem ? 'error' : ''}" part="item" data-key=${item.key} aria-labelledby=${nameId}>
    <div class="thumb" part="thumbnail">
      ${item.thumb ? html`<img src=${item.thumb} alt="" />` : html`<span class="icon" aria-hidden="true">${item.kind === 'video' ? '▶' : refused ? '!' : '▢'}</span>`}
      ${item.kind === 'video' && item.thumb ? html`<span class="play" aria-hidden="true">▶</span>` : nothing}
    </div>
    <div class="info">
      <p class="name" id=${nameId}>${t.fileLabel(item.kind ?? 'file', item.name)}</p>
      <p class="status ${problem ? 'danger' : ''}" part="status">${status}</p>
      ${
        item.status === 'uploading'
          ? html`<div class="bar" part="progress" aria-hidden="true"><span ${styleProps({ inlineSize: `${Math.round(item.progress * 100)}%` })}></span></div>`
          : nothing
      }
      ${item.durationSeconds !== undefined ? html`<p class="muted">${w.duration(c.duration(item.durationSeconds))}</p>` : nothing}
      ${item.kind === 'image' && item.reencoded ? html`<p class="note" part="note">${w.gpsRemoved}</p>` : nothing}
      ${item.kind === 'image' && item.reencoded === false ? html`<p class="note" part="note">${w.originalKept}</p>` : nothing}
      ${!refused && item.kind && c.describe ? renderAlt(item, item.kind, c, c.describe) : nothing}
    </div>
    <div class="actions" part="actions">
      ${
        !refused && listed.length > 1
          ? html`<button type="button" class="button button--small move-earlier" part="button" aria-label=${w.moveEarlierFile(item.name)} ?disabled=${disabled || position === 0} @click=${() => c.move(item, -1)}>
              <span aria-hidden="true">↑</span>${w.moveEarlier}
            </button>
            <button type="button" class="button button--small move-later" part="button" aria-label=${w.moveLaterFile(item.name)} ?disabled=${disabled || position === listed.length - 1} @click=${() => c.move(item, 1)}>
              <span aria-hidden="true">↓</span>${w.moveLater}
            </button>`
          : nothing
      }
      ${
        working
          ? html`<button type="button" class="button button--small cancel" part="button" aria-label=${w.cancelFile(item.name)} @click=${() => c.cancel(item)}>${w.cancel}</button>`
          : nothing
      }
      ${
        failed && item.file
          ? html`<button type="button" class="button button--small retry" part="button" aria-label=${w.retryFile(item.name)} ?disabled=${disabled} @click=${() => c.retry(item)}>${w.retry}</button>`
          : nothing
      }
      ${
        working
          ? nothing
          : html`<button type="button" class="button button--small remove" part="button" aria-label=${w.removeFile(item.name)} ?disabled=${disabled} @click=${() => c.remove(item)}>${w.remove}</button>`
      }
    </div>
  </li>`;
}

/**
 * The description field. No `maxlength`: a pasted description longer than the limit would be cut
 * without a word. It is kept as typed, said to be too long here, and the uploader's validity (and
 * the review form's check) waits until it is shortened.
 */
function renderAlt(item: Item, kind: 'image' | 'video', c: ItemViewContext, describe: (item: Item, alt: string) => void) {
  const w = words(c);
  const long = altTooLong(item.alt);
  return html`<label class="alt">
    <span>${w.altLabel(kind)}</span>
    <input
      part="alt-input"
      type="text"
      dir="auto"
      autocomplete="off"
      .value=${item.alt}
      ?disabled=${c.disabled}
      aria-invalid=${long ? 'true' : 'false'}
      aria-describedby="${long ? `${item.key}-alterror ` : ''}${item.key}-althint"
      @input=${(e: Event) => describe(item, (e.target as HTMLInputElement).value)}
    />
    ${long ? html`<span class="alt-error" part="alt-error" id="${item.key}-alterror">${w.altTooLong(formatNumber(item.alt.trim().length, c.lang), formatNumber(MEDIA_ALT_MAX, c.lang))}</span>` : nothing}
    <span class="muted small" id="${item.key}-althint">${w.altHint}</span>
  </label>`;
}

/** The row's own words (media-item-view.messages.ts) in the uploader's language. */
function words(c: ItemViewContext) {
  return messagesIn(itemViewMessages, c.lang);
}
