/**
 * Text fields and selects, the same in every element: the theme's font and colours, a 24 px+
 * target, a muted border. Elements add only what differs (width, padding of a textarea).
 */
import { css } from 'lit';

export const fieldStyles = css`
  input:not([type='checkbox'], [type='radio'], [type='file'], [type='range']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-block-size: var(--_target);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-s);
    max-inline-size: 100%;
  }
`;
