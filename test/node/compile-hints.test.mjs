/**
 * The CDN build's compile hints (scripts/compile-hints.ts): `//# allFunctionsCalledOnLoad` opens the
 * loader and every chunk an element needs for its first render, so V8 compiles them while they
 * stream in, off the main thread. Chunks loaded later (dynamic imports), tiny ones and rl-faq.js
 * (the FAQ page's 12 kB) stay without. The source maps still point at the right lines.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const HINT = '//# allFunctionsCalledOnLoad\n';
const dir = 'dist/cdn';
const read = (file) => readFileSync(`${dir}/${file}`, 'utf8');
const hinted = (file) => read(file).startsWith(HINT);
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));

/** The chunks `file` imports statically (`import … from"./x.js"`, `import"./x.js"`), transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, dep] of read(file).matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) staticClosure(dep, seen);
  return seen;
}

test('the loader and the chunks a product page needs for its first render open with the hint', () => {
  const needed = new Set([...staticClosure('rl-reviews.js'), ...staticClosure('rl-size-guide.js'), 'returnless.js']);
  const big = [...needed].filter((f) => read(f).length >= 1000);
  assert.ok(big.length >= 5, `found the product page's chunks: ${big.join(', ')}`);
  for (const file of big) assert.ok(hinted(file), `${file} opens with the compile hint`);
});

test('chunks loaded later, the Chinese catalogues and the FAQ stay without it', () => {
  const atFirstRender = new Set(files.filter((f) => /^rl-/.test(f) && f !== 'rl-faq.js').flatMap((f) => [...staticClosure(f)]));
  atFirstRender.add('returnless.js');
  const later = files.filter((f) => !atFirstRender.has(f));
  assert.ok(
    later.some((f) => f.startsWith('zh-')),
    'the Chinese catalogues are among them',
  );
  assert.ok(later.length >= 10, `${later.length} chunks load later`);
  for (const file of later) assert.ok(!hinted(file), `${file} has no compile hint`);
  assert.ok(!hinted('rl-faq.js'));
});

/** Base64 VLQ source map segments per generated line: [column, source, line, sourceColumn]. */
function decode(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        for (let i = 0, value = 0, shift = 0; i < segment.length; i++) {
          const digit = digits.indexOf(segment[i]);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        values.forEach((v, k) => (state[k] += v));
        return state.slice(0, 4);
      });
  });
}

test('source maps of hinted chunks still map to the right source lines', () => {
  const code = read('returnless.js');
  const map = JSON.parse(read('returnless.js.map'));
  const lines = code.split('\n');
  const row = lines.findIndex((l) => l.includes('customElements.define('));
  assert.ok(row > 0, 'the loader defines elements below the hint');
  const column = lines[row].indexOf('customElements.define(');
  const segments = decode(map.mappings);
  assert.deepEqual(segments[0], [], 'the hint line maps to nothing');
  const segment = segments[row].filter((s) => s[0] <= column).at(-1);
  const source = map.sources[segment[1]];
  assert.match(source, /core\/define\.ts$/);
  const original = (map.sourcesContent?.[segment[1]] ?? '').split('\n')[segment[2]];
  assert.match(original, /customElements\.define\(/, `maps to: ${original}`);
});
