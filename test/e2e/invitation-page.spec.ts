/** Issue 11 §3 in the browser: a review invitation link from the demo outbox opens the product page, and the review it sends is a verified-buyer review. */
import { expect, test } from '@playwright/test';
import { API, expectOutput, reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

test('an invitation link from /emails.html publishes a verified review for that product', async ({ page, request }) => {
  await page.goto('/emails.html');
  const link = page.getByRole('link', { name: 'Review Trail runner' }).first();
  await link.click();
  await expect(page).toHaveURL(/product=trail-runner&invitation=rl1\./);
  const form = page.locator('rl-review-form');
  await expect(form).toHaveAttribute('product-id', 'trail-runner');
  await form.locator('label', { hasText: '5 stars' }).click();
  await form.locator('[name="body"]').fill('Grippy on wet rock.');
  await form.locator('[name="author"]').fill('Anna');
  await form.locator('[name="email"]').fill('a.different.address@example.com');
  await form.locator('button[type="submit"]').click();
  await expect(form.locator('.success')).toBeVisible();
  const reviews = await expectOutput(await request.get(`${API}/products/trail-runner/reviews`), 'listReviews');
  const mine = reviews.reviews.find((r) => r.body === 'Grippy on wet rock.')!;
  expect(mine.verifiedBuyer).toBe(true);
});

test('the same review without the invitation is not verified, whatever email is typed', async ({ page, request }) => {
  await page.goto('/product.html?product=trail-runner');
  const form = page.locator('rl-review-form');
  await form.locator('label', { hasText: '4 stars' }).click();
  await form.locator('[name="body"]').fill('Claims to be Anna.');
  await form.locator('[name="author"]').fill('Anna');
  await form.locator('[name="email"]').fill('anna@example.com');
  await form.locator('button[type="submit"]').click();
  await expect(form.locator('.success')).toBeVisible();
  const reviews = await expectOutput(await request.get(`${API}/products/trail-runner/reviews`), 'listReviews');
  expect(reviews.reviews.find((r) => r.body === 'Claims to be Anna.')!.verifiedBuyer).toBe(false);
});
