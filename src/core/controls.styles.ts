/** Styles shared by several elements: the outlined button and the busy spinner. */
import { css } from 'lit';

export const buttonStyles = css`
  .button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-s);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_subtle);
  }
`;

export const spinnerStyles = css`
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: rl-spin 0.8s linear infinite;
  }
  @keyframes rl-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
