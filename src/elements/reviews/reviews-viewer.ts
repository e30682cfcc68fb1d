/**
 * The photo and video viewer: a modal `<dialog>` with Previous/Next. Its own chunk, loaded when
 * the shopper first opens a photo (reviews-viewer-controller.ts), not with the reviews.
 * The host keeps its state and keyboard handling (arrow keys, focus return).
 */
import { css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { addStyles } from '../../core/add-styles.js';
import type { ReviewMediaItem } from '../../domain/review-filters.js';
import { messagesIn } from '../../core/i18n.js';
import { viewerMessages } from './reviews-viewer.messages.js';

export interface ViewerState {
  items: ReviewMediaItem[];
  index: number;
}

export interface ViewerHandlers {
  keydown: (e: KeyboardEvent) => void;
  /** The dialog's `close` event (Escape, the Close button, a click outside). */
  closed: () => void;
  close: () => void;
  step: (step: number) => void;
}

/** `label`: the media's alt text, or the fallback ("Photo 2 from Mei L."). `lang`: the reviews' language. */
export function renderViewer(lang: string, v: ViewerState | undefined, label: string, on: ViewerHandlers): TemplateResult {
  const t = messagesIn(viewerMessages, lang);
  const item = v?.items[v.index];
  const m = item?.media;
  const width = m?.width ?? nothing;
  const height = m?.height ?? nothing;
  return html`<dialog part="viewer" aria-labelledby="viewer-title" closedby="any" @keydown=${on.keydown} @close=${on.closed}>
    ${
      v && item && m
        ? html`<div class="viewer-bar">
            <h2 class="viewer-title" id="viewer-title">${t.viewerLabel}</h2>
            <span class="position" aria-live="polite">${t.viewerPosition(v.index + 1, v.items.length)}</span>
            <button type="button" class="button" autofocus @click=${on.close}>${t.close}</button>
          </div>
          <figure>
            ${
              m.kind === 'video'
                ? html`<video
                  controls
                  preload="metadata"
                  playsinline
                  src=${m.url ?? nothing}
                  poster=${m.thumbnailUrl ?? nothing}
                  aria-label=${label}
                  width=${width}
                  height=${height}
                ></video>`
                : html`<img src=${m.url ?? m.thumbnailUrl ?? nothing} alt=${label} width=${width} height=${height} />`
            }
            <figcaption>${m.alt?.trim() ? html`<span dir="auto">${m.alt}</span> ` : nothing}<span>${t.viewerBy(item.author)}</span></figcaption>
          </figure>
          ${
            v.items.length > 1
              ? html`<div class="viewer-nav">
                <button type="button" class="button" @click=${() => on.step(-1)}>${t.previous}</button>
                <button type="button" class="button" @click=${() => on.step(1)}>${t.next}</button>
              </div>`
              : nothing
          }`
        : nothing
    }
  </dialog>`;
}

/** Adds the viewer's styles to the reviews' shadow root (once). */
export function adoptViewerStyles(host: LitElement): void {
  addStyles(host, [viewerStyles]);
}

export const viewerStyles = css`
  dialog {
    inline-size: min(56rem, 100vw - 2 * var(--_space-s));
    max-block-size: calc(100dvh - 2 * var(--_space-s));
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-l);
    color: inherit;
    background: Canvas;
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  .viewer-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-s);
  }
  .viewer-title {
    font-size: inherit;
    margin: 0;
    flex: 1 1 auto;
  }
  figure {
    margin: 0;
    display: grid;
    gap: var(--_space-s);
    justify-items: center;
  }
  figure img,
  figure video {
    display: block;
    max-inline-size: 100%;
    max-block-size: 65dvh;
    block-size: auto;
    inline-size: auto;
    object-fit: contain;
    background: var(--_subtle);
  }
  figcaption {
    text-align: center;
    overflow-wrap: anywhere;
  }
  .viewer-nav {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-m);
    margin-block-start: var(--_space-s);
  }
`;
