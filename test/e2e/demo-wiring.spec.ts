/**
 * The demo is what integrators copy, so it is wired as the README says: the size guide and the
 * page's size picker follow each other, the picker offers the product's own chart sizes (the
 * shoe page's reviews say "Size bought: 42" and the picker has 42), and product-only FAQ entries
 * stay on their product.
 */
import { expect, test } from '@playwright/test';
import { API, reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

test('choosing a size in the guide checks it in the page picker, and back', async ({ page }) => {
  await page.goto('/product.html');
  const guide = page.locator('rl-size-guide');
  await guide.locator('[part="trigger"]').click();
  const large = guide.locator('tr[data-size="L"] [part="size-button"]');
  await large.click();
  await expect(page.locator('fieldset.sizes input[value="L"]')).toBeChecked();
  await page.keyboard.press('Escape');
  await page.locator('fieldset.sizes input[value="S"]').check();
  await expect(guide).toHaveAttribute('selected-size', 'S');
});

test('the shoe page offers the chart sizes its reviews talk about, without the linen FAQ', async ({ page, request }) => {
  const chart = (await (await request.get(`${API}/size-chart?productId=trail-runner&locale=en`)).json()) as { sizes: { id: string }[] };
  await page.goto('/product.html?product=trail-runner');
  const values = await page
    .locator('fieldset.sizes input[name="size"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(values).toEqual(chart.sizes.map((s) => s.id));
  await expect(page.locator('rl-reviews .review').first()).toBeVisible();
  const bought = await page
    .locator('rl-reviews')
    .evaluate((el) => [...el.shadowRoot!.textContent!.matchAll(/Size bought: (\S+)/g)].map((m) => m[1]!));
  expect(bought.length).toBeGreaterThan(0);
  const labels = (await page.locator('fieldset.sizes label').allTextContents()).map((t) => t.trim());
  for (const size of bought)
    expect(
      labels.some((l) => l.split(/\s+/).includes(size)),
      `${size} in ${labels.join(', ')}`,
    ).toBe(true);
  await expect(page.locator('rl-faq button[aria-expanded]').first()).toBeVisible();
  await expect(page.locator('rl-faq')).not.toContainText('How do I care for linen?');
  await page.goto('/product.html');
  await expect(page.locator('rl-faq')).toContainText('How do I care for linen?');
});
