import { css } from 'lit';
import { buttonStyles } from '../../core/controls.styles.js';

/** Styles of the first view (lookup, status) and the frame every step shares. */

export const returnFormStyles = css`
  ${buttonStyles}
  :host {
    --_max: var(--rl-return-form-max-width, 40rem);
    --_qr: var(--rl-return-form-qr-size, 10rem);
    max-inline-size: var(--_max);
  }
  .stepper-nav {
    margin-block-end: var(--_space-m);
  }
  .step-count {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .stepper {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-s);
  }
  .stepper-item {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_muted);
  }
  .stepper-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    flex: none;
  }
  .stepper-item.done .stepper-number {
    border-color: var(--_accent);
  }
  .stepper-item[aria-current='step'] {
    color: inherit;
    font-weight: 600;
  }
  .stepper-item[aria-current='step'] .stepper-number {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* Narrow screens: numbers only, except the current step, on one row: the current step counts
     as its narrowest (its name wraps) rather than pushing a lone number, or itself, onto a second
     row at 320px; with large text the row still wraps rather than running off the screen. */
  @container (max-width: 30rem) {
    .stepper-item[aria-current='step'] {
      flex: 1 1 min-content;
    }
    .stepper-item:not([aria-current='step']) .stepper-name {
      display: none;
    }
  }
  :host {
    container-type: inline-size;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  .step-heading {
    font-size: var(--_font-size-l);
    font-weight: 700;
    line-height: 1.25;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .intro {
    margin: 0;
  }
  .error-summary {
    padding: var(--_space-m);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius-m);
  }
  .error-summary-title {
    margin: 0;
    font-weight: 700;
  }
  .error-summary ul {
    margin: var(--_space-s) 0 0;
    padding-inline-start: var(--_space-l);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .field > label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-weight: 400;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio']) {
    inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }
  .nav {
    display: flex;
    flex-wrap: wrap-reverse;
    gap: var(--_space-s);
    justify-content: space-between;
    margin: 0;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .link-button {
    display: inline-flex;
    align-items: center;
  }
  .path-switch {
    margin: 0;
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline-item {
    display: flex;
    flex-direction: column;
    padding-inline-start: var(--_space-m);
    padding-block-end: var(--_space-m);
    position: relative;
  }
  .timeline-item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.5rem - 1px);
    inset-block-start: 0.3rem;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--_border);
  }
  .timeline-item[aria-current='step']::before {
    background: var(--_accent);
  }
  /* Forced colours drop backgrounds: the current step's number looked like the others and the
     timeline's dots vanished (now rings, the latest one filled). */
  @media (forced-colors: active) {
    .timeline-item::before {
      border: 2px solid CanvasText;
    }
    .stepper-item[aria-current='step'] .stepper-number,
    .timeline-item[aria-current='step']::before {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  .timeline-status {
    font-weight: 600;
  }
  .timeline-item time,
  .timeline-note {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .state {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 8rem;
    padding: var(--_space-m);
  }
  .state p {
    margin: 0;
  }
`;
