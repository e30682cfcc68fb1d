/**
 * The guide itself — controls, fit signal, tabs, table, how-to-measure, "Find my size" —
 * rendered from a loaded chart. Imported together with the data (size-guide-load.ts), so a
 * product page that only shows the trigger button never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent, plainDecimal, unitLanguage } from '../../core/format.js';
import { catalogLanguage, messagesIn, resolveDir } from '../../core/i18n.js';
import { summariseFit, type FitSummary } from '../../domain/fit.js';
import type { ChartSize, FitInsights, Measurement, SizeChart } from '../../domain/size-chart.js';
import {
  chartSystems,
  defaultSizeSystem,
  defaultUnits,
  displayRange,
  displayUnit,
  fromDisplay,
  intlUnit,
  sizeLabel,
  toDisplay,
  type DisplayUnit,
  type UnitSystem,
} from '../../domain/size-conversion.js';
import { recommendSize, type SizeRecommendation } from '../../domain/size-recommendation.js';
import { sizeGuideViewMessages } from './size-guide-view.messages.js';
import { own, ownRecord } from '../../domain/own.js';
import { inParens, listOf } from '../../core/punctuation.js';

export { sizeGuideViewStyles } from './size-guide-view.styles.js';
export { fieldStyles } from '../../core/field.styles.js';
export { sizeLabel };

export type Tab = 'chart' | 'measure' | 'find';
export interface FindError {
  message: string;
  /** The measurement at fault; none when nothing was entered. */
  key?: string;
}

/** What the view reads from and calls on the element. */
export interface GuideHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly lang: string;
  readonly chart: SizeChart;
  readonly fit?: FitInsights;
  readonly units: UnitSystem;
  readonly system: string;
  readonly tab: Tab;
  readonly selectedSize?: string;
  readonly recommendation?: SizeRecommendation;
  readonly findError?: FindError;
  /** What the shopper typed per measurement, kept across re-renders and tab switches. */
  readonly values: Record<string, string>;
  setUnits(units: UnitSystem): void;
  setSystem(system: string): void;
  selectTab(tab: Tab, focus?: boolean): void;
  pick(size: ChartSize, label: string): void;
  found(result: { recommendation?: SizeRecommendation; error?: FindError }): void;
}

/** Units shown: the shopper's choice, else the store country's (imperial for US). */
export function unitsFor(choice: UnitSystem | undefined, country: string | undefined, lang: string): UnitSystem {
  return choice ?? defaultUnits(country, lang);
}

/** Size system shown (`''` = the store's labels): a remembered choice the chart has, else the country's. */
export function systemFor(chart: SizeChart, choice: string | undefined, country: string | undefined, lang: string): string {
  const available = chartSystems(chart);
  if (choice !== undefined && (choice === '' || available.includes(choice))) return choice;
  return defaultSizeSystem(available, country, lang) ?? '';
}

/** The product's fit signal (undefined below 20 votes). */
export function fitSummary(fit?: FitInsights): FitSummary | undefined {
  return fit ? summariseFit(fit.votes) : undefined;
}

export function renderGuide(g: GuideHost): TemplateResult {
  const t = messages(g);
  const chart = g.chart;
  const tabs: [Tab, string][] = [['chart', t.tabChart]];
  if (chart.howToMeasure.length) tabs.push(['measure', t.tabMeasure]);
  tabs.push(['find', t.tabFind]);
  const active = tabs.some(([id]) => id === g.tab) ? g.tab : 'chart';
  return html`${renderControls(g)}${renderFit(g)}
    <div class="tabs" part="tabs" role="tablist" aria-label=${t.tabsLabel} @keydown=${(e: KeyboardEvent) => onTabKeydown(g, e)}>
      ${tabs.map(
        ([id, label]) =>
          html`<button
            type="button"
            role="tab"
            class="tab"
            part="tab"
            id=${`tab-${id}`}
            aria-selected=${id === active ? 'true' : 'false'}
            aria-controls=${`panel-${id}`}
            tabindex=${id === active ? '0' : '-1'}
            @click=${() => g.selectTab(id)}
          >
            ${label}
          </button>`,
      )}
    </div>
    ${tabs.map(
      ([id]) =>
        html`<div
          class="panel"
          part="panel"
          role="tabpanel"
          id=${`panel-${id}`}
          aria-labelledby=${`tab-${id}`}
          tabindex=${id === 'measure' ? '0' : nothing}
          ?hidden=${id !== active}
        >
          ${id === 'chart' ? renderChart(g) : id === 'measure' ? renderMeasure(chart) : renderFind(g)}
        </div>`,
    )}`;
}

