import { css } from 'lit';

/** Styles of the steps after the lookup; adopted with the adapter code, so the first paint does not wait for them. */
export const flowStyles = css`
  /* Controls and notes only the later steps have (first in this sheet: the element's sheet had them before these). */
  .note,
  .subheading {
    margin: 0;
  }
  .subheading,
  .estimate-title,
  .label {
    font-weight: 600;
    margin: 0;
  }
  .note {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_border);
    background: var(--_subtle);
  }
  select,
  textarea {
    inline-size: 100%;
  }
  textarea {
    padding-block: var(--_space-s);
    resize: vertical;
  }
  select option,
  select optgroup {
    background: Canvas;
    color: CanvasText;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .icon-button {
    padding: 0;
    font-size: 1.25em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .line-fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block-end: var(--_space-m);
    border-block-end: 1px solid var(--_border);
  }
  .line-legend {
    display: flex;
    gap: var(--_space-s);
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 600;
  }
  .line-list,
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .line {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block: var(--_space-m);
    border-block-end: 1px solid var(--_border);
  }
  .line-head {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
  }
  .line-head input {
    margin-block-start: 1.25rem;
  }
  .line-label {
    display: flex;
    gap: var(--_space-s);
    flex: 1;
    min-inline-size: 0;
    cursor: pointer;
  }
  .line--blocked .line-head {
    opacity: 0.85;
  }
  .thumb {
    inline-size: 4rem;
    block-size: 4rem;
    flex: none;
    object-fit: cover;
    border-radius: var(--_radius-s);
    background: var(--_subtle);
  }
  .line-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .line-title {
    font-weight: 600;
  }
  .line-variant,
  .line-meta {
    font-size: var(--_font-size-s);
    color: var(--_muted);
    font-weight: 400;
  }
  .line-status {
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .stepper-input {
    display: flex;
    gap: var(--_space-xs);
    max-inline-size: 12rem;
  }
  .stepper-input input {
    text-align: center;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .choice,
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
  }
  .choice {
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice label,
  .check label {
    display: flex;
    flex-direction: column;
    flex: 1;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .choice-title {
    font-weight: 600;
  }
  .bonus {
    color: var(--_success);
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_subtle);
    border-radius: var(--_radius-m);
  }
  .suggestion p {
    margin: 0;
    flex: 1 1 12rem;
  }
  .estimate {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
  }
  .estimate p {
    margin: 0;
  }
  dl {
    margin: 0;
  }
  .estimate-row,
  .summary-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
  }
  .estimate-row dd,
  .summary-row dd {
    margin: 0;
  }
  .estimate-total {
    font-weight: 700;
    border-block-start: 1px solid var(--_border);
  }
  .summary-row {
    flex-direction: column;
    border-block-end: 1px solid var(--_border);
  }
  .summary-row dt {
    font-weight: 600;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
  }
  .summary li + li {
    margin-block-start: var(--_space-xs);
  }
  .next-steps {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  /* A step's title on its own line: inline, it ran into its text ("Pack the items Put the items…"). */
  .next-steps strong {
    display: block;
  }
  /* The id moves to the next line whole; longer than a line, it breaks anywhere rather than overflow. */
  .return-id {
    display: inline-block;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .parcel {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block: var(--_space-s);
  }
  .parcel p {
    margin: 0;
  }
  .code {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }
  .qr {
    inline-size: var(--_qr);
    block-size: var(--_qr);
    flex: none;
  }
  .mono {
    font-family: ui-monospace, monospace;
    font-size: 1.15em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  /* The reason comment's character count: small and muted, red past the limit. */
  .counter {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
`;
