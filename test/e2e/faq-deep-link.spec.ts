/**
 * A link to one question (help.html#refund-time) opens it, focuses its button and scrolls it to the
 * top of the window, with room left for the focus ring: it was scrolled flush to the top edge,
 * and the ring's top was cut off.
 */
import { expect, test } from '@playwright/test';
import { reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));
test.use({ viewport: { width: 320, height: 400 } });

test('a deep-linked question is scrolled into view below the top edge, ring and all', async ({ page }) => {
  await page.goto('/help.html#refund-time');
  const button = page.locator('rl-faq #q-refund-time');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const ring = await button.evaluate((el) => {
    const style = getComputedStyle(el);
    return el.getBoundingClientRect().top - parseFloat(style.outlineOffset) - parseFloat(style.outlineWidth);
  });
  expect(ring, 'top of the focus ring').toBeGreaterThanOrEqual(4);
});
