/**
 * The Shopify theme app extension (integrations/shopify):
 * - Shopify's own linter, theme-check, finds nothing (offline: its bundled Liquid docs);
 * - every app block renders with liquidjs against sample shop objects (product, shop and its
 *   metafields and metaobjects, request.locale, cart.currency, localization, customer), and the
 *   page loads in Chromium with the built CDN bundle from assets/: the elements show the
 *   Shopify data, `/apps/returnless` (the app proxy, here forwarded to the reference server)
 *   serves the rest, and merchant text with markup stays text.
 * Needs dist/cdn (`npm run build`); copies it into assets/ first, as `npm run shopify:assets` does.
 * Run: `node --import tsx --test test/shopify/blocks.spec.ts`
 */
import { themeCheckRun } from '@shopify/theme-check-node';
import { Liquid } from 'liquidjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDemoServer, type DemoServer } from '../browsers/demo-server.js';
import { launch, type Engine } from '../browsers/engines.js';
import { richText, sampleShop } from './sample-shop.js';

const EXTENSION = resolve('integrations/shopify');
const BLOCKS = ['faq', 'return-policy', 'size-guide', 'reviews', 'review-form', 'return-form'];

/** Block sources without `{% schema %}` and `{% doc %}` (Shopify-only tags), and each block's schema. */
function source(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/{%-?\s*schema\s*-?%}[\s\S]*?{%-?\s*endschema\s*-?%}/, '')
    .replace(/{%-?\s*doc\s*-?%}[\s\S]*?{%-?\s*enddoc\s*-?%}/, '');
}
function schema(block: string): { settings: { id?: string; default?: unknown }[] } {
  const text = readFileSync(join(EXTENSION, 'blocks', `${block}.liquid`), 'utf8');
  return JSON.parse(/{%\s*schema\s*%}([\s\S]*?){%\s*endschema\s*%}/.exec(text)![1]!);
}

function engine(): Liquid {
  const liquid = new Liquid({
    root: [join(EXTENSION, 'blocks'), join(EXTENSION, 'snippets')],
    extname: '.liquid',
    strictFilters: true,
    fs: {
      exists: async (f) => existsSync(f),
      existsSync,
      readFile: async (f) => source(f),
      readFileSync: source,
      resolve: (root, file, ext) => resolve(root, file.endsWith(ext) ? file : file + ext),
      contains: async (root, file) => resolve(file).startsWith(resolve(root)),
      dirname,
      sep: '/',
    },
  });
  // Shopify's filters the blocks use that liquidjs lacks.
  liquid.registerFilter('asset_url', (name: string) => `/assets/${name}`);
  liquid.registerFilter('metafield_tag', (field: { type: string; value: unknown }) => richText(field));
  return liquid;
}

/** Renders one block with its schema defaults (plus `settings`) against the sample shop. */
async function renderBlock(
  block: string,
  locale: string,
  settings: Record<string, unknown> = {},
  shop: Record<string, unknown> = {},
): Promise<string> {
  const defaults = Object.fromEntries(
    schema(block)
      .settings.filter((s) => s.id)
      .map((s) => [s.id!, s.default ?? null]),
  );
  const liquid = engine();
  return liquid.renderFile(
    block,
    {},
    {
      globals: {
        ...sampleShop(locale),
        ...shop,
        block: { id: `b-${block}`, settings: { ...defaults, ...settings }, shopify_attributes: `data-shopify-editor-block="${block}"` },
      },
    },
  );
}

