/**
 * Every story that opens a layer (the size guide's popover or sheet, the reviews' media viewer,
 * tooltips, any open dialog) must show it whole: inside the viewport at 1280×720, 1366×768,
 * 375×667 and 320×640, scrolling inside itself when its content is taller. Each story runs as in
 * Storybook (composeStories with the preview's decorators); the layer is found after its play
 * function, then the viewport is resized and the layer measured again.
 */
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview.js';
import * as faq from '../../stories/faq.stories.js';
import * as mediaUploader from '../../stories/media-uploader.stories.js';
import * as returnForm from '../../stories/return-form.stories.js';
import * as returnPolicy from '../../stories/return-policy.stories.js';
import * as reviewForm from '../../stories/review-form.stories.js';
import * as reviews from '../../stories/reviews.stories.js';
import * as sizeGuide from '../../stories/size-guide.stories.js';

const annotations = setProjectAnnotations([preview]);

const VIEWPORTS = [
  [1280, 720],
  [1366, 768],
  [375, 667],
  [320, 640],
] as const;

/** Open layers anywhere in the document, shadow roots included. */
function openLayers(root: Document | ShadowRoot = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof HTMLDialogElement && el.open) found.push(el);
    else if (el.matches('[popover]:popover-open')) found.push(el);
    else if (el.getAttribute('role') === 'tooltip' && el.checkVisibility() && el.getBoundingClientRect().height > 0) found.push(el);
    if (el.shadowRoot) found.push(...openLayers(el.shadowRoot));
  }
  return found;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** What does not fit, in words (empty when it fits). */
function misfit(layer: HTMLElement): string[] {
  const r = layer.getBoundingClientRect();
  const problems: string[] = [];
  const [w, h] = [window.innerWidth, window.innerHeight];
  if (r.top < -0.5) problems.push(`top ${r.top.toFixed(0)} < 0`);
  if (r.left < -0.5) problems.push(`left ${r.left.toFixed(0)} < 0`);
  if (r.bottom > h + 0.5) problems.push(`bottom ${r.bottom.toFixed(0)} > ${h}`);
  if (r.right > w + 0.5) problems.push(`right ${r.right.toFixed(0)} > ${w}`);
  // Content taller than the layer must be reachable by scrolling the layer itself.
  const style = getComputedStyle(layer);
  if (layer.scrollHeight > layer.clientHeight + 1 && !/auto|scroll/.test(style.overflowY))
    problems.push('content cut off without a scrollbar');
  return problems;
}

const modules = { faq, mediaUploader, returnForm, returnPolicy, reviewForm, reviews, sizeGuide };
const withLayers: string[] = [];

afterAll(async () => {
  await page.viewport(1280, 720);
});

for (const [name, module] of Object.entries(modules)) {
  describe(name, () => {
    for (const [storyName, Story] of Object.entries(composeStories(module as never, annotations as never))) {
      it(`${storyName}: any layer it opens fits the viewport`, { timeout: 40_000 }, async () => {
        // The story's own viewport first, as Storybook's test runner sets it.
        const story = Story as unknown as { run: () => Promise<void>; globals?: { viewport?: { value?: string } } };
        const pinned = story.globals?.viewport?.value;
        const option = pinned
          ? (preview.parameters?.viewport as { options: Record<string, { styles: { width: string; height: string } }> }).options[pinned]
          : undefined;
        await page.viewport(option ? parseInt(option.styles.width) : 1280, option ? parseInt(option.styles.height) : 720);
        await story.run();
        await frame();
        const layers = openLayers();
        if (!layers.length) return;
        withLayers.push(`${name}/${storyName}`);
        for (const [w, h] of VIEWPORTS) {
          await page.viewport(w, h);
          await new Promise((r) => setTimeout(r, 150));
          await frame();
          for (const layer of openLayers())
            expect(misfit(layer), `${name}/${storyName} at ${w}×${h}: <${layer.localName} part="${layer.getAttribute('part')}">`).toEqual(
              [],
            );
        }
      });
    }
  });
}

describe('coverage', () => {
  it('found the stories that open layers', () => {
    expect(withLayers).toEqual(
      expect.arrayContaining(['sizeGuide/DialogOpen', 'sizeGuide/DialogOpenOnLaptop', 'reviews/PhotoViewer', 'returnPolicy/TermTooltips']),
    );
  });
});
