/**
 * React 19, Vue 3 and Svelte 5 apps built with Vite from the packed package, as a developer would:
 * `npm pack` → installed into a scratch app → `tsc` / `vue-tsc` / `svelte-check` → `vite build` →
 * rendered in Chromium (properties, events, data), plus React's `renderToString` of the same tree in
 * Node, and a Next.js app-router app (`next build`, `next start`: rendered by the server, hydrated).
 * Run by `npm test` after `npm run build` (`node --import tsx --test test/frameworks/run.ts`).
 * Framework packages come from the root devDependencies (offline after `npm ci`).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rl-frameworks-'));
const here = import.meta.dirname;
let browser: Browser | undefined;
let server: Server | undefined;
let origin = '';

/** The packed tarball unpacked as node_modules/returnless; every other package linked from the root. */
function install(): void {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
  const modules = join(work, 'node_modules');
  mkdirSync(modules);
  renameSync(join(work, 'package'), join(modules, 'returnless'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'returnless' || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  for (const dir of ['react-app', 'vue-app', 'svelte-app', 'next-app', 'shared'])
    cpSync(join(here, dir), join(work, dir), { recursive: true });
}

const node = (script: string, args: string[], cwd: string) => {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${script} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
};

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(): Promise<void> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = join(work, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(work) || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () => {
      const address = server!.address();
      origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve();
    }),
  );
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Opens a built page and collects its console errors and warnings. */
async function open(path: string): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
  browser ??= await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warning' ? warnings : []).push(m.text()));
  await page.goto(path.startsWith('http') ? path : `${origin}${path}`);
  return { page, errors, warnings };
}

const shadowText = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');

before(async () => {
  install();
  await serve();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (!process.env.RL_KEEP_FRAMEWORK_APPS) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships what its exports, manifest and editor data name', () => {
    const pkg = join(work, 'node_modules', 'returnless');
    const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')) as { modules: { path: string }[] };
    const missing = manifest.modules.map((m) => m.path).filter((p) => !existsSync(join(pkg, p)));
    assert.deepEqual(missing, [], 'custom-elements.json names files that are not in the package');
    for (const file of [
      'web-types.json',
      'vscode.html-custom-data.json',
      'dist/entries/rl-faq.js',
      'dist/types/typings/react.d.ts',
      'dist/types/typings/vue.d.ts',
      'dist/types/typings/svelte.d.ts',
    ])
      assert.ok(existsSync(join(pkg, file)), `${file} is not in the package`);
    const webTypes = JSON.parse(readFileSync(join(pkg, 'web-types.json'), 'utf8')) as { contributions: { html: { elements: unknown[] } } };
    assert.equal(webTypes.contributions.html.elements.length, 10);
  });
});

describe('React 19', () => {
  it('tsc type-checks the app (strict, with the shipped JSX types) and rejects wrong props', () => {
    node('typescript/bin/tsc', ['-p', 'react-app'], work);
  });

  it('Vite builds it, and renderToString of the same tree runs in Node', async () => {
    const app = join(work, 'react-app');
    await build({
      root: app,
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { rollupOptions: { input: { main: join(app, 'index.html'), late: join(app, 'late.html') } } },
    });
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      build: { ssr: 'src/ssr.tsx', outDir: 'dist-ssr', rollupOptions: { output: { entryFileNames: 'ssr.js' } } },
    });
    const { render } = (await import(pathToFileURL(join(app, 'dist-ssr', 'ssr.js')).href)) as { render: () => string };
    const html = render();
    assert.match(html, /<rl-store[^>]*locale="en"/);
    assert.match(html, /<rl-faq[^>]*faq-set="shipping"/);
    assert.match(html, /<rl-size-guide[^>]*product-id="tee"/);
    assert.doesNotMatch(html, /\[object Object\]/);
  });

  it('sets adapter as a property, loads data, and delivers onrl-… events to React state', async () => {
    const { page, errors } = await open('/react-app/dist/index.html');
    await page.waitForFunction(() => document.querySelector('rl-faq')?.shadowRoot?.querySelectorAll('button.header').length === 2);
    assert.equal(await page.evaluate(() => typeof (document.querySelector('rl-store') as { adapter?: unknown }).adapter), 'object');
    assert.equal(await page.evaluate(() => document.querySelector('rl-store')!.hasAttribute('adapter')), false);
    assert.match(await shadowText(page, 'rl-faq'), /How long does shipping take\?/);
    await page.locator('rl-faq button.header').first().click();
    await page.waitForFunction(() => document.getElementById('opened')!.textContent === 'ship-time');
    assert.equal(await page.locator('#document-toggles').textContent(), '1');
    await page.locator('rl-size-guide tr[data-size="M"] .size-button').click();
    await page.waitForFunction(() => document.getElementById('size')!.textContent === 'M:M');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('registered late in useEffect: adapter="[object Object]" is recovered, the FAQ loads, and the hint says what to change', async () => {
    const { page, errors, warnings } = await open('/react-app/dist/late.html');
    await page.waitForFunction(() => document.querySelector('rl-faq')?.shadowRoot?.querySelectorAll('button.header').length === 2);
    assert.deepEqual(errors, []);
    assert.ok(
      warnings.some((w) => w.includes('not in useEffect')),
      `no hint among ${JSON.stringify(warnings)}`,
    );
    await page.close();
  });
});

