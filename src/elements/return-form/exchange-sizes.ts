/**
 * Exchange sizes: the size charts of selected sized lines, the suggested size for a size reason
 * ("too small" → one up), and the choices an exchange offers (the backend's variants with stock,
 * else the chart's other sizes). A size reason pre-chooses the exchange for the suggested size.
 */
import { findReason, offeredResolutions, selectedLines, sizeDirection, type LineChoice } from '../../domain/return-request.js';
import type { ReturnReason } from '../../domain/returns.js';
import type { ChartSize, SizeChart } from '../../domain/size-chart.js';
import { suggestExchangeSize } from '../../domain/size-recommendation.js';
import { own } from '../../domain/own.js';
import type { FormHost } from './form-host.js';

export interface ExchangeChoice {
  id: string;
  label: string;
  /** The suggested size for a size reason. */
  suggested?: boolean;
  /** Size id in the product's chart, when the choice is a size. */
  size?: string;
  /** Sold out: shown, not selectable. */
  disabled?: boolean;
}

export class ExchangeSizes {
  /** Size charts by product id (null: none or failed); a Map, since the ids come from the backend. */
  private charts = new Map<string, SizeChart | null>();

  constructor(private readonly host: FormHost) {}

  /** Loads the charts of selected sized lines, then suggests for size reasons chosen before their chart arrived. */
  async ensureCharts(): Promise<void> {
    const adapter = this.host.adapter();
    const draft = this.host.draft();
    if (!adapter || !this.host.supports('getSizeChart') || !draft) return;
    const wanted = selectedLines(draft)
      .map(({ line }) => line)
      .filter((l) => l.size && !this.charts.has(l.productId));
    if (!wanted.length) return;
    const remote = await this.host.loadRemote();
    const loaded = await Promise.all(
      wanted.map((l) =>
        remote.getSizeChart(adapter, { productId: l.productId, locale: this.host.locale() }).then(
          (c) => [l.productId, c] as const,
          () => [l.productId, null] as const,
        ),
      ),
    );
    this.charts = new Map([...this.charts, ...loaded]);
    this.host.element.requestUpdate();
    for (const { line, choice } of selectedLines(this.host.draft()!)) {
      const reason = findReason(this.host.reasons(), choice.reasonId);
      const variant = sizeDirection(reason) && !choice.resolution ? this.suggestedVariant(line.id, reason) : undefined;
      if (variant && this.offered(line.id)) this.host.setLine(line.id, { resolution: 'exchange', exchangeVariantId: variant });
    }
  }

  /** `next` with the exchange for the suggested size when `patch` chose a size reason and nothing else was chosen. */
  withSuggestion(lineId: string, next: LineChoice, patch: Partial<LineChoice>): LineChoice {
    const reason = findReason(this.host.reasons(), next.reasonId);
    if (!('reasonId' in patch) || !sizeDirection(reason) || next.resolution) return next;
    const variant = this.suggestedVariant(lineId, reason);
    return variant && this.offered(lineId) ? { ...next, resolution: 'exchange', exchangeVariantId: variant } : next;
  }

  /** The suggested size for the line's size reason, when its chart is known. */
  suggestion(
    lineId: string,
    reason = findReason(this.host.reasons(), own(this.host.draft()?.lines, lineId)?.reasonId),
  ): ChartSize | undefined {
    const line = this.line(lineId);
    const direction = sizeDirection(reason);
    const chart = line && this.charts.get(line.productId);
    return line?.size && chart && direction ? suggestExchangeSize(chart, line.size, direction) : undefined;
  }

  /** What an exchange of the line can be: the same item, then the backend's variants or the chart's sizes. */
  choices(lineId: string): ExchangeChoice[] {
    const t = this.host.flowT();
    const line = this.line(lineId);
    if (!line) return [];
    const out: ExchangeChoice[] = [];
    const suggested = this.suggestion(lineId);
    if (line.variantId) out.push({ id: line.variantId, label: t.sameItem(line.variantTitle ?? line.size ?? line.title) });
    if (line.exchangeOptions) {
      for (const o of line.exchangeOptions)
        out.push({
          id: o.variantId,
          label: o.stock === undefined ? o.label : t.withStock(o.label, o.stock),
          size: o.size,
          suggested: o.size !== undefined && o.size === suggested?.id,
          disabled: o.stock === 0,
        });
      return out;
    }
    for (const s of this.charts.get(line.productId)?.sizes ?? [])
      if (s.id !== line.size && s.label !== line.size)
        out.push({ id: s.id, label: t.sizeOption(s.label), size: s.id, suggested: s.id === suggested?.id });
    return out;
  }

  /** A size picked in the size guide becomes the exchange size. */
  pick(lineId: string, size: string): void {
    const choice = this.choices(lineId).find((c) => (c.size === size || c.id === size) && !c.disabled);
    if (this.offered(lineId) && choice) this.host.setLine(lineId, { resolution: 'exchange', exchangeVariantId: choice.id });
  }

  /** Whether the policy, the backend and the stock allow an exchange of this line. */
  offered(lineId: string): boolean {
    const o = own(this.host.options(), lineId);
    return Boolean(o && offeredResolutions(o, this.host.support(), this.choices(lineId).length > 0).includes('exchange'));
  }

  private suggestedVariant(lineId: string, reason: ReturnReason | undefined): string | undefined {
    const size = this.suggestion(lineId, reason)?.id;
    return size ? this.choices(lineId).find((c) => c.size === size && !c.disabled)?.id : undefined;
  }

  private line(lineId: string) {
    return this.host.draft()?.order?.lines.find((l) => l.id === lineId);
  }
}
