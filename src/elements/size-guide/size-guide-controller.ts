/**
 * What a guide with a chart to show needs, loaded with its chart code (size-guide-load.ts) so a
 * closed guide's button carries none of it (issue 16): the shopper's choices (tab, units and size
 * system, remembered across pages; what they typed, the recommendation), the guide's loading and
 * error states, and in dialog mode the `<dialog>` (size-guide-dialog.ts). The element makes one
 * when this code has loaded: on opening, or at connect in inline mode.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { renderSkeleton } from '../../core/skeleton.js';
import { errorCode } from '../../core/error-code.js';
import { emit } from '../../core/events.js';
import { messagesIn, type Messages } from '../../core/i18n.js';
import type { LoadController } from '../../core/load-controller.js';
import type { LocaleController } from '../../core/locale-controller.js';
import type { StoreController } from '../../core/store-controller.js';
import { ownRecord } from '../../domain/own.js';
import type { ChartSize, SizeChart } from '../../domain/size-chart.js';
import type { UnitSystem } from '../../domain/size-conversion.js';
import type { SizeRecommendation } from '../../domain/size-recommendation.js';
import { GuideDialog } from './size-guide-dialog.js';
import type { GuideData } from './size-guide-load.js';
import { sizeGuideViewMessages } from './size-guide-view.messages.js';
import { PREFS_KEY, readPrefs, writePrefs } from './size-prefs.js';
import { convertValues, renderGuide, systemFor, unitsFor, type FindError, type GuideHost, type Tab } from './size-guide-view.js';
import type { RlSizeGuide, SizeSelectDetail } from './size-guide.js';

/** What the controller uses of the element's own controllers. */
export interface GuideSources {
  load: Pick<LoadController<readonly unknown[], GuideData>, 'status' | 'value' | 'render' | 'retry'>;
  i18n: Pick<LocaleController<Messages>, 'core' | 'lang'>;
  store: Pick<StoreController, 'config'>;
}

export class GuideController implements ReactiveController {
  readonly dialog: GuideDialog;
  private tab: Tab = 'chart';
  private unitChoice?: UnitSystem;
  private systemChoice?: string;
  /** Whether the remembered choice has been read (see `recall`). */
  private recalled = false;
  private recommendation?: SizeRecommendation;
  private findError?: FindError;
  /** What the shopper typed per measurement, kept across re-renders and tab switches. */
  private readonly values: Record<string, string> = ownRecord();

  constructor(
    private readonly host: RlSizeGuide,
    private readonly sources: GuideSources,
  ) {
    this.dialog = new GuideDialog(host, () => sources.load.status !== 'loading');
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.onStorage);
  }

  /** Units in use: the shopper's choice, else the store country's. */
  get units(): UnitSystem {
    this.recall();
    return unitsFor(this.unitChoice, this.sources.store.config.country, this.sources.i18n.lang);
  }

  /** Size system in use (`''` = the store's own labels). */
  get system(): string {
    this.recall();
    const chart = this.chart;
    return chart
      ? systemFor(chart, this.systemChoice, this.sources.store.config.country, this.sources.i18n.lang)
      : (this.systemChoice ?? '');
  }

  private get messages() {
    return messagesIn(sizeGuideViewMessages, this.sources.i18n.lang);
  }

  private get chart(): SizeChart | undefined {
    return this.sources.load.value?.chart;
  }

  /** The dialog with its title, close button and (while open) the guide. */
  renderDialog(): TemplateResult {
    const t = this.messages;
    return this.dialog.render(this.chart?.title ?? t.dialogTitle, t.close, this.host.open ? this.renderBody() : nothing);
  }

  /** The guide, or its loading or error state. */
  renderBody(): unknown {
    const { load, i18n } = this.sources;
    const t = this.messages;
    if (load.status === 'idle') return nothing;
    return load.render({
      loading: () => renderSkeleton(i18n.core.loading, 5),
      error: (error) => {
        const code = errorCode(error);
        if (code === 'invalid_response')
          // A backend answer that failed its checks may be a passing glitch (a half-finished deploy): offer a retry.
          return html`<div class="state state--error" part="error" role="alert">
            <p>${t.invalidChart}</p>
            <button type="button" part="retry-button" class="button" @click=${() => load.retry()}>${i18n.core.retry}</button>
          </div>`;
        if (code === 'not_found') return html`<div class="state" part="error"><p>${t.empty}</p></div>`;
        return undefined;
      },
      ready: (data) => renderGuide(this.guideHost(data.chart)),
    });
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

  private guideHost(chart: SizeChart): GuideHost {
    const host = this.host;
    return {
      host,
      root: host.shadowRoot!,
      lang: this.sources.i18n.lang,
      chart,
      fit: this.sources.load.value?.fit,
      units: this.units,
      system: this.system,
      tab: this.tab,
      selectedSize: host.selectedSize,
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

  /** Redraws, then focuses the element with `id` (if any). */
  private redraw(id?: string): void {
    this.host.requestUpdate();
    if (id) void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(id)?.focus());
  }

  private found({ recommendation, error }: { recommendation?: SizeRecommendation; error?: FindError }): void {
    this.findError = error;
    this.recommendation = recommendation;
    this.redraw(error ? `m-${error.key ?? this.chart?.measurements[0]?.key}` : 'result');
  }

  private pick(size: ChartSize, label: string): void {
    this.host.selectedSize = size.id;
    emit<SizeSelectDetail>(this.host, 'rl-size-select', { size: size.id, system: this.system, label });
  }

  private setUnits(units: UnitSystem): void {
    const chart = this.chart;
    if (chart) convertValues(chart, this.values, this.units, units, this.sources.i18n.lang);
    this.unitChoice = units;
    writePrefs({ units });
    this.redraw();
  }

  private setSystem(system: string): void {
    this.systemChoice = system;
    writePrefs({ system });
    this.redraw();
  }

  private selectTab(tab: Tab, focus = false): void {
    this.tab = tab;
    this.redraw(focus ? `tab-${tab}` : undefined);
  }

  /** Another tab changed the remembered units or system. */
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== PREFS_KEY) return;
    this.recalled = false;
    this.recall();
    this.redraw();
  };
}
