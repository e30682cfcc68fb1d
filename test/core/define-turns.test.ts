/**
 * core/define.ts under the CDN loader: an element's stylesheets are built in a turn of their own,
 * before the turn of its upgrade and first render (issue 16: parsing a product element's CSS was
 * a good part of its first render's task).
 */
import { afterEach, expect, it, vi } from 'vitest';
import { css, LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';

const TURN = Symbol.for('returnless.turn');
const g = globalThis as unknown as Record<symbol, unknown>;
const flush = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
  delete g[TURN];
  vi.restoreAllMocks();
});

it('builds the stylesheets in one turn and defines the tag in the next', async () => {
  const turns: (() => void)[] = [];
  g[TURN] = () => new Promise<void>((resolve) => turns.push(resolve));
  const built = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
  class Styled extends LitElement {
    static override styles = css`
      :host {
        color: rebeccapurple;
      }
    `;
  }
  defineElement('rl-test-styled-turns', Styled);
  expect(turns).toHaveLength(1);
  turns.shift()!();
  await flush();
  // The sheet is built; the tag waits for its own turn.
  expect(built.mock.calls.some(([text]) => text.includes('rebeccapurple'))).toBe(true);
  expect(customElements.get('rl-test-styled-turns')).toBeUndefined();
  expect(turns).toHaveLength(1);
  turns.shift()!();
  await flush();
  expect(customElements.get('rl-test-styled-turns')).toBe(Styled);
});
