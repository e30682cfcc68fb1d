/**
 * The guide's modal `<dialog>`: anchored to its button on wide screens (a popover), a full-height
 * sheet on narrow ones; focus moves in, Tab wraps inside it, Escape or a click on the popover's
 * backdrop closes it, and focus returns to the button. Loaded with the guide's code
 * (size-guide-load.ts), so a closed guide's button carries none of it (issue 16).
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { styleProps } from '../../core/style-props.js';
import type { Position } from './size-guide-position.js';
import type { RlSizeGuide } from './size-guide.js';

/** Wide screens get an anchored popover, narrow ones a full-height sheet. */
const WIDE = '(min-width: 40rem)';

export class GuideDialog implements ReactiveController {
  private layout: 'popover' | 'sheet' = 'sheet';
  private position?: Position;
  private media?: MediaQueryList;
  private unanchor?: () => void;
  private focusTabWhenLoaded = false;

  /** @param loaded whether the guide's content is there (not loading), to move focus on to its tab */
  constructor(
    private readonly host: RlSizeGuide,
    private readonly loaded: () => boolean,
  ) {
    host.addController(this);
  }

  private get root(): ShadowRoot {
    return this.host.shadowRoot!;
  }
  private get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }

  get isOpen(): boolean {
    return Boolean(this.dialog?.open);
  }

  /** Draws the dialog in the layout the screen calls for, opens it and moves focus in. */
  async show(): Promise<void> {
    this.media ??= matchMedia(WIDE);
    this.layout = this.media.matches ? 'popover' : 'sheet';
    this.position = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    // Closed again meanwhile (`open` removed, `hide()`): stay closed.
    if (!dialog || dialog.open || !this.host.open) return;
    dialog.showModal();
    this.media.addEventListener('change', this.onMediaChange);
    if (this.layout === 'popover') await this.anchorPopover();
    this.focusStart();
  }

  /** Closes the dialog; its `close` event returns focus to the button. */
  hide(): void {
    this.dialog?.close();
  }

  hostUpdated(): void {
    if (!this.focusTabWhenLoaded || !this.loaded()) return;
    this.focusTabWhenLoaded = false;
    // Unless the shopper has moved on from the close button meanwhile.
    const active = this.root.activeElement;
    if (this.isOpen && (!active || active.classList.contains('close'))) this.activeTab()?.focus();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMediaChange);
    this.unanchor?.();
  }

  render(title: string, closeLabel: string, body: unknown): TemplateResult {
    const { layout, position } = this;
    return html`<dialog
      part="dialog"
      class=${layout === 'popover' && !position ? 'popover positioning' : layout}
      aria-labelledby="title"
      ${styleProps(layout === 'popover' && position ? { left: `${position.x}px`, top: `${position.y}px`, maxBlockSize: `${position.maxHeight}px` } : {})}
      @close=${this.onClosed}
      @click=${this.onClick}
      @keydown=${this.onKeydown}
    >
      <div class="dialog-head">
        <h2 id="title">${title}</h2>
        <button type="button" class="close" part="close" aria-label=${closeLabel} @click=${() => this.hide()}>
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <div class="guide" part="guide">${body}</div>
    </dialog>`;
  }

  /** The popover's placement code (floating-ui, a chunk of its own); a field so a test can make the network fail. */
  private importPosition = () => import('./size-guide-position.js');

  private async anchorPopover(): Promise<void> {
    let anchor: (typeof import('./size-guide-position.js'))['anchor'];
    try {
      ({ anchor } = await this.importPosition());
    } catch {
      // Its placement code could not be fetched: the full-height sheet needs none.
      this.layout = 'sheet';
      this.host.requestUpdate();
      await this.host.updateComplete;
      return;
    }
    const dialog = this.dialog;
    const trigger = this.root.querySelector('.trigger');
    if (!dialog?.open || !trigger) return;
    let first: () => void = () => {};
    const positioned = new Promise<void>((resolve) => (first = resolve));
    this.unanchor = anchor(trigger, dialog, (position) => {
      this.position = position;
      this.host.requestUpdate();
      first();
    });
    await positioned;
    await this.host.updateComplete;
  }

  /** Focus goes to the active tab, or to the close button until the chart has loaded (then on to the tab). */
  private focusStart(): void {
    const tab = this.activeTab();
    (tab ?? this.root.querySelector<HTMLElement>('.close'))?.focus();
    this.focusTabWhenLoaded = !tab;
  }

  private activeTab(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  }

  private onClosed = (): void => {
    this.unanchor?.();
    this.unanchor = undefined;
    this.media?.removeEventListener('change', this.onMediaChange);
    this.host.open = false;
    this.root.querySelector<HTMLElement>('.trigger')?.focus();
  };

  /** A click on the popover's backdrop (outside the dialog box) closes it. */
  private onClick = (event: MouseEvent): void => {
    const dialog = this.dialog;
    if (dialog && this.layout === 'popover' && clickedBackdrop(event, dialog)) this.hide();
  };

  /** Tab and Shift+Tab wrap around inside the dialog instead of leaving for the browser's toolbar. */
  private onKeydown = (event: KeyboardEvent): void => {
    const dialog = this.dialog;
    if (dialog) wrapTab(event, dialog, this.root.activeElement);
  };

  private onMediaChange = (): void => {
    const layout = this.media?.matches ? 'popover' : 'sheet';
    if (layout === this.layout) return;
    this.layout = layout;
    this.unanchor?.();
    this.unanchor = undefined;
    this.position = undefined;
    this.host.requestUpdate();
    if (layout === 'popover') void this.anchorPopover();
  };
}

/** Tab and Shift+Tab wrap around inside `dialog`; `active` is the focused element in its root. */
function wrapTab(event: KeyboardEvent, dialog: HTMLDialogElement, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const items = [...dialog.querySelectorAll<HTMLElement>('button,input,select,textarea,a[href],[tabindex]')].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !el.closest('[hidden]') &&
      !(el as HTMLButtonElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) &&
      el.getClientRects().length > 0,
  );
  const n = items.length;
  if (!n || !active) return;
  const i = items.indexOf(active as HTMLElement);
  const follows = (el: HTMLElement) => Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  // From a focusable-by-script element (the result), go on from where it sits.
  const next =
    i !== -1
      ? items[(i + (event.shiftKey ? n - 1 : 1)) % n]
      : event.shiftKey
        ? (items.filter((el) => !follows(el)).pop() ?? items[n - 1])
        : (items.find(follows) ?? items[0]);
  event.preventDefault();
  next!.focus();
}

/** True for a click on the dialog's backdrop (the dialog itself, outside its box). */
function clickedBackdrop(event: MouseEvent, dialog: HTMLDialogElement): boolean {
  if (event.target !== dialog) return false;
  const r = dialog.getBoundingClientRect();
  return !(event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom);
}
