import { css } from 'lit';

/** Styles of the loaded guide (adopted when size-guide-view.ts loads). */
export const sizeGuideViewStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-l);
    margin-block-end: var(--_space-m);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .system > span {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_space-xs);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .system {
    display: flex;
    flex-direction: column;
  }
  select,
  .field input {
    background: var(--_bg);
  }
  .fit {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin-block: 0 var(--_space-m);
  }
  .muted {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  /* One row on a phone: the tabs narrow and their names wrap ("How to / measure") rather than
     leaving "Find my size" alone on a second row. */
  .tabs {
    display: flex;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    flex: 0 1 auto;
    min-inline-size: 0;
    min-block-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    font-weight: 600;
  }
  .tab:hover {
    background: var(--_subtle);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  /* Forced colours paint even a transparent border in the text colour: every tab looked selected. */
  @media (forced-colors: active) {
    .tab {
      border-block-end-color: Canvas;
    }
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
  .panel {
    padding-block: var(--_space-m);
  }
  .panel:focus-visible {
    outline-offset: -2px;
  }
  .scroller {
    overflow: auto;
    max-block-size: var(--_table-height);
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    overscroll-behavior-inline: contain;
  }
  .scroller:focus-visible {
    outline-offset: 0;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  .table-title {
    margin-block: 0 var(--_space-s);
    font-weight: 600;
  }
  th,
  td {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    text-align: start;
    white-space: nowrap;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_bg);
    border-block-end: 2px solid currentColor;
  }
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_bg);
    border-inline-end: 1px solid var(--_border);
  }
  thead th:first-child {
    z-index: 2;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  .unit {
    font-weight: 400;
  }
  .size-button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: none;
    font-weight: 600;
    cursor: pointer;
  }
  .size-button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* Forced colours drop the fill: the chosen size looked like the others. */
  @media (forced-colors: active) {
    .size-button[aria-pressed='true'] {
      /* Our own system colours, without the text backplate (Canvas) that hid the label. */
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  .own {
    margin-inline-start: var(--_space-xs);
    color: var(--_muted);
    font-weight: 400;
  }
  tr.recommended > * {
    background: var(--_highlight);
  }
  .badge {
    display: block;
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .notes {
    margin-block: var(--_space-s) 0;
  }
  .measure {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .measure li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  .measure img {
    inline-size: 8rem;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius-m);
  }
  .measure h3,
  .result h3 {
    margin: 0 0 var(--_space-xs);
    font-size: inherit;
  }
  .measure p {
    margin: 0;
  }
  .measure div {
    flex: 1 1 12rem;
  }
  .find > p {
    margin-block-start: 0;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .field label {
    font-weight: 600;
  }
  .field input {
    inline-size: 100%;
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error-text {
    color: var(--_danger);
    font-weight: 600;
  }
  .button {
    min-block-size: var(--_target);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-s);
    background: none;
    color: var(--_accent);
    cursor: pointer;
  }
  .button--primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button[aria-pressed='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .result {
    margin-block-start: var(--_space-m);
    padding: var(--_space-m);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius-m);
  }
  .result p {
    margin-block: 0 var(--_space-s);
  }
  .headline {
    font-size: var(--_font-size-l);
    font-weight: 600;
  }
`;