function messages(g: GuideHost) {
  return messagesIn(sizeGuideViewMessages, g.lang);
}

function renderControls(g: GuideHost) {
  const t = messages(g);
  const systems = chartSystems(g.chart);
  return html`<div class="controls" part="controls">
    <fieldset class="units">
      <legend>${t.units}</legend>
      ${(['metric', 'imperial'] as const).map(
        (value) =>
          html`<label class="choice">
            <input type="radio" name="units" .value=${value} .checked=${g.units === value} @change=${() => g.setUnits(value)} />
            <span>${value === 'metric' ? t.metric : t.imperial}</span>
          </label>`,
      )}
    </fieldset>
    ${
      systems.length
        ? html`<label class="system">
          <span>${t.system}</span>
          <select @change=${(e: Event) => g.setSystem((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${g.system === ''}>${t.ownSystem}</option>
            ${systems.map((s) => html`<option value=${s} ?selected=${g.system === s}>${s}</option>`)}
          </select>
        </label>`
        : nothing
    }
  </div>`;
}

function renderFit(g: GuideHost) {
  const summary = fitSummary(g.fit);
  if (!summary) return nothing;
  const t = messages(g);
  return html`<p class="fit" part="fit">
    <strong>${t.fitSummary(summary.tendency, formatPercent(summary.share, g.lang), summary.total)}</strong>
    <span class="muted">${t.fitSource}</span>
  </p>`;
}

function renderChart(g: GuideHost) {
  const t = messages(g);
  const { chart, lang, units, system } = g;
  const measures = chart.measurements.filter((m) => chart.sizes.some((s) => own(s.ranges, m.key)));
  const perSize = g.fit?.perSize ?? {};
  const signals = new Map(
    chart.sizes.map((s) => {
      const votes = own(perSize, s.id)?.votes;
      return [s.id, votes ? summariseFit(votes) : undefined];
    }),
  );
  const withSignals = [...signals.values()].some(Boolean);
  const unitNames = listOf(lang, [...new Set(measures.map((m) => unitName(displayUnit(m.unit, units), lang)))]);
  const recommended = g.recommendation?.sizeId;
  const kinds = new Set(measures.map((m) => m.kind));
  const caption = t.caption(chart.title ?? t.defaultTitle, unitNames);
  const kindNote = kinds.size === 1 ? (kinds.has('garment') ? t.garmentNote : t.bodyNote) : '';
  // The visible title sits outside the scroll area so it never scrolls out of view on a phone;
  // the real <caption> carries the same words for assistive technology.
  return html`<p class="table-title" aria-hidden="true">${caption}${kindNote ? html` <span class="muted">· ${kindNote}</span>` : nothing}</p>
    <div class="scroller" part="scroller" role="region" tabindex="0" aria-labelledby="caption">
      <table part="table">
        <caption id="caption" class="visually-hidden">${caption}${kindNote ? ` · ${kindNote}` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">${system || t.size}</th>
            ${measures.map((m) => html`<th scope="col">${m.label}<span class="unit">${inParens(lang, unitName(displayUnit(m.unit, units), lang))}</span></th>`)}
            ${withSignals ? html`<th scope="col">${t.fitColumn}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${chart.sizes.map((size) => {
            const isRecommended = size.id === recommended;
            const signal = signals.get(size.id);
            const rate = own(perSize, size.id)?.returnRate;
            const label = sizeLabel(size, system);
            return html`<tr class=${isRecommended ? 'recommended' : ''} part=${isRecommended ? 'recommended' : nothing} data-size=${size.id}>
              <th scope="row">
                <button
                  type="button"
                  class="size-button"
                  part="size-button"
                  aria-pressed=${g.selectedSize === size.id ? 'true' : 'false'}
                  @click=${() => g.pick(size, label)}
                >
                  ${label}
                </button>
                ${system && label !== size.label ? html`<span class="own">${size.label}</span>` : nothing}
                ${isRecommended ? html`<span class="badge">${t.recommended}</span>` : nothing}
              </th>
              ${measures.map((m) => html`<td><span dir="ltr">${formatCell(g, size, m)}</span></td>`)}
              ${
                withSignals
                  ? html`<td>
                    ${signal ? t.fitCell(signal.tendency, signal.total) : '–'}
                    ${signal && rate !== undefined ? html`<span class="muted">${t.returnRate(formatPercent(rate, lang))}</span>` : nothing}
                  </td>`
                  : nothing
              }
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${chart.notes ? html`<p class="notes"><strong>${t.notes}:</strong> ${chart.notes}</p>` : nothing}`;
}

/** A range reads low to high on right-to-left pages too (shown in a `dir="ltr"` span): in an RTL
 *  paragraph the dash between two numbers does not bind them, and 82–88 showed as 88–82. */
function formatCell(g: GuideHost, size: ChartSize, m: Measurement): string {
  const range = own(size.ranges, m.key);
  if (!range) return '–';
  const { min, max } = displayRange(range, m.unit, g.units);
  const f = (v: number) => decimal(v, g.lang);
  return min === max ? f(min) : `${f(min)}–${f(max)}`;
}

function renderMeasure(chart: SizeChart) {
  return html`<ul class="measure">
    ${chart.howToMeasure.map(
      (entry) => html`<li>
        ${entry.image ? html`<img src=${entry.image.url} alt=${entry.image.alt} loading="lazy" decoding="async" />` : nothing}
        <div>
          <h3>${entry.title}</h3>
          <p>${entry.text}</p>
        </div>
      </li>`,
    )}
  </ul>`;
}

function renderFind(g: GuideHost) {
  const t = messages(g);
  const { chart, units, lang } = g;
  const error = g.findError;
  const faulty = error ? (error.key ?? chart.measurements[0]!.key) : undefined;
  return html`<form class="find" part="form" novalidate @submit=${(e: SubmitEvent) => onFind(g, e)}>
      <p id="find-intro" class="muted">${t.findIntro}</p>
      <div class="fields">
        ${chart.measurements.map((m) => {
          const invalid = faulty === m.key;
          return html`<div class="field">
            <label for=${`m-${m.key}`}>${m.label}${inParens(lang, unitName(displayUnit(m.unit, units), lang))}</label>
            <input
              id=${`m-${m.key}`}
              name=${m.key}
              type="text"
              inputmode="decimal"
              autocomplete="off"
              aria-describedby=${invalid ? 'find-error' : 'find-intro'}
              aria-invalid=${invalid ? 'true' : 'false'}
              .value=${own(g.values, m.key) ?? ''}
              @input=${(e: Event) => (g.values[m.key] = (e.target as HTMLInputElement).value)}
            />
          </div>`;
        })}
      </div>
      ${error ? html`<p id="find-error" class="error-text">${error.message}</p>` : nothing}
      <button type="submit" class="button button--primary">${t.findSubmit}</button>
    </form>
    ${renderResult(g)}`;
}

function renderResult(g: GuideHost) {
  const rec = g.recommendation;
  if (!rec) return nothing;
  const t = messages(g);
  const { chart, system } = g;
  const byId = new Map(chart.sizes.map((s) => [s.id, s]));
  const label = (id: string) => sizeLabel(byId.get(id)!, system);
  const size = rec.sizeId ? byId.get(rec.sizeId) : undefined;
  const picked = size && g.selectedSize === size.id;
  return html`<div class="result" part="result" id="result" tabindex="-1" role="group" aria-labelledby="result-title">
    <h3 id="result-title">${t.resultTitle}</h3>
    <p class="headline">
      ${size ? t.resultSize(label(size.id)) : rec.outOfRange === 'above' ? t.outAbove : rec.outOfRange === 'below' ? t.outBelow : t.noMatch}
    </p>
    ${rec.perMeasurement.length ? html`<p>${explain(g, rec, label)}${t.period}</p>` : nothing}
    ${size && rec.adjustedForFit ? html`<p>${t.adjusted(rec.adjustedForFit, label(size.id))}</p>` : nothing}
    ${
      size
        ? html`<button type="button" class="button button--primary" aria-pressed=${picked ? 'true' : 'false'} @click=${() => g.pick(size, label(size.id))}>
          ${picked ? `${t.selected}: ${label(size.id)}` : t.chooseSize(label(size.id))}
        </button>`
        : nothing
    }
  </div>`;
}

/** "Chest fits M, waist between M and L" from the recommendation's structure. */
export function explain(g: GuideHost, rec: SizeRecommendation, label: (id: string) => string): string {
  const t = messages(g);
  const { chart } = g;
  return rec.perMeasurement
    .map((pm) => {
      const m = chart.measurements.find((x) => x.key === pm.key)!;
      if (pm.sizeIds.length) return t.fitsSizes(m.label, pm.sizeIds.map(label).join(t.or));
      if (pm.between) return t.between(m.label, label(pm.between[0]), label(pm.between[1]));
      const lowest = Math.min(...chart.sizes.flatMap((s) => own(s.ranges, m.key)?.min ?? []));
      const value = fromDisplay(Number(normalise(own(g.values, m.key) ?? '')), m.unit, g.units);
      return value < lowest ? t.belowChart(m.label) : t.aboveChart(m.label);
    })
    .join(t.listSeparator);
}

function onFind(g: GuideHost, event: SubmitEvent): void {
  event.preventDefault();
  const t = messages(g);
  const measurements = ownRecord<number>();
  for (const m of g.chart.measurements) {
    const raw = normalise(own(g.values, m.key) ?? '');
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) return g.found({ error: { message: t.findInvalid(m.label), key: m.key } });
    measurements[m.key] = fromDisplay(value, m.unit, g.units);
  }
  if (!Object.keys(measurements).length) return g.found({ error: { message: t.findEmpty } });
  const tendency = fitSummary(g.fit)?.tendency;
  g.found({ recommendation: recommendSize(g.chart, measurements, tendency ? { fit: tendency } : {}) });
}

/** APG tabs: Arrow keys (mirrored in RTL), Home and End move and activate. */
function onTabKeydown(g: GuideHost, event: KeyboardEvent): void {
  const tabs = [...g.root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const current = tabs.indexOf(event.composedPath()[0] as HTMLButtonElement);
  if (current === -1) return;
  const rtl = resolveDir(g.host) === 'rtl';
  const n = tabs.length;
  const keys: Record<string, number> = {
    [rtl ? 'ArrowLeft' : 'ArrowRight']: (current + 1) % n,
    [rtl ? 'ArrowRight' : 'ArrowLeft']: (current - 1 + n) % n,
    Home: 0,
    End: n - 1,
  };
  const target = keys[event.key];
  if (target === undefined) return;
  event.preventDefault();
  g.selectTab(tabs[target]!.id.slice(4) as Tab, true);
}

/** Re-expresses what the shopper typed when they switch units, so "93" cm becomes "36.5" in. */
export function convertValues(chart: SizeChart, values: Record<string, string>, from: UnitSystem, to: UnitSystem, lang: string): void {
  if (from === to) return;
  for (const m of chart.measurements) {
    const typed = own(values, m.key);
    const value = Number(normalise(typed ?? ''));
    if (!typed || !Number.isFinite(value) || value <= 0) continue;
    values[m.key] = decimal(toDisplay(fromDisplay(value, m.unit, from), m.unit, to), lang, false);
  }
}

/** Decimal input as typed: a comma decimal separator and full-width digits are accepted. */
export function normalise(raw: string): string {
  return raw
    .trim()
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(',', '.');
}

/**
 * A measure with up to two decimals (`90.5`), by hand where Intl writes plain digits, so opening
 * the guide needs no Intl formatter (the page's first loads ICU data: 75–250 ms at 4× throttle).
 */
function decimal(value: number, lang: string, grouping = true): string {
  const plain = grouping || value < 1000 ? plainDecimal(value, lang, 0, 2) : undefined;
  return plain ?? formatNumber(value, lang, { maximumFractionDigits: 2, useGrouping: grouping });
}

/** Unit names as Intl writes them in our catalogue languages: short in English, long in Chinese. */
const plainUnitNames = new Map([
  ['en', { cm: 'cm', in: 'in', kg: 'kg', lb: 'lb' }],
  ['zh', { cm: '厘米', in: '英寸', kg: '千克', lb: '磅' }],
]);

const unitNames = new Map<string, string>();
/** The unit's short name in the shopper's language (`cm`, `厘米`). */
export function unitName(unit: DisplayUnit, lang: string): string {
  const plain = plainUnitNames.get(unitLanguage(lang));
  if (plain) return plain[unit];
  const key = `${lang}|${unit}`;
  let name = unitNames.get(key);
  if (!name) {
    const parts = new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: intlUnit(unit),
      unitDisplay: catalogLanguage(lang) === 'zh-CN' ? 'long' : 'short',
    }).formatToParts(1); // 千克, not kg
    name = parts.find((p) => p.type === 'unit')?.value ?? unit;
    unitNames.set(key, name);
  }
  return name;
}
