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
 * - Only one tip per controller is open. The bubble is positioned with @floating-ui/dom.
 * - Printing hides bubbles; the trigger prints as plain text.
 *
 * ## Loaded on first use
 * This module is the face: the trigger, the hidden bubble (the trigger's description from the first
 * render, so nothing moves and screen readers hear it) and their styles. What a tip does — open,
 * close, timers, Escape, outside taps, the bubble's styles and @floating-ui/dom — is
 * tooltip-behaviour.ts, imported on the first hover, focus or click of any trigger; the events that
 * arrive while it loads are replayed in order. A page whose shoppers never touch a tip never
 * downloads it (npm run size counts it under `onUse`).
 */
import { css, html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { TermTipBehaviour } from './tooltip-behaviour.js';

export type TipPlacement = 'top' | 'bottom' | 'left' | 'right' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

export interface TermTipOptions {
  /** Preferred side of the trigger; flips when there is no room. Default `top`. */
  placement?: TipPlacement;
  /** Delay before a hover opens a tip, in ms. Default 150. */
  hoverDelay?: number;
  /** Grace time for the pointer to travel from the trigger to the bubble, in ms. Default 200. */
  leaveDelay?: number;
}

/** What a trigger or its bubble reports; `stay` is the pointer entering the bubble. */
export type TipSignal = 'click' | 'focus' | 'blur' | 'enter' | 'leave' | 'stay';

export class TermTip implements ReactiveController {
  /** The open tip's id (kept by the behaviour). */
  openId?: string;
  private behaviour?: TermTipBehaviour;
  private loading?: Promise<TermTipBehaviour>;
  /** Signals that arrived while the behaviour loads, replayed in order. */
  private readonly pending: [TipSignal, string, string][] = [];

  constructor(
    readonly host: LitElement,
    readonly options: TermTipOptions = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pending.length = 0;
    this.behaviour?.close();
  }

  hostUpdated(): void {
    this.behaviour?.hostUpdated();
  }

  /** Renders a term with its explanation. */
  term(id: string, label: string | TemplateResult, explanation: string | TemplateResult): TemplateResult {
    const open = this.openId === id;
    const on = (signal: TipSignal) => (event: Event) => this.signal(signal, id, (event as PointerEvent).pointerType);
    return html`<span class="tip"
      ><button
        type="button"
        class="tip-term"
        part="term"
        id=${`tip-term-${id}`}
        aria-describedby=${`tip-${id}`}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${on('click')}
        @focus=${on('focus')}
        @blur=${on('blur')}
        @pointerenter=${on('enter')}
        @pointerleave=${on('leave')}
      >
        ${label}</button
      ><span
        class="tip-bubble"
        part="tooltip"
        role="tooltip"
        id=${`tip-${id}`}
        ?hidden=${!open}
        @pointerenter=${on('stay')}
        @pointerleave=${on('leave')}
        >${explanation}</span
      ></span
    >`;
  }

  /** Opens tip `id` (closing any other), once the behaviour is loaded; `pinned` keeps it open until toggled or dismissed. */
  async open(id: string, pinned = false): Promise<void> {
    (await this.load()).open(id, pinned);
  }

  /** Closes the open tip, if any. */
  close(): void {
    this.behaviour?.close();
  }

  private signal(signal: TipSignal, id: string, pointerType = ''): void {
    if (this.behaviour) return this.behaviour.signal(signal, id, pointerType);
    this.pending.push([signal, id, pointerType]);
    // Failing to load leaves the explanation as the trigger's description; the next signal tries again.
    this.load().catch(() => undefined);
  }

  private load(): Promise<TermTipBehaviour> {
    this.loading ??= import('./tooltip-behaviour.js').then(
      ({ TermTipBehaviour }) => {
        const behaviour = (this.behaviour = new TermTipBehaviour(this));
        for (const [signal, id, pointerType] of this.pending.splice(0)) behaviour.signal(signal, id, pointerType);
        return behaviour;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.pending.length = 0;
        throw error;
      },
    );
    return this.loading;
  }
}

/** The trigger's styles, and the bubble's while hidden; the open bubble's come with the behaviour. */
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
  .tip-bubble[hidden] {
    display: none;
  }
  @media print {
    .tip-term {
      text-decoration: none;
    }
  }
`;
