/**
 * The CDN loader as a theme uses it: the built `dist/cdn/returnless.js` in a fresh page
 * (an iframe), loaded by a plain script tag. `npm test` builds before running this.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from './helpers.js';

const LOADER = '/__cdn/returnless.js';
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

interface Page {
  win: Window & typeof globalThis & { __errors: string[]; __warnings: string[]; __ready?: boolean };
  doc: Document;
}

async function page(body: string, head = ''): Promise<Page> {
  const probe = await fetch(LOADER, { method: 'HEAD' });
  if (!probe.ok) throw new Error(`${LOADER} is missing: run \`npm run build\` first (npm test does).`);
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>
      window.__errors = []; window.__warnings = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
      const warn = console.warn; console.warn = (...a) => { __warnings.push(a.join(' ')); warn(...a); };
      document.addEventListener('rl-ready', () => { window.__ready = true; });
    </script>${head}</head><body>${body}</body></html>`;
  document.body.appendChild(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { win: frame.contentWindow as Page['win'], doc: frame.contentDocument! };
}

const scripts = (p: Page) =>
  p.win.performance
    .getEntriesByType('resource')
    .map((e) => e.name.split('/').pop()!)
    .filter((n) => n.endsWith('.js'));

const faqMarkup = `<rl-faq><details id="a"><summary>Question one?</summary><p>Answer one.</p></details><details><summary>Question two?</summary>Answer two.</details></rl-faq>`;

describe('CDN loader', () => {
  it('turns plain <details> markup into the FAQ with one script tag and no other code', async () => {
    const p = await page(faqMarkup, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const faq = p.doc.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot?.querySelectorAll('button.header').length === 2);
    expect(p.win.__errors).toEqual([]);
  });

  it('imports only the chunks of the tags on the page, then more when tags are added later', async () => {
    const p = await page(faqMarkup, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const loaded = scripts(p);
    expect(loaded.some((n) => n === 'rl-faq.js')).toBe(true);
    // <rl-store> travels in the zod chunk (validation and the REST transport, which it imports up front).
    expect(loaded.some((n) => n.startsWith('zod-'))).toBe(false);
    p.doc.body.insertAdjacentHTML('beforeend', '<div><rl-store locale="en"></rl-store></div>');
    await waitFor(() => p.win.customElements.get('rl-store'), 5000);
    expect(scripts(p).some((n) => n.startsWith('zod-'))).toBe(true);
  });

  it('a FAQ written in HTML loads two files: the loader (with the adapter toolkit and the core every element shares) and rl-faq', async () => {
    const p = await page(faqMarkup, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const loaded = scripts(p);
    // No ReactiveElement/LitElement chunk, no chunk of its own for the toolkit or what the loader shares, no namespace helper.
    expect(loaded.some((n) => n.startsWith('element-'))).toBe(false);
    expect(loaded).toEqual(expect.arrayContaining(['returnless.js', 'rl-faq.js']));
    expect(loaded).toHaveLength(2);
    expect(typeof (p.win as unknown as { Returnless: { AdapterError: unknown } }).Returnless.AdapterError).toBe('function');
  });

  it('a searchable FAQ loads one file more once the shopper searches (three in all), and finds', async () => {
    const markup = faqMarkup.replace('<rl-faq>', '<rl-faq searchable>');
    const p = await page(markup, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const faq = p.doc.querySelector('rl-faq')!;
    const input = await waitFor(() => faq.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]'));
    input.value = 'two';
    input.dispatchEvent(new p.win.Event('input', { bubbles: true }));
    const hidden = () => [...faq.shadowRoot!.querySelectorAll<HTMLElement>('.item')].map((item) => item.hidden);
    await waitFor(() => hidden().join() === 'true,false', 5000);
    expect(scripts(p)).toHaveLength(3);
    expect(p.win.__errors).toEqual([]);
  });

  it('an element chunk tagged directly (without the loader) brings the loader along and works', async () => {
    const p = await page(faqMarkup, `<script type="module" src="/__cdn/rl-faq.js"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const faq = p.doc.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot?.querySelectorAll('button.header').length === 2);
    expect(scripts(p)).toContain('returnless.js');
    expect(p.win.__errors).toEqual([]);
  });

  it('rl-review-form.js, rl-return-policy.js and rl-store.js tagged directly still work: one line naming their shared chunk', async () => {
    const body = `<rl-store locale="en"><rl-return-policy><script type="application/json">{"windowDays":30}</script></rl-return-policy><rl-review-form product-id="p1"></rl-review-form></rl-store>`;
    const tags = ['rl-store', 'rl-return-policy', 'rl-review-form']
      .map((t) => `<script type="module" src="/__cdn/${t}.js"></script>`)
      .join('');
    const p = await page(body, tags);
    for (const tag of ['rl-store', 'rl-return-policy', 'rl-review-form']) await waitFor(() => p.win.customElements.get(tag), 5000);
    await waitFor(() => p.doc.querySelector('rl-review-form')!.shadowRoot?.querySelector('[part="submit"]'), 5000);
    expect(scripts(p)).toEqual(
      expect.arrayContaining(['rl-store.js', 'rl-return-policy.js', 'rl-review-form.js', 'rl-reviews.js', 'returnless.js']),
    );
    expect(p.win.__errors).toEqual([]);
  });

  it('draws the review form without zod or the schemas: they come with data or with use', async () => {
    const p = await page(`<rl-review-form product-id="p1"></rl-review-form>`, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    await waitFor(() => p.doc.querySelector('rl-review-form')!.shadowRoot?.querySelector('[part="submit"]'), 5000);
    const loaded = scripts(p);
    expect(loaded).toContain('rl-reviews.js');
    expect(loaded.filter((n) => n.startsWith('zod-') || n.startsWith('schemas-'))).toEqual([]);
  });

  it('a product page takes its four elements from two files: rl-reviews.js (reviews and review form) and product (with the policy)', async () => {
    const body = `<rl-return-policy></rl-return-policy><rl-size-guide></rl-size-guide><rl-reviews product-id="p1"></rl-reviews><rl-review-form product-id="p1"></rl-review-form>`;
    const p = await page(body, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const loaded = scripts(p);
    for (const tag of ['rl-return-policy', 'rl-size-guide', 'rl-reviews', 'rl-review-form'])
      expect(p.win.customElements.get(tag)).toBeTruthy();
    expect(loaded.filter((n) => n.startsWith('rl-')).sort()).toEqual(['rl-reviews.js', 'rl-size-guide.js']);
    // Without data: the loader, Lit, what product elements share (with the policy), their module-namespace helper, two element files.
    const kind = (n: string) => n.replace(/-[\w-]{8}\.js$/, '');
    expect(loaded.map(kind).sort()).toEqual(['element', 'product', 'returnless.js', 'rl-reviews.js', 'rl-size-guide.js', 'shared']);
    expect(p.win.__errors).toEqual([]);
  });

  it('a page with only the review form gets it from rl-reviews.js, and the reviews later without another request', async () => {
    const p = await page(`<rl-review-form product-id="p1"></rl-review-form>`, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const before = scripts(p).length;
    p.doc.body.insertAdjacentHTML('beforeend', '<rl-reviews product-id="p1"></rl-reviews>');
    await waitFor(() => p.doc.querySelector('rl-reviews')!.shadowRoot, 5000);
    expect(scripts(p).length).toBe(before);
    expect(p.win.__errors).toEqual([]);
  });

  it('the core every element shares comes with the loader, once: no file of its own', async () => {
    const p = await page(`<rl-store locale="en">${faqMarkup}</rl-store>`, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const loaded = scripts(p);
    expect(loaded.filter((n) => n === 'returnless.js')).toHaveLength(1);
    expect(loaded.filter((n) => n.startsWith('runtime-'))).toEqual([]);
  });

  it('is harmless when the script tag appears twice', async () => {
    const p = await page(faqMarkup, `<script type="module" src="${LOADER}"></script><script type="module" src="${LOADER}?again"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    await new Promise((r) => setTimeout(r, 100));
    expect(p.win.__errors).toEqual([]);
    // The same version twice is not worth a warning.
    expect(p.win.__warnings).toEqual([]);
    expect(p.doc.querySelector('rl-faq')!.shadowRoot!.querySelectorAll('button.header')).toHaveLength(2);
  });

  it('warns once and does not throw when another version was loaded first', async () => {
    const p = await page(
      faqMarkup,
      `<script>globalThis[Symbol.for('returnless.loader')] = '0.0.1-other';</script><script type="module" src="${LOADER}"></script>`,
    );
    await waitFor(() => p.win.__warnings.length > 0, 5000);
    // Give a second warning time to appear, should anything say it again.
    await new Promise((r) => setTimeout(r, 300));
    expect(p.win.__errors).toEqual([]);
    expect(p.win.__warnings).toHaveLength(1);
    expect(p.win.__warnings[0]).toContain('the first one stays in charge');
    // And it does stay in charge: this copy registered nothing.
    expect((p.win as unknown as Record<symbol, unknown>)[Symbol.for('returnless.loader')]).toBe('0.0.1-other');
    expect(p.win.customElements.get('rl-faq')).toBeUndefined();
  });

  it('upgrades <rl-store> before the elements inside it, so they first render with its locale', async () => {
    // Records each definition, and what rl-faq's first update drew (English if it came before the store).
    const spy = `<script>
      window.__defined = []; window.__firstToggle = undefined;
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ctor, options) => {
        __defined.push(name);
        if (name === 'rl-faq') {
          const first = ctor.prototype.updated;
          ctor.prototype.updated = function (...args) {
            window.__firstToggle ??= this.shadowRoot.querySelector('[part="toggle-all"]')?.textContent.trim();
            return first?.apply(this, args);
          };
        }
        define(name, ctor, options);
      };
    </script>`;
    const p = await page(
      `<rl-store locale="zh-CN"><rl-size-guide></rl-size-guide>${faqMarkup}</rl-store>`,
      `${spy}<script type="module" src="${LOADER}"></script>`,
    );
    await waitFor(() => p.win.__ready, 5000);
    const win = p.win as unknown as { __defined: string[]; __firstToggle?: string };
    expect(win.__defined[0]).toBe('rl-store');
    expect(win.__defined).toEqual(expect.arrayContaining(['rl-faq', 'rl-size-guide']));
    // Its first render waits for the Chinese catalogue, which may land after `rl-ready` (elements defined).
    expect(await waitFor(() => win.__firstToggle, 5000)).toContain('全部展开');
  });

  it('exposes Returnless.configure for elements outside any store', async () => {
    const p = await page(faqMarkup, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    (p.win as unknown as { Returnless: { configure: (c: object) => void } }).Returnless.configure({ locale: 'zh-CN' });
    const faq = p.doc.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot!.querySelector('[part="toggle-all"]')?.textContent?.includes('全部展开'), 5000);
  });

  it('an English page requests no Chinese catalogue; a Chinese one starts them with the element chunks', async () => {
    const product = `<rl-size-guide></rl-size-guide><rl-review-form product-id="p1"></rl-review-form>`;
    const en = await page(`<rl-store locale="en">${product}${faqMarkup}</rl-store>`, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => en.win.__ready, 5000);
    await waitFor(() => en.doc.querySelector('rl-review-form')!.shadowRoot?.querySelector('[part="submit"]'), 5000);
    expect(scripts(en).filter((n) => n.startsWith('zh-'))).toEqual([]);

    const zh = await page(`<rl-store locale="zh-CN">${product}${faqMarkup}</rl-store>`, `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => zh.win.__ready, 5000);
    const form = zh.doc.querySelector('rl-review-form')!;
    await waitFor(() => form.shadowRoot?.querySelector('[part="submit"]'), 5000);
    expect(form.shadowRoot!.textContent).toMatch(/[\u4e00-\u9fff]/);
    const loaded = scripts(zh).filter((n) => n.startsWith('zh-'));
    // The loader's preload (not only the elements' own import after their chunks arrived), then one
    // chunk for the product elements' catalogues and the FAQ's. The size guide's view (and its Chinese)
    // loads when a pointer rests on its button, as the test runner's pointer may: not what is measured here.
    const names = loaded.map((n) => n.replace(/-[\w-]{8}\.js$/, '')).filter((n) => n !== 'zh-size-guide-view');
    expect(names.sort()).toEqual(['zh-faq', 'zh-preload', 'zh-product']);
    expect(zh.win.__errors).toEqual([]);
  });

  it('a theme that writes lang="zh_CN" (an underscore) gets the Chinese preload too', async () => {
    const p = await page(faqMarkup.replace('<rl-faq>', '<rl-faq lang="zh_CN">'), `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const faq = p.doc.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot?.querySelector('[part="toggle-all"]')?.textContent?.includes('全部展开'), 5000);
    expect(scripts(p).filter((n) => n.startsWith('zh-preload'))).toHaveLength(1);
  });

  it('an element with lang="zh-CN" on an English page: its own Chinese catalogue only', async () => {
    const p = await page(faqMarkup.replace('<rl-faq>', '<rl-faq lang="zh-CN">'), `<script type="module" src="${LOADER}"></script>`);
    await waitFor(() => p.win.__ready, 5000);
    const faq = p.doc.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot?.querySelector('[part="toggle-all"]')?.textContent?.includes('全部展开'), 5000);
    expect(
      scripts(p)
        .filter((n) => n.startsWith('zh-'))
        .map((n) => n.replace(/-[\w-]{8}\.js$/, '')),
    ).toEqual(['zh-preload', 'zh-faq']);
  });
});
