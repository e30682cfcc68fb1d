/**
 * The merchant's admin follows `?lang=zh-CN` like the shop pages: `<html lang>`, the elements'
 * text, links back to the shop, and the sign-in form's redirects (success and failure).
 */
import { expect, test } from '@playwright/test';
import { API, reset } from './helpers.js';

test.beforeEach(async ({ request }) => {
  await reset(request);
  await request.post(`${API}/admin/__test/unlock`);
});

test('a Chinese admin stays Chinese through sign-in, and its links keep the language', async ({ page }) => {
  await page.goto('/admin.html?lang=zh-CN');
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('登录商店后台');
  await page.getByLabel('密码').fill('wrong');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/login=failed&lang=zh-CN$/);
  await expect(page.getByRole('alert')).toHaveText('密码不正确，请重试。', { useInnerText: true });

  await page.getByLabel('密码').fill('e2e-admin-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\.html\?lang=zh-CN$/);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('商店后台');
  // The elements follow <html lang>.
  await expect(page.locator('rl-review-inbox').getByRole('button', { name: /待审核（/ })).toBeVisible();
  expect(await page.getByRole('link', { name: '返回商店' }).getAttribute('href')).toBe('/product.html?lang=zh-CN');
  expect(await page.getByRole('link', { name: /商店后台/ }).getAttribute('href')).toBe('/product.html?lang=zh-CN');
  // And back to English.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Shop admin');
  expect(await page.getByRole('link', { name: 'Back to the shop' }).getAttribute('href')).toBe('/product.html');
});
