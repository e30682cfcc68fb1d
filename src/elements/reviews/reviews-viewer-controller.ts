/**
 * The media viewer's state and keyboard: which gallery is open at which item, the arrow keys
 * (mirrored right-to-left; a focused video keeps them for seeking), and focus back to the
 * thumbnail that opened it. The `<dialog>` itself is drawn by reviews-viewer.ts. Both are a chunk
 * of their own, imported when the first photo is opened.
 */
import type { LitElement } from 'lit';
import { emit } from '../../core/events.js';
import { resolveDir } from '../../core/i18n.js';
import type { ReviewMediaItem } from '../../domain/review-filters.js';
import type { ReviewsMessages } from './reviews.messages.js';
import { adoptViewerStyles, renderViewer, type ViewerState } from './reviews-viewer.js';
import type { mediaLabel as MediaLabel } from './reviews-review-view.js';

type Host = LitElement;

/** `rl-review-media-open` detail: which review's photo or video was opened. */
export interface ReviewMediaOpenDetail {
  reviewId: string;
  mediaId: string;
}

export class ReviewsViewerController {
  /** The open gallery and position; undefined while closed. */
  state?: ViewerState;
  private opener?: HTMLElement;

  /** `label` names an item as its thumbnail does (passed in, so this chunk shares no module with the element's). */
  constructor(
    private readonly host: Host,
    private readonly mediaLabel: typeof MediaLabel,
  ) {
    adoptViewerStyles(host);
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog');
  }

  async open(items: ReviewMediaItem[], index: number, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.state = { items, index };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog?.open) dialog?.showModal();
    const item = items[index]!;
    emit<ReviewMediaOpenDetail>(this.host, 'rl-review-media-open', { reviewId: item.reviewId, mediaId: item.media.id });
  }

  /** Moves the viewer by `step` (wrapping). */
  step(step: number): void {
    const v = this.state;
    if (!v || v.items.length < 2) return;
    this.state = { items: v.items, index: (v.index + step + v.items.length) % v.items.length };
    this.host.requestUpdate();
  }

  /** The viewer's `<dialog>`, in the reviews' language. */
  render(t: ReviewsMessages, lang: string): unknown {
    return renderViewer(lang, this.state, this.label(t), this.handlers);
  }

  /** The current item's label, for the dialog. */
  label(t: ReviewsMessages): string {
    const v = this.state;
    const item = v?.items[v.index];
    return item && v ? this.mediaLabel(t, item, v.index + 1) : '';
  }

  readonly handlers = {
    keydown: (e: KeyboardEvent): void => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      // A focused video keeps its own arrow keys (seeking).
      if ((e.composedPath()[0] as Element).localName === 'video') return;
      e.preventDefault();
      const forward = e.key === 'ArrowRight' ? 1 : -1;
      this.step(resolveDir(this.host) === 'rtl' ? -forward : forward);
    },
    closed: (): void => {
      this.state = undefined;
      this.host.requestUpdate();
      this.opener?.focus();
      this.opener = undefined;
    },
    close: (): void => this.dialog?.close(),
    step: (n: number): void => this.step(n),
  };
}
