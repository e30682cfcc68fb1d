/**
 * Size-chart display: converting the chart's base units (cm, kg) to the shopper's (in, lb)
 * with sensible rounding, reading sizes in a regional system, and choosing defaults from the
 * store's country and locale. Pure functions, no DOM.
 */
import type { ChartSize, Measurement, SizeChart } from './size-chart.js';

/** `metric` shows cm and kg; `imperial` shows in and lb. */
export type UnitSystem = 'metric' | 'imperial';
export type BaseUnit = Measurement['unit'];
export type DisplayUnit = 'cm' | 'in' | 'kg' | 'lb';

export const CM_PER_INCH = 2.54;
export const KG_PER_POUND = 0.45359237;

/** The unit a measurement is shown in. */
export function displayUnit(base: BaseUnit, units: UnitSystem): DisplayUnit {
  if (units === 'metric') return base;
  return base === 'cm' ? 'in' : 'lb';
}

/** The Intl unit identifier (`centimeter`, `inch`, …) for `formatUnit`. */
export function intlUnit(unit: DisplayUnit): string {
  return { cm: 'centimeter', in: 'inch', kg: 'kilogram', lb: 'pound' }[unit];
}

/**
 * Rounding step per display unit: cm to 0.5 (tape measures show millimetres but half
 * centimetres are what size charts print), inches to ¼, kg and lb to whole numbers.
 */
export const ROUNDING: Record<DisplayUnit, number> = { cm: 0.5, in: 0.25, kg: 1, lb: 1 };

/** Rounds to a multiple of `step`, free of binary noise (`roundTo(0.1 + 0.2, 0.1)` → 0.3, not 0.30000000000000004). */
export function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** A base-unit value in the display unit, rounded for reading. */
export function toDisplay(value: number, base: BaseUnit, units: UnitSystem): number {
  const unit = displayUnit(base, units);
  const raw = unit === 'in' ? value / CM_PER_INCH : unit === 'lb' ? value / KG_PER_POUND : value;
  return roundTo(raw, ROUNDING[unit]);
}

/** What the shopper typed (in the display unit) back in the base unit, unrounded. */
export function fromDisplay(value: number, base: BaseUnit, units: UnitSystem): number {
  const unit = displayUnit(base, units);
  return unit === 'in' ? value * CM_PER_INCH : unit === 'lb' ? value * KG_PER_POUND : value;
}

/** A chart range in display units; a range that rounds to one value has `min === max`. */
export function displayRange(range: { min: number; max: number }, base: BaseUnit, units: UnitSystem): { min: number; max: number } {
  return { min: toDisplay(range.min, base, units), max: toDisplay(range.max, base, units) };
}

/** Regional systems the chart has labels for (INT, US, UK, EU, JP, CN first, then free-form ones). */
export function chartSystems(chart: SizeChart): string[] {
  const order = ['INT', 'US', 'UK', 'EU', 'JP', 'CN'];
  const found = new Set<string>();
  for (const size of chart.sizes) for (const [system, label] of Object.entries(size.labels)) if (label) found.add(system);
  return [...found].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

/** The size's label in `system`; the store's own label when the system is unset or missing. */
export function sizeLabel(size: ChartSize, system?: string): string {
  return (system && size.labels[system]) || size.label;
}

/** Countries that measure bodies in inches and pounds. */
const IMPERIAL_COUNTRIES = new Set(['US', 'LR', 'MM']);

/** The default unit system for a store country (or the locale's region when there is no country). */
export function defaultUnits(country?: string, locale?: string): UnitSystem {
  const region = country ?? regionOf(locale);
  return region && IMPERIAL_COUNTRIES.has(region) ? 'imperial' : 'metric';
}

const EU_SYSTEM = new Set('AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' '));

/**
 * The regional size system a shopper most likely reads, among those the chart has:
 * US for US/CA, UK for GB, JP, CN for China and Chinese locales, EU for EU/EEA countries.
 * `undefined` means "the store's own labels".
 */
export function defaultSizeSystem(available: readonly string[], country?: string, locale?: string): string | undefined {
  const region = country ?? regionOf(locale);
  const wanted: string[] = [];
  if (region === 'US' || region === 'CA') wanted.push('US');
  else if (region === 'GB') wanted.push('UK');
  else if (region === 'JP') wanted.push('JP');
  else if (region === 'CN') wanted.push('CN');
  else if (region && EU_SYSTEM.has(region)) wanted.push('EU');
  if (locale && /^zh(-|$)/i.test(locale)) wanted.push('CN');
  if (locale && /^ja(-|$)/i.test(locale)) wanted.push('JP');
  return wanted.find((s) => available.includes(s));
}

/** The upper-case region of a locale tag (`zh-CN` → `CN`), if it has one. */
export function regionOf(locale?: string): string | undefined {
  const match = locale ? /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})(?:-|$)/i.exec(locale) : null;
  return match?.[1]?.toUpperCase();
}
