import { css } from 'lit';

/**
 * What a closed guide shows: the trigger, and inline mode's loading state. The dialog's frame
 * (size-guide-dialog.styles.ts) and the guide's own styles load with the guide's code.
 */
export const sizeGuideStyles = css`
  :host([mode='dialog']) {
    display: inline-block;
  }
  .trigger,
  .retry {
    min-block-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  /* Opened, its code still on the way (a slow network): the pointer says so. */
  .trigger[aria-busy='true'] {
    cursor: progress;
  }
  .unavailable {
    margin: var(--_space-s) 0 0;
  }
  .skeleton {
    min-block-size: 16rem;
    --_skeleton-row: var(--_target);
  }
`;
