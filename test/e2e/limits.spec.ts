/**
 * Issue 11 §2: body limits hold while the body streams. 150 MB sent chunked (no Content-Length)
 * to a JSON route, the simple upload and a tus PATCH each end in a 413, and the server's memory
 * (its RSS, read through the test-only /__test/memory) grows by less than 32 MB meanwhile.
 * Only 127.0.0.1, and every loop is bounded by the 150 MB.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { API, reset } from './helpers.js';

const MB = 1024 * 1024;
const TOTAL = 150 * MB;
const port = Number(process.env.RL_E2E_PORT);

test.beforeEach(async ({ request }) => reset(request));

async function rss(request: APIRequestContext): Promise<number> {
  return ((await (await request.get(`${API}/__test/memory`)).json()) as { rss: number }).rss;
}

/**
 * Streams up to `total` bytes in 1 MB chunks with `Transfer-Encoding: chunked`, stopping as soon
 * as the server answers. Meanwhile samples the server's RSS; resolves with the answer and the
 * largest growth seen.
 */
async function sendChunked(
  request: APIRequestContext,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; type: string; body: string; sent: number; growth: number }> {
  const base = await rss(request);
  let peak = base;
  let answered = false;
  const sampler = (async () => {
    while (!answered) {
      peak = Math.max(peak, await rss(request));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const chunk = Buffer.alloc(MB, 0x41);
  let sent = 0;
  const result = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { ...headers, 'Transfer-Encoding': 'chunked' } });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
      res.on('error', reject);
    });
    req.on('error', (error) => {
      // The server may close the connection right after its answer; only fail without one.
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < TOTAL) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
  answered = true;
  await sampler;
  peak = Math.max(peak, await rss(request));
  return { ...result, sent, growth: peak - base };
}

function expectBounded(r: { status: number; type: string; body: string; sent: number; growth: number }) {
  console.log(`  ${r.status} after ${Math.round(r.sent / MB)} MB sent; server RSS grew ${(r.growth / MB).toFixed(1)} MB`);
  expect(r.status, r.body).toBe(413);
  expect(r.type).toContain('application/json');
  expect((JSON.parse(r.body) as { error: { message: string } }).error.message).toMatch(/larger than|exceeded/i);
  expect(r.growth, `server RSS grew by ${Math.round(r.growth / MB)} MB after ${Math.round(r.sent / MB)} MB sent`).toBeLessThan(32 * MB);
}

test('a JSON route refuses 150 MB sent chunked while it streams', async ({ request }) => {
  test.setTimeout(120_000);
  expectBounded(await sendChunked(request, 'POST', `${API}/returns/quote`, { 'Content-Type': 'application/json' }));
});

test('the simple upload refuses 150 MB sent chunked while it streams', async ({ request }) => {
  test.setTimeout(120_000);
  const meta = encodeURIComponent(JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: 1000, purpose: 'review' }));
  expectBounded(
    await sendChunked(request, 'POST', `${API}/media`, { 'Content-Type': 'application/octet-stream', 'X-Returnless-Meta': meta }),
  );
});

test('a tus PATCH refuses 150 MB sent chunked while it streams', async ({ request }) => {
  test.setTimeout(120_000);
  const meta = Buffer.from(JSON.stringify({ kind: 'image', mime: 'image/jpeg', size: 5000, purpose: 'review' })).toString('base64');
  const created = await request.post(`${API}/media/tus`, {
    headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '5000', 'Upload-Metadata': `meta ${meta}` },
  });
  expect(created.status()).toBe(201);
  const location = created.headers()['location']!;
  expectBounded(
    await sendChunked(request, 'PATCH', location, {
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': '0',
      'Content-Type': 'application/offset+octet-stream',
    }),
  );
});
