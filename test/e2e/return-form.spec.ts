/**
 * <rl-return-form> end to end against the reference server (demo/server) on the demo returns
 * page: a complete return for each resolution, damage with a photo, the returnable-quantity cap,
 * faults injected at submit (dropped connection, 500, timeout, double click) leaving exactly one
 * return, a reload in the middle, a keyboard-only run, and axe on each step.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { API, DEMO, fault, reset } from './helpers.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let seeded = 0;
test.beforeEach(async ({ request }) => {
  await reset(request);
  // The seed already holds returns (order RL-1004): count what a test adds.
  seeded = await returnCount(request);
});

const form = (page: Page) => page.locator('rl-return-form');
const field = (page: Page, selector: string) => form(page).locator(selector);
const heading = (page: Page) => field(page, '#step-heading');
const nextButton = (page: Page) => field(page, '[part="next-button"]');

/** Returns this test created. */
const created = async (request: APIRequestContext) => (await returnCount(request)) - seeded;

/** Rows in the server's returns table. */
async function returnCount(request: APIRequestContext): Promise<number> {
  const res = await request.get(`${API}/__test/digest`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as Record<string, { rows: number }>).returns!.rows;
}

/** Axe on the form only (other page parts have their own tests). */
async function axe(page: Page, step: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe.run({ include: [['rl-return-form']] }, { runOnly: { type: 'tag', values: tags } })
      ).violations.map((v) => `${v.id} (${v.nodes.length})`),
    AXE_TAGS,
  );
  expect(violations, `axe on step ${step}`).toEqual([]);
}

async function open(page: Page, query = '') {
  await page.goto(`/returns.html${query}`);
  await expect(field(page, '#orderNumber')).toBeVisible();
}

async function findOrder(page: Page, demo: { orderNumber: string; email: string } = DEMO.recent) {
  await field(page, '#orderNumber').fill(demo.orderNumber);
  await field(page, '#email').fill(demo.email);
  await nextButton(page).click();
  await expect(heading(page)).toHaveText('Choose items');
}

async function continueTo(page: Page, title: string) {
  await nextButton(page).click();
  await expect(heading(page)).toHaveText(title);
}

/** From the items step to the confirmation for one line. */
async function returnLine(
  page: Page,
  line: string,
  {
    reason,
    resolution,
    method = 'mail',
    quantity,
  }: { reason: string; resolution: 'refund' | 'store_credit' | 'exchange'; method?: string; quantity?: number },
) {
  await field(page, `#select-${line}`).check();
  if (quantity) await field(page, `#quantity-${line}`).fill(String(quantity));
  await continueTo(page, 'Tell us why');
  await field(page, `#reason-${line}`).selectOption(reason);
  await continueTo(page, 'What you get');
  await field(page, `#resolution-${line}-${resolution}`).check();
  if (resolution === 'exchange') {
    const exchange = field(page, `#exchange-${line}`);
    if (!(await exchange.inputValue())) await exchange.selectOption({ index: 1 });
  }
  await continueTo(page, 'Send it back');
  await field(page, `#method-${method}`).check();
  await continueTo(page, 'Review and submit');
}

for (const resolution of ['refund', 'store_credit', 'exchange'] as const) {
  test(`a complete return with ${resolution}`, async ({ page, request }) => {
    await open(page);
    await findOrder(page);
    await returnLine(page, 'l-1001-1', { reason: 'changed_mind', resolution });
    await nextButton(page).click();
    await expect(heading(page)).toHaveText(/^\s*Return R\S+ is requested\s*$/);
    await expect(field(page, '[part="next-steps"] li').first()).toBeVisible();
    expect(await created(request)).toBe(1);
  });
}

test('a too-small shirt suggests the next size and exchanges it, with a drop-off QR code and its text', async ({ page, request }) => {
  await open(page);
  await findOrder(page);
  await field(page, '#select-l-1001-1').check();
  await continueTo(page, 'Tell us why');
  await field(page, '#reason-l-1001-1').selectOption('too_small');
  await expect(field(page, '[part="size-suggestion"]')).toContainText('We suggest size L');
  await continueTo(page, 'What you get');
  await expect(field(page, '#resolution-l-1001-1-exchange')).toBeChecked();
  // The backend lists its variants with stock; the suggested size maps to its variant.
  await expect(field(page, '#exchange-l-1001-1')).toHaveValue('linen-shirt-l');
  await expect(field(page, '#exchange-l-1001-1 option:checked')).toContainText(/left|in stock/);
  await continueTo(page, 'Send it back');
  await field(page, '#method-drop_off').check();
  await continueTo(page, 'Review and submit');
  await nextButton(page).click();
  await expect(field(page, 'svg[part="qr"]').first()).toBeVisible();
  await expect(field(page, '[part="code-text"]').first()).not.toBeEmpty();
  expect(await created(request)).toBe(1);
});

