import { html, nothing, type PropertyValues } from 'lit';
import { RlElement } from '../../core/base-element.js';
import { LoadController } from '../../core/load-controller.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import type { SizeChart } from '../../domain/size-chart.js';
import type { UnitSystem } from '../../domain/size-conversion.js';
import type { GuideController } from './size-guide-controller.js';
import { sizeGuideMessages } from './size-guide.messages.js';
import { sizeGuideStyles } from './size-guide.styles.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { MissingSourceCheck } from '../../core/missing-source.js';

export interface SizeSelectDetail {
  /** The chart's size id (the store's own size, e.g. `M`): match it to your variant. */
  size: string;
  /** The size system the shopper was reading (`EU`, `US`, …; `''` for the store's labels). */
  system: string;
  /** The label the shopper saw, in that system. */
  label: string;
}

/**
 * A size guide that converts units and size systems, recommends a size from the shopper's
 * measurements, and shows what other buyers learned ("Runs small — 62% of 140 buyers").
 *
 * The chart comes from the adapter's `getSizeChart` (by `product-id` or `chart-id`), or from a
 * `<script type="application/json">` child holding a chart. Fit signals come from
 * `getFitInsights` (reviews and size-related returns) and appear only from 20 votes on.
 *
 * `mode="dialog"` (default) shows a button that opens the guide: anchored to the button on wide
 * screens, a full-height sheet on narrow ones; focus moves in, stays in, and returns to the
 * button; Escape closes. `mode="inline"` shows the guide in place.
 *
 * Keyboard: the sections are tabs (Arrow keys, Home, End); the chart's scroll area is focusable
 * so it scrolls with the arrow keys; "Find my size" is a form (Enter submits).
 *
 * @summary Size chart with unit and size-system switch, "Find my size" and fit signal.
 * @tag rl-size-guide
 *
 * @event {CustomEvent<SizeSelectDetail>} rl-size-select - The shopper picked a size in the guide. `detail: { size, system, label }`.
 *
 * @slot trigger - Text of the button that opens the guide (dialog mode). Default "Size guide".
 *
 * @csspart trigger - The button that opens the guide.
 * @csspart dialog - The `<dialog>` (popover or sheet).
 * @csspart close - The dialog's close button.
 * @csspart guide - The guide's content.
 * @csspart controls - The units and size-system controls.
 * @csspart fit - The product's fit signal.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart panel - One tab panel.
 * @csspart scroller - The focusable region the table scrolls in.
 * @csspart table - The size table.
 * @csspart recommended - The recommended size's row.
 * @csspart size-button - The button in each row that picks that size.
 * @csspart form - The "Find my size" form.
 * @csspart result - The recommendation with its explanation.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - "Try again" in an error state (also when the guide's code could not be fetched).
 *
 * @cssprop [--rl-size-guide-width=40rem] - Width of the popover on wide screens.
 * @cssprop [--rl-size-guide-table-height=24rem] - Maximum height of the table before it scrolls.
 * @cssprop [--rl-size-guide-background=Canvas] - Background of the dialog and the sticky table headers.
 */
