/**
 * Media (issue 6), in Chromium on the CDN build:
 * 1. Time to turn a 12-megapixel JPEG (4000 × 3000, generated in the page) into the image
 *    `<rl-media-uploader>` hands to the adapter (sniff, decode with orientation, 2048 px,
 *    JPEG re-encode in a worker), next to `browser-image-compression` (dev dependency, used only
 *    here) on the same file in the same run, with the ratio.
 * 2. The tab's memory growth while `<rl-media-uploader>` uploads a 200 MB video file (on
 *    disk, picked through the file input) to the reference backend (demo/server) with tus.
 *
 * `BENCH_CDN=/some/dir` measures another CDN build than dist/cdn. Part 2 is skipped (with a
 * note) when the reference backend cannot start.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, median } from './lib.mjs';

const RUNS = 7;
const VIDEO_MB = 200;
const cdn = resolve(process.env.BENCH_CDN || 'dist/cdn');
const repo = process.cwd();

const resizePage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/cdn/returnless.js"></script></head><body>
<rl-store><rl-media-uploader name="media" accept="image" max-image-mb="50" max-files="20"></rl-media-uploader></rl-store>
</body></html>`;

const uploadPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/cdn/returnless.js"></script></head><body>
<rl-store api="/api"><rl-media-uploader name="media" accept="video" max-video-mb="${VIDEO_MB + 10}" max-video-seconds="3600"></rl-media-uploader></rl-store>
</body></html>`;

/** Static files (CDN build, node_modules) plus, when `api` is given, a proxy for /api to the reference server. */
function serve(api) {
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/resize.html' || path === '/upload.html') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return res.end(path === '/resize.html' ? resizePage : uploadPage);
    }
    if (path.startsWith('/api/') && api) {
      // A same-origin proxy, as a shop would run it: the API sees its own origin (its CORS policy refuses others).
      const headers = { ...req.headers, host: new URL(api).host, ...(req.headers.origin ? { origin: api } : {}) };
      const upstream = httpRequest(`${api}${req.url}`, { method: req.method, headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => ((res.statusCode = 502), res.end()));
      return req.pipe(upstream);
    }
    const base = path.startsWith('/cdn/') ? cdn : repo;
    const rel = path.startsWith('/cdn/') ? path.slice(5) : path.slice(1);
    const file = join(base, rel.replace(/\.\.[/\\]/g, ''));
    try {
      const body = readFileSync(file);
      res.setHeader('Content-Type', types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () => r({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

async function resizeBench(browser) {
  const server = await serve();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/resize.html`);
    await tab.waitForFunction(
      () => document.querySelector('rl-media-uploader')?.shadowRoot?.querySelector('button.add') && customElements.get('rl-store'),
    );
    return await tab.evaluate(
      async ({ runs }) => {
        // The 12 MP fixture: a gradient with 4000 coloured patches (a flat image would compress to nothing).
        const W = 4000;
        const H = 3000;
        const canvas = new OffscreenCanvas(W, H);
        const ctx = canvas.getContext('2d');
        const g = ctx.createLinearGradient(0, 0, W, H);
        g.addColorStop(0, '#345');
        g.addColorStop(1, '#fa3');
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, W, H);
        for (let i = 0; i < 4000; i++) {
          ctx.fillStyle = `hsl(${(i * 37) % 360} 70% 50%)`;
          ctx.fillRect((i * 7919) % W, (i * 104729) % H, 20 + (i % 60), 20 + (i % 45));
        }
        const file = new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })], 'big.jpg', { type: 'image/jpeg' });

        let received;
        const store = document.querySelector('rl-store');
        store.adapter = {
          uploadMedia: async (blob, meta) => {
            received?.({ blob, meta, at: performance.now() });
            return { id: `m${Math.random().toString(36).slice(2)}`, kind: 'image', status: 'published' };
          },
        };
        const el = document.querySelector('rl-media-uploader');
        await el.updateComplete;
        const { default: imageCompression } = await import('/node_modules/browser-image-compression/dist/browser-image-compression.mjs');
        const options = {
          maxWidthOrHeight: 2048,
          useWebWorker: true,
          libURL: `${location.origin}/node_modules/browser-image-compression/dist/browser-image-compression.js`,
          fileType: 'image/jpeg',
          initialQuality: 0.85,
        };
        const ourRun = async () => {
          const got = new Promise((r) => (received = r));
          const t0 = performance.now();
          await el.addFiles([file]);
          const { blob, meta, at } = await got;
          await new Promise((r) => setTimeout(r, 50));
          el.clear();
          return { ms: at - t0, out: { bytes: blob.size, width: meta.width, height: meta.height } };
        };
        const theirRun = async () => {
          const t0 = performance.now();
          const out = await imageCompression(file, options);
          const ms = performance.now() - t0;
          const bmp = await createImageBitmap(out);
          return { ms, out: { bytes: out.size, width: bmp.width, height: bmp.height } };
        };
        // One warm-up each (lazy chunks, the library's worker), then alternate so both share the machine's noise.
        await ourRun();
        await theirRun();
        const ours = [];
        const theirs = [];
        let ourOut;
        let theirOut;
        for (let i = 0; i < runs; i++) {
          const a = await ourRun();
          const b = await theirRun();
          ours.push(a.ms);
          theirs.push(b.ms);
          ourOut = a.out;
          theirOut = b.out;
        }
        return { ours, theirs, ourOut, theirOut, inputBytes: file.size };
      },
      { runs: RUNS },
    );
  } finally {
    for (const page of browser.contexts().flatMap((c) => c.pages())) await page.close();
    server.close();
  }
}

/** Starts demo/server on a free port with a throw-away data dir; resolves to its URL. */
function startBackend(dataDir) {
  return new Promise((resolveUrl, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts', '--no-build'], {
      env: { ...process.env, PORT: '0', RL_DATA_DIR: dataDir, RL_MAX_VIDEO_MB: String(VIDEO_MB + 10) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the reference backend did not start: ${out.slice(-300)}`)), 30_000);
    const onData = (d) => {
      out += d;
      const m = /Returnless demo shop: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the reference backend exited (${code}): ${out.slice(-300)}`)));
  });
}

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function uploadBench(browser) {
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-media-'));
  const video = join(dir, 'clip.mp4');
  // An MP4 header (ftyp isom) followed by 200 MB of filler, written in 1 MB pieces.
  const fd = openSync(video, 'w');
  const head = Buffer.from([
    0,
    0,
    0,
    0x18,
    ...Buffer.from('ftypisom'),
    0,
    0,
    2,
    0,
    ...Buffer.from('isomiso2'),
    0,
    0,
    0,
    8,
    ...Buffer.from('free'),
  ]);
  writeSync(fd, head);
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb.length; i += 4) mb.writeUInt32LE((i * 2654435761) >>> 0, i);
  for (let i = 0; i < VIDEO_MB; i++) writeSync(fd, mb);
  closeSync(fd);
  let backend;
  let server;
  try {
    backend = await startBackend(join(dir, 'data'));
    server = await serve(backend.url);
    const tab = await browser.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable');
    const browserCdp = await browser.newBrowserCDPSession();
    await tab.goto(`${server.url}/upload.html`);
    await tab.waitForFunction(() => document.querySelector('rl-media-uploader')?.shadowRoot?.querySelector('button.add'));
    const renderers = async () =>
      (await browserCdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1048576;
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const pids = await renderers();
    const rss = () => pids.reduce((sum, pid) => sum + rssMb(pid), 0);
    const baseRss = rss();
    const baseHeap = await heap();
    let maxRss = baseRss;
    let maxHeap = baseHeap;
    const t0 = Date.now();
    await tab.setInputFiles('rl-media-uploader input.file:not(.camera)', video);
    for (;;) {
      maxRss = Math.max(maxRss, rss());
      maxHeap = Math.max(maxHeap, await heap());
      const state = await tab.evaluate(() => {
        const el = document.querySelector('rl-media-uploader');
        return { value: el.value, status: el.shadowRoot.querySelector('.status')?.textContent?.trim() };
      });
      if (state.value.length) break;
      if (/fail|interrupt|accept|larger|not/i.test(state.status ?? '') && !/Uploading|Preparing|Checking/.test(state.status))
        throw new Error(`upload failed: ${state.status}`);
      if (Date.now() - t0 > 300_000) throw new Error('upload did not finish in 5 minutes');
      await new Promise((r) => setTimeout(r, 200));
    }
    return { seconds: (Date.now() - t0) / 1000, rssGrowth: maxRss - baseRss, heapGrowth: maxHeap - baseHeap, baseRss };
  } finally {
    server?.close();
    backend?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const browser = await launch();
  const rows = [];
  try {
    const r = await resizeBench(browser);
    const ours = median(r.ours);
    const theirs = median(r.theirs);
    rows.push(
      { name: `media: 12 MP JPEG → 2048 px upload, rl-media-uploader (median of ${RUNS})`, value: ours, unit: 'ms' },
      { name: `media: same file, browser-image-compression (median of ${RUNS})`, value: theirs, unit: 'ms' },
      { name: 'media: ratio browser-image-compression / ours', value: theirs / ours, unit: '×' },
      {
        name: `media: output ours ${r.ourOut.width}×${r.ourOut.height} / theirs ${r.theirOut.width}×${r.theirOut.height}`,
        value: `${Math.round(r.ourOut.bytes / 1024)} / ${Math.round(r.theirOut.bytes / 1024)}`,
        unit: `KiB (input ${Math.round(r.inputBytes / 1024)} KiB)`,
      },
    );
    if (process.env.BENCH_SKIP_UPLOAD) return rows;
    try {
      const u = await uploadBench(browser);
      rows.push(
        { name: `media: ${VIDEO_MB} MB video via tus to demo/server, time`, value: u.seconds, unit: 's' },
        { name: 'media: …renderer memory growth (peak RSS − before)', value: u.rssGrowth, unit: `MB (before ${Math.round(u.baseRss)} MB)` },
        { name: 'media: …JS heap growth (peak − before)', value: u.heapGrowth, unit: 'MB' },
      );
    } catch (error) {
      rows.push({ name: 'media: 200 MB upload to demo/server', value: 'skipped', unit: String(error.message).slice(0, 120) });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
