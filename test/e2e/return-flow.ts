/** A whole return through the demo returns page's form, with the mouse: RL-1005, one item, refund by mail. */
import type { Locator, Page } from '@playwright/test';

/** Submits the return and resolves with the form, on its confirmation. */
export async function submitReturn(page: Page): Promise<Locator> {
  await page.goto('/returns.html');
  const form = page.locator('rl-return-form');
  const next = form.locator('[part~="next-button"]');
  await form.locator('#orderNumber').fill('RL-1005');
  await form.locator('#email').fill('eli@example.com');
  await next.click();
  await form.locator('input[type="checkbox"]').first().check();
  await next.click();
  await form.locator('select').first().selectOption({ index: 2 });
  await next.click();
  await form.locator('input[type="radio"]').last().check();
  await next.click();
  await form.locator('input[type="radio"]').first().check();
  await next.click();
  await next.click();
  return form;
}