test('damage needs a photo, uploaded through the media uploader', async ({ page, request }) => {
  await open(page);
  await findOrder(page);
  await field(page, '#select-l-1001-3').check();
  await continueTo(page, 'Tell us why');
  await field(page, '#reason-l-1001-3').selectOption('damaged');
  const uploader = field(page, 'rl-media-uploader');
  await expect(uploader).toHaveAttribute('purpose', 'return');
  await nextButton(page).click();
  await expect(field(page, '.error-summary')).toContainText('Add a photo of the problem');
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await uploader.locator('input[type="file"]').first().setInputFiles({ name: 'crack.png', mimeType: 'image/png', buffer: png });
  await expect.poll(() => uploader.evaluate((el) => (el as unknown as { value: string[] }).value.length), { timeout: 15_000 }).toBe(1);
  await continueTo(page, 'What you get');
  await field(page, '#resolution-l-1001-3-refund').check();
  await continueTo(page, 'Send it back');
  await field(page, '#method-mail').check();
  await continueTo(page, 'Review and submit');
  await nextButton(page).click();
  await expect(heading(page)).toHaveText(/is requested\s*$/);
  expect(await created(request)).toBe(1);
});

test('an order cannot return more than its returnable quantity', async ({ page }) => {
  await open(page);
  await findOrder(page);
  await expect(field(page, '#quantity-l-1001-3')).toHaveCount(0);
  await field(page, '#select-l-1001-3').check();
  await expect(field(page, '#quantity-l-1001-3')).toHaveAttribute('max', '2');
  await returnLine(page, 'l-1001-3', { reason: 'changed_mind', resolution: 'refund', quantity: 2 });
  await nextButton(page).click();
  await expect(heading(page)).toHaveText(/is requested\s*$/);
  await field(page, '[part="start-over"]').click();
  await findOrder(page);
  await expect(field(page, '[part~="line-blocked"]').filter({ hasText: /already been returned/ })).toHaveCount(1);
  await expect(field(page, '#select-l-1001-3')).toHaveCount(0);
});

const faults = [
  ['a dropped connection', 'drop'],
  ['a 500', '500'],
  ['a timeout', 'timeout'],
] as const;
for (const [name, mode] of faults) {
  test(`${name} at submit leaves exactly one return`, async ({ page, request }) => {
    test.setTimeout(90_000);
    await open(page);
    await findOrder(page);
    await returnLine(page, 'l-1001-1', { reason: 'changed_mind', resolution: 'refund' });
    await fault(request, '/returns', mode, 1);
    await nextButton(page).click();
    // The adapter may retry on its own; if the shopper sees the failure, "Submit" again.
    const done = heading(page).filter({ hasText: /is requested\s*$/ });
    const failed = field(page, '.error-summary');
    await expect(done.or(failed)).toBeVisible({ timeout: 45_000 });
    if (await failed.isVisible()) {
      await expect(failed).toContainText('may not have been sent');
      await nextButton(page).click();
      await expect(done).toBeVisible({ timeout: 45_000 });
    }
    expect(await created(request)).toBe(1);
  });
}

test('a double click at submit creates one return', async ({ page, request }) => {
  await open(page);
  await findOrder(page);
  await returnLine(page, 'l-1001-1', { reason: 'changed_mind', resolution: 'refund' });
  await nextButton(page).dblclick();
  await expect(heading(page)).toHaveText(/is requested\s*$/);
  expect(await created(request)).toBe(1);
});

test('a reload in the middle restores the draft', async ({ page }) => {
  await open(page);
  await findOrder(page);
  await field(page, '#select-l-1001-1').check();
  await continueTo(page, 'Tell us why');
  await field(page, '#reason-l-1001-1').selectOption('not_as_described');
  await field(page, '#comment-l-1001-1').fill('The blue is much darker');
  await page.reload();
  await expect(heading(page)).toHaveText('Tell us why');
  await expect(field(page, '#reason-l-1001-1')).toHaveValue('not_as_described');
  await expect(field(page, '#comment-l-1001-1')).toHaveValue('The blue is much darker');
});

test.describe('keyboard', () => {
  test.use({ bypassCSP: true }); // axe is injected as an inline script

  test('keyboard only, with axe on every step', async ({ page, request }) => {
    await open(page, `?order=${DEMO.recent.orderNumber}`);
    await axe(page, 'lookup');
    await field(page, '#email').focus();
    await page.keyboard.type(DEMO.recent.email);
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Choose items');
    await expect(heading(page)).toBeFocused();
    await axe(page, 'items');
    // Tab from the heading to the first line's checkbox.
    await page.keyboard.press('Tab');
    await expect(field(page, '#select-l-1001-1')).toBeFocused();
    await page.keyboard.press('Space');
    await field(page, '[part="next-button"]').focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Tell us why');
    await axe(page, 'reasons');
    await page.keyboard.press('Tab');
    await expect(field(page, '#reason-l-1001-1')).toBeFocused();
    await page.keyboard.type('Changed');
    await expect(field(page, '#reason-l-1001-1')).toHaveValue('changed_mind');
    await field(page, '[part="next-button"]').focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('What you get');
    await axe(page, 'resolution');
    // Tab into the radio group (exchange first), arrows down to refund.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(field(page, '#resolution-l-1001-1-refund')).toBeChecked();
    await field(page, '[part="next-button"]').focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Send it back');
    await axe(page, 'method');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await field(page, '[part="next-button"]').focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Review and submit');
    await axe(page, 'review');
    await field(page, '[part="next-button"]').focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(/is requested\s*$/);
    await expect(heading(page)).toBeFocused();
    await axe(page, 'confirmation');
    expect(await created(request)).toBe(1);
  });
});
