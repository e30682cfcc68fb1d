/**
 * A small Vite plugin for the CDN build: squeezes whitespace and comments out of Lit's
 * `css` and `html` tagged templates. Only the static parts are touched, never the `${…}`
 * expressions (nested templates inside them are squeezed in turn). Only runs of whitespace
 * that contain a line break change, so inline spacing in markup is kept.
 */
import type { Plugin } from 'vite';

export function minifyLiterals(): Plugin {
  return {
    name: 'returnless:minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      try {
        return { code: squeezeTemplates(code), map: null };
      } catch (error) {
        this.warn(`left ${id} unsqueezed: ${(error as Error).message}`);
        return null;
      }
    },
  };
}

export function squeezeTemplates(code: string): string {
  let out = '';
  let i = 0;
  // Not preceded by a backtick or a dot: skips `html` in comments and `foo.html`.
  const re = /(?<![`.\w])(css|html)`/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const start = m.index + m[0].length;
    out += code.slice(i, start);
    const { text, end } = readTemplate(code, start, m[1] === 'css' ? squeezeCss : squeezeHtml);
    out += text + '`';
    i = end + 1;
    re.lastIndex = i;
  }
  return out + code.slice(i);
}

/** Reads a template body from `pos`; returns the squeezed body and the index of the closing backtick. */
function readTemplate(code: string, pos: number, squeeze: (s: string) => string): { text: string; end: number } {
  let text = '';
  let chunk = '';
  let i = pos;
  while (i < code.length) {
    const ch = code[i]!;
    if (ch === '\\') {
      chunk += code.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      return { text: text + squeeze(chunk), end: i };
    } else if (ch === '$' && code[i + 1] === '{') {
      const close = skipExpression(code, i + 2);
      text += squeeze(chunk) + '${' + squeezeTemplates(code.slice(i + 2, close)) + '}';
      chunk = '';
      i = close + 1;
    } else {
      chunk += ch;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Index of the `}` closing an expression that starts at `pos`. */
function skipExpression(code: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === '"' || ch === "'") {
      for (i++; code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '`') {
      i = readTemplate(code, i + 1, (s) => s).end;
    }
  }
  throw new Error('unterminated template expression');
}

export function squeezeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function squeezeHtml(html: string): string {
  return html.replace(/\s*\n\s*/g, ' ');
}
