/**
 * The demo pages on a 320px phone with text at 200% (WCAG 1.4.4): nothing scrolls sideways. The
 * reviews' rating rows (fixed em columns) ran 34px past the screen, and the full policy's contact
 * email, one unbreakable word, widened the returns page to 481px.
 */
import { expect, test } from '@playwright/test';
import { reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));
test.use({ viewport: { width: 320, height: 640 } });

for (const path of ['/product.html', '/returns.html', '/help.html', '/product.html?lang=zh-CN', '/returns.html?lang=zh-CN']) {
  test(`${path} with 200% text fits a 320px phone`, async ({ page }) => {
    await page.goto(path);
    // Every element drawn with its data (no skeleton left).
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('rl-'))
            .every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"], [aria-busy="true"]')),
        ),
      )
      .toBe(true);
    // Text at 200% (the page's CSP refuses a <style>; the CSSOM is fine).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await page.waitForTimeout(300);
    const wide = await page.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot | Element, chain: string) => {
        for (const el of root.children) {
          const at = `${chain}>${el.localName}`;
          if (el.children.length === 0 && el.getBoundingClientRect().right > 321) out.push(at);
          walk(el, at);
          if (el.shadowRoot) walk(el.shadowRoot, `${at}#`);
        }
      };
      walk(document.body, '');
      return out.slice(0, 5);
    });
    expect(wide, 'elements past the right edge').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
