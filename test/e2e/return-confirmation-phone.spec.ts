/**
 * The return form's confirmation on a 320px phone: each "What happens next" step shows its title
 * on a line of its own, above its text (inline, "Pack the items Put the items in…" read as one
 * run-on sentence), and nothing is wider than the screen.
 */
import { expect, test } from '@playwright/test';
import { reset } from './helpers.js';
import { submitReturn } from './return-flow.js';

test.beforeEach(async ({ request }) => reset(request));
test.use({ viewport: { width: 320, height: 640 } });

test('on a 320px phone the next steps put each title above its text', async ({ page }) => {
  const form = await submitReturn(page);
  const steps = form.locator('[part="next-steps"] li');
  await expect(steps.first()).toBeVisible();

  const layout = await steps.evaluateAll((items) =>
    items.map((li) => {
      const title = li.querySelector('strong')!;
      // Everything after the title: its text.
      const range = document.createRange();
      range.setStartAfter(title);
      range.setEnd(li, li.childNodes.length);
      const firstLine = [...range.getClientRects()].find((r) => r.width > 0)!;
      return { title: title.textContent, titleBottom: title.getBoundingClientRect().bottom, textTop: firstLine.top };
    }),
  );
  expect(layout.length).toBeGreaterThan(0);
  for (const step of layout) expect(step.textTop, JSON.stringify(step)).toBeGreaterThanOrEqual(step.titleBottom - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('on a 320px phone the confirmation heading keeps the return id on one line', async ({ page }) => {
  const form = await submitReturn(page);
  const heading = form.locator('[part="step-heading"]');
  await expect(heading).toContainText(/R-[A-Z0-9]/);
  // The id's text, line by line: one box (a break at its hyphen made two).
  const boxes = await heading.evaluate((el) => {
    const text = [...el.querySelectorAll('*'), el]
      .flatMap((n) => [...n.childNodes])
      .find((n) => n.nodeType === 3 && /R-[A-Z0-9]/.test(n.textContent!))!;
    const at = text.textContent!.search(/R-[A-Z0-9]/);
    const end = text.textContent!.slice(at).search(/\s|$/) + at;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, end);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });
  expect(boxes).toBe(1);
  await heading.screenshot({ path: test.info().outputPath('confirmation-heading-320.png') });
});
