/**
 * The demo pages in Chromium: loaded through the one CDN script tag, the FAQ comes from the
 * server, and the REST adapter's error states show when the server fails (faults injected
 * through the test-only switch). Plus axe on every page and the page server's safety.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { API, fault, reset } from './helpers.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test.beforeEach(async ({ request }) => reset(request));

/** Console errors and CSP violations seen by the page. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  return problems;
}

const faqQuestion = (page: Page, text: string | RegExp) => page.locator('rl-faq').getByText(text).first();

test('the product page loads through the CDN script tag and the FAQ loads from the server', async ({ page }) => {
  const problems = watchConsole(page);
  const faqRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/faq')) faqRequests.push(r.url());
  });
  const response = await page.goto('/product.html');
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  // The CDN entry, plus the shop's own few lines that connect the size guide to its size picker (README).
  expect(await page.locator('script').evaluateAll((s) => s.map((x) => [x.getAttribute('type'), x.getAttribute('src')]))).toEqual([
    ['module', '/cdn/returnless.js'],
    ['module', '/assets/product.js'],
  ]);
  await expect(faqQuestion(page, 'When will my order arrive?')).toBeVisible();
  expect(await page.evaluate(() => customElements.get('rl-faq') !== undefined)).toBe(true);
  expect(faqRequests.length).toBeGreaterThan(0);
  expect(new URL(faqRequests[0]!).searchParams.get('set')).toBe('default');
  expect(problems).toEqual([]);
});

test('the language switch serves the page and the FAQ in Simplified Chinese', async ({ page }) => {
  await page.goto('/product.html');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/lang=zh-CN/);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('亚麻衬衫', { useInnerText: true });
  await expect(faqQuestion(page, '我的订单什么时候到？')).toBeVisible();
  // Internal links keep the language.
  expect(await page.getByRole('link', { name: '退货' }).getAttribute('href')).toBe('/returns.html?lang=zh-CN');
});

test('another product: homeware has no size guide; unknown products fall back to the default page', async ({ page }) => {
  await page.goto('/product.html?product=ceramic-mug');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stoneware mug', { useInnerText: true });
  expect(await page.locator('rl-size-guide').count()).toBe(0);
  expect(await page.locator('rl-reviews').getAttribute('product-id')).toBe('ceramic-mug');
  expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('?product=ceramic-mug&lang=en');
  await page.goto('/product.html?product=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linen shirt', { useInnerText: true });
});

test('seeded review photos (generated JPEG and PNG) decode in the browser', async ({ page }) => {
  await page.goto('/help.html');
  const sizes = await page.evaluate(async () => {
    const load = async (src: string) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    };
    return [await load('/api/media/files/rv-1-photo-1'), await load('/api/media/files/rv-1-photo-2')];
  });
  expect(sizes).toEqual([
    [480, 360],
    [360, 360],
  ]);
});

test('the help page loads the returns FAQ set', async ({ page }) => {
  await page.goto('/help.html');
  await expect(faqQuestion(page, 'How do I return an item?')).toBeVisible();
  await expect(faqQuestion(page, 'How much is shipping?')).toBeVisible();
});

test.describe('REST adapter error states', () => {
  test('500 on every attempt shows the error with a retry that recovers', async ({ page, request }) => {
    await fault(request, '/faq', '500', 3); // the adapter tries 3 times
    await page.goto('/product.html');
    const alert = page.locator('rl-faq').getByRole('alert').first();
    await expect(alert).toContainText('The shop is not answering right now');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(faqQuestion(page, 'When will my order arrive?')).toBeVisible();
  });

  test('a dropped connection on every attempt shows the network error', async ({ page, request }) => {
    // Chromium itself retries a request on a dropped socket, so each adapter attempt may use several.
    await fault(request, '/faq', 'drop', 50);
    await page.goto('/product.html');
    await expect(page.locator('rl-faq').getByRole('alert').first()).toContainText('The shop is not answering right now');
  });

  test('malformed JSON shows the invalid-response error', async ({ page, request }) => {
    await fault(request, '/faq', 'malformed', 1);
    await page.goto('/product.html');
    await expect(page.locator('rl-faq').getByRole('alert').first()).toContainText('Something went wrong on our side');
  });

  test('JSON that fails the schema shows the invalid-response error', async ({ page, request }) => {
    await fault(request, '/faq', 'invalid', 1);
    await page.goto('/product.html?lang=zh-CN');
    await expect(page.locator('rl-faq').getByRole('alert').first()).toContainText('我们这边出了点问题');
  });

  test('a server that never answers shows the timeout error', async ({ page, request }) => {
    await fault(request, '/faq', 'timeout', 3);
    await page.clock.install();
    await page.goto('/product.html');
    const alert = page.locator('rl-faq').getByRole('alert').first();
    // 3 attempts of 10 s each plus backoff, on the page's fake clock.
    for (let i = 0; i < 8 && !(await alert.isVisible()); i++) {
      await page.clock.runFor(5_000);
      await page.waitForTimeout(100);
    }
    await expect(alert).toContainText('This is taking too long');
  });
});

test.describe('accessibility (axe)', () => {
  test.use({ bypassCSP: true }); // axe is injected as an inline script
  for (const path of [
    '/product.html',
    '/product.html?product=trail-runner&lang=zh-CN',
    '/returns.html',
    '/help.html',
    '/help.html?lang=zh-CN',
  ]) {
    test(`no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => (window as unknown as { Returnless?: { ready?: Promise<void> } }).Returnless?.ready);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const axe = (
          window as unknown as {
            axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      }, AXE_TAGS);
      expect(violations).toEqual([]);
    });
  }
});

test.describe('page server', () => {
  test('serves the CDN bundle, refuses paths outside its folders', async ({ request }) => {
    const js = await request.get('/cdn/returnless.js');
    expect(js.status()).toBe(200);
    expect(js.headers()['content-type']).toContain('text/javascript');
    expect((await request.get('/cdn/..%2f..%2fpackage.json')).status()).toBe(404);
    expect((await request.get('/cdn/%2e%2e/%2e%2e/package.json')).status()).toBe(404);
    expect((await request.get('/assets/..%2fserver%2fapp.ts')).status()).toBe(404);
    expect((await request.get('/server/app.ts')).status()).toBe(404);
    const root = await request.get('/', { maxRedirects: 0 });
    expect(root.status()).toBe(302);
    expect(root.headers()['location']).toBe('/product.html');
  });
  test('unknown API routes answer the JSON error shape', async ({ request }) => {
    const res = await request.get(`${API}/does-not-exist`);
    expect(res.status()).toBe(404);
    expect((await res.json()).error.message).toContain('No such route');
  });
});
