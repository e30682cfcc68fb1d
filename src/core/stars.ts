/**
 * Star ratings drawn, not typed: `<rl-reviews>` and `<rl-review-inbox>`. The ★ character is in
 * almost no shop font, so typing it sent the browser through the page's whole font stack and then
 * to the system for a fallback font, on the main thread, in the layout that showed the reviews
 * (30–70 ms at 4× CPU throttle on a product page); and it looked different on every platform, so a
 * partial fill never lined up the same way.
 *
 * Inline SVG rather than a CSS mask: SVG paint prints (backgrounds under a mask are left out of print
 * unless forced) and takes forced colours through `currentColor` with no extra rules, and it cost
 * fewer bytes. Two rows of the review form's star, five wide and one high in `em` (they follow the
 * text): outlines, and over them solid stars clipped to the rating's share (4.5 → 90%) from the
 * inline start, so from the right in right-to-left pages. Outline against solid tells empty from
 * full without colour, also in forced colours.
 */
import { css, html, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

const STAR_EDGES = 'l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8-6.1-3.5-6.1 3.5 1.5-6.8-5.2-4.6 6.9-.7z';
/** One star in a 24 × 24 box: the review form's star input draws it too. */
export const STAR = `M12 2.5${STAR_EDGES}`;
/** Five stars side by side, one path: after each `z` the pen is back at the star's top, and `m24 0` moves it to the next. */
const row = html`<svg viewBox="0 0 120 24"><path d=${STAR + `m24 0${STAR_EDGES}`.repeat(4)} /></svg>`;

/** `rating` from 0 to 5 (halves and tenths paint as such); `label` says it ("4.5 out of 5"). */
export function renderStars(rating: number, label: string): TemplateResult {
  const share = Math.max(0, Math.min(5, rating)) * 20;
  // The fill comes first: absolutely positioned without offsets, it sits where it would have been, at the block and inline start.
  return html`<span class="stars" part="stars" role="img" aria-label=${label}><span class="stars-fill" ${styleProps({ inlineSize: `${share}%` })}>${row}</span>${row}</span>`;
}

/**
 * Empty stars are outlines in the muted text colour (`--_muted`: at least 3:1 against the page
 * wherever the text itself is legible); the fill is solid, in `--_star` (set by the element).
 * Colours through `currentColor`, so forced colours paint both in the text colour: outline
 * against solid still tells them apart. SVG paint prints, where backgrounds would not.
 */
export const starStyles = css`
  .stars {
    position: relative;
    display: inline-block;
    /* A grid parent would stretch the box, and the fill's percentage would then cover more than its stars. */
    justify-self: start;
    color: var(--_muted);
  }
  .stars svg {
    display: block;
    inline-size: 5em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  /* Clips its row of solid stars to the rating; in right-to-left pages it starts at the right and the row overflows to the left. */
  .stars-fill {
    position: absolute;
    overflow: hidden;
    color: var(--_star);
  }
  .stars-fill svg {
    fill: currentColor;
  }
`;
