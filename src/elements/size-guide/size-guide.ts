import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../core/style-props.js';
import { RlElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { LoadController } from '../../core/load-controller.js';
import { errorCode } from '../../core/error-code.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import type { ChartSize, SizeChart } from '../../domain/size-chart.js';
import type { UnitSystem } from '../../domain/size-conversion.js';
import type { SizeRecommendation } from '../../domain/size-recommendation.js';
import type { FindError, GuideHost, Tab } from './size-guide-view.js';
import type { Position } from './size-guide-position.js';
import { sizeGuideMessages } from './size-guide.messages.js';
import { sizeGuideStyles } from './size-guide.styles.js';
import { PREFS_KEY, readPrefs, writePrefs } from './size-prefs.js';
import { ownRecord } from '../../domain/own.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { MissingSourceCheck } from '../../core/missing-source.js';
import { clickedBackdrop, wrapTab } from './size-guide-dialog.js';

export interface SizeSelectDetail {
  /** The chart's size id (the store's own size, e.g. `M`): match it to your variant. */
  size: string;
  /** The size system the shopper was reading (`EU`, `US`, …; `''` for the store's labels). */
  system: string;
  /** The label the shopper saw, in that system. */
  label: string;
}

/** Wide screens get an anchored popover, narrow ones a full-height sheet. */
const WIDE = '(min-width: 40rem)';

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

  /** Product whose size chart (and fit insights) to load. */
  @property({ attribute: 'product-id' }) productId?: string;

  /** Size chart to load by its id (when several products share one). */
  @property({ attribute: 'chart-id' }) chartId?: string;

  /** `dialog`: a button that opens the guide; `inline`: the guide in place. */
  @property({ reflect: true }) mode: 'dialog' | 'inline' = 'dialog';

  /** The size currently picked (a chart size id). Set it to mirror your variant picker. */
  @property({ attribute: 'selected-size', reflect: true }) selectedSize?: string;

  /** Whether the dialog is open (dialog mode). */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private tab: Tab = 'chart';
  @state() private unitChoice?: UnitSystem;
  @state() private systemChoice?: string;
  /** Whether the remembered choice has been read (see `recall`). */
  private recalled = false;
  @state() private recommendation?: SizeRecommendation;
  @state() private findError?: FindError;
  @state() private layout: 'popover' | 'sheet' = 'sheet';
  @state() private position?: Position;
  @state() private wanted = false;
  @state() private inline?: string;

  // Plain getters, not `@query`: no other element in a product bundle uses that decorator.
  private get dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }
  private get trigger(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.trigger');
  }

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, sizeGuideMessages);
  private unanchor?: () => void;
  private media?: MediaQueryList;
  /** @internal A controller: it works through the host's lifecycle. */
  protected readonly missingSource = new MissingSourceCheck(this, () => Boolean(this.inline || this.store.adapter), {
    key: 'size-guide:no-source',
    message:
      '<rl-size-guide> has no chart: add a <script type="application/json"> child with a chart, or an adapter (<rl-store api>, Returnless.configure) and product-id or chart-id.',
    anchor: 'size-guide',
  });
  private opening = false;
  private focusTabWhenLoaded = false;
  private readonly values: Record<string, string> = ownRecord();

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
      styles: (remote) => [remote.fieldStyles, remote.sizeGuideViewStyles],
      core: () => this.i18n.core,
    },
  );

  /** The loaded chart, once there is one. */
  get chart(): SizeChart | undefined {
    return this.load.value?.chart;
  }

  /** Units in use: the shopper's choice, else the store country's (`imperial` for US, else `metric`). */
  get units(): UnitSystem {
    this.recall();
    return this.load.module?.unitsFor(this.unitChoice, this.store.config.country, this.i18n.lang) ?? this.unitChoice ?? 'metric';
  }

  /** Size system in use (`''` = the store's own labels). */
  get system(): string {
    this.recall();
    const chart = this.chart;
    return chart && this.load.module
      ? this.load.module.systemFor(chart, this.systemChoice, this.store.config.country, this.i18n.lang)
      : (this.systemChoice ?? '');
  }

  /** Opens the guide (dialog mode). */
  async show(): Promise<void> {
    if (this.mode === 'inline' || this.dialog?.open || this.opening) return;
    this.opening = true;
    try {
      this.wanted = true;
      this.media ??= matchMedia(WIDE);
      this.layout = this.media.matches ? 'popover' : 'sheet';
      this.position = undefined;
      this.open = true;
      await this.updateComplete;
      const dialog = this.dialog;
      if (!dialog || dialog.open) return;
      dialog.showModal();
      this.media.addEventListener('change', this.onMediaChange);
      if (this.layout === 'popover') await this.anchorPopover();
      this.focusStart();
    } finally {
      this.opening = false;
    }
  }

  /** Closes the guide and returns focus to its button. */
  hide(): void {
    if (this.dialog?.open) this.dialog.close();
    else this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    this.media?.removeEventListener('change', this.onMediaChange);
    this.unanchor?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.mode === 'inline' || this.open) this.recall();
  }

  /**
   * Reads the remembered units and system once, when the table is first drawn (or `units` or
   * `system` is asked for): a page's first localStorage read is a long synchronous call (the
   * browser loads the origin's storage), and a closed guide's button needs none (issue 16).
   */
  private recall(): void {
    if (this.recalled) return;
    this.recalled = true;
    const prefs = readPrefs();
    this.unitChoice = prefs.units;
    this.systemChoice = prefs.system;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.mode !== 'inline') {
      // `open` set from outside (attribute or property) opens or closes the dialog too.
      if (this.open && !this.dialog?.open && !this.opening) void this.show();
      if (!this.open && this.dialog?.open) this.dialog.close();
    }
    if (this.focusTabWhenLoaded && this.load.status !== 'loading') {
      this.focusTabWhenLoaded = false;
      // Unless the shopper has moved on from the close button meanwhile.
      const active = this.shadowRoot!.activeElement;
      if (this.dialog?.open && (!active || active.classList.contains('close'))) this.activeTab()?.focus();
    }
  }

  protected override render() {
    if (this.mode === 'inline') return html`<div class="guide" part="guide">${this.renderBody()}</div>`;
    const t = this.i18n.t;
    return html`<button
        type="button"
        class="trigger"
        part="trigger"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => void this.show()}
      >
        <slot name="trigger">${t.trigger}</slot>
      </button>
      <dialog
        part="dialog"
        class=${this.layout === 'popover' && !this.position ? 'popover positioning' : this.layout}
        aria-labelledby="title"
        ${styleProps(this.layout === 'popover' && this.position ? { left: `${this.position.x}px`, top: `${this.position.y}px`, maxBlockSize: `${this.position.maxHeight}px` } : {})}
        @close=${this.onClosed}
        @click=${this.onDialogClick}
        @keydown=${this.onDialogKeydown}
      >
        <div class="dialog-head">
          <h2 id="title">${this.chart?.title ?? t.title}</h2>
          <button type="button" class="close" part="close" aria-label=${t.close} @click=${() => this.hide()}>
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
          </button>
        </div>
        <div class="guide" part="guide">${this.open ? this.renderBody() : nothing}</div>
      </dialog>`;
  }

  private renderBody(): unknown {
    const t = this.i18n.t;
    if (this.load.status === 'idle' && !this.inline && !this.store.adapter) return nothing;
    return this.load.render({
      loading: () => renderSkeleton(this.i18n.core.loading, 5),
      error: (error) => {
        const code = errorCode(error);
        if (code === 'invalid_response')
          // A backend answer that failed its checks may be a passing glitch (a half-finished deploy): offer a retry.
          return html`<div class="state state--error" part="error" role="alert">
            <p>${t.invalidChart}</p>
            <button type="button" part="retry-button" class="button" @click=${() => this.load.retry()}>${this.i18n.core.retry}</button>
          </div>`;
        if (code === 'not_found') return html`<div class="state" part="error"><p>${t.empty}</p></div>`;
        return undefined;
      },
      ready: (data, remote) => remote.renderGuide(this.guideHost(data.chart)),
    });
  }

  private guideHost(chart: SizeChart): GuideHost {
    return {
      host: this,
      root: this.shadowRoot!,
      lang: this.i18n.lang,
      chart,
      fit: this.load.value?.fit,
      units: this.units,
      system: this.system,
      tab: this.tab,
      selectedSize: this.selectedSize,
      recommendation: this.recommendation,
      findError: this.findError,
      values: this.values,
      setUnits: (units) => this.setUnits(units),
      setSystem: (system) => this.setSystem(system),
      selectTab: (tab, focus) => this.selectTab(tab, focus),
      pick: (size, label) => this.pick(size, label),
      found: (result) => this.found(result),
    };
  }

  private found({ recommendation, error }: { recommendation?: SizeRecommendation; error?: FindError }): void {
    this.findError = error;
    this.recommendation = recommendation;
    const target = error ? `m-${error.key ?? this.chart?.measurements[0]?.key}` : 'result';
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(target)?.focus());
  }

  private pick(size: ChartSize, label: string): void {
    this.selectedSize = size.id;
    emit<SizeSelectDetail>(this, 'rl-size-select', { size: size.id, system: this.system, label });
  }

  private setUnits(units: UnitSystem): void {
    if (this.chart) this.load.module?.convertValues(this.chart, this.values, this.units, units, this.i18n.lang);
    this.unitChoice = units;
    writePrefs({ units });
  }

  private setSystem(system: string): void {
    this.systemChoice = system;
    writePrefs({ system });
  }

  private selectTab(tab: Tab, focus = false): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.shadowRoot?.getElementById(`tab-${tab}`)?.focus());
  }

  private async anchorPopover(): Promise<void> {
    const { anchor } = await import('./size-guide-position.js');
    const dialog = this.dialog;
    if (!dialog?.open || !this.trigger) return;
    let first: () => void = () => {};
    const positioned = new Promise<void>((resolve) => (first = resolve));
    this.unanchor = anchor(this.trigger, dialog, (position) => {
      this.position = position;
      first();
    });
    await positioned;
    await this.updateComplete;
  }

  /** Focus goes to the active tab, or to the close button until the chart has loaded (then on to the tab). */
  private focusStart(): void {
    const tab = this.activeTab();
    (tab ?? this.shadowRoot!.querySelector<HTMLElement>('.close'))?.focus();
    this.focusTabWhenLoaded = !tab;
  }

  private activeTab(): HTMLElement | null {
    return this.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  }

  private onClosed = (): void => {
    this.unanchor?.();
    this.unanchor = undefined;
    this.media?.removeEventListener('change', this.onMediaChange);
    this.open = false;
    this.trigger?.focus();
  };

  /** A click on the popover's backdrop (outside the dialog box) closes it. */
  private onDialogClick = (event: MouseEvent): void => {
    if (this.dialog && this.layout === 'popover' && clickedBackdrop(event, this.dialog)) this.hide();
  };

  /** Tab and Shift+Tab wrap around inside the dialog instead of leaving for the browser's toolbar. */
  private onDialogKeydown = (event: KeyboardEvent): void => {
    if (this.dialog) wrapTab(event, this.dialog, this.shadowRoot!.activeElement);
  };

  private onMediaChange = (): void => {
    const layout = this.media?.matches ? 'popover' : 'sheet';
    if (layout === this.layout) return;
    this.layout = layout;
    this.unanchor?.();
    this.unanchor = undefined;
    this.position = undefined;
    if (layout === 'popover') void this.anchorPopover();
  };

  /** Another tab changed the remembered units or system. */
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== PREFS_KEY) return;
    this.recalled = true;
    const prefs = readPrefs();
    this.unitChoice = prefs.units;
    this.systemChoice = prefs.system;
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
