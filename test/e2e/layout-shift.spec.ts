/**
 * The product page of `npm run bench` (policy summary, size guide, reviews, review form on the
 * reference server's data) upgrades without a layout shift, with the README's reserved-space
 * CSS. Layout shift is deterministic enough to assert (timings are only reported by the bench);
 * the CPU is throttled as in the bench so that each state between placeholder and content paints.
 */
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain .mjs module of the bench (no types).
import { pages, settled } from '../../scripts/bench/page.mjs';

const product = (pages as Record<string, { html: string }>).product!;

test('the product page upgrades with a cumulative layout shift of 0', async ({ page, context }) => {
  await page.route('**/__layout-shift/product.html', (route) => route.fulfill({ contentType: 'text/html', body: product.html }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: string[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map(
          (s) =>
            `${s.node?.nodeName.toLowerCase() ?? '?'} ${s.previousRect.y}+${s.previousRect.height} → ${s.currentRect.y}+${s.currentRect.height}`,
        );
        w.__shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/__layout-shift/product.html');
  await (settled as (p: typeof page) => Promise<void>)(page);
  // Every element is there and out of its loading state (else "no shift" would prove nothing).
  for (const tag of ['rl-return-policy', 'rl-size-guide', 'rl-reviews', 'rl-review-form']) {
    await expect(page.locator(tag)).toHaveJSProperty('hasUpdated', true);
  }
  await expect(page.locator('rl-reviews article, rl-reviews [part~="review"]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
});
