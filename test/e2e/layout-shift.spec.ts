/**
 * The product page of `npm run bench` (policy summary, size guide, reviews, review form on the
 * reference server's data) upgrades without a layout shift, with the README's reserved-space
 * CSS. Layout shift is deterministic enough to assert (timings are only reported by the bench);
 * the CPU is throttled as in the bench so that each state between placeholder and content paints.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
// @ts-expect-error: a plain .mjs module of the bench (no types).
import { pages, settled } from '../../scripts/bench/page.mjs';

const bench = pages as Record<string, { html: string }>;

/** Opens a bench page at 4× throttle, recording every layout shift not caused by input. */
async function open(page: Page, context: BrowserContext, name: string): Promise<() => Promise<string[]>> {
  await page.route(`**/__layout-shift/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: bench[name]!.html }));
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
  await page.goto(`/__layout-shift/${name}.html`);
  await (settled as (p: typeof page) => Promise<void>)(page);
  return () => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
}

test('the product page upgrades with a cumulative layout shift of 0', async ({ page, context }) => {
  const shifts = await open(page, context, 'product');
  // Every element is there and out of its loading state (else "no shift" would prove nothing).
  for (const tag of ['rl-return-policy', 'rl-size-guide', 'rl-reviews', 'rl-review-form']) {
    await expect(page.locator(tag)).toHaveJSProperty('hasUpdated', true);
  }
  await expect(page.locator('rl-reviews article, rl-reviews [part~="review"]').first()).toBeVisible();
  expect(await shifts()).toEqual([]);
});

// The README's FAQ rule: each native <details> reserves the upgraded row (44px, no margin); its
// margin once collapsed through the undefined <rl-faq> and moved the list 8px on upgrade.
test('a FAQ written as <details> upgrades with a cumulative layout shift of 0', async ({ page, context }) => {
  const shifts = await open(page, context, 'faq');
  await expect(page.locator('rl-faq')).toHaveJSProperty('hasUpdated', true);
  expect(await shifts()).toEqual([]);
});
