import { css } from 'lit';

/** After core/merchant-panel.ts's `panelStyles`. */
export const inboxStyles = css`
  .views,
  .bulk,
  .pager,
  .actions,
  .decision {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .view[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin-block: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
  }
  .filters label {
    display: grid;
    gap: var(--_space-xs);
  }
  select,
  textarea,
  input[type='checkbox'] {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
  }
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    padding: var(--_space-xs) var(--_space-s);
    max-inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .list {
    list-style: none;
    margin: var(--_space-m) 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  .review {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    padding: var(--_space-m);
    display: grid;
    /* A wide select or a long name must not widen the card past a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    overflow-wrap: anywhere;
  }
  .review header {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-s);
    align-items: start;
  }
  .review header > :not(.select) {
    grid-column: 2;
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .stars {
    --_star: var(--rl-review-inbox-star-color, var(--_accent));
    margin-inline-end: var(--_space-s);
    vertical-align: -0.15em;
  }
  .meta,
  .hint,
  .counter,
  .preview-label {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .decision > *,
  .review select {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .body {
    margin: 0;
    white-space: pre-line;
  }
  .flag {
    display: inline-block;
    margin-inline-start: var(--_space-s);
    padding-inline: var(--_space-xs);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius-s);
    color: var(--_danger);
  }
  .status {
    font-weight: 600;
  }
  .status--rejected,
  .problem,
  .counter.over {
    color: var(--_danger);
  }
  .status--published {
    color: var(--_success);
  }
  .problem {
    flex-basis: 100%;
    margin: 0;
  }
  .media {
    margin: var(--_space-s) 0 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
    justify-items: start;
  }
  .media > .decision {
    justify-self: stretch;
  }
  .media img {
    inline-size: 96px;
    block-size: 96px;
    object-fit: cover;
    border-radius: var(--_radius-s);
  }
  .composer {
    display: grid;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-s);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }
  .reply {
    margin-inline-start: var(--_space-m);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-inline-start: var(--rl-reviews-reply-border, 3px solid var(--_accent));
    border-radius: var(--_radius-s);
    background: var(--_subtle);
  }
  .reply p {
    margin: 0;
  }
  .reply-label {
    font-weight: 600;
  }
  .reply-body {
    white-space: pre-line;
  }
  .empty {
    padding: var(--_space-m);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-m);
  }
`;
