import { css } from '../../core/theme-tokens.js';

/*
 * The chevron (`.icon`) is two edges of a square turned 45°: a span, not an SVG, so 500 entries
 * draw 500 nodes fewer. Its border widths are physical on purpose: a down chevron reads the same
 * in both directions. Borders keep their colour in forced-colours mode (a background would not).
 * "Copy link" is a block under the answer, at the end of its line (its start margin is auto).
 *
 * `.item` has `content-visibility: auto`: off-screen entries skip style and layout, so a search
 * that hides hundreds of entries lays out only what is on screen. Its clip margin keeps focus
 * rings (2px outline at 2px offset, core/theme.ts) visible despite the paint containment.
 * (Comments inside the literal would ship in npm builds.)
 */
// The search field keeps its own copy of core/field.styles.ts: sharing it would pull the product
// chunk (or grow the runtime) on FAQ-only pages, the smallest page we ship.
export const faqStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    flex: 1 1 14rem;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-block-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-s);
    inline-size: 100%;
  }
  .toggle-all,
  .link-button,
  .header {
    min-block-size: var(--_target);
    border: 0;
    background: none;
    cursor: pointer;
  }
  .toggle-all,
  .link-button {
    padding-inline: var(--_space-s);
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    margin-inline-start: auto;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--rl-faq-gap, 0);
  }
  .item {
    border-block-end: var(--rl-faq-divider, 1px solid var(--_border));
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_target);
    overflow-clip-margin: 4px;
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    inline-size: 100%;
    padding: var(--_space-s) 0;
    text-align: start;
    font-weight: 600;
    /* A deep link scrolls the question to the top: leave room for its focus ring. */
    scroll-margin-block-start: var(--_space-m);
  }
  .header:hover .question {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .question {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .icon {
    flex: none;
    inline-size: var(--rl-faq-icon-size, 1.25em);
    block-size: var(--rl-faq-icon-size, 1.25em);
    transition: transform 0.15s ease;
  }
  .icon::before {
    content: '';
    display: block;
    inline-size: 45%;
    block-size: 45%;
    margin: 12% auto 0;
    border: solid;
    border-width: 0 0.125em 0.125em 0;
    transform: rotate(45deg);
  }
  .header[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .panel {
    padding-block-end: var(--_space-m);
  }
  .answer > :first-child {
    margin-block-start: 0;
  }
  .answer a {
    color: var(--_accent);
  }
  .panel > .link-button {
    display: block;
    font-size: var(--_font-size-s);
  }
  .empty {
    padding: var(--_space-m);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-m);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .empty p {
    margin: 0;
    flex: 1 1 12rem;
  }
  /* Reserved while loading: about four questions (the lines are drawn, no extra markup). */
  .states {
    display: contents;
  }
  .skeleton {
    min-block-size: calc(4 * var(--_target));
    background: repeating-linear-gradient(transparent 0 calc(var(--_target) - 1px), var(--_border) 0 var(--_target));
  }
  ::highlight(rl-faq-match) {
    background-color: var(--_highlight);
    color: inherit;
  }
  @media print {
    .toolbar,
    .panel > .link-button {
      display: none;
    }
    .panel[hidden] {
      display: block !important;
    }
  }
`;
