/**
 * Issue 11 §1 in the browser: a link from an email (`order` + `email`) still finds the order; the
 * lookup token rides along with the live estimate; a token that expired while the tab was open
 * sends the shopper back to the lookup with a message, and finding the order again keeps the choices.
 */
import { expect, test, type Page } from '@playwright/test';
import { API, DEMO, reset } from './helpers.js';

test.beforeEach(async ({ request }) => reset(request));

const field = (page: Page, selector: string) => page.locator('rl-return-form').locator(selector);
const heading = (page: Page) => field(page, '#step-heading');
const next = (page: Page) => field(page, '[part="next-button"]');

test('a link from an email finds the order; the estimate uses the lookup token; an expired token goes back to lookup, choices kept', async ({
  page,
  request,
}) => {
  await page.goto(`/returns.html?order=${DEMO.recent.orderNumber}&email=${encodeURIComponent(DEMO.recent.email)}`);
  await expect(field(page, '#orderNumber')).toHaveValue(DEMO.recent.orderNumber);
  await expect(field(page, '#email')).toHaveValue(DEMO.recent.email);
  await next(page).click();
  await expect(heading(page)).toHaveText('Choose items');
  await field(page, '#select-l-1001-3').check();
  await next(page).click();
  await expect(heading(page)).toHaveText('Tell us why');
  await field(page, '#reason-l-1001-3').selectOption('changed_mind');
  const quoted = page.waitForRequest((r) => r.url().endsWith('/api/returns/quote'));
  await next(page).click();
  await expect(heading(page)).toHaveText('What you get');
  await field(page, '#resolution-l-1001-3-refund').check();
  const body = (await quoted).postDataJSON() as { lookupToken?: string; orderId: string };
  expect(body.lookupToken).toMatch(/^rl1\./);
  expect(body.orderId).not.toContain('1001');
  await expect(field(page, '[part="estimate"] dl')).toBeVisible();

  // Two hours later: the stored draft's token has expired (a token issued 2 h ago stands in for it).
  const res = await request.post(`${API}/__test/tokens`, { data: { orderNumber: 'RL-1001', ageMs: 2 * 3600_000 + 1000 } });
  const expired = ((await res.json()) as { lookupToken: string }).lookupToken;
  await page.evaluate((token) => {
    for (const key of Object.keys(sessionStorage).filter((k) => k.startsWith('returnless:draft:'))) {
      const draft = JSON.parse(sessionStorage.getItem(key)!) as { order: { lookupToken: string } };
      draft.order.lookupToken = token;
      sessionStorage.setItem(key, JSON.stringify(draft));
    }
  }, expired);
  await page.reload();
  await expect(heading(page)).toHaveText('Find your order');
  await expect(field(page, '.error-summary')).toContainText('please find your order again');
  await next(page).click();
  await expect(heading(page)).toHaveText('Choose items');
  await expect(field(page, '#select-l-1001-3')).toBeChecked();
  await next(page).click();
  await expect(field(page, '#reason-l-1001-3')).toHaveValue('changed_mind');
});
