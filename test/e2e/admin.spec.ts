/**
 * The merchant's day, end to end: sign in, moderate a photo review (approve the text and one
 * photo, reject the other photo with a reason), answer a 2-star review with the exchange template;
 * the shopper's product pages then show exactly that; the insights page shows numbers recomputed
 * here from the seed.
 */
import { expect, test } from '@playwright/test';
import { API, reset } from './helpers.js';
import { recomputeFromSeed } from './seed-recompute.js';

test.beforeEach(async ({ request }) => {
  await reset(request);
  await request.post(`${API}/admin/__test/unlock`);
});

test('merchant moderates and replies; shoppers see the result; insights match the seed', async ({ page }) => {
  await page.goto('/admin.html');
  await expect(page.locator('rl-review-inbox')).toHaveCount(0);
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('not right');
  await page.getByLabel('Password').fill('e2e-admin-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const inbox = page.locator('rl-review-inbox');
  const review = inbox.locator('article.review', { hasText: 'Mia K.' });
  await expect(review).toBeVisible();
  // The text, then each photo on its own.
  await review.locator('.decision').first().getByRole('button', { name: 'Approve' }).click();
  await expect(review.locator('.decision').first()).toContainText('Published');
  const photos = review.locator('[part="media"]');
  await photos.nth(0).getByRole('button', { name: 'Approve' }).click();
  await expect(photos.nth(0)).toContainText('Published');
  await photos.nth(1).getByLabel('Reason for rejecting').selectOption('personal_data');
  await photos.nth(1).getByRole('button', { name: 'Reject' }).click();
  // Nothing of it waits any more, so it leaves the moderation queue.
  await expect(review).toHaveCount(0);
  await expect(inbox.getByRole('button', { name: /Waiting for moderation/ })).toContainText('(2)');

  // A 2-star review, answered with the exchange template.
  await inbox.getByRole('button', { name: /Needs a reply/ }).click();
  await inbox.getByLabel('Rating').selectOption('2');
  const low = inbox.locator('article.review', { hasText: 'Tom B.' });
  await low.getByLabel('Start from a template').selectOption('tpl-exchange');
  await expect(low.locator('[part="preview"]')).toContainText('exchange the Organic cotton T-shirt');
  await low.getByRole('button', { name: 'Publish reply' }).click();
  await expect(inbox.getByRole('button', { name: /Answered/ })).toBeVisible();
  await expect(low).toHaveCount(0);

  // The shopper's product pages.
  await page.goto('/product.html');
  const mia = page.locator('rl-reviews [part="review"]', { hasText: 'Mia K.' });
  await expect(mia).toBeVisible();
  await expect(mia.locator('img')).toHaveCount(1);
  await expect(mia.locator('img')).toHaveAttribute('alt', 'Worn, seen from the front');
  await page.goto('/product.html?product=organic-tee');
  const tom = page.locator('rl-reviews [part="review"]', { hasText: 'Tom B.' });
  await expect(tom.locator('[part="reply"]')).toContainText('exchange the Organic cotton T-shirt');
  await expect(tom).toContainText('The colour is not as pictured');

  // Insights over all time equal a recomputation from the seed.
  await page.goto('/admin.html');
  const insights = page.locator('rl-return-insights');
  await insights.getByLabel('From', { exact: true }).fill('2000-01-01');
  await insights.getByLabel('To', { exact: true }).fill('2099-12-31');
  await insights.getByRole('button', { name: 'Show', exact: true }).click();
  const { sold, returned } = recomputeFromSeed();
  const row = insights.locator('table').first().locator('tr', { hasText: 'Linen shirt' });
  const n = (v: number) => v.toLocaleString('en');
  await expect(row.locator('td').nth(0)).toHaveText(n(sold.get('linen-shirt')!));
  await expect(row.locator('td').nth(1)).toHaveText(n(returned.get('linen-shirt')!));
  const rate = returned.get('linen-shirt')! / sold.get('linen-shirt')!;
  await expect(row.locator('td').nth(2)).toHaveText(
    new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(rate),
  );
});
