/**
 * Styles shared by several elements: the outlined button with its modifiers (one convention:
 * `button button--primary`, `button button--small`) and the link-styled button.
 */
import { css } from 'lit';

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-s);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    font: inherit;
  }
  .button:hover {
    background: var(--_subtle);
  }
  .button--primary,
  .button--primary:hover {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .button--small {
    padding-inline: var(--_space-s);
  }
  .link-button {
    min-block-size: var(--_target);
    padding-inline: var(--_space-xs);
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    font: inherit;
  }
`;
