#!/usr/bin/env node
/**
 * `npm run size`: gzip bytes of the CDN build — the loader (with the core every element shares), each element
 * chunk, and what whole pages load — checked against budgets.json with `--check`.
 * Pages follow static imports from their entry chunks, as the browser would.
 */
import { readFileSync, readdirSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

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
/** The lazily imported chunk of `from` whose source path contains `needle`. */
const lazyChunk = (from, needle) => dynamicImports(from).find((f) => readFileSync(join(dir, f + '.map'), 'utf8').includes(needle));

/** Each chunk's source modules (from its source map). */
const sourcesOf = new Map(
  files.map((f) => [f, existsSync(join(dir, `${f}.map`)) ? JSON.parse(readFileSync(join(dir, `${f}.map`), 'utf8')).sources : []]),
);

/** The chunk holding `module` (a source path's end). */
const chunkOf = (module) => files.find((f) => sourcesOf.get(f).some((s) => s.endsWith(module)));
const rows = [];
/** `--files <page>` (product, all): also print each file of that page with its bytes and biggest modules. */
const listFlag = process.argv.indexOf('--files');
const listing = [];
/** Modules the page rows name that no chunk holds. */
const missing = [];
/** Modules the product page should load only on use (`onUse`) that it loads at load. */
const early = [];
const loader = closure(['returnless.js']);
rows.push(['loader', 'returnless.js + its static imports (with the core every element shares; Lit is in element)', total(loader)]);
// Not the one-line files that name a shared chunk for a theme tagging an element directly (no source map).
for (const f of files.filter((f) => f.startsWith('rl-') && sourcesOf.get(f).length)) {
  const name = f.replace(/\.js$/, '');
  // The other elements a chunk defines (rl-reviews.js: the review form too, src/loader-reviews.ts).
  const others = sourcesOf
    .get(f)
    .map((s) => /elements\/([\w-]+)\/define\.ts$/.exec(s)?.[1])
    .filter((tag) => tag && `rl-${tag}` !== name);
  rows.push([`chunk:${name}`, f + others.map((tag) => ` (with <rl-${tag}>)`).join(''), gz.get(f)]);
}
// Two elements travel in shared chunks (vite.config.ts): <rl-return-policy> in `product`, <rl-store> in `zod`.
for (const [key, module, what] of [
  ['chunk:product', 'return-policy/define.ts', 'what product elements share, with <rl-return-policy>'],
  ['chunk:zod', 'store/define.ts', 'validation, REST transport and error states, with <rl-store>'],
]) {
  const f = chunkOf(module);
  if (f) rows.push([key, `${f}: ${what}`, gz.get(f)]);
}
const faq = chunkOf('elements/faq/define.ts');
if (faq) {
  const page = closure(['returnless.js', faq]);
  rows.push(['page:faq', 'a page with only <rl-faq> written as <details> (README snippet)', total(page)]);
  // The same page once the shopper searches (`searchable`): the search module, prepared when idle.
  const search = lazyChunk(faq, 'faq/faq-find.ts');
  const searched = closure(['returnless.js', faq, search].filter(Boolean));
  if (!search && !sourcesOf.get(faq)?.some((s) => s.endsWith('faq/faq-find.ts'))) missing.push('faq/faq-find.ts (page:faq:search)');
  rows.push(['page:faq:search', `the same, search used (${searched.size} files)`, total(searched)]);
  rows.push(['page:faq:search:files', 'script files of that page (a count, not bytes)', searched.size]);
  // <rl-store> travels in the zod chunk (vite.config.ts, `data`): the chunk holding its define module.
  const store = chunkOf('elements/store/define.ts');
  // Data mode: rl-faq imports faq-data.ts (the adapter controller), which imports faq-load.ts.
  const data = lazyChunk(faq, 'faq-data.ts');
  const load = data && lazyChunk(data, 'faq/faq-load.ts');
  // The REST adapter is imported lazily by whichever chunk holds lazy-rest.ts.
  const rest = [...closure(['returnless.js', faq, store])].map((f) => lazyChunk(f, 'adapters/rest.ts')).find(Boolean);
  const apiPage = closure(['returnless.js', faq, store, data, load, rest].filter(Boolean));
  rows.push(['page:faq-api', 'a page with <rl-store api> + <rl-faq faq-set> (loads, validates)', total(apiPage)]);
}
rows.push(['all', `every chunk (${files.length} files)`, [...gz.values()].reduce((a, b) => a + b, 0)]);
rows.push(...(await bundlerApp()));

/**
 * Whole pages from the chunk graph: the product page and the all-elements page of
 * `npm run bench page` (scripts/bench/page.mjs, same elements and attributes). The rule:
 * - at load ("page:product", "page:all"): the loader and each element's chunk, plus the modules each
 *   element imports by itself once connected, before any interaction (`onConnect`: the REST adapter
 *   of `<rl-store api>`, each element's data loader, the backend's media limits), each with its
 *   static imports, as the browser follows them;
 * - used (":used"): also what loads when the shopper uses the page (`onUse`: size guide opened,
 *   a photo added in the review form, a review photo opened, a term tip hovered, an error shown).
 * Modules are found by their source path in each chunk's source map, so the rows follow the
 * chunking; a module named here that is in no chunk fails the check (the lists are kept honest).
 */
const onConnect = {
  'rl-store': ['src/adapters/rest.ts'],
  'rl-return-policy': ['return-policy/return-policy-load.ts'],
  'rl-return-policy variant=full': ['return-policy/return-policy-full.ts'],
  'rl-reviews': ['reviews/reviews-load.ts'],
  'rl-review-form': ['review-form/review-fit-check.ts', 'core/media-limits-load.ts'],
  'rl-media-uploader': ['core/media-limits-load.ts'],
  'rl-faq faq-set searchable': ['faq/faq-data.ts', 'faq/faq-load.ts', 'faq/faq-find.ts'],
};
const onUse = {
  'rl-size-guide': ['size-guide/size-guide-load.ts', 'size-guide/size-guide-position.ts'],
  'rl-review-form': [
    'media-uploader/define.ts',
    'media-uploader/media-item-view.ts',
    'media-uploader/upload-queue.ts',
    'media-uploader/image-encode.ts',
    'review-form/review-remote.ts',
    'core/error-summary.ts',
    'domain/review-submit.ts',
    'domain/upload-rules.ts',
    'domain/move-item.ts',
    'adapters/rest-upload.ts',
  ],
  'rl-reviews': ['reviews/reviews-viewer-controller.ts', 'core/tooltip-behaviour.ts'],
  'rl-return-policy': ['core/tooltip-behaviour.ts'],
  // The lookup drawn, the rest fetched when the shopper starts on it (focus, pointer) and awaited on Find order.
  'rl-return-form': [
    'return-form/return-form-remote.ts',
    'return-form/return-form-flow.ts',
    'return-form/return-form-flow.messages.ts',
    'return-form/status-controller.ts',
    'return-form/steps/status.ts',
  ],
};
/**
 * What a Chinese page adds (core/i18n.ts): the loader's preload module (loader-zh.ts), and the Chinese
 * module of every catalogue its chunks hold (`x.messages.ts` → `x.messages.zh-CN.ts`): a Chinese
 * element's first render waits for all of them (`loadChinese`).
 */
function chinese(chunks) {
  const zh = [...chunks]
    .flatMap((f) => sourcesOf.get(f))
    .filter((s) => /\.(messages|errors)\.ts$/.test(s))
    .map((s) => chunkOf(s.replace(/\.ts$/, '.zh-CN.ts')));
  return closure([...chunks, chunkOf('src/loader-zh.ts'), ...zh].filter(Boolean));
}
const benchPages = {
  product: {
    what: 'bench product page (<rl-store api>, policy summary, size guide, reviews, review form)',
    tags: ['rl-store', 'rl-return-policy', 'rl-size-guide', 'rl-reviews', 'rl-review-form'],
  },
  // Pages with fewer elements, printed (no budget) so that a chunking change shows what it costs them.
  returns: {
    what: 'returns page (<rl-store api>, full policy, return form)',
    tags: ['rl-store', 'rl-return-policy', 'rl-return-policy variant=full', 'rl-return-form'],
  },
  'size-guide': {
    what: 'product page with the size guide only (<rl-store api>, rl-size-guide)',
    tags: ['rl-store', 'rl-size-guide'],
  },
  reviews: {
    what: 'product page with reviews only (<rl-store api>, rl-reviews)',
    tags: ['rl-store', 'rl-reviews'],
  },
  all: {
    what: 'bench page with every storefront element',
    tags: [
      'rl-store',
      'rl-return-policy',
      'rl-size-guide',
      'rl-reviews',
      'rl-review-form',
      'rl-faq faq-set searchable',
      'rl-return-policy variant=full',
      'rl-media-uploader',
      'rl-return-form',
    ],
  },
};
function pageRows() {
  const out = [];
  for (const [name, page] of Object.entries(benchPages)) {
    const modules = (lists) => page.tags.flatMap((t) => lists[t] ?? []);
    // Each tag's chunk is the one holding its define module (an element may share a chunk with others).
    const entries = ['returnless.js', ...page.tags.map((t) => chunkOf(`elements/${t.split(' ')[0].slice(3)}/define.ts`))];
    const chunks = (list) =>
      list.map((m) => {
        const f = chunkOf(m);
        if (!f) missing.push(`${m} (page:${name})`);
        return f;
      });
    const atLoad = closure([...entries, ...chunks(modules(onConnect))]);
    const used = closure([...atLoad, ...chunks(modules(onUse))]);
    // What the product page loads on use must not come back at load (a static import from an up-front module
    // would bring it there silently). The all-elements page holds some of it up front (rl-media-uploader).
    if (name === 'product') for (const m of modules(onUse)) if (atLoad.has(chunkOf(m))) early.push(`${m} (page:${name})`);
    // The return form's later steps wait for the shopper on every page.
    if (name !== 'product' && page.tags.includes('rl-return-form'))
      for (const m of onUse['rl-return-form']) if (atLoad.has(chunkOf(m))) early.push(`${m} (page:${name})`);
    // An uploader's file rows too (its own chunk: most uploaders start empty).
    if (name !== 'product' && page.tags.includes('rl-media-uploader'))
      for (const m of ['media-uploader/media-item-view.ts']) if (atLoad.has(chunkOf(m))) early.push(`${m} (page:${name})`);
    if (listFlag > 0 && process.argv[listFlag + 1] === name) listing.push([`page:${name}`, atLoad], [`page:${name}:used`, used]);
    out.push([`page:${name}`, `${page.what}, at load (${atLoad.size} files)`, total(atLoad)]);
    out.push([`page:${name}:files`, 'script files of that page at load (a count, not bytes)', atLoad.size]);
    const usedTags = Object.keys(onUse).filter((t) => page.tags.includes(t));
    out.push([`page:${name}:used`, `the same after use (${used.size} files): ${usedTags.join(', ')} used`, total(used)]);
    if (name === 'product') {
      const zh = chinese(atLoad);
      out.push([`page:${name}:zh`, `the same page in Chinese, at load (${zh.size} files: + the Chinese catalogues)`, total(zh)]);
      out.push([`page:${name}:zh:files`, 'script files of the Chinese page at load (a count, not bytes)', zh.size]);
    }
  }
  return out;
}
// Before the "every chunk" row.
rows.splice(
  rows.findIndex(([key]) => key === 'all'),
  0,
  ...pageRows(),
);

/**
 * What a bundler app pays: a Vite app build importing per-element npm entries
 * (`returnless/elements/rl-*.js`, built in dist/entries), minified as `vite build` does.
 * "Up front" is the entry chunk and its static imports (Lit included); lazy chunks load with data
 * (zod, the loaders), with a dialog, or for uploads.
 */
async function appSize(tags) {
  const { build } = await import('vite');
  const scratch = resolve('node_modules/.cache/rl-size-app');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const entry = join(scratch, 'main.js');
  writeFileSync(entry, tags.map((t) => `import ${JSON.stringify(resolve('dist/entries', `${t}.js`))};\n`).join(''));
  const outDir = join(scratch, 'out');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: scratch,
    // An app build (library mode keeps whitespace in ES output).
    build: {
      outDir,
      rollupOptions: { input: entry, output: { entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js' } },
      target: 'es2022',
    },
  });
  const out = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  const text = new Map(out.map((f) => [f, readFileSync(join(outDir, f), 'utf8')]));
  const initial = new Set();
  const visit = (f) => {
    if (initial.has(f) || !text.has(f)) return;
    initial.add(f);
    for (const m of text.get(f).matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  visit('app.js');
  rmSync(scratch, { recursive: true, force: true });
  const sum = (files) => [...files].reduce((n, f) => n + gzipSync(text.get(f), { level: 9 }).length, 0);
  return { initial: sum(initial), all: sum(out), files: out.length };
}

async function bundlerApp() {
  const three = ['rl-faq', 'rl-size-guide', 'rl-return-policy'];
  if (![...three, 'rl-store'].every((t) => existsSync(join('dist', 'entries', `${t}.js`)))) return [];
  const app = await appSize(three);
  const withStore = await appSize(['rl-store', ...three]);
  return [
    ['app:three-elements', `Vite app importing ${three.join(', ')} (configured with configure()): up front`, app.initial],
    ['app:three-elements+store', 'the same with <rl-store> as well: up front', withStore.initial],
    [
      'app:three-elements+store-all',
      `the same, every lazy chunk too (data, dialogs, REST, uploads; ${withStore.files} files)`,
      withStore.all,
    ],
  ];
}

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
/** Goals (issue 16) are printed beside the figures, met or by how much not; budgets are what fails the check. */
const goals = budgets.$goals ?? {};
let failed = 0;
console.log('gzip bytes (level 9) of dist/cdn, and of a bundler app built from dist/entries\n');
for (const [key, what, bytes] of rows) {
  const budget = budgets[key];
  const verdict = budget === undefined ? '' : bytes <= budget ? `ok   ≤ ${budget}` : `OVER > ${budget}`;
  if (budget !== undefined && bytes > budget) failed++;
  const goal = goals[key];
  const toGoal = goal === undefined ? '' : bytes <= goal ? `  (goal ${goal}: met)` : `  (goal ${goal}: not met, ${bytes - goal} over)`;
  console.log(`${key.padEnd(22)} ${String(bytes).padStart(7)}  ${verdict.padEnd(14)} ${what}${toGoal}`);
}
for (const [key, set] of listing) {
  console.log(`\n${key}: ${set.size} files`);
  for (const f of [...set].sort((a, b) => gz.get(b) - gz.get(a))) {
    const sources = sourcesOf.get(f).map((s) => s.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, ''));
    console.log(
      `  ${String(gz.get(f)).padStart(6)}  ${f.padEnd(34)} ${sources.slice(0, 6).join(', ')}${sources.length > 6 ? `, +${sources.length - 6}` : ''}`,
    );
  }
}
for (const key of [...Object.keys(budgets), ...Object.keys(goals)]) {
  if (!key.startsWith('$') && !rows.some(([k]) => k === key)) {
    console.log(`${key.padEnd(22)} missing: no such chunk or page in the build`);
    failed++;
  }
}
for (const m of missing) {
  console.log(`missing module ${m}: in no chunk (update onConnect/onUse in scripts/size.mjs)`);
  failed++;
}
for (const m of early) {
  console.log(`module ${m}: the page loads it at load, but it is listed as loaded on use (onUse in scripts/size.mjs)`);
  failed++;
}
if (process.argv.includes('--check') && failed) {
  console.error(`\nsize: ${failed} budget(s) exceeded or missing (budgets.json).`);
  process.exit(1);
}
