/**
 * Forced colours (Windows high contrast) paint a transparent border in the text colour, so the
 * size guide's tabs, which mark the selected one with an underline and keep a transparent one on
 * the others, all showed the same underline. Read from what is painted: after choosing
 * "How to measure", only that tab's underline differs from the dialog's background.
 */
import { expect, test } from '@playwright/test';
import { reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

test('in forced colours only the selected size-guide tab is underlined', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/product.html');
  await page.getByRole('button', { name: 'Size guide' }).click();
  const measure = page.getByRole('tab', { name: 'How to measure' });
  await measure.click();
  await expect(measure).toHaveAttribute('aria-selected', 'true');

  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(3);
  const painted = await tabs.evaluateAll((list) =>
    list.map((tab) => {
      // The colour behind the tab: the nearest ancestor (across the shadow root) with an opaque
      // background (forced colours keep a transparent one's alpha).
      const clear = (colour: string) => /^rgba\(.*, 0\)$/.test(colour);
      let node: Node | null = tab.parentNode;
      let background = 'rgba(0, 0, 0, 0)';
      while (node && clear(background)) {
        if (node instanceof Element) background = getComputedStyle(node).backgroundColor;
        node = node instanceof ShadowRoot ? node.host : node.parentNode;
      }
      const style = getComputedStyle(tab);
      return {
        selected: tab.getAttribute('aria-selected') === 'true',
        underline: style.borderBottomColor,
        width: style.borderBottomWidth,
        background,
      };
    }),
  );
  for (const tab of painted) {
    expect(tab.width, JSON.stringify(tab)).not.toBe('0px');
    if (tab.selected) expect(tab.underline, JSON.stringify(tab)).not.toBe(tab.background);
    else expect(tab.underline, JSON.stringify(tab)).toBe(tab.background);
  }
});
