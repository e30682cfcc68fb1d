/**
 * Fuzzes what every adapter method answers: ids and record keys from the backend are replaced
 * by names of Object.prototype members (`constructor`, `__proto__`, `toString`, …) or random
 * valid ids, consistently (a size id and its perSize key stay the same), and each element must
 * still render its content (no exception, no skeleton left behind). A `perSize[s.id]` lookup
 * once threw for a size called `__proto__` and left the skeleton forever.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { createMemoryAdapter, type MemoryData } from '../../src/adapters/memory.js';
import type { FitInsights, SizeChart } from '../../src/domain/size-chart.js';
import type { Review } from '../../src/domain/reviews.js';
import { recommendSize } from '../../src/domain/size-recommendation.js';
import { reconcileDraft } from '../../src/domain/return-request.js';
import '../../src/elements/faq/define.js';
import '../../src/elements/return-form/define.js';
import '../../src/elements/return-policy/define.js';
import '../../src/elements/reviews/define.js';
import '../../src/elements/size-guide/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { faqEn } from '../../stories/support/faq-data.js';
import { returnData, returnPolicy } from '../../stories/support/return-form-data.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

/** Every own name of Object.prototype that is also a valid id (all of them are). */
export const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

/** A replacement for an id: mostly prototype names, sometimes an ordinary random id. */
const idArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...prototypeNames) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/) },
);

/** A consistent renaming of `ids` (distinct targets, so unique ids stay unique). */
const renamingArb = (ids: readonly string[]) =>
  fc.uniqueArray(idArb, { minLength: ids.length, maxLength: ids.length }).map((targets) => new Map(ids.map((id, i) => [id, targets[i]!])));

