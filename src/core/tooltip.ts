/**
 * Term tips: a short explanation attached to a word a shopper may not know ("restocking fee",
 * "verified buyer"). A reusable Lit controller, generic over what it explains.
 *
 * ## API
 * ```ts
 * import { TermTip, termTipStyles } from '../../core/tooltip.js';
 *
 * class MyElement extends RlElement {
 *   static override styles = [...RlElement.styles, termTipStyles];
 *   private readonly tips = new TermTip(this);            // options: { placement: 'top' | 'bottom' … }
 *   render() {
 *     return html`Returns cost a ${this.tips.term('restocking', 'restocking fee', 'A share of the price kept…')}.`;
 *   }
 * }
 * ```
 * - `term(id, label, explanation)` renders the trigger (a `<button part="term">` whose name is the
 *   label) and its bubble (`<span role="tooltip" part="tooltip">`). `id` is unique within the host.
 * - `open(id, pinned?)`, `close()`, `openId` (the open tip or `undefined`) for code and tests.
 * - `termTipStyles` styles both; theme them with `::part(term)` and `::part(tooltip)`.
 *
 * ## Behaviour (WCAG 1.4.13 content on hover or focus, APG tooltip/toggletip)
 * - The explanation is the trigger's accessible description (`aria-describedby`), so screen
 *   readers announce it on focus even while the bubble is hidden.
 * - Keyboard: focusing the trigger (focus-visible) shows the bubble; Enter/Space pin or unpin it;
 *   Escape hides it without moving focus; Tab away hides it.
 * - Touch and click: a tap toggles it; a tap anywhere else hides it.
 * - Mouse: hovering shows it; it stays while the pointer moves onto the bubble (hoverable) and
 *   until the pointer leaves both, Escape is pressed, or another tip opens (persistent, dismissable).
 * - Only one tip per controller is open. The bubble is positioned with @floating-ui/dom,
 *   imported on the first open so pages that never open a tip never download it.
 * - Printing hides bubbles; the trigger prints as plain text.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;
type Placement = 'top' | 'bottom' | 'left' | 'right' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

export interface TermTipOptions {
  /** Preferred side of the trigger; flips when there is no room. Default `top`. */
  placement?: Placement;
  /** Delay before a hover opens a tip, in ms. Default 150. */
  hoverDelay?: number;
  /** Grace time for the pointer to travel from the trigger to the bubble, in ms. Default 200. */
  leaveDelay?: number;
}

export class TermTip implements ReactiveController {
  /** The open tip's id. */
  openId?: string;
  /** Opened by click/tap or Enter: stays until toggled, Escape or an outside tap. */
  private pinned = false;
  private timer?: ReturnType<typeof setTimeout>;
  private stopPositioning?: () => void;
  private readonly options: Required<TermTipOptions>;

  constructor(
    private readonly host: Host,
    options: TermTipOptions = {},
  ) {
    this.options = { placement: 'top', hoverDelay: 150, leaveDelay: 200, ...options };
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  hostUpdated(): void {
    if (!this.openId) return;
    // The host re-rendered without the open term: nothing left to explain.
    if (!this.part('term', this.openId)) this.close();
    else if (!this.stopPositioning) void this.position(this.openId);
  }

  /** Renders a term with its explanation. */
  term(id: string, label: string | TemplateResult, explanation: string | TemplateResult): TemplateResult {
    const open = this.openId === id;
    return html`<span class="tip"
      ><button
        type="button"
        class="tip-term"
        part="term"
        id=${`tip-term-${id}`}
        aria-describedby=${`tip-${id}`}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${() => this.onClick(id)}
        @focus=${(e: FocusEvent) => this.onFocus(id, e)}
        @blur=${() => this.onBlur(id)}
        @pointerenter=${(e: PointerEvent) => this.onEnter(id, e)}
        @pointerleave=${(e: PointerEvent) => this.onLeave(id, e)}
      >
        ${label}</button
      ><span
        class="tip-bubble"
        part="tooltip"
        role="tooltip"
        id=${`tip-${id}`}
        ?hidden=${!open}
        @pointerenter=${() => this.cancelTimer()}
        @pointerleave=${(e: PointerEvent) => this.onLeave(id, e)}
        >${explanation}</span
      ></span
    >`;
  }

  /** Opens tip `id` (closing any other); `pinned` keeps it open until toggled or dismissed. */
  open(id: string, pinned = false): void {
    this.cancelTimer();
    if (this.openId !== id) {
      this.stopPositioning?.();
      this.stopPositioning = undefined;
    }
    const wasOpen = Boolean(this.openId);
    this.openId = id;
    this.pinned = pinned;
    if (!wasOpen) {
      document.addEventListener('keydown', this.onKeydown, true);
      document.addEventListener('pointerdown', this.onOutside, true);
    }
    this.host.requestUpdate();
  }

  /** Closes the open tip, if any. */
  close(): void {
    this.cancelTimer();
    if (!this.openId) return;
    this.openId = undefined;
    this.pinned = false;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('pointerdown', this.onOutside, true);
    this.host.requestUpdate();
  }

  private onClick(id: string): void {
    if (this.openId === id && this.pinned) this.close();
    else this.open(id, true);
  }

  private onFocus(id: string, event: FocusEvent): void {
    // Keyboard focus shows the tip; a mouse or touch focus waits for the click that follows.
    if ((event.target as HTMLElement).matches(':focus-visible')) this.open(id);
  }

  private onBlur(id: string): void {
    if (this.openId === id) this.close();
  }

  private onEnter(id: string, event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || this.openId === id) {
      this.cancelTimer();
      return;
    }
    if (this.pinned) return;
    this.cancelTimer();
    this.timer = setTimeout(() => this.open(id), this.options.hoverDelay);
  }

