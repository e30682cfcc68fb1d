/**
 * Every test runs in real Chromium (Vitest browser mode, Playwright provider):
 * - `unit`: test/**\/*.test.ts — domain functions, adapters, elements;
 * - `storybook`: every story is a test, with axe failing on violations (see .storybook/preview.ts).
 * End-to-end pages run separately with Playwright (playwright.config.ts).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { createReadStream, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/find-browser.js';

/** A fresh object per project: Vitest names the instance after the project that uses it. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

/**
 * Storybook's Vite plugin adds `development|production` to the resolve conditions (`development`
 * under Vitest), so Lit's dev build came in beside the production one: "Lit is in dev mode" and
 * "Multiple versions of Lit loaded" in every story file. Drop it: one production Lit, as shipped.
 * .storybook/vitest.setup.ts fails the run if either comes back.
 */
function productionConditionsOnly(): Plugin {
  const strip = (conditions?: string[]) => conditions?.filter((c) => c !== 'development' && c !== 'development|production');
  return {
    name: 'returnless:production-conditions-only',
    enforce: 'post',
    config(config) {
      if (config.resolve?.conditions) config.resolve.conditions = strip(config.resolve.conditions);
    },
    configEnvironment(_name, config) {
      if (config.resolve?.conditions) config.resolve.conditions = strip(config.resolve.conditions);
    },
  };
}

/** Serves the built CDN files untouched at /__cdn/ (Vite would rewrite their imports), for the loader tests. */
function serveBuiltCdn(): Plugin {
  return {
    name: 'returnless:serve-built-cdn',
    configureServer(server) {
      server.middlewares.use('/__cdn/', (req, res) => {
        const file = join('dist/cdn', normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, ''));
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end('not built: run `npm run build`');
          return;
        }
        res.setHeader('Content-Type', file.endsWith('.map') ? 'application/json' : 'text/javascript');
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  define: { __RL_VERSION__: JSON.stringify('0.0.0-test') },
  // Lit's production build, as shipped: its dev build warns "Lit is in dev mode" once per test file.
  resolve: { conditions: ['module', 'browser', 'production'] },
  // Pre-bundled up front, so Vite never reloads the page in the middle of a test run.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directives/class-map.js',
      'lit/directives/style-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/ref.js',
      'lit/directives/repeat.js',
      'lit/directives/keyed.js',
      'lit/directives/when.js',
      '@lit/context',
      'zod/mini',
      '@floating-ui/dom',
      'fast-check',
      'axe-core',
      'tus-js-client',
      'uqr',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        plugins: [serveBuiltCdn()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          browser: browser(),
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' }), productionConditionsOnly()],
        // Storybook's web-components renderer imports this one raw, which loaded a second lit-html beside the pre-bundled one.
        optimizeDeps: { include: ['lit/directive-helpers.js'] },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: browser(),
          // axe over the 500-entry FAQ story takes ~10 s on a quiet two-core machine; leave room for a busy one.
          testTimeout: 45_000,
        },
      },
    ],
  },
});
