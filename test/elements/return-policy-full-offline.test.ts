/**
 * A full policy whose code (return-policy-full.ts, loaded on demand) cannot be fetched — offline, a
 * blocked CDN — says so with a retry, instead of a skeleton forever and an unhandled rejection.
 */
import { expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { ReturnPolicyInput } from '../../src/domain/policy.js';
import '../../src/elements/return-policy/define.js';
import type { RlReturnPolicy } from '../../src/elements/return-policy/return-policy.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, fixture, waitFor } from '../helpers.js';

const policy: ReturnPolicyInput = {
  id: 'main',
  countries: ['DE'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  fee: { kind: 'free' },
  methods: ['mail'],
  refundTypes: ['refund'],
};

it('says the policy could not be shown, with a retry that draws it once its code arrives', async () => {
  const unhandled: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
  addEventListener('unhandledrejection', onRejection);
  const store = await fixture<RlStore>(`<rl-store country="DE"><rl-return-policy variant="full"></rl-return-policy></rl-store>`);
  const el = store.querySelector<RlReturnPolicy>('rl-return-policy')!;
  // The network drops the chunk once.
  const seam = el as unknown as { importFull: () => Promise<unknown> };
  const real = seam.importFull;
  seam.importFull = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  store.adapter = createMemoryAdapter({ policy });
  const alert = await waitFor(() => $(el, '[part="fallback"][role="alert"]'));
  expect(alert.textContent).toContain('Return information is not available right now.');
  expect($(el, '.skeleton, [part="loading"]')).toBeNull();
  seam.importFull = real;
  $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
  await waitFor(() => $(el, '[part="policy"]'));
  removeEventListener('unhandledrejection', onRejection);
  expect(unhandled).toEqual([]);
});
