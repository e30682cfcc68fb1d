import { afterEach, describe, expect, it } from 'vitest';
import { richTextToPlain, sanitizeHtml } from '../../src/core/sanitize.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Classic and less classic XSS vectors; each sets window.__xss if it ever runs. */
const payloads = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="JaVaScRiPt:window.__xss=1">click</a>',
  '<a href="java\tscript:window.__xss=1">tab</a>',
  '<a href="&#106;avascript:window.__xss=1">entity</a>',
  '<a href=" javascript:window.__xss=1">space</a>',
  '<a href="data:text/html,<script>window.__xss=1</script>">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">x</details>',
  '<p onclick="window.__xss=1" onmouseover="window.__xss=1">hover</p>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<input autofocus onfocus="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<a href="//evil.example/phish">protocol-relative</a>',
  '<a href="/\\evil.example/phish">backslash, read as protocol-relative</a>',
  '<template><img src=x onerror="window.__xss=1"></template>',
  '<marquee onstart="window.__xss=1">m</marquee>',
  '<strong style="background:url(javascript:window.__xss=1)">styled</strong>',
];

afterEach(() => {
  delete window.__xss;
});

describe('sanitizeHtml', () => {
  it(`neutralises ${payloads.length} XSS payloads: nothing runs, no handler or unsafe URL survives`, async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    for (const payload of payloads) host.appendChild(sanitizeHtml(payload));
    // Give any event handler, image error or autofocus a chance to fire.
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__xss).toBeUndefined();
    for (const el of host.querySelectorAll('*')) {
      expect(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'code', 'a', 'small', 'span']).toContain(el.localName);
      for (const attr of el.attributes) expect(['href', 'rel']).toContain(attr.name);
    }
    for (const a of host.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:|\/(?![/\\])|#|\.)/i);
    host.remove();
  });

  it('keeps the allowed structure and text', () => {
    const frag = sanitizeHtml(
      '<p>Free <strong>returns</strong> <em>within</em> 30 days.</p><ul><li>One</li><li><a href="/help">Two</a></li></ul><div>kept <span>text</span></div>',
    );
    const div = document.createElement('div');
    div.append(frag);
    expect(div.innerHTML).toBe(
      '<p>Free <strong>returns</strong> <em>within</em> 30 days.</p><ul><li>One</li><li><a href="/help">Two</a></li></ul>kept <span>text</span>',
    );
  });

  it('marks links to other sites noopener noreferrer', () => {
    const div = document.createElement('div');
    div.append(sanitizeHtml('<a href="https://other.example/x">x</a><a href="mailto:help@shop.example">m</a>'));
    expect(div.querySelector('a')!.rel).toBe('noopener noreferrer');
    expect(div.querySelectorAll('a')[1]!.getAttribute('href')).toBe('mailto:help@shop.example');
  });

  it('drops script and style contents instead of showing them as text', () => {
    expect(richTextToPlain('<p>Hello</p><script>alert(1)</script><style>p{}</style>')).toBe('Hello');
  });
});