  private onLeave(id: string, event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    this.cancelTimer();
    if (this.openId !== id || this.pinned) return;
    const trigger = this.part('term', id);
    if (trigger && trigger === this.host.shadowRoot?.activeElement) return;
    this.timer = setTimeout(() => this.close(), this.options.leaveDelay);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.openId) return;
    // Handled here, so an enclosing dialog does not close as well.
    event.stopPropagation();
    event.preventDefault();
    this.close();
  };

  private onOutside = (event: PointerEvent): void => {
    const id = this.openId;
    if (!id) return;
    const path = event.composedPath();
    if (path.includes(this.part('term', id)!) || path.includes(this.part('tooltip', id)!)) return;
    this.close();
  };

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private part(kind: 'term' | 'tooltip', id: string): HTMLElement | null {
    return this.host.shadowRoot?.getElementById(kind === 'term' ? `tip-term-${id}` : `tip-${id}`) ?? null;
  }

  private async position(id: string): Promise<void> {
    const trigger = this.part('term', id);
    const bubble = this.part('tooltip', id);
    if (!trigger || !bubble) return;
    let stopped = false;
    this.stopPositioning = () => (stopped = true);
    const { autoUpdate, computePosition, flip, offset, shift } = await import('@floating-ui/dom');
    if (stopped || this.openId !== id) return;
    const cleanup = autoUpdate(trigger, bubble, () => {
      void computePosition(trigger, bubble, {
        strategy: 'fixed',
        placement: this.options.placement,
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y, placement }) => {
        // CSSOM, not a style attribute: allowed under a strict CSP.
        bubble.style.left = `${x}px`;
        bubble.style.top = `${y}px`;
        bubble.dataset.placement = placement;
      });
    });
    this.stopPositioning = () => {
      cleanup();
      delete bubble.dataset.placement;
    };
  }
}

export const termTipStyles = css`
  .tip {
    display: inline;
  }
  .tip-term {
    display: inline;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    text-align: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    cursor: help;
    /* A word inside a sentence (WCAG 2.5.8 inline exception); still, a taller hit area helps thumbs. */
    position: relative;
  }
  .tip-term::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block: -4px;
  }
  .tip-bubble {
    /* Placed by @floating-ui/dom (its coordinates are physical, set from script). */
    position: fixed;
    z-index: 2147483000;
    inline-size: max-content;
    max-inline-size: min(18rem, calc(100vw - 16px));
    padding: var(--_space-s, 0.5rem) var(--_space-m, 1rem);
    border-radius: var(--_radius-s, 4px);
    background: var(--rl-tooltip-background, CanvasText);
    color: var(--rl-tooltip-color, Canvas);
    font-size: var(--_font-size-s, 0.875em);
    font-weight: normal;
    line-height: 1.4;
    text-align: start;
    white-space: normal;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
  }
  .tip-bubble:not([data-placement]) {
    visibility: hidden;
  }
  .tip-bubble[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .tip-bubble {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .tip-bubble {
      display: none !important;
    }
    .tip-term {
      text-decoration: none;
    }
  }
`;
