import { css } from 'lit';

/** After core/merchant-panel.ts's `panelStyles`. */
export const insightsStyles = css`
  h3 {
    font-size: 1.1em;
    margin-block: var(--_space-l) var(--_space-s);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .controls label {
    display: grid;
    gap: var(--_space-xs);
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    padding: var(--_space-xs) var(--_space-s);
    min-block-size: 1.5rem;
    max-inline-size: 100%;
    color-scheme: light dark;
  }
  .problem {
    flex-basis: 100%;
    color: var(--_danger);
    margin: 0;
  }
  .period {
    color: var(--_muted);
  }
  .chart {
    display: grid;
    gap: var(--_space-xs);
    max-inline-size: 48rem;
    margin-block-end: var(--_space-s);
    font-size: var(--_font-size-s);
  }
  .chart-row {
    display: grid;
    grid-template-columns: minmax(6em, 33%) 1fr;
    align-items: center;
    gap: var(--_space-s);
  }
  .chart-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chart-track {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  /* Its share of the track, leaving room for the figure beside it; at least a sliver, so 0% still shows where the bar starts. */
  .chart .bar {
    flex: none;
    inline-size: max(1px, calc(var(--_share, 0) * (100% - 5em)));
    block-size: 1.125rem;
    border-radius: 2px;
    background: var(--rl-return-insights-bar-color, var(--_accent));
    print-color-adjust: exact;
  }
  @media (forced-colors: active) {
    .chart .bar {
      background: CanvasText;
    }
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_border);
  }
  td {
    text-align: end;
  }
  /* Chinese text breaks between words only, as English does: a narrow screen scrolls the table rather than stacking one character per line. */
  th,
  td {
    word-break: keep-all;
  }
  td[colspan] {
    text-align: start;
  }
  .trend--up,
  .trend--new {
    color: var(--_danger);
  }
  .trend--down {
    color: var(--_success);
  }
  .evidence {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    list-style: none;
    padding: 0;
  }
  .evidence img {
    border-radius: var(--_radius-s);
    object-fit: cover;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .suggestions {
    display: grid;
    gap: var(--_space-m);
    padding: 0;
    list-style: none;
  }
  .suggestions li {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: var(--_space-m);
    display: grid;
    gap: var(--_space-xs);
    justify-items: start;
  }
  .suggestion,
  .accepted {
    margin: 0;
  }
  .evidence-text {
    color: var(--_muted);
  }
  .accepted {
    color: var(--_success);
  }
  a.button {
    text-decoration: none;
  }
`;
