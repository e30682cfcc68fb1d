import { css } from 'lit';

export const reviewsStyles = css`
  :host {
    --_star: var(--rl-reviews-star-color, var(--_accent));
    --_thumb: var(--rl-reviews-thumb-size, 72px);
    --_reply-border: var(--rl-reviews-reply-border, 3px solid var(--_accent));
  }
  p {
    margin: 0;
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .heading {
    font-size: var(--_font-size-l);
    font-weight: 700;
    margin-block-end: var(--_space-m);
  }
  .subheading,
  .title {
    font-weight: 600;
  }
  .link-button {
    padding-inline: 0;
    text-align: start;
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .summary {
    display: grid;
    gap: var(--_space-m);
    margin-block-end: var(--_space-l);
  }
  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }
  .average {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1;
  }
  .count,
  .meta,
  .helpful,
  .details {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .fit {
    font-weight: 600;
  }
  .histogram {
    display: grid;
    gap: var(--_space-xs);
    max-inline-size: 28rem;
    container-type: inline-size;
  }
  .row {
    display: grid;
    grid-template-columns: 4.5em 1fr 3.5em;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .row:hover:not(:disabled) {
    background: var(--_subtle);
  }
  .row[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_subtle);
    font-weight: 600;
  }
  .row:disabled {
    cursor: default;
    color: var(--_muted);
  }
  .bar {
    display: block;
    block-size: 0.6em;
    border-radius: var(--_radius-s);
    background: var(--_subtle);
    box-shadow: inset 0 0 0 1px var(--_border);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    block-size: 100%;
    background: var(--_star);
  }
  .row-count {
    text-align: end;
  }
  /* Too narrow for a useful bar beside its label and share (a 320px phone with 200% text, where a row
     was 10em wide at least and ran 34px past the screen): the bar takes a line of its own. */
  @container (inline-size < 14em) {
    .row {
      grid-template-columns: 1fr auto;
      gap: var(--_space-xs);
      padding-block: var(--_space-xs);
    }
    .bar {
      order: 1;
      grid-column: 1 / -1;
    }
  }
  /* Forced colours drop backgrounds and shadows (the bars vanished) and paint the rows' transparent
     border in the text colour (the chosen rating looked like the others). */
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar-fill {
      background: CanvasText;
    }
    .row[aria-pressed='true'] {
      border: 3px solid Highlight;
      padding-inline: calc(var(--_space-s) - 2px);
    }
  }
  .write {
    justify-self: start;
  }

  .strip {
    margin-block-end: var(--_space-l);
  }
  .strip .subheading {
    margin-block-end: var(--_space-s);
  }
  .thumbs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .thumb {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: var(--_thumb);
    block-size: var(--_thumb);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_subtle);
    overflow: hidden;
    cursor: zoom-in;
  }
  .thumb img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .play {
    position: absolute;
    inline-size: 40%;
    block-size: 40%;
    fill: rgb(0 0 0 / 0.6);
    stroke: #fff;
    stroke-width: 1.5;
  }
  .play path {
    fill: #fff;
    stroke: none;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-l);
    padding-block: var(--_space-s);
    border-block: 1px solid var(--_border);
    margin-block-end: var(--_space-m);
  }
  .check,
  .sort {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target);
  }
  /* Large text on a phone: the menu goes below its label, and no wider than the column. */
  .sort select {
    max-inline-size: 100%;
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .list {
    display: flex;
    flex-direction: column;
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .review {
    display: grid;
    gap: var(--_space-s);
    padding-block: var(--_space-m);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .review:focus-visible {
    outline-offset: 4px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
  }
  .author {
    color: var(--rl-color-text, inherit);
    font-weight: 600;
  }
  .verified {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_success);
    font-weight: 600;
  }
  .verified svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .body {
    white-space: pre-line;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  .reply {
    margin-inline-start: var(--_space-m);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-inline-start: var(--_reply-border);
    border-radius: var(--_radius-s);
    background: var(--_subtle);
    display: grid;
    gap: var(--_space-xs);
  }
  .reply-label {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    font-weight: 600;
  }
  .reply-label time {
    font-weight: 400;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .more {
    margin-block-start: var(--_space-m);
    inline-size: 100%;
  }
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-m);
  }
  .empty p {
    flex: 1 1 14rem;
  }

  /* Reserved space while the first page loads: roughly a summary and three reviews. */
  .skeleton {
    --_skeleton-gap: var(--_space-m);
  }
  .skeleton-row {
    border-radius: var(--_radius-m);
  }
  .skeleton-summary {
    block-size: 14rem;
  }
  .skeleton-review,
  .review-placeholder {
    block-size: 8rem;
  }
  .review-placeholder {
    margin-block-end: var(--_space-m);
    border-radius: var(--_radius-m);
    background: var(--_subtle);
  }

  @media (min-width: 48rem) {
    .summary {
      grid-template-columns: minmax(12rem, auto) 1fr;
      align-items: start;
    }
    .histogram {
      grid-row: span 3;
      grid-column: 2;
      grid-row-start: 1;
    }
  }
  @media print {
    .filters,
    .more,
    .write {
      display: none;
    }
  }
`;
