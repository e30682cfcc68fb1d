#!/usr/bin/env node
/**
 * `npm run size`: gzip bytes of the CDN build — the loader, the shared runtime, each element
 * chunk, and what whole pages load — checked against budgets.json with `--check`.
 * Pages follow static imports from their entry chunks, as the browser would.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag > 0 ? process.argv[dirFlag + 1] : 'dist/cdn';
if (!existsSync(join(dir, 'returnless.js'))) {
  console.error(`size: ${dir}/returnless.js is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
const code = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const gz = new Map(files.map((f) => [f, gzipSync(code.get(f), { level: 9 }).length]));

/** Static imports of a chunk (dynamic `import()` is loaded later, on demand). */
const staticImports = (f) =>
  [...code.get(f).matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);
const dynamicImports = (f) => [...code.get(f).matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

function closure(entries) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !code.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}
const total = (set) => [...set].reduce((n, f) => n + gz.get(f), 0);
const find = (name) => files.find((f) => f === name);
/** The lazily imported chunk of `from` whose source path contains `needle`. */
const lazyChunk = (from, needle) => dynamicImports(from).find((f) => readFileSync(join(dir, f + '.map'), 'utf8').includes(needle));

const rows = [];
const loader = closure(['returnless.js']);
rows.push(['loader', 'returnless.js + its static imports', total(loader)]);
const lit = files.find((f) => f.startsWith('lit-'));
if (lit) rows.push(['runtime', `${lit} (Lit, shared by every element)`, gz.get(lit)]);
for (const f of files.filter((f) => f.startsWith('rl-'))) {
  const name = f.replace(/\.js$/, '');
  rows.push([`chunk:${name}`, f, gz.get(f)]);
}
const faq = find('rl-faq.js');
if (faq) {
  const page = closure(['returnless.js', faq]);
  rows.push(['page:faq', 'a page with only <rl-faq> written as <details> (README snippet)', total(page)]);
  const store = find('rl-store.js');
  const load = lazyChunk(faq, 'faq-load');
  // The REST adapter is imported lazily by whichever chunk holds lazy-rest.ts.
  const rest = [...closure(['returnless.js', faq, store])].map((f) => lazyChunk(f, 'adapters/rest.ts')).find(Boolean);
  const apiPage = closure(['returnless.js', faq, store, load, rest].filter(Boolean));
  rows.push(['page:faq-api', 'a page with <rl-store api> + <rl-faq faq-set> (loads, validates)', total(apiPage)]);
}
rows.push(['all', `every chunk (${files.length} files)`, [...gz.values()].reduce((a, b) => a + b, 0)]);

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
let failed = 0;
console.log('gzip bytes (level 9) of dist/cdn\n');
for (const [key, what, bytes] of rows) {
  const budget = budgets[key];
  const verdict = budget === undefined ? '' : bytes <= budget ? `ok   ≤ ${budget}` : `OVER > ${budget}`;
  if (budget !== undefined && bytes > budget) failed++;
  console.log(`${key.padEnd(22)} ${String(bytes).padStart(7)}  ${verdict.padEnd(14)} ${what}`);
}
for (const key of Object.keys(budgets)) {
  if (!key.startsWith('$') && !rows.some(([k]) => k === key)) {
    console.log(`${key.padEnd(22)} missing: no such chunk or page in the build`);
    failed++;
  }
}
if (process.argv.includes('--check') && failed) {
  console.error(`\nsize: ${failed} budget(s) exceeded or missing (budgets.json).`);
  process.exit(1);
}
