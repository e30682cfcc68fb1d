/**
 * Global design tokens, as CSS text. By default everything inherits the page: its font, its text
 * colour, its colour scheme. Neutral colours are mixed from the current text colour so they suit
 * light and dark themes alike; accent colours switch with `color-scheme`. Override any `--rl-*`
 * token on `<rl-store>`, `:root` or one element.
 *
 * Text, not Lit's CSSResult: `<rl-faq>` (core/lite-element.ts) adopts it as a CSSStyleSheet of its
 * own, so a FAQ-only page loads no css-tag; Lit elements take it as a CSSResult from theme.ts.
 *
 * These are the tokens every element uses, `<rl-faq>` included. The ones only controls, statuses
 * and larger layouts use (`--_subtle`, `--_on-accent`, `--_danger`, `--_success`, `--_radius-l`,
 * `--_space-l`, `--_space-xl`, `--_font-size-l`) are in theme.ts (`moreTokenCss`): Lit elements get
 * both, and a FAQ written in HTML, which uses none of them, does not ship them.
 * test/core/theme-tokens.test.ts checks that each style sheet declares every token it uses.
 */

/** CSS as text (`String.raw`: no value is escaped or checked). The build squeezes it as it squeezes Lit's `css`. */
export const css = String.raw;

export const tokenCss = css`
  :host {
    /* Unset tokens make the declaration fall back to inheriting from the page. */
    color: var(--rl-color-text);
    font-family: var(--rl-font-family);
    font-size: var(--rl-font-size, inherit);
    line-height: var(--rl-line-height, 1.5);

    --_muted: var(--rl-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_border: var(--rl-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_surface: var(--rl-color-surface, transparent);
    --_accent: var(--rl-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_highlight: var(--rl-color-highlight, light-dark(#fde68a, #854d0e));
    --_focus: var(--rl-color-focus, var(--_accent));
    --_radius-s: var(--rl-radius-s, 4px);
    --_radius-m: var(--rl-radius-m, 8px);
    --_space-xs: var(--rl-space-xs, 0.25rem);
    --_space-s: var(--rl-space-s, 0.5rem);
    --_space-m: var(--rl-space-m, 1rem);
    --_font-size-s: var(--rl-font-size-s, 0.875em);
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
