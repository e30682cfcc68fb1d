/**
 * The three browser engines behind one small interface, so one smoke suite runs in each:
 * - Chromium over CDP (puppeteer-core, the same binary as every other test);
 * - Firefox over WebDriver BiDi (puppeteer-core, `browser: 'firefox'`; Debian's firefox-esr);
 * - WebKit over WebDriver classic (WebKitGTK's `WebKitWebDriver` with its MiniBrowser, under Xvfb).
 * Nothing is downloaded: each engine is found on the machine or reported missing with the fix.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';
import { WEBDRIVER_KEYS, WebDriverSession } from './webdriver.js';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
type Falsy = false | 0 | '' | null | undefined;

/** In-page helpers every `run` function receives as its first argument. */
export interface PageHelpers {
  /** The first match of a path through shadow roots: `'rl-review-form >> rl-media-uploader >> [part=add-button]'`. */
  $<E extends Element = HTMLElement>(path: string): E | null;
  $$<E extends Element = HTMLElement>(path: string): E[];
  /** The focused element, looking through open shadow roots. */
  active(): Element | null;
  /** Polls `check` until it returns something truthy (and returns that), or throws naming `what`. */
  until<T>(check: () => T | Falsy | Promise<T | Falsy>, what: string, ms?: number): Promise<T>;
  /** Text content with whitespace collapsed. */
  text(node: Node | null | undefined): string;
}

export interface Engine {
  readonly name: EngineName;
  readonly version: string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (serialised: it may use only its arguments) and returns its JSON result. */
  run<T, A = null>(fn: (h: PageHelpers, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Presses keys in order on the focused element (`Enter`, `Tab`, `ArrowDown`, `Escape`, `End`, …). */
  press(...keys: string[]): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Uncaught page errors since the last call (puppeteer engines; WebDriver classic cannot see them). */
  takePageErrors(): string[];
  close(): Promise<void>;
}

/**
 * The helpers as page source. `__name` is defined because tsx (esbuild, keepNames) wraps
 * named inner functions of the serialised test functions in it.
 */
const HELPERS = `
  const __name = (f) => f;
  const h = {
    $$(path) {
      const parts = path.split('>>').map((s) => s.trim());
      let roots = [document];
      for (let i = 0; i < parts.length; i++) {
        const found = roots.flatMap((r) => Array.from(r.querySelectorAll(parts[i])));
        if (i === parts.length - 1) return found;
        roots = found.map((e) => e.shadowRoot).filter(Boolean);
      }
      return [];
    },
    $(path) { return h.$$(path)[0] || null; },
    active() {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a;
    },
    async until(check, what, ms = 10000) {
      const start = Date.now();
      let last;
      for (;;) {
        try { const v = await check(); if (v) return v; } catch (e) { last = e; }
        if (Date.now() - start > ms) throw new Error('Timed out after ' + ms + ' ms waiting for ' + what + (last ? ' (' + last + ')' : ''));
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    text(node) { return ((node && node.textContent) || '').replace(/\\s+/g, ' ').trim(); },
  };`;

function expression(fn: (...args: never[]) => unknown, arg: unknown): string {
  return `(async () => { ${HELPERS}\n return await (${fn.toString()})(h, ${JSON.stringify(arg ?? null)}); })()`;
}

export function findFirefox(): string | undefined {
  const fromEnv = process.env.RL_FIREFOX;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}

export function findWebKit(): { driver: string; browser: string } | undefined {
  const driver = process.env.RL_WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
  const browser = [
    process.env.RL_WEBKIT_BROWSER,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ].find((p): p is string => !!p && existsSync(p));
  return existsSync(driver) && browser ? { driver, browser } : undefined;
}

/** Why an engine cannot run here, with the fix; undefined when it can. */
export function missing(name: EngineName): string | undefined {
  if (name === 'firefox' && !findFirefox()) return 'Firefox not found: `apt-get install -y firefox-esr`, or set RL_FIREFOX.';
  if (name === 'webkit') {
    if (!findWebKit()) return 'WebKitWebDriver/MiniBrowser not found: `apt-get install -y webkit2gtk-driver`.';
    if (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) return 'WebKitGTK needs a display: `apt-get install -y xvfb`.';
  }
  return undefined;
}

export async function launch(name: EngineName): Promise<Engine> {
  if (name === 'webkit') return launchWebKit();
  const browser =
    name === 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, protocol: 'webDriverBiDi' })
      : await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  return puppeteerEngine(name, browser, page, await browser.version());
}

function puppeteerEngine(name: EngineName, browser: Browser, page: Page, version: string): Engine {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    name,
    version,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, arg) => page.evaluate(expression(fn, arg)) as never,
    async press(...keys) {
      for (const key of keys) await page.keyboard.press(key as KeyInput);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    takePageErrors: () => errors.splice(0),
    close: () => browser.close(),
  };
}

async function launchWebKit(): Promise<Engine> {
  const found = findWebKit()!;
  const children: ChildProcess[] = [];
  const stop = () => children.reverse().forEach((c) => c.kill());
  try {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(found.driver, [`--port=${port}`], { env, stdio: 'ignore' });
    children.push(driver);
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/status`, 15_000);
    const session = await WebDriverSession.create(base, {
      'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
    });
    await session.setTimeouts({ script: 30_000, pageLoad: 30_000 });
    const version = String(await session.evaluate('Promise.resolve(navigator.userAgent)'));
    return {
      name: 'webkit',
      version: `WebKitGTK (${/AppleWebKit\/[\d.]+/.exec(version)?.[0] ?? version})`,
      goto: (url) => session.goto(url),
      run: (fn, arg) => session.evaluate(expression(fn, arg)) as never,
      async press(...keys) {
        await session.keys(keys.map((k) => WEBDRIVER_KEYS[k] ?? k));
      },
      async type(text) {
        await session.keys([...text]);
      },
      takePageErrors: () => [],
      async close() {
        await session.close();
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Starts Xvfb on a free display (`-displayfd` reports which). */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    xvfb.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ process: xvfb, display: `:${out.trim()}` });
      }
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url: string, ms: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - start > ms) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
