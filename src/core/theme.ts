/**
 * The theme tokens (theme-tokens.ts) for Lit elements, and their documented list.
 */
import { unsafeCSS } from '@lit/reactive-element/css-tag.js';
import { css, tokenCss } from './theme-tokens.js';

/**
 * The tokens of controls, statuses and larger layouts: Lit elements use them, a FAQ written in
 * HTML does not (see theme-tokens.ts). `<rl-faq>` adds them with its adapter states (faq-data.ts).
 */
export const moreTokenCss = css`
  :host {
    --_subtle: var(--rl-color-subtle, color-mix(in srgb, currentColor 6%, transparent));
    --_on-accent: var(--rl-color-on-accent, light-dark(#ffffff, #0b1220));
    --_danger: var(--rl-color-danger, light-dark(#b42318, #fda29b));
    --_success: var(--rl-color-success, light-dark(#067647, #75e0a7));
    --_radius-l: var(--rl-radius-l, 12px);
    --_space-l: var(--rl-space-l, 1.5rem);
    --_space-xl: var(--rl-space-xl, 2rem);
    --_font-size-l: var(--rl-font-size-l, 1.25em);
  }
`;

/** The design tokens as a CSSResult, first in every Lit element's styles (core/base-element.ts). */
export const tokens = unsafeCSS(tokenCss + moreTokenCss);

/** `moreTokenCss` alone, for `<rl-faq>`'s adapter states. */
export const moreTokens = unsafeCSS(moreTokenCss);

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
