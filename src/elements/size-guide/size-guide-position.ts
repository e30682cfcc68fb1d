/**
 * Anchoring the guide to its trigger on wide screens with Floating UI. Imported when the
 * guide first opens as a popover, so pages that never open it never download it. Only
 * `computePosition` with offset, flip and shift is used; repositioning on scroll and resize
 * is done here rather than with `autoUpdate`, which keeps the chunk small.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';

export interface Position {
  x: number;
  y: number;
}

/** Keeps `floating` next to `reference` until the returned cleanup runs. */
export function anchor(reference: Element, floating: HTMLElement, onPosition: (position: Position) => void): () => void {
  let frame = 0;
  const update = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => onPosition({ x, y }));
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