/** Applies a renaming to every string value and object key of a JSON value. */
export function rename<T>(value: T, map: ReadonlyMap<string, string>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return map.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      // defineProperty: a key named __proto__ must become an own key, as JSON.parse makes it.
      for (const [k, x] of Object.entries(v))
        Object.defineProperty(out, map.get(k) ?? k, { value: walk(x), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** Runs `check` for each renaming and reports the failing one. */
async function fuzz(ids: readonly string[], check: (map: Map<string, string>) => Promise<void>, numRuns = 6) {
  // Always try the worst case first: every id a prototype member's name.
  const reset = () => {
    cleanup();
    sessionStorage.clear();
    localStorage.clear();
  };
  try {
    await check(new Map(ids.map((id, i) => [id, prototypeNames[i % prototypeNames.length]!])));
  } finally {
    reset();
  }
  await fc.assert(
    fc.asyncProperty(renamingArb(ids), async (map) => {
      try {
        await check(map);
      } finally {
        reset();
      }
    }),
    { numRuns },
  );
}

async function mount(markup: string, adapter: ReturnlessAdapter): Promise<HTMLElement> {
  const store = await fixture<RlStore>(`<rl-store>${markup}</rl-store>`);
  store.adapter = adapter;
  await settle(store);
  return store.firstElementChild as HTMLElement;
}

const errors: unknown[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
beforeEach(() => {
  errors.length = 0;
  sessionStorage.clear();
  localStorage.clear();
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
});
afterEach(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onError);
  cleanup();
  expect(errors).toEqual([]);
});

const chart: SizeChart = {
  id: 'tops',
  title: 'Tops',
  measurements: [
    { key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' },
    { key: 'waist', label: 'Waist', kind: 'body', unit: 'cm' },
  ],
  sizes: [
    { id: 'S', label: 'Small', ranges: { chest: { min: 84, max: 89 }, waist: { min: 68, max: 73 } }, labels: { EU: '44' } },
    { id: 'M', label: 'Medium', ranges: { chest: { min: 90, max: 95 }, waist: { min: 74, max: 79 } }, labels: { EU: '48' } },
    { id: 'L', label: 'Large', ranges: { chest: { min: 96, max: 101 } }, labels: { EU: '52' } },
  ],
  howToMeasure: [{ title: 'Chest', text: 'Around the fullest part.' }],
};
const fit: FitInsights = {
  productId: 'tee',
  votes: { small: 87, true: 45, large: 8 },
  perSize: { M: { votes: { small: 20, true: 5, large: 0 }, returnRate: 0.12 }, S: { votes: { small: 30, true: 1, large: 0 } } },
};

describe('answers with ids named like Object.prototype members', { timeout: 60_000 }, () => {
  it('domain: recommendSize and reconcileDraft read only own keys', () => {
    fc.assert(
      fc.property(renamingArb(['S', 'M', 'L', 'chest', 'waist']), fc.integer({ min: 80, max: 110 }), (map, chest) => {
        const c = rename(chart, map);
        const rec = recommendSize(c, { [map.get('chest')!]: chest });
        expect(rec.perMeasurement).toHaveLength(1);
        // A measurement the shopper did not give is not read from the prototype.
        expect(recommendSize(c, {}).perMeasurement).toEqual([]);
      }),
    );
    const draft = reconcileDraft(
      { step: 'items', lines: { constructor: { selected: true, quantity: 1 } } } as never,
      {
        options: {},
        support: { refund: true, storeCredit: false, exchange: false },
      } as never,
    );
    expect(Object.keys(draft.lines)).toEqual([]);
  });

  it('rl-size-guide (getSizeChart, getFitInsights): the table, fit column and "Find my size"', async () => {
    await fuzz(['S', 'M', 'L', 'chest', 'waist', 'tops', 'tee'], async (map) => {
      const adapter = createMemoryAdapter(
        rename({ sizeCharts: { tops: chart }, productCharts: { tee: 'tops' }, fitInsights: { tee: fit } }, map) as MemoryData,
      );
      const guide = await mount(`<rl-size-guide mode="inline" product-id="${map.get('tee')}"></rl-size-guide>`, adapter);
      await waitFor(() => $$(guide, 'tbody tr').length === 3, 8000);
      expect($$(guide, 'tbody tr').map((tr) => tr.dataset.size)).toEqual(['S', 'M', 'L'].map((s) => map.get(s)));
      expect($(guide, '[aria-busy="true"]')).toBeNull();
      // Find my size reads the typed values by measurement key.
      const find = $$<HTMLButtonElement>(guide, '[role="tab"]').find((t) => /find/i.test(t.textContent!));
      // zod drops record keys named __proto__ (it never copies them), so that chest has no ranges.
      if (find && map.get('chest') !== '__proto__') {
        find.click();
        await settle(guide);
        const input = $<HTMLInputElement>(guide, 'form input')!;
        await userEvent.fill(input, '92');
        $<HTMLFormElement>(guide, 'form')!.requestSubmit();
        await waitFor(() => /Medium/.test($(guide, '[part~="result"], .result, output')?.textContent ?? ''), 8000);
      }
    });
  });

  it('rl-faq (getFaq): every entry renders', async () => {
    const ids = faqEn.map((e) => e.id);
    await fuzz(ids, async (map) => {
      const faq = await mount(`<rl-faq faq-set="default"></rl-faq>`, createMemoryAdapter({ faq: { default: rename(faqEn, map) } }));
      await waitFor(() => $$(faq, '[aria-expanded]').filter((b) => b.closest('h2, h3, [role="heading"]')).length === faqEn.length);
    });
  });

  it('rl-return-policy (getReturnPolicy): summary and full page', async () => {
    await fuzz(['sale', 'swim', 'damaged', 'tee'], async (map) => {
      const policy = rename(returnPolicy, map);
      const el = await mount(`<rl-return-policy variant="full"></rl-return-policy>`, createMemoryAdapter({ policy }));
      await waitFor(() => $(el, '[part~="facts"], dl, h2, h3'));
      expect($(el, '[aria-busy="true"]')).toBeNull();
      expect($(el, '[part="fallback"], [part="error"]')).toBeNull();
    });
  });

  it('rl-reviews (listReviews, getFitInsights): every review renders', async () => {
    const reviews: Review[] = [1, 2, 3].map((n) => ({
      id: `rev${n}`,
      productId: 'tee',
      rating: n + 2,
      title: `T${n}`,
      body: 'B',
      author: 'A',
      createdAt: new Date(Date.UTC(2026, 9, n)).toISOString(),
      verifiedBuyer: n === 1,
      fit: 'small',
      size: 'M',
      media: [{ id: `med${n}`, kind: 'image', url: `/m${n}.jpg`, width: 10, height: 10, status: 'published' }],
      helpfulCount: n,
    }));
    await fuzz(['rev1', 'rev2', 'rev3', 'med1', 'med2', 'med3', 'tee', 'M'], async (map) => {
      const el = await mount(
        `<rl-reviews product-id="${map.get('tee')}"></rl-reviews>`,
        createMemoryAdapter(rename({ reviews, fitInsights: { tee: fit } }, map) as MemoryData),
      );
      await waitFor(() => $$(el, '.review').length === 3);
      expect(
        $$(el, '.review')
          .map((r) => r.dataset.id)
          .sort(),
      ).toEqual(['rev1', 'rev2', 'rev3'].map((id) => map.get(id)).sort());
    });
  });

  it('rl-return-form (lookupOrder, getReturnPolicy, getReturnReasons): items and reasons steps', async () => {
    const data = returnData();
    const ids = ['ord-1001', 'l-shirt', 'l-mug', 'l-jeans', 'l-swim', 'l-socks', 'shirt', 'mug', 'size', 'too_small', 'too_large'];
    await fuzz(
      ids,
      async (map) => {
        const form = await mount(
          `<rl-return-form order="1001" email="ada@example.com"></rl-return-form>`,
          createMemoryAdapter(rename(data, map)),
        );
        const submit = await waitFor(() => $<HTMLButtonElement>(form, '[part="next-button"]'));
        if ((form as unknown as { step: string }).step === 'lookup') submit.click();
        await waitFor(() => (form as unknown as { step: string }).step === 'items' && $$(form, 'li[part~=line]').length === 5).catch(() => {
          throw new Error(
            `${(form as unknown as { step: string }).step} ${form.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 600)}`,
          );
        });
        const boxes = $$<HTMLInputElement>(form, 'input[name="items"]');
        expect(boxes.map((b) => b.value)).toEqual(['l-shirt', 'l-mug'].map((id) => map.get(id)));
        for (const box of boxes) box.click();
        await settle(form);
        $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
        await waitFor(() => (form as unknown as { step: string }).step === 'reasons' && $$(form, 'select').length === 2);
      },
      4,
    );
  });
});
