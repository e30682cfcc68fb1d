/**
 * The README's strict Content-Security-Policy, with Trusted Types, on a page holding all eight
 * elements with data from the reference server: zero CSP violations and zero console errors.
 * Uploads need `blob:` for the photo preview and the encoding worker (documented): the second
 * test adds exactly those two sources and uploads a photo.
 */
import { expect, test, type Page } from '@playwright/test';
import { reset } from './helpers.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html returnless";
const UPLOAD_CSP = `${STRICT_CSP}; img-src 'self' blob:; worker-src 'self' blob:`;

test.beforeEach(async ({ request }) => reset(request));

async function strictPage(page: Page, csp: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('__reportViolation', (v: string) => problems.push(`violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    );
  });
  await page.route('**/__csp/page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
        <script type="module" src="/cdn/returnless.js"></script></head>
        <body><main><h1>Shop</h1>
        <rl-store api="/api" locale="en" currency="EUR" country="DE">
          <rl-faq faq-set="returns" searchable json-ld></rl-faq>
          <rl-return-policy product-id="linen-shirt" delivered-at="2026-11-20"></rl-return-policy>
          <rl-return-policy variant="full" json-ld></rl-return-policy>
          <rl-size-guide product-id="linen-shirt" mode="inline"></rl-size-guide>
          <rl-reviews product-id="linen-shirt" json-ld></rl-reviews>
          <rl-review-form product-id="linen-shirt"></rl-review-form>
          <rl-media-uploader name="photos" accept="image"></rl-media-uploader>
          <rl-return-form></rl-return-form>
        </rl-store></main></body></html>`,
    }),
  );
  await page.goto('/__csp/page.html');
  return problems;
}

async function allRendered(page: Page) {
  await expect(page.locator('rl-faq [part~="question"], rl-faq button[aria-expanded]').first()).toBeVisible();
  await expect(page.locator('rl-size-guide table')).toBeVisible();
  await expect(page.locator('rl-reviews .review').first()).toBeVisible();
  await expect(page.locator('rl-return-policy').first()).toContainText(/return/i);
  await expect(page.locator('rl-return-form #orderNumber')).toBeVisible();
  await expect(page.locator('rl-review-form rl-media-uploader')).toBeAttached();
  // Rich text went through the sanitiser, JSON-LD was written: both need the `returnless` policy.
  await page.locator('rl-faq button[aria-expanded]').first().click();
  await expect(page.locator('head script[type="application/ld+json"]').first()).toBeAttached();
}

test('the exact README header: all eight elements render with data, no violation, no console error', async ({ page }) => {
  const problems = await strictPage(page, STRICT_CSP);
  await allRendered(page);
  await page.waitForTimeout(500);
  expect(problems).toEqual([]);
});

test('with img-src/worker-src blob: added, a photo upload runs without violations', async ({ page }) => {
  const problems = await strictPage(page, UPLOAD_CSP);
  await allRendered(page);
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const uploader = page.locator('main > rl-store > rl-media-uploader');
  await uploader.locator('input[type="file"]').first().setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect.poll(() => uploader.evaluate((el) => (el as unknown as { value: string[] }).value.length), { timeout: 15_000 }).toBe(1);
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});
