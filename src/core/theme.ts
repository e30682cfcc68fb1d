/**
 * Global design tokens. By default everything inherits the page: its font, its text
 * colour, its colour scheme. Neutral colours are mixed from the current text colour so
 * they suit light and dark themes alike; accent colours switch with `color-scheme`.
 * Override any `--rl-*` token on `<rl-store>`, `:root` or one element.
 */
import { css } from '@lit/reactive-element/css-tag.js';

export const tokens = css`
  :host {
    /* Unset tokens make the declaration fall back to inheriting from the page. */
    color: var(--rl-color-text);
    font-family: var(--rl-font-family);
    font-size: var(--rl-font-size, inherit);
    line-height: var(--rl-line-height, 1.5);

    --_muted: var(--rl-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_border: var(--rl-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_subtle: var(--rl-color-subtle, color-mix(in srgb, currentColor 6%, transparent));
    --_surface: var(--rl-color-surface, transparent);
    --_accent: var(--rl-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_on-accent: var(--rl-color-on-accent, light-dark(#ffffff, #0b1220));
    --_danger: var(--rl-color-danger, light-dark(#b42318, #fda29b));
    --_success: var(--rl-color-success, light-dark(#067647, #75e0a7));
    --_highlight: var(--rl-color-highlight, light-dark(#fde68a, #854d0e));
    --_focus: var(--rl-color-focus, var(--_accent));
    --_radius-s: var(--rl-radius-s, 4px);
    --_radius-m: var(--rl-radius-m, 8px);
    --_radius-l: var(--rl-radius-l, 12px);
    --_space-xs: var(--rl-space-xs, 0.25rem);
    --_space-s: var(--rl-space-s, 0.5rem);
    --_space-m: var(--rl-space-m, 1rem);
    --_space-l: var(--rl-space-l, 1.5rem);
    --_space-xl: var(--rl-space-xl, 2rem);
    --_font-size-s: var(--rl-font-size-s, 0.875em);
    --_font-size-l: var(--rl-font-size-l, 1.25em);
    /* 44px: above WCAG 2.2's 24px minimum and comfortable for thumbs. */
    --_target: var(--rl-target-size, 2.75rem);

    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Documented tokens, for the README and Storybook's theming page. */
export const tokenList = [
  ['--rl-color-text', 'Text colour', 'inherits the page'],
  ['--rl-color-muted', 'Secondary text', '80% of the text colour'],
  ['--rl-color-border', 'Borders and dividers', '28% of the text colour'],
  ['--rl-color-subtle', 'Subtle fills (hover, chips)', '6% of the text colour'],
  ['--rl-color-surface', 'Background of panels', 'transparent'],
  ['--rl-color-accent', 'Buttons, links, focus', '#1d4ed8 light / #93c5fd dark'],
  ['--rl-color-on-accent', 'Text on the accent colour', '#fff light / #0b1220 dark'],
  ['--rl-color-danger', 'Errors', '#b42318 / #fda29b'],
  ['--rl-color-success', 'Success', '#067647 / #75e0a7'],
  ['--rl-color-highlight', 'Search match highlight', '#fde68a / #854d0e'],
  ['--rl-color-focus', 'Focus ring', 'the accent colour'],
  ['--rl-font-family', 'Font', 'inherits the page'],
  ['--rl-font-size', 'Base font size', 'inherits the page'],
  ['--rl-font-size-s / -l', 'Small and large text', '0.875em / 1.25em'],
  ['--rl-line-height', 'Line height', '1.5'],
  ['--rl-radius-s / -m / -l', 'Corner radii', '4px / 8px / 12px'],
  ['--rl-space-xs … -xl', 'Spacing scale', '0.25 / 0.5 / 1 / 1.5 / 2 rem'],
  ['--rl-target-size', 'Minimum size of buttons and toggles', '2.75rem (44px)'],
] as const;