describe('Vue 3', () => {
  it('vue-tsc type-checks the app (attribute values, event payloads) and rejects wrong ones', () => {
    node('vue-tsc/bin/vue-tsc.js', ['-p', 'vue-app'], work);
  });

  it('Vite builds it; .prop sets the adapter, data loads, @rl-… events reach the component', async () => {
    const app = join(work, 'vue-app');
    await build({ root: app, configFile: join(app, 'vite.config.mts'), base: './', logLevel: 'warn' });
    const { page, errors } = await open('/vue-app/dist/index.html');
    await page.waitForFunction(() => document.querySelector('rl-faq')?.shadowRoot?.querySelectorAll('button.header').length === 2);
    assert.equal(await page.evaluate(() => document.querySelector('rl-store')!.hasAttribute('adapter')), false);
    assert.equal(await page.evaluate(() => (document.querySelector('rl-faq') as unknown as { headingLevel: number }).headingLevel), 2);
    await page.locator('rl-faq button.header').nth(1).click();
    await page.waitForFunction(() => document.getElementById('opened')!.textContent === 'ship-cost');
    assert.equal(await page.evaluate(() => (window as unknown as { documentToggles: { count: number } }).documentToggles.count), 1);
    await page.locator('rl-size-guide tr[data-size="L"] .size-button').click();
    await page.waitForFunction(() => document.getElementById('size')!.textContent === 'L');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

/** svelte-check's problems, one per line of its `machine-verbose` output. */
function svelteCheck(workspace: string): { file: string; line: number; message: string }[] {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/svelte-check/bin/svelte-check'),
      '--workspace',
      workspace,
      '--output',
      'machine-verbose',
      '--fail-on-warnings',
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`svelte-check failed to run:\n${run.stdout}${run.stderr}`);
  return run.stdout
    .split('\n')
    .map((line) => /^\d+ (\{.*\})$/.exec(line)?.[1])
    .filter((json): json is string => !!json)
    .map((json) => JSON.parse(json) as { filename: string; start: { line: number }; message: string })
    .map((p) => ({ file: p.filename, line: p.start.line + 1, message: p.message.split('\n')[0]! }));
}

describe('Svelte 5', () => {
  it('svelte-check type-checks the app (attribute values, event payloads) and rejects wrong ones', () => {
    const app = join(work, 'svelte-app');
    const problems = svelteCheck(app);
    const expected: string[] = [];
    for (const file of ['src/TypeErrors.svelte', 'src/TypeErrorsLegacy.svelte'])
      readFileSync(join(app, file), 'utf8')
        .split('\n')
        .forEach((text, i) => text.includes('<!-- expect-error') && expected.push(`${file}:${i + 2}`));
    assert.equal(expected.length, 5);
    assert.deepEqual(
      problems.filter((p) => !expected.includes(`${p.file}:${p.line}`)),
      [],
      'svelte-check reported problems outside the expect-error lines',
    );
    assert.deepEqual(
      expected.filter((at) => !problems.some((p) => `${p.file}:${p.line}` === at)),
      [],
      'a type error that must be reported was not',
    );
  });

  it('Vite builds it; the adapter is set as a property, data loads, onrl-… and on:rl-… events reach the component', async () => {
    const app = join(work, 'svelte-app');
    await build({ root: app, configFile: join(app, 'vite.config.mts'), base: './', logLevel: 'warn' });
    const { page, errors } = await open('/svelte-app/dist/index.html');
    await page.waitForFunction(() => document.querySelector('#faq')?.shadowRoot?.querySelectorAll('button.header').length === 2);
    assert.equal(await page.evaluate(() => typeof (document.querySelector('rl-store') as { adapter?: unknown }).adapter), 'object');
    assert.equal(await page.evaluate(() => document.querySelector('rl-store')!.hasAttribute('adapter')), false);
    assert.equal(await page.evaluate(() => (document.querySelector('#faq') as unknown as { headingLevel: number }).headingLevel), 2);
    assert.match(await shadowText(page, '#faq'), /How long does shipping take\?/);
    await page.locator('#faq button.header').nth(1).click();
    await page.waitForFunction(() => document.getElementById('opened')!.textContent === 'ship-cost');
    assert.equal(await page.evaluate(() => (window as unknown as { documentToggles: { count: number } }).documentToggles.count), 1);
    await page.locator('rl-size-guide tr[data-size="L"] .size-button').click();
    await page.waitForFunction(() => document.getElementById('size')!.textContent === 'L:tee');
    // Svelte 4 syntax in the same app: `on:rl-faq-toggle` on a second FAQ (open, then close).
    await page.locator('#legacy-faq button.header').first().click();
    await page.locator('#legacy-faq button.header').first().click();
    await page.waitForFunction(() => document.getElementById('closed')!.textContent === 'ship-time');
    assert.equal(await page.evaluate(() => (window as unknown as { documentToggles: { count: number } }).documentToggles.count), 3);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('Next.js 16 (app router)', () => {
  let nextServer: ChildProcess | undefined;
  after(() => void nextServer?.kill());

  it('next build type-checks and compiles the app', () => {
    process.env.NEXT_TELEMETRY_DISABLED = '1';
    node('next/dist/bin/next', ['build', 'next-app'], work);
  });

  it("the server renders the 'use client' component's tags, the browser hydrates them: adapter set as a property, data, events", async () => {
    const port = await freePort();
    nextServer = spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', 'next-app', '-p', String(port)], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    nextServer.stdout!.on('data', (d) => (log += d));
    nextServer.stderr!.on('data', (d) => (log += d));
    const url = `http://127.0.0.1:${port}/`;
    let html = '';
    for (let i = 0; i < 100 && !html; i++)
      html = await fetch(url).then(
        (r) => r.text(),
        () => new Promise<string>((r) => setTimeout(() => r(''), 200)),
      );
    assert.match(html, /<rl-store locale="en"><rl-faq faq-set="shipping" heading-level="2"><\/rl-faq>/, `server HTML:\n${html}\n${log}`);
    assert.doesNotMatch(html, /\[object Object\]|adapter=/);
    const { page, errors } = await open(url);
    await page.waitForFunction(() => document.querySelector('rl-faq')?.shadowRoot?.querySelectorAll('button.header').length === 2);
    assert.equal(await page.evaluate(() => typeof (document.querySelector('rl-store') as { adapter?: unknown }).adapter), 'object');
    assert.equal(await page.evaluate(() => document.querySelector('rl-store')!.hasAttribute('adapter')), false);
    assert.match(await shadowText(page, 'rl-faq'), /How long does shipping take\?/);
    await page.locator('rl-faq button.header').nth(1).click();
    await page.waitForFunction(() => document.getElementById('opened')!.textContent === 'ship-cost');
    assert.deepEqual(errors, []);
    assert.doesNotMatch(log, /document is not defined|Error/, log);
    await page.close();
  });
});
