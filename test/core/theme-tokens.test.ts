/**
 * The theme's private tokens (`--_name`) come in two sheets: core/theme-tokens.ts (every element,
 * `<rl-faq>` included) and core/theme.ts `moreTokenCss` (controls, statuses and larger layouts:
 * Lit elements, and `<rl-faq>`'s adapter states). A token used where its sheet is not adopted
 * would silently fall back to nothing; these checks read the sources.
 */
import { describe, expect, it } from 'vitest';
import { tokenCss } from '../../src/core/theme-tokens.js';
import { moreTokenCss } from '../../src/core/theme.js';
import { faqStyles } from '../../src/elements/faq/faq.styles.js';

const sources = import.meta.glob('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const source = (path: string) => sources[`../../src/${path}`] ?? '';

// A declaration in CSS, or a value set from script (`styleProps({ '--_share': … })`).
const declared = (css: string) => new Set([...css.matchAll(/(--_[\w-]+)['"]?\s*:/g)].map((m) => m[1]!));
const used = (css: string) => new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]!));
const missing = (css: string, sheet: string) => [...used(css)].filter((token) => !declared(sheet).has(token));

describe('theme tokens', () => {
  it('reads the sources', () => {
    expect(source('core/states.ts')).toContain('stateStyles');
    expect(source('core/controls.styles.ts')).not.toBe('');
  });

  it('a FAQ written in HTML declares every token its styles use with theme-tokens.ts alone', () => {
    expect(missing(tokenCss + faqStyles, tokenCss)).toEqual([]);
  });

  it("the FAQ's adapter states (states, buttons) find theirs in theme-tokens.ts and moreTokenCss, which faq-data.ts adds", () => {
    expect(missing(source('core/states.ts') + source('core/controls.styles.ts'), tokenCss + moreTokenCss)).toEqual([]);
  });

  it('every token a source uses is declared: by the two theme sheets, or by some source of its own', () => {
    const everywhere = Object.values(sources).join('\n');
    expect(missing(everywhere, everywhere)).toEqual([]);
  });
});
