import { css } from 'lit';
import { buttonStyles } from '../../core/controls.styles.js';

export const uploaderStyles = css`
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
  .list {
    list-style: none;
    margin: var(--_space-m) 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  .item {
    display: grid;
    grid-template-columns: var(--_thumb) 1fr;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
  }
  .item.error {
    border-color: var(--_danger);
  }
  .thumb {
    position: relative;
    inline-size: var(--_thumb);
    block-size: var(--_thumb);
    border-radius: var(--_radius-s);
    background: var(--_subtle);
    display: grid;
    place-items: center;
    overflow: hidden;
  }
  .thumb img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .play {
    position: absolute;
    inset-block-end: var(--_space-xs);
    inset-inline-start: var(--_space-xs);
    padding-inline: var(--_space-xs);
    border-radius: var(--_radius-s);
    background: #000b;
    color: #fff;
    font-size: var(--_font-size-s);
  }
  .info {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .danger {
    color: var(--_danger);
  }
  .note {
    font-size: var(--_font-size-s);
    color: var(--_success);
  }
  .bar {
    block-size: 0.375rem;
    border-radius: 999px;
    background: var(--_subtle);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 0.2s;
  }
  .alt {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
  }
  .alt input {
    inline-size: 100%;
  }
  .actions {
    grid-column: 1 / -1;
  }
  @media (min-width: 40rem) {
    .item {
      grid-template-columns: var(--_thumb) 1fr auto;
    }
    .actions {
      grid-column: auto;
      flex-direction: column;
      align-items: stretch;
    }
  }
`;
