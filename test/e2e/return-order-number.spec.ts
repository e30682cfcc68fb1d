/**
 * Order numbers as shoppers type them, against the reference server: `1001`, `#RL-1001`,
 * `rl-1001` and ` RL 1001 ` all find order RL-1001 through REST (domain/order-number.ts in the
 * lookup route) and through the form on the demo returns page, whose hint shows the real format.
 */
import { expect, test } from '@playwright/test';
import { API, DEMO, expectOutput, reset } from './helpers.js';

const TYPED = ['1001', '#RL-1001', 'rl-1001', ' RL 1001 ', 'RL-1001'];

test.beforeEach(async ({ request }) => reset(request));

test('POST /orders/lookup finds RL-1001 however the number is typed, and nothing for another number', async ({ request }) => {
  for (const orderNumber of TYPED) {
    const res = await request.post(`${API}/orders/lookup`, { data: { orderNumber, email: DEMO.recent.email } });
    const order = await expectOutput(res, 'lookupOrder');
    expect(order.orderNumber, orderNumber).toBe('RL-1001');
  }
  for (const orderNumber of ['11001', '001', 'XY-1001']) {
    const res = await request.post(`${API}/orders/lookup`, { data: { orderNumber, email: DEMO.recent.email } });
    expect(res.status(), orderNumber).toBe(404);
  }
  await reset(request); // the misses above count against the lookup rate limit
});

test('the form finds the order from "#rl 1001" and its hint shows the real format', async ({ page }) => {
  await page.goto('/returns.html');
  const form = page.locator('rl-return-form');
  await expect(form.locator('#orderNumber-hint')).toContainText('for example RL-1001');
  await form.locator('#orderNumber').fill('#rl 1001');
  await form.locator('#email').fill(DEMO.recent.email);
  await form.locator('[part="next-button"]').click();
  await expect(form.locator('#step-heading')).toHaveText('Choose items');
});
