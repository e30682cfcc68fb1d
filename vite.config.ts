/**
 * Builds:
 * - `vite build` (mode `cdn`): `dist/cdn/returnless.js`, the loader with the core every element
 *   shares, plus one chunk per element and shared chunks (Lit, zod/mini). Everything bundled, for a script tag.
 * - `vite build --mode npm`: `dist/index.js` (side-effect free), `dist/define.js` and one
 *   `dist/entries/rl-*.js` per element, module by module, with dependencies left to the app's bundler.
 * - `vite` (dev): serves the demo and stories' sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { compileHints } from './scripts/compile-hints.js';
import { minifyLiterals } from './scripts/minify-literals.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
/** `src/entries/rl-*.ts`: one npm entry per element, for apps that use only some. */
function npmElementEntries(): Record<string, string> {
  return Object.fromEntries(
    readdirSync('src/entries')
      .sort()
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [`entries/${name.replace(/\.ts$/, '')}`, `src/entries/${name}`]),
  );
}

const define = { __RL_VERSION__: JSON.stringify(pkg.version) };

/** A module-id test for chunk groups: `sources('src/core/', 'a|b', 'src/domain/', 'c')` matches those files (.ts or .js). */
function sources(...pairs: string[]): RegExp {
  const alternatives: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const folder = pairs[i]!.replace(/\//g, '[\\/]').replace(/\./g, '\\.');
    alternatives.push(`${folder}(${pairs[i + 1]!.replace(/\./g, '\\.')})\\.[jt]s$`);
  }
  return new RegExp(alternatives.join('|'));
}

/**
 * `rl-<tag>.js` for every element, as a theme may tag one directly (README): the elements that travel
 * in a shared chunk (`<rl-review-form>` in rl-reviews.js, `<rl-return-policy>` in `product`, `<rl-store>`
 * in `zod`) get a one-line file importing it. The loader imports the shared chunks themselves.
 */
