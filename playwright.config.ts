/**
 * End-to-end tests against the reference server (demo/server): route tests through
 * Playwright's `request` fixture and page tests in Chromium. The server runs on a spare port
 * with a fresh temporary data folder and the test-only fault switch (`RL_TEST_FAULTS=1`).
 * It needs `dist/cdn` (`npm test` builds it first; it is built here only when missing).
 */
import { defineConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from './scripts/find-browser.js';

// The config is evaluated again in every worker: pin the port and folder in the environment
// the first time, so the workers inherit them.
if (!process.env.RL_E2E_PORT) {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
    {
      encoding: 'utf8',
    },
  );
  process.env.RL_E2E_PORT = probe.stdout.trim();
}
process.env.RL_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'rl-e2e-'));
const port = Number(process.env.RL_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: join(tmpdir(), 'rl-e2e-results'),
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node --import tsx demo/server/main.ts --build-if-missing',
    url: `${baseURL}/api/return-reasons`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      RL_DATA_DIR: process.env.RL_E2E_DATA,
      RL_TEST_FAULTS: '1',
      RL_RATE_LIMIT: '8',
      RL_MAX_IMAGE_MB: '1',
      RL_MAX_VIDEO_MB: '2',
      RL_CORS_ORIGINS: 'https://shop.example',
      RL_ADMIN_PASSWORD: 'e2e-admin-password',
      RL_ADMIN_TOKEN: 'e2e-admin-token-0123456789',
    },
  },
});