async function page(locale: string): Promise<string> {
  const blocks = await Promise.all([
    renderBlock('faq', locale, { searchable: true }),
    renderBlock('return-policy', locale),
    renderBlock('size-guide', locale, { mode: 'inline' }),
    renderBlock('reviews', locale),
    renderBlock('review-form', locale),
    renderBlock('return-form', locale),
  ]);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Product</title>
<link rel="stylesheet" href="/assets/returnless-blocks.css"></head><body><main>${blocks.join('\n')}</main></body></html>`;
}

/** A storefront stand-in: the rendered page, the extension's assets, and the app proxy. */
function storefront(demo: DemoServer): Promise<{ base: string; server: Server }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    try {
      if (url.pathname === '/') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(await page(url.searchParams.get('locale') ?? 'en'));
      } else if (url.pathname.startsWith('/assets/') && /^[\w.-]+$/.test(url.pathname.slice(8))) {
        const file = join(EXTENSION, 'assets', url.pathname.slice(8));
        if (!existsSync(file)) return void res.writeHead(404).end();
        res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      } else if (url.pathname.startsWith('/apps/returnless/')) {
        // Shopify forwards app proxy requests to the app's backend: here, the reference server.
        const upstream = await fetch(`${demo.base}/api/${url.pathname.slice(17)}${url.search}`, {
          headers: { Accept: 'application/json', 'Accept-Language': req.headers['accept-language'] ?? '' },
        });
        res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      } else res.writeHead(404).end();
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () => r({ base: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })),
  );
}

describe('Shopify theme app extension', () => {
  let demo: DemoServer;
  let shop: { base: string; server: Server };
  let browser: Engine;

  before(async () => {
    execFileSync(process.execPath, ['scripts/shopify-assets.mjs'], { stdio: 'inherit' });
    demo = await startDemoServer();
    shop = await storefront(demo);
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    shop?.server.close();
    await demo?.stop();
  });

  it('passes theme-check (theme app extension config)', async () => {
    const require = createRequire(import.meta.url);
    // Offline: read Shopify's Liquid docs and schemas from the copy bundled with the package.
    process.env.SHOPIFY_TLD_ROOT = dirname(require.resolve('@shopify/theme-check-docs-updater/package.json'));
    const config = join(dirname(require.resolve('@shopify/theme-check-node/package.json')), 'configs/theme-app-extension.yml');
    const { offenses, theme } = await themeCheckRun(EXTENSION, config);
    const files = theme.map((f) => f.uri.slice(f.uri.indexOf('integrations/shopify/') + 21)).sort();
    for (const block of BLOCKS) assert.ok(files.includes(`blocks/${block}.liquid`), `theme-check saw blocks/${block}.liquid`);
    assert.deepEqual(
      offenses.map((o) => `${o.uri.split('/').slice(-2).join('/')}:${o.start.line + 1} ${o.check}: ${o.message}`),
      [],
    );
  });

  it('has one block per element, each with a schema, and no Liquid errors', async () => {
    assert.deepEqual(readdirSync(join(EXTENSION, 'blocks')).sort(), BLOCKS.map((b) => `${b}.liquid`).sort());
    for (const block of BLOCKS) {
      const html = await renderBlock(block, 'en');
      assert.match(html, new RegExp(`<rl-${block}[\\s>]`), `${block} renders its element`);
      assert.match(html, /<rl-store\s+api="\/apps\/returnless"\s+locale="en"\s+currency="EUR"\s+country="DE"/);
      assert.match(html, /<script type="module" src="\/assets\/returnless\.js"><\/script>/);
    }
  });

  it('falls back to the backend: FAQ set without metaobjects, the app metafield for another proxy path', async () => {
    const bare = {
      shop: { currency: 'EUR', metafields: {}, metaobjects: {} },
      app: { metafields: { returnless: { api_path: { value: '/apps/rl' } } } },
    };
    const faq = await renderBlock('faq', 'en', { faq_set: 'shipping' }, bare);
    assert.match(faq, /<rl-faq[^>]*faq-set="shipping"/);
    assert.doesNotMatch(faq, /<details/);
    assert.match(faq, /<rl-store\s+api="\/apps\/rl"/);
    const policy = await renderBlock('return-policy', 'en', {}, bare);
    assert.doesNotMatch(policy, /application\/json/, 'no metafield, no inline policy: the backend answers');
    const withEntries = await renderBlock('faq', 'en', { faq_set: 'shipping' });
    assert.doesNotMatch(withEntries, /faq-set=/, 'metaobjects win over the FAQ set');
  });

  it('renders Shopify data in Chromium with the CDN bundle; merchant markup stays text', async () => {
    await browser.goto(`${shop.base}/?locale=en`);
    const seen = await browser.run((h) =>
      h.until(() => {
        const faq = h.$$('rl-faq >> [part=question]').map((q) => h.text(q));
        const policy = h.text(h.$('rl-return-policy >> [part=summary]'));
        const sizes = h.$$('rl-size-guide >> [part=table] tbody tr').length;
        const reviews = h.$$('rl-reviews >> [part=review-title]').map((t) => h.text(t));
        const email = (h.$('rl-return-form >> #email') as HTMLInputElement | null)?.value;
        const submit = !!h.$('rl-review-form >> [part=submit]');
        return faq.length && policy && sizes && reviews.length && email && submit && { faq, policy, sizes, reviews, email, submit };
      }, 'every block to show its data'),
    );
    assert.deepEqual(seen.faq, ['How long do I have to return an item?', '<script>window.__pwned = "faq"</script>Is <b>this</b> safe?']);
    assert.match(seen.policy, /within 14 days/, 'the policy comes from the shop metafield (the backend says 30 days)');
    assert.equal(seen.sizes, 3, 'the chart comes from the product metafield');
    assert.ok(seen.reviews.includes('Perfect summer shirt'), 'reviews come through the app proxy');
    assert.equal(seen.email, 'anna@example.com', 'the signed-in customer is prefilled');

    const safety = await browser.run((h) => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      scripts: Array.from(document.scripts).map((s) => s.type || 'classic'),
      chartTitle: h.text(h.$('rl-size-guide >> [part=table] caption')),
      answer: h.$('rl-faq >> [part=answer]')?.innerHTML ?? '',
      searchable: !!h.$('rl-faq >> [part=search-input]'),
    }));
    assert.equal(safety.pwned, null, 'no merchant text ran as script');
    assert.deepEqual(new Set(safety.scripts), new Set(['module', 'application/json']), 'only the loader and inline JSON');
    assert.match(safety.chartTitle, /Sample tops <\/script><script>/);
    assert.match(safety.answer, /<p>You have 14 days from delivery\.<\/p>/);
    assert.equal(safety.searchable, true, 'the searchable setting reaches the element');
  });

  it('speaks the storefront language from request.locale', async () => {
    await browser.goto(`${shop.base}/?locale=zh-CN`);
    const policy = await browser.run((h) => h.until(() => h.text(h.$('rl-return-policy >> [part=summary]')), 'the policy summary'));
    assert.match(policy, /14/);
    assert.match(policy, /[\u4e00-\u9fff]/, `Chinese: ${policy}`);
    assert.equal(await browser.run(() => document.querySelector('rl-store')?.getAttribute('locale')), 'zh-CN');
  });
});