export class RlSizeGuide extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, skeletonStyles, sizeGuideStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    chartId: { attribute: 'chart-id' },
    mode: { reflect: true },
    selectedSize: { attribute: 'selected-size', reflect: true },
    open: { type: Boolean, reflect: true },
    wanted: { attribute: false },
    unavailable: { attribute: false },
    inline: { attribute: false },
  };

  /** Product whose size chart (and fit insights) to load. */
  productId?: string;

  /** Size chart to load by its id (when several products share one). */
  chartId?: string;

  /** `dialog`: a button that opens the guide; `inline`: the guide in place. */
  mode: 'dialog' | 'inline' = 'dialog';

  /** The size currently picked (a chart size id). Set it to mirror your variant picker. */
  selectedSize?: string;

  /** Whether the dialog is open (dialog mode). */
  open = false;

  private wanted = false;
  /** The guide's code could not be fetched when the shopper opened it: said beside the button, with a retry. */
  private unavailable = false;
  private inline?: string;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, sizeGuideMessages);
  /** @internal A controller: it works through the host's lifecycle. */
  protected readonly missingSource = new MissingSourceCheck(this, () => Boolean(this.inline || this.store.adapter), {
    key: 'size-guide:no-source',
    message:
      '<rl-size-guide> has no chart: add a <script type="application/json"> child with a chart, or an adapter (<rl-store api>, Returnless.configure) and product-id or chart-id.',
    anchor: 'rl-size-guide',
  });
  private opening = false;
  /**
   * The shopper's choices, the guide's states and the dialog (size-guide-controller.ts): made
   * when the guide's code has loaded, so a closed guide is just its button (issue 16).
   */
  private guide?: GuideController;

  private readonly load = new LoadController(
    this,
    () => {
      if (!this.wanted && this.mode !== 'inline' && !this.open) return undefined;
      const adapter = this.store.adapter;
      if (!this.inline && !adapter) return undefined;
      return [adapter, this.productId, this.chartId, this.i18n.lang, this.inline] as const;
    },
    ([adapter, productId, chartId, locale, inline], signal, remote) =>
      remote.loadGuide({ adapter, productId, chartId, locale, inline }, signal),
    {
      // The chart's schema is a chunk of its own (product pages do not load it): fetched beside the
      // loader it is a static import of, not after it (one round trip on opening, not two).
      module: () => Promise.all([import('./size-guide-load.js'), import('../../domain/size-chart.js')]).then(([load]) => load),
      styles: (remote) => [remote.fieldStyles, remote.sizeGuideViewStyles, remote.sizeGuideDialogStyles],
      core: () => this.i18n.core,
    },
  );

  /** The loaded chart, once there is one. */
  get chart(): SizeChart | undefined {
    return this.load.value?.chart;
  }

  /** Units in use: the shopper's choice, else the store country's (`imperial` for US, else `metric`). Known once the guide's code has loaded (opened, or inline). */
  get units(): UnitSystem {
    return this.controller?.units ?? 'metric';
  }

  /** Size system in use (`''` = the store's own labels). Known once the guide's code has loaded (opened, or inline). */
  get system(): string {
    return this.controller?.system ?? '';
  }

  /**
   * Opens the guide (dialog mode). Rejects when the guide's code cannot be fetched; the element then
   * says so beside its button, with a retry.
   */
  async show(): Promise<void> {
    if (this.mode === 'inline' || this.guide?.dialog.isOpen || this.opening) return;
    this.opening = true;
    this.wanted = true;
    this.unavailable = false;
    this.open = true;
    try {
      // The dialog comes with the guide's code (no extra round trip: the chart's loader is in it).
      await this.load.loadModule();
      await this.controller!.dialog.show();
    } catch (error) {
      this.open = false;
      this.unavailable = !this.load.module;
      throw error;
    } finally {
      this.opening = false;
    }
  }

  /** Closes the guide and returns focus to its button. */
  hide(): void {
    if (this.guide?.dialog.isOpen) this.guide.dialog.hide();
    else this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.mode !== 'inline') {
      // `open` set from outside (attribute or property) opens or closes the dialog too.
      if (this.open && !this.opening && !this.guide?.dialog.isOpen) void this.show();
      if (!this.open) this.guide?.dialog.hide();
    }
  }

  protected override render() {
    const guide = this.controller;
    if (this.mode === 'inline')
      // Until the guide's code has loaded: its loading state (or the import's error).
      return html`<div class="guide" part="guide">
        ${guide?.renderBody() ?? (this.load.status === 'idle' ? nothing : this.load.render({ loading: () => renderSkeleton(this.i18n.core.loading, 5), ready: () => nothing }))}
      </div>`;
    return html`<button
        type="button"
        class="trigger"
        part="trigger"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-busy=${this.open && !guide ? 'true' : nothing}
        @click=${this.onTrigger}
        @pointerenter=${this.prefetch}
        @focus=${this.prefetch}
      >
        <slot name="trigger">${this.i18n.t.trigger}</slot>
      </button>
      ${
        this.unavailable
          ? html`<p class="unavailable" part="error" role="alert">
              ${this.i18n.t.unavailable}
              <button type="button" class="retry" part="retry-button" @click=${this.onTrigger}>${this.i18n.core.retry}</button>
            </p>`
          : nothing
      }
      ${guide?.renderDialog() ?? nothing}`;
  }

  /** The guide's controller, made once its code has loaded. */
  private get controller(): GuideController | undefined {
    const remote = this.load.module;
    return remote && (this.guide ??= new remote.GuideController(this, { load: this.load, i18n: this.i18n, store: this.store }));
  }

  /** The button (or the retry beside it): a failure is drawn, not thrown at the page. */
  private onTrigger = (): void => {
    this.show().catch(() => {});
  };

  /** A pointer on the button, or focus, announces an opening: its code starts loading then. */
  private prefetch = (): void => {
    this.load.loadModule().catch(() => {});
  };

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inline = script?.textContent?.trim() || undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-size-guide': RlSizeGuide;
  }
  interface HTMLElementEventMap {
    'rl-size-select': CustomEvent<SizeSelectDetail>;
  }
}
