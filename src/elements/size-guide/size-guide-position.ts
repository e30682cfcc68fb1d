/**
 * Anchoring the guide to its trigger on wide screens with Floating UI. Imported when the
 * guide first opens as a popover, so pages that never open it never download it. Only
 * `computePosition` with offset, flip, shift and size is used; repositioning on scroll and resize
 * is done here rather than with `autoUpdate`, which keeps the chunk small.
 *
 * The popover must fit laptop screens (1280×720, 1366×768): it opens below or above its button,
 * whichever has more room, is shifted on both axes to stay 8px inside the viewport, and gets
 * at most the height that is left (`maxHeight`), scrolling inside itself beyond that.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export interface Position {
  x: number;
  y: number;
  /** The most the popover may be tall at this position, in px (it scrolls inside beyond that). */
  maxHeight: number;
}

/** Below this the popover would be a sliver: it then takes what the viewport offers. */
const MIN_HEIGHT = 240;
const GAP = 8;

/** Keeps `floating` next to `reference` until the returned cleanup runs. */
export function anchor(reference: Element, floating: HTMLElement, onPosition: (position: Position) => void): () => void {
  let frame = 0;
  const update = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      let maxHeight = window.innerHeight - 2 * GAP;
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP),
          // Prefer the side with more room once the full height fits on neither.
          flip({ padding: GAP, fallbackStrategy: 'bestFit' }),
          size({
            padding: GAP,
            apply: ({ availableHeight }) => {
              maxHeight = Math.min(window.innerHeight - 2 * GAP, Math.max(MIN_HEIGHT, Math.floor(availableHeight)));
            },
          }),
          // Both axes: a tall popover slides up rather than running off the bottom.
          shift({ padding: GAP, crossAxis: true }),
        ],
      }).then(({ x, y }) => onPosition({ x, y, maxHeight }));
    });
  };
  const resize = new ResizeObserver(update);
  resize.observe(floating);
  window.addEventListener('resize', update);
  window.addEventListener('scroll', update, { capture: true, passive: true });
  update();
  return () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    window.removeEventListener('resize', update);
    window.removeEventListener('scroll', update, { capture: true });
  };
}
