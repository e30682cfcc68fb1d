/**
 * An allow-list sanitiser for the little rich text we accept (FAQ answers, policy notes):
 * paragraphs, line breaks, lists, emphasis, code and links. Everything else is dropped
 * (its text kept, except inside script-like elements). It builds fresh DOM nodes, so no
 * string of HTML ever reaches the page: there is nothing to re-parse into a mutation XSS.
 */

import { templateHtml } from './trusted-types.js';

const ALLOWED = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'STRONG', 'B', 'EM', 'I', 'U', 'CODE', 'A', 'SMALL', 'SPAN']);
/** Elements whose contents are not text a reader should see. */
const DROP_WITH_CONTENT = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'NOSCRIPT',
  'SVG',
  'MATH',
  'TEXTAREA',
  'SELECT',
  'TITLE',
  'NOEMBED',
  'NOFRAMES',
  'XMP',
  'PLAINTEXT',
]);
/** Paths, but not `//host` or `/\host` (a browser reads the backslash as a slash): those are other sites. */
const SAFE_HREF = /^(https?:|mailto:|tel:|\/(?![/\\])|#|\.{1,2}\/)/i;

/** Parses `html` inertly and returns a fragment holding only allowed nodes. */
export function sanitizeHtml(html: string): DocumentFragment {
  // A <template> parses without running scripts or loading images.
  const template = document.createElement('template');
  template.innerHTML = templateHtml(html); // the `returnless` Trusted Types policy
  const out = document.createDocumentFragment();
  copyChildren(template.content, out);
  return out;
}

function copyChildren(from: Node, to: Node): void {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.textContent ?? ''));
    } else if (node instanceof Element) {
      const tag = node.tagName.toUpperCase();
      if (DROP_WITH_CONTENT.has(tag)) continue;
      if (!ALLOWED.has(tag)) {
        copyChildren(node, to);
        continue;
      }
      const clean = document.createElement(tag.toLowerCase());
      if (tag === 'A') copyLink(node, clean as HTMLAnchorElement);
      copyChildren(node, clean);
      to.appendChild(clean);
    }
  }
}

function copyLink(from: Element, to: HTMLAnchorElement): void {
  // Strip control characters and whitespace that browsers ignore inside schemes ("java\tscript:").
  const href = (from.getAttribute('href') ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!SAFE_HREF.test(href)) return;
  to.setAttribute('href', href);
  if (/^https?:/i.test(href)) {
    try {
      if (new URL(href).origin !== location.origin) to.setAttribute('rel', 'noopener noreferrer');
    } catch {
      /* unparsable absolute URL: keep the text, drop the link */
      to.removeAttribute('href');
    }
  }
}

/** The visible text of rich text, for search indexes and JSON-LD. */
export function richTextToPlain(html: string): string {
  return (sanitizeHtml(html).textContent ?? '').replace(/\s+/g, ' ').trim();
}
