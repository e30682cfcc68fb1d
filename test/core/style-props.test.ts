import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { styleProps } from '../../src/core/style-props.js';

afterEach(() => vi.restoreAllMocks());

describe('styleProps', () => {
  it('sets, updates and removes inline styles without ever writing a style attribute (strict CSP)', () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const host = document.createElement('div');
    document.body.append(host);
    const view = (styles: Record<string, string | undefined>) => html`<span ${styleProps(styles)}></span>`;
    render(view({ inlineSize: '40%', '--rl-x': '2px' }), host);
    const span = host.querySelector('span')!;
    expect(span.style.inlineSize).toBe('40%');
    expect(span.style.getPropertyValue('--rl-x')).toBe('2px');
    render(view({ inlineSize: '60%' }), host);
    expect(span.style.inlineSize).toBe('60%');
    expect(span.style.getPropertyValue('--rl-x')).toBe('');
    expect(setAttribute.mock.calls.some(([name]) => name === 'style')).toBe(false);
    host.remove();
  });

  it('refuses to be used as an attribute value', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span style=${styleProps({})}></span>`, host)).toThrow(/element binding/);
  });
});
