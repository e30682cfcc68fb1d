import { describe, expect, it } from 'vitest';
import { SizeChart } from '../../src/domain/size-chart.js';
import {
  chartSystems,
  defaultSizeSystem,
  defaultUnits,
  displayRange,
  displayUnit,
  fromDisplay,
  regionOf,
  roundTo,
  sizeLabel,
  toDisplay,
} from '../../src/domain/size-conversion.js';
import { check } from '../../src/domain/validation.js';

const shoes = SizeChart.parse({
  id: 'shoes',
  measurements: [{ key: 'foot', label: 'Foot length', unit: 'cm' }],
  sizes: [
    { id: '38', label: '38', ranges: { foot: { min: 23.8, max: 24.4 } }, labels: { EU: '38', US: '7', UK: '5', JP: '24', CN: '240' } },
    {
      id: '39',
      label: '39',
      ranges: { foot: { min: 24.5, max: 25.1 } },
      labels: { EU: '39', US: '8', UK: '6', JP: '25', CN: '245', Mondopoint: '250' },
    },
  ],
});

describe('unit conversion and rounding', () => {
  it('converts cm to inches, rounded to a quarter inch', () => {
    expect(toDisplay(90, 'cm', 'imperial')).toBe(35.5); // 35.43 in
    expect(toDisplay(100, 'cm', 'imperial')).toBe(39.25); // 39.37 in
    expect(toDisplay(2.54, 'cm', 'imperial')).toBe(1);
  });

  it('keeps cm, rounded to half a centimetre', () => {
    expect(toDisplay(90.2, 'cm', 'metric')).toBe(90);
    expect(toDisplay(90.3, 'cm', 'metric')).toBe(90.5);
  });

  it('converts kg to whole pounds and keeps whole kg', () => {
    expect(toDisplay(70, 'kg', 'imperial')).toBe(154); // 154.32 lb
    expect(toDisplay(70.4, 'kg', 'metric')).toBe(70);
  });

  it('converts shopper input back to base units without rounding', () => {
    expect(fromDisplay(36, 'cm', 'imperial')).toBeCloseTo(91.44, 6);
    expect(fromDisplay(154, 'kg', 'imperial')).toBeCloseTo(69.853, 3);
    expect(fromDisplay(91, 'cm', 'metric')).toBe(91);
  });

  it('round-trips within the rounding step', () => {
    for (let cm = 50; cm <= 150; cm += 0.7) {
      const inches = toDisplay(cm, 'cm', 'imperial');
      expect(Math.abs(fromDisplay(inches, 'cm', 'imperial') - cm)).toBeLessThanOrEqual(0.125 * 2.54 + 1e-9);
    }
  });

  it('rounds free of binary noise', () => {
    expect(roundTo(70.86, 0.25)).toBe(70.75);
    expect(roundTo(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(roundTo(0.1 + 0.2, 0.5)).toBe(0.5);
    expect(String(roundTo(35.43, 0.25))).toBe('35.5');
  });

  it('maps base units to display units and converts ranges', () => {
    expect(displayUnit('cm', 'imperial')).toBe('in');
    expect(displayUnit('kg', 'imperial')).toBe('lb');
    expect(displayUnit('kg', 'metric')).toBe('kg');
    expect(displayRange({ min: 86, max: 91 }, 'cm', 'imperial')).toEqual({ min: 33.75, max: 35.75 });
  });
});

describe('size systems', () => {
  it('lists the systems a chart has, known ones first', () => {
    expect(chartSystems(shoes)).toEqual(['US', 'UK', 'EU', 'JP', 'CN', 'Mondopoint']);
  });

  it('reads a size in a system, falling back to the store label', () => {
    const [s38, s39] = shoes.sizes;
    expect(sizeLabel(s38!, 'US')).toBe('7');
    expect(sizeLabel(s38!, 'Mondopoint')).toBe('38');
    expect(sizeLabel(s39!, '')).toBe('39');
  });

  it('defaults units from the country, then the locale region', () => {
    expect(defaultUnits('US')).toBe('imperial');
    expect(defaultUnits('DE', 'en-US')).toBe('metric');
    expect(defaultUnits(undefined, 'en-US')).toBe('imperial');
    expect(defaultUnits(undefined, 'zh-CN')).toBe('metric');
    expect(defaultUnits()).toBe('metric');
  });

  it('defaults the size system from country and locale among those available', () => {
    const all = chartSystems(shoes);
    expect(defaultSizeSystem(all, 'US')).toBe('US');
    expect(defaultSizeSystem(all, 'GB')).toBe('UK');
    expect(defaultSizeSystem(all, 'FR')).toBe('EU');
    expect(defaultSizeSystem(all, 'JP')).toBe('JP');
    expect(defaultSizeSystem(all, undefined, 'zh-CN')).toBe('CN');
    expect(defaultSizeSystem(all, 'DE', 'zh-Hans')).toBe('EU');
    expect(defaultSizeSystem(['EU'], 'US')).toBeUndefined();
    expect(defaultSizeSystem(all, 'BR')).toBeUndefined();
  });

  it('finds the region of a locale tag', () => {
    expect(regionOf('zh-Hans-CN')).toBe('CN');
    expect(regionOf('en-gb')).toBe('GB');
    expect(regionOf('en')).toBeUndefined();
  });
});

describe('chart schema', () => {
  it('names the path of an inverted range, an unknown measurement and a duplicate size', () => {
    const bad = {
      id: 'x',
      measurements: [{ key: 'chest', label: 'Chest', unit: 'cm' }],
      sizes: [
        { id: 'M', label: 'M', ranges: { chest: { min: 96, max: 90 } } },
        { id: 'M', label: 'M', ranges: { waist: { min: 70, max: 80 } } },
      ],
    };
    const result = check(SizeChart, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.path).toBe('sizes[0].ranges.chest.max');
    const issues = SizeChart.safeParse(bad).error!.issues.map((i) => i.path.join('.'));
    expect(issues).toContain('sizes.1.id');
    expect(issues).toContain('sizes.1.ranges.waist');
  });

  it('defaults measurement kind to body and labels and how-to-measure to empty', () => {
    const chart = SizeChart.parse({
      id: 'x',
      measurements: [{ key: 'h', label: 'Height', unit: 'cm' }],
      sizes: [{ id: 'S', label: 'S', ranges: {} }],
    });
    expect(chart.measurements[0]!.kind).toBe('body');
    expect(chart.sizes[0]!.labels).toEqual({});
    expect(chart.howToMeasure).toEqual([]);
  });
});
