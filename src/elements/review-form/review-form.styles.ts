import { css } from 'lit';

export const reviewFormStyles = css`
  :host {
    --_star: var(--rl-review-form-star-color, light-dark(#b45309, #fbbf24));
    --_star-size: var(--rl-review-form-star-size, 2rem);
  }
  form,
  .fields {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
  }
  /* For the frames between the three parts of the first render: the README's reserved space. */
  form.drawing {
    min-block-size: 54rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  label,
  .label {
    font-weight: 600;
    padding: 0;
  }
  p {
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .muted,
  .hint,
  .counter {
    color: var(--_muted);
    font-weight: 400;
  }
  .hint,
  .counter {
    font-size: var(--_font-size-s);
  }
  .counter.over,
  .error-text {
    color: var(--_danger);
  }
  .error-text {
    font-weight: 600;
  }
  .field.invalid > input,
  .field.invalid > textarea {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input[type='text'],
  input[type='email'],
  textarea {
    padding: var(--_space-s);
    inline-size: 100%;
  }
  .stars {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
  }
  .star {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    cursor: pointer;
    color: var(--_muted);
  }
  .star input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .star svg {
    inline-size: var(--_star-size);
    block-size: var(--_star-size);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .star.on {
    color: var(--_star);
  }
  .star.on svg {
    fill: currentColor;
  }
  .star:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: var(--_radius-s);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    margin-block-start: var(--_space-xs);
  }
  .choice,
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input,
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .summary,
  .failure {
    padding: var(--_space-m);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius-m);
  }
  .submit {
    align-self: start;
    min-block-size: var(--_target);
    padding-inline: var(--_space-l);
    border: 0;
    border-radius: var(--_radius-s);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .submit[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
