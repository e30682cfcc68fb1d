import { css } from 'lit';

/** The list of files (the limits and dropzone are styled by `faceStyles`, core/media-face.styles.ts). */
export const uploaderStyles = css`
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
  /* Forced colours drop backgrounds: the bar and its fill vanished (only "Uploading, 45%" stayed). */
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar span {
      background: CanvasText;
    }
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
  .alt input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .alt-error {
    color: var(--_danger);
    font-weight: 600;
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
