/**
 * Every test runs in real Chromium (Vitest browser mode, Playwright provider):
 * - `unit`: test/**\/*.test.ts — domain functions, adapters, elements;
 * - `storybook`: every story is a test, with axe failing on violations (see .storybook/preview.ts).
 * End-to-end pages run separately with Playwright (playwright.config.ts).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/find-browser.js';

const browser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
};

export default defineConfig({
  define: { __RL_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          browser,
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
