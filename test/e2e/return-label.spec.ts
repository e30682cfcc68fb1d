/**
 * What the confirmation promises, against the reference server: a mail return gets a printable
 * label (a print-ready page, linked, downloadable, not readable without its signed link), the
 * confirmation repeats what the shopper gets and the send-by date, "Check the status of this
 * return" opens that return's status, and a Chinese page on an English browser gets Chinese
 * reasons, exchange labels and instructions from the server.
 */
import { expect, test, type Page } from '@playwright/test';
import { API, DEMO, expectOutput, key, lookup, reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

test('a mail return links a printable, downloadable label; the link cannot be guessed', async ({ request }) => {
  // Order ids are random and a return needs the lookup's proof (issue 11): look the order up first.
  const anna = await lookup(request, DEMO.recent);
  const mailReturn = {
    orderId: anna.id,
    lookupToken: anna.lookupToken,
    email: 'anna@example.com',
    method: 'mail',
    lines: [{ lineId: 'l-1001-3', quantity: 1, reasonId: 'changed_mind', resolution: 'refund' }],
  };
  const c = await expectOutput(
    await request.post(`${API}/returns`, { data: mailReturn, headers: { 'Idempotency-Key': key() } }),
    'createReturn',
    201,
  );
  expect(c.quote!.total.amount).toBeGreaterThan(0);
  expect(c.sendBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const url = c.labels[0]!.labelUrl!;
  expect(url).toMatch(/\/api\/returns\/R[^/]+\/label\?token=/);
  const page = await request.get(url);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toContain('text/html');
  const html = await page.text();
  expect(html).toContain('@page');
  expect(html).toContain(c.labels[0]!.code!);
  expect(html).toContain('<svg');
  const download = await request.get(`${url}&download=1`);
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="return-label-R/);
  expect((await request.get(url.replace(/token=[^&]+/, 'token=forged'))).status()).toBe(404);
  expect((await request.get(url.replace(/token=.*/, ''))).status()).toBe(404);
});

async function syntheticPage(page: Page, storeAttrs: string) {
  await page.route('**/__lane12/returns.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Returns</title>
        <script type="module" src="/cdn/returnless.js"></script></head>
        <body><main><rl-store api="/api" ${storeAttrs}><rl-return-form></rl-return-form></rl-store></main></body></html>`,
    }),
  );
  await page.goto('/__lane12/returns.html');
}

test('the confirmation repeats refund, fee and send-by date; the label is linked; status opens in place', async ({ page }) => {
  await syntheticPage(page, 'locale="en" currency="EUR" country="DE"');
  const form = page.locator('rl-return-form');
  await form.locator('#orderNumber').fill(DEMO.recent.orderNumber);
  await form.locator('#email').fill(DEMO.recent.email);
  await form.locator('[part="next-button"]').click();
  await form.locator('#select-l-1001-3').check();
  await form.locator('[part="next-button"]').click();
  await form.locator('#reason-l-1001-3').selectOption('changed_mind');
  await form.locator('[part="next-button"]').click();
  await form.locator('#resolution-l-1001-3-refund').check();
  await form.locator('[part="next-button"]').click();
  await form.locator('#method-mail').check();
  await form.locator('[part="next-button"]').click();
  await form.locator('[part="next-button"]').click();
  await expect(form.locator('#step-heading')).toHaveText(/is requested/);
  const outcome = form.locator('[part="outcome"]');
  await expect(outcome).toContainText('Refund');
  await expect(outcome).toContainText('€');
  await expect(outcome).toContainText(/Fees/);
  await expect(form.locator('[part="send-by"]')).toContainText(/Send it back by \w+ \d+, \d{4}/);
  const link = form.locator('[part="label-link"]');
  await expect(link).toHaveAttribute('href', /\/api\/returns\/R[^/]+\/label\?token=/);
  const id = (await form.locator('#step-heading').textContent())!.match(/R\S+/)![0];
  await form.locator('[part="status-link"]').click();
  await expect(form.locator('[part~="current-status"]')).toBeVisible();
  await expect(form.locator('#step-heading')).toContainText(/status|Status/);
  await expect(form).toContainText(id);
});

test('zh-CN store on an English page and browser: reasons, exchange labels and instructions in Chinese', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' });
  await syntheticPage(page, 'locale="zh-CN" currency="EUR" country="DE"');
  const form = page.locator('rl-return-form');
  await expect(form).toHaveAttribute('lang', 'zh-CN');
  await form.locator('#orderNumber').fill(DEMO.recent.orderNumber);
  await form.locator('#email').fill(DEMO.recent.email);
  await form.locator('[part="next-button"]').click();
  await form.locator('#select-l-1001-1').check();
  await form.locator('[part="next-button"]').click();
  const reasons = form.locator('#reason-l-1001-1 option');
  await expect(reasons.nth(1)).toHaveText(/[\u4e00-\u9fff]/);
  await form.locator('#reason-l-1001-1').selectOption('too_small');
  await form.locator('[part="next-button"]').click();
  await form.locator('#resolution-l-1001-1-exchange').check();
  const options = await form.locator('#exchange-l-1001-1 option').allTextContents();
  expect(options.filter((o) => /Size/.test(o))).toEqual([]);
  expect(options.some((o) => /尺码/.test(o))).toBe(true);
  await form.locator('[part="next-button"]').click();
  await form.locator('#method-mail').check();
  await form.locator('[part="next-button"]').click();
  await form.locator('[part="next-button"]').click();
  await expect(form.locator('[part="next-steps"] li').first()).toHaveText(/[\u4e00-\u9fff]/);
  await expect(form.locator('[part="next-steps"]')).not.toContainText(/Pack the items|Attach the label/);
});
