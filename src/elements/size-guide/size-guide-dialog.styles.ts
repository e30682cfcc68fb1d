import { css } from 'lit';

/** The dialog's frame (popover or sheet): loaded with the guide's code (size-guide-load.ts), as are the states' styles. */
export const sizeGuideDialogStyles = css`
  :host {
    --_bg: var(--rl-size-guide-background, Canvas);
    --_width: var(--rl-size-guide-width, 40rem);
    --_table-height: var(--rl-size-guide-table-height, 24rem);
  }
  dialog {
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    padding: 0;
    overflow: auto;
    overscroll-behavior: contain;
    /* A focused size button scrolled into view is not hidden under the sticky head. */
    scroll-padding-block: 4rem var(--_space-m);
  }
  dialog.popover {
    position: fixed;
    margin: 0;
    inset: auto;
    inline-size: min(var(--_width), calc(100vw - 16px));
    max-block-size: calc(100vh - 16px);
    border-radius: var(--_radius-l);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.25);
  }
  dialog.popover::backdrop {
    background: transparent;
  }
  dialog.positioning {
    opacity: 0;
  }
  dialog.sheet {
    position: fixed;
    inset: 0;
    margin: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    border: 0;
  }
  dialog.sheet::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-head {
    position: sticky;
    inset-block-start: 0;
    z-index: 3;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m) var(--_space-xs);
    background: var(--_bg);
    border-block-end: 1px solid var(--_border);
  }
  .dialog-head h2 {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-l);
  }
  .close {
    display: grid;
    place-items: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    border: 0;
    border-radius: var(--_radius-s);
    background: none;
    cursor: pointer;
  }
  .close svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  dialog .guide {
    padding: var(--_space-m);
  }
`;
