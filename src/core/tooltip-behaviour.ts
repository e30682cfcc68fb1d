/**
 * What a term tip does (tooltip.ts is its face and API): opening and closing on hover, focus,
 * click and Escape, the hover grace time, outside taps, and placing the bubble with
 * @floating-ui/dom. Imported by the face on the first hover, focus or click of a trigger, so it
 * and floating-ui travel only to pages where a shopper uses a tip.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { css } from 'lit';
import { addStyles } from './add-styles.js';
import type { TermTip, TipSignal } from './tooltip.js';

export class TermTipBehaviour {
  /** Opened by click/tap or Enter: stays until toggled, Escape or an outside tap. */
  private pinned = false;
  private timer?: ReturnType<typeof setTimeout>;
  private stopPositioning?: () => void;

  constructor(private readonly tip: TermTip) {}

  signal(signal: TipSignal, id: string, pointerType: string): void {
    if (signal === 'click') {
      if (this.tip.openId === id && this.pinned) this.close();
      else this.open(id, true);
    } else if (signal === 'focus') {
      // Keyboard focus shows the tip; a mouse or touch focus waits for the click that follows.
      // Asked of the trigger, not the event: a replayed focus counts only if the trigger still has it.
      if (this.part('term', id)?.matches(':focus-visible')) this.open(id);
    } else if (signal === 'blur') {
      if (this.tip.openId === id) this.close();
    } else if (signal === 'stay') {
      this.cancelTimer();
    } else if (signal === 'enter') {
      this.onEnter(id, pointerType);
    } else {
      this.onLeave(id, pointerType);
    }
  }

  hostUpdated(): void {
    const id = this.tip.openId;
    if (!id) return;
    // The host re-rendered without the open term: nothing left to explain.
    if (!this.part('term', id)) this.close();
    else this.stopPositioning ??= this.position(id);
  }

  open(id: string, pinned = false): void {
    this.cancelTimer();
    if (this.tip.openId !== id) this.stopPosition();
    const wasOpen = Boolean(this.tip.openId);
    this.tip.openId = id;
    this.pinned = pinned;
    if (!wasOpen) {
      document.addEventListener('keydown', this.onKeydown, true);
      document.addEventListener('pointerdown', this.onOutside, true);
    }
    this.tip.host.requestUpdate();
  }

  close(): void {
    this.cancelTimer();
    if (!this.tip.openId) return;
    this.tip.openId = undefined;
    this.pinned = false;
    this.stopPosition();
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('pointerdown', this.onOutside, true);
    this.tip.host.requestUpdate();
  }

  private onEnter(id: string, pointerType: string): void {
    this.cancelTimer();
    if (pointerType !== 'mouse' || this.tip.openId === id || this.pinned) return;
    this.timer = setTimeout(() => this.open(id), this.tip.options.hoverDelay ?? 150);
  }

  private onLeave(id: string, pointerType: string): void {
    if (pointerType !== 'mouse') return;
    this.cancelTimer();
    if (this.tip.openId !== id || this.pinned) return;
    const trigger = this.part('term', id);
    if (trigger && trigger === this.tip.host.shadowRoot?.activeElement) return;
    this.timer = setTimeout(() => this.close(), this.tip.options.leaveDelay ?? 200);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tip.openId) return;
    // Handled here, so an enclosing dialog does not close as well.
    event.stopPropagation();
    event.preventDefault();
    this.close();
  };

  private onOutside = (event: PointerEvent): void => {
    const id = this.tip.openId;
    if (!id) return;
    const path = event.composedPath();
    if (path.includes(this.part('term', id)!) || path.includes(this.part('tooltip', id)!)) return;
    this.close();
  };

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private stopPosition(): void {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
  }

  private part(kind: 'term' | 'tooltip', id: string): HTMLElement | null {
    return this.tip.host.shadowRoot?.getElementById(kind === 'term' ? `tip-term-${id}` : `tip-${id}`) ?? null;
  }

  /** Keeps the open bubble beside its trigger; returns what stops it. */
  private position(id: string): (() => void) | undefined {
    const trigger = this.part('term', id);
    const bubble = this.part('tooltip', id);
    if (!trigger || !bubble) return undefined;
    // Added here, after the host rendered (it has a shadow root even if a tip was opened from code before).
    addStyles(this.tip.host, [openBubbleStyles]);
    const cleanup = autoUpdate(trigger, bubble, () => {
      void computePosition(trigger, bubble, {
        strategy: 'fixed',
        placement: this.tip.options.placement ?? 'top',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y, placement }) => {
        // CSSOM, not a style attribute: allowed under a strict CSP.
        bubble.style.left = `${x}px`;
        bubble.style.top = `${y}px`;
        bubble.dataset.placement = placement;
      });
    });
    return () => {
      cleanup();
      delete bubble.dataset.placement;
    };
  }
}

/** The open bubble (the face styles the trigger and the hidden bubble). */
const openBubbleStyles = css`
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
  @media (forced-colors: active) {
    .tip-bubble {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .tip-bubble {
      display: none !important;
    }
  }
`;
