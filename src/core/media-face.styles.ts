import { css } from 'lit';
import { buttonStyles } from './controls.styles.js';

/** The uploader's face (limits, dropzone, add buttons): also drawn by `<rl-review-form>`'s stand-in. */
export const faceStyles = css`
  ${buttonStyles}
  :host {
    --_thumb: var(--rl-media-uploader-thumb-size, 4.5rem);
    --_drop-bg: var(--rl-media-uploader-drop-bg, var(--_subtle));
  }
  p {
    margin: 0;
  }
  .limits {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .muted {
    color: var(--_muted);
  }
  .small,
  .hint,
  .count {
    font-size: var(--_font-size-s);
  }
  .dropzone {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius-m);
  }
  .dropzone.dragging {
    background: var(--_drop-bg);
    border-color: var(--_accent);
  }
  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
`;