function elementAliases(): Plugin {
  return {
    name: 'returnless-element-aliases',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const tag = /[\\/]src[\\/]elements[\\/]([\w-]+)[\\/]define\.ts$/.exec(id)?.[1];
          const fileName = `rl-${tag}.js`;
          if (tag && chunk.fileName !== fileName && !bundle[fileName])
            this.emitFile({ type: 'asset', fileName, source: `import"./${chunk.fileName}";\n` });
        }
      }
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'npm') {
    const deps = Object.keys(pkg.dependencies);
    return {
      define,
      // Template literals squeezed as in the CDN build: an app's minifier leaves them as written.
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: false,
        sourcemap: true,
        // Per-element entries (`returnless/elements/rl-faq.js`) come out as dist/entries/rl-*.js.
        // `returnless/react`, `/vue` and `/svelte` are types; their empty modules make a runtime import harmless.
        lib: {
          entry: {
            index: 'src/index.ts',
            define: 'src/define.ts',
            'typings/react': 'src/typings/react.ts',
            'typings/vue': 'src/typings/vue.ts',
            'typings/svelte': 'src/typings/svelte.ts',
            ...npmElementEntries(),
          },
          formats: ['es'],
        },
        rollupOptions: {
          external: (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    define,
    plugins: [minifyLiterals(), elementAliases(), compileHints()],
    // Two of tus-js-client's dependencies, replaced by the platform (src/adapters/tus-platform.ts).
    resolve: {
      alias: Object.fromEntries(
        ['url-parse', 'js-base64'].map((id) => [id, new URL('./src/adapters/tus-platform.ts', import.meta.url).pathname]),
      ),
    },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // Library mode: chunks import each other by relative URL (the CDN may live at any path)
      // and Vite adds no preload helper; rolldown's minifier then squeezes every chunk.
      // The loader is the only entry: each element's define module (`src/elements/<name>/define.ts`,
      // which the loader imports lazily) becomes `rl-<name>.js`, and what the loader shares with the
      // elements (page-wide config, version, the adapter toolkit on window.Returnless, and the core
      // they all need: the `runtime` group below) is in returnless.js, which they import. As entries of
      // their own, the element chunks needed that in a chunk of its own (`base`): one request more on
      // every page with an element.
      lib: { entry: { returnless: 'src/loader.ts' }, formats: ['es'] },
      rollupOptions: {
        // The loader's own exports are nobody's API; letting go of entry signatures allows precise
        // chunk groups (and lets the element chunks import what they share with the loader from it).
        preserveEntrySignatures: false,
        // Rolldown's "redundant chunk load" pass made the chunk of an element whose lazy module shares
        // code with it (rl-faq and its search, rl-reviews, rl-return-form) hand the loader a
        // module-namespace object, whose helper came in a chunk of its own (a request more per page).
        experimental: { chunkOptimization: { avoidRedundantChunkLoads: false } },
        output: {
          minify: true,
          // No comments: pure annotations help a later bundler, and these chunks are final (licence comments were dropped already).
          comments: false,
          // Everything every element needs travels in one chunk, the loader's own, rather than in a
          // dozen slivers that each cost a request and a gzip header.
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              // The core every element needs (the FAQ's whole runtime: core/lite-element.ts draws it without
              // lit-html), in the loader's own file, returnless.js: every page with an element loaded it
              // anyway, as a file of its own that the browser found only once an element chunk had arrived
              // (a request and a round trip more per page, and a gzip stream of its own: -370 B in one).
              // A page with the loader and no element pays for it (+2.4 kB). With it the console messages
              // for developers (adapters/dev-messages.ts), which the data chunk's answer checks share, and
              // text folding (domain/fold.ts), which the FAQ's ids and its search share; the ids themselves
              // (domain/slug.ts) travel with rl-faq, their only user.
              // The loader and every module it imports statically are listed: one missing here would make
              // returnless.js a file that imports this chunk (a request more: test/loader.test.ts counts them).
              {
                name: 'runtime',
                test: new RegExp(
                  [
                    /[\\/]src[\\/]loader\.ts$/.source,
                    sources(
                      'src/core/',
                      'global|global-api|next-task|render-turn|version',
                      'src/adapters/',
                      'errors|error-codes|adapter|merchant-adapter|lazy-adapter',
                    ).source,
                    /(^\0rolldown[\\/]runtime\.js|[\\/]src[\\/]domain[\\/]fold\.ts|[\\/]src[\\/]core[\\/](attach-context-root|theme-tokens|i18n|messages|locale-controller|update-gate|store-controller|heading-level|events|define|dev|context)\.ts|[\\/]src[\\/]adapters[\\/]dev-messages\.ts|@lit[\\/]context[\\/]lib[\\/](create-context|context-request-event|controllers[\\/]context-consumer)\.js)$/
                      .source,
                  ].join('|'),
                ),
              },
              // Lit (lit-html, ReactiveElement, LitElement) with our LitElement base and the
              // load controller: every element but the FAQ imports it up front; a FAQ page without
              // data never loads it. With it, reading an adapter error's code (core/error-code.ts), which
              // every user of loads this chunk anyway: on its own it was one request more per product page. And the
              // buttons' and spinner's styles (core/controls.styles.ts): the error states, the product chunk and four
              // elements use them, and each of those imports this chunk; on their own they were a file more per page.
              {
                name: 'element',
                test: new RegExp(
                  [
                    /node_modules[\\/](lit[\\/]html|lit-html[\\/]lit-html|lit[\\/]index|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/]reactive-element)\.js$/
                      .source,
                    sources(
                      'src/core/',
                      'error-code|base-element|load-controller|add-styles|missing-source|upgrade-properties|controls.styles',
                    ).source,
                    // css-tag and the tokens as a CSSResult: Lit elements use them, rl-faq (core/lite-element.ts) does not.
                    /node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/.source,
                    sources('src/core/', 'theme').source,
                  ].join('|'),
                ),
              },
              // Product pages (policy, size guide, reviews, review form) as a few larger chunks rather
              // than thirty slivers: what their elements import up front, what loads with their data,
              // and the schemas of their data. A FAQ-only page loads none of them.
              // With <rl-return-policy> itself (its define module: the loader imports it from here): product
              // pages and the returns page show it, and in this file it costs them 620 B less than in a file of
              // its own (one gzip stream, a request fewer). Pages with other product elements and no policy pay
              // for it (~3.2 kB on a size-guide-only page: `npm run size` prints page:size-guide and page:reviews). The reviews' pace
              // (core/pace.ts) travels in rl-reviews.js, with its only users (src/loader-reviews.ts).
              {
                name: 'product',
                test: sources(
                  'src/core/',
                  // The uploader's face: the review form draws it (a stand-in) until the uploader's chunk loads.
                  // Here, not with the schemas: the review form would import zod up front (and wait for it).
                  // The star ratings (stars) of rl-reviews and rl-review-inbox: the inbox loads this chunk for its formatters already.
                  'media-face|media-face.messages|media-face.styles|file-intake|tooltip|eligibility.messages|punctuation|style-props|draft|child-elements|format|skeleton|field.styles|stars',
                  'src/domain/',
                  'own|review-input|fit|review-filters|media-rules',
                  'node_modules/lit-html/',
                  'directive',
                  'src/elements/return-policy/',
                  'return-policy.messages|return-policy.styles|return-policy-answer|return-policy|define',
                ),
              },
              // What the return form's first screen shares with its later steps (the step's pieces, the draft, ifDefined),
              // with the error summary (core/error-summary.ts): the lookup shows it, and the review form's submit code
              // (review-remote) imports it from here. In the product chunk it cost every product page 270 B at load.
              // `lit/directives/if-defined.js` (a re-export) is named too: left out, rolldown made it an empty chunk
              // that only imports this one (rolldown issue 6677), a file more on the return form's page.
              {
                name: 'return-first',
                test: new RegExp(
                  `${sources('src/core/', 'error-summary', 'src/elements/return-form/steps/', 'common', 'src/domain/', 'return-draft').source}|node_modules[\\/](lit|lit-html)[\\/]directives[\\/]if-defined\\.js$`,
                ),
              },
              // With the first answer on any page: validation (zod), the REST transport and the shared states.
              // Also <rl-store>'s config resolver and lazy REST adapter: its patterns live here (domain/patterns.ts),
              // so on their own they were a file that always pulled this chunk in (one request more per page).
              // And <rl-store> itself with its context provider (the loader imports it from here): its chunk
              // imported this one up front anyway; apart, it cost every page with a store a request and 250 B.
              {
                name: 'data',
                test: new RegExp(
                  `${sources('src/core/', 'states|error-messages|config|lazy-rest', 'src/adapters/', 'call|rest|storefront-routes|rest-response', 'src/domain/', 'validation|common|blob-origin|patterns|faq', 'src/elements/store/', 'store|define').source}|node_modules[\\/](zod[\\/]|@lit[\\/]context[\\/]lib[\\/](value-notifier|controllers[\\/]context-provider)\\.js$)`,
                ),
              },
              // Rich text (the allow-list sanitiser and the Trusted Types policy) with the FAQ's data loader,
              // its main user (no extra file on a help page): FAQ answers and a full policy's notes. Not in the
              // data chunk, so product pages, which show no rich text, skip it (page:product -720 B).
              { name: 'rich-text', test: sources('src/core/', 'sanitize|trusted-types', 'src/elements/faq/', 'faq-load') },
              // What both merchant panels import, with the REST adapter's merchant routes (which it imports on the
              // first merchant call): admin pages hold them up front, storefront pages never load them.
              { name: 'merchant', test: sources('src/core/', 'merchant-panel', 'src/adapters/', 'merchant-routes') },
              // Simplified Chinese (core/i18n.ts): only Chinese pages load it. What a product page's elements say
              // at load, in one chunk (the loader starts it beside theirs). The Chinese of what loads later (chart
              // view, photo viewer, field errors, full policy) and of the other elements stays a chunk per module.
              {
                name: 'zh-product',
                test: sources(
                  'src/core/',
                  'media-face.messages.zh-CN|eligibility.messages.zh-CN',
                  'src/elements/(reviews|review-form|return-policy|size-guide)/',
                  '(reviews|review-form|return-policy|size-guide).messages.zh-CN',
                ),
              },
              // What product elements load with their first answer: schemas, loaders, JSON-LD.
              {
                name: 'schemas',
                test: sources(
                  'src/domain/',
                  'reviews|media|policy|eligibility',
                  'src/elements/return-policy/',
                  'return-policy-load',
                  'src/elements/reviews/',
                  'reviews-load',
                  'src/elements/review-form/',
                  'review-fit-check',
                  'src/core/',
                  'media-limits-load',
                ),
              },
              // What the review form's first submit loads: the review's schema (domain/review-submit.ts), its
              // checks and error wording, in one chunk (no second round trip on submit). The validating
              // adapter (with-validation.ts, for integrations) imports the schema from here too.
              {
                name: 'review-remote',
                test: sources(
                  'src/domain/',
                  'review-submit|review-validate',
                  'src/elements/review-form/',
                  'review-remote|review-errors|review-form.errors|review-outcome',
                ),
              },
            ],
          },
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => {
            const element = /elements\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '');
            // No hash, as the entries had: tests, benches and the size check know them by name.
            if (element) return `rl-${element[1]}.js`;
            // <rl-reviews> and <rl-review-form> share one chunk (src/loader-reviews.ts).
            if (chunk.facadeModuleId?.endsWith('/src/loader-reviews.ts')) return 'rl-reviews.js';
            if (['runtime', 'element', 'product', 'schemas', 'merchant', 'rich-text'].includes(chunk.name))
              return `${chunk.name}-[hash].js`;
            if (chunk.moduleIds.some((id) => id.includes('/node_modules/zod/'))) return 'zod-[hash].js';
            if (chunk.name === 'loader-zh') return 'zh-preload-[hash].js';
            if (chunk.moduleIds.every((id) => id.endsWith('.zh-CN.ts')))
              return `zh-${chunk.name.replace(/^zh-|(\.messages)?\.zh-CN$/g, '')}-[hash].js`;
            return 'shared-[hash].js';
          },
        },
      },
    },
  };
});
