/**
 * FAQ search: time per keystroke with 500 entries, in Chromium, on the production CDN build.
 * Measured from the `input` event to the finished render (filter + DOM update + highlight +
 * layout), one keystroke at a time, over several queries in English and Chinese. Beside each
 * keystroke, the baseline a theme could write by hand: 500 plain <details> in the same page,
 * hidden by a case-insensitive `includes()` on their text, timed the same way (input → layout).
 */
import { launch, median, percentile, serve } from './lib.mjs';

const ENTRIES = 500;
const queries = ['refund about shipping', 'order number 1234', 'gift cards explained', '退货 退款', 'warranty'];

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/returnless.js"></script></head><body>
<rl-faq searchable>${Array.from({ length: ENTRIES }, (_, i) => {
  const topics = ['shipping', 'returns', 'refunds', 'sizes', 'care', 'payment', 'gift cards', 'orders', 'stores', 'warranty'];
  const t = topics[i % topics.length];
  const zh = i % 7 === 0 ? ' 退货和退款说明。' : '';
  return `<details id="q${i}"><summary>Question ${i + 1} about ${t}: what should I know?</summary><p>Answer ${i + 1}. Everything about ${t}, explained in plain words, for order number ${1000 + i}.${zh}</p></details>`;
}).join('')}</rl-faq></body></html>`;

export async function run() {
  const server = await serve(process.cwd(), { '/bench/faq.html': page });
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    if (process.env.BENCH_DEBUG) tab.on('console', (m) => console.log(m.text()));
    await tab.goto(`${server.url}/bench/faq.html`);
    if (process.env.BENCH_DEBUG) await tab.evaluate(() => (globalThis.__debugBench = true));
    await tab.waitForFunction(() => {
      const faq = document.querySelector('rl-faq');
      return faq?.shadowRoot?.querySelectorAll('button.header').length === 500 && faq.shadowRoot.querySelector('input[type="search"]');
    });
    // Let the lazily loaded search module arrive.
    await tab.waitForFunction(() => document.querySelector('rl-faq').finder);
    const { times, vanilla, early, vanillaEarly } = await tab.evaluate(async (queries) => {
      const faq = document.querySelector('rl-faq');
      const input = faq.shadowRoot.querySelector('input[type="search"]');
      // The vanilla baseline runs in the same page, keystroke for keystroke beside the element,
      // so both see the same load on a shared machine.
      const box = document.createElement('div');
      box.innerHTML = faq.innerHTML;
      document.body.append(box);
      // Laid out now: otherwise the element's first keystroke pays for the baseline's 500 new entries.
      void box.offsetHeight;
      const items = [...box.querySelectorAll('details')].map((el) => [el, el.textContent.toLowerCase()]);
      const vanillaFilter = (text) => {
        const q = text.toLowerCase();
        const t0 = performance.now();
        for (const [el, itemText] of items) el.hidden = !itemText.includes(q);
        void box.offsetHeight; // include style and layout
        return performance.now() - t0;
      };
      const visible = () => faq.shadowRoot.querySelectorAll('.item:not([hidden]) button.header').length;
      const out = { times: [], vanilla: [], early: [], vanillaEarly: [] };
      for (let round = 0; round < 3; round++) {
        for (const query of queries) {
          for (let i = 1; i <= query.length; i++) {
            input.value = query.slice(0, i);
            const t0 = performance.now();
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            await faq.updateComplete;
            void faq.offsetHeight; // include style and layout
            const t = performance.now() - t0;
            out.times.push(t);
            if (globalThis.__debugBench && t > 50) console.log(`slow ${t.toFixed(0)}ms "${input.value}" visible=${visible()}`);
            await new Promise((r) => setTimeout(r, 0));
            const v = vanillaFilter(query.slice(0, i));
            out.vanilla.push(v);
            if (i <= 3) {
              out.early.push(t);
              out.vanillaEarly.push(v);
            }
            await new Promise((r) => setTimeout(r, 0));
          }
          input.value = '';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await faq.updateComplete;
          void faq.offsetHeight; // settle layout before the next query is timed
          vanillaFilter('');
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      box.remove();
      return out;
    }, queries);
    const pure = await pureFilterTimes();
    return [
      { name: `faq: searchFaq() alone, ${ENTRIES} entries (median)`, value: median(pure), unit: 'ms' },
      { name: `faq: keystroke → rendered, ${ENTRIES} entries (median)`, value: median(times), unit: 'ms', target: '< 8 ms' },
      { name: `faq: keystroke → rendered, ${ENTRIES} entries (p95)`, value: percentile(times, 95), unit: 'ms' },
      { name: `faq: vanilla filter (hide <details> by includes()), ${ENTRIES} entries (p95)`, value: percentile(vanilla, 95), unit: 'ms' },
      { name: 'faq: p95 rendered / p95 vanilla', value: percentile(times, 95) / percentile(vanilla, 95), unit: '×', target: '≤ 1.2×' },
      { name: 'faq: first three letters of a query → rendered (p95)', value: percentile(early, 95), unit: 'ms', target: '< 8 ms' },
      { name: 'faq: first three letters, vanilla filter (p95)', value: percentile(vanillaEarly, 95), unit: 'ms' },
      { name: 'faq: keystrokes measured', value: times.length, unit: '' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

/** The pure filter (domain function), in Node, for comparison with the rendered figure. */
async function pureFilterTimes() {
  const { indexFaq, searchFaq } = await import('../../src/domain/faq-search.ts');
  const index = indexFaq(
    Array.from({ length: ENTRIES }, (_, i) => ({
      id: `q${i}`,
      question: `Question ${i + 1} about shipping: what should I know?`,
      answerText: `Answer ${i + 1}. Everything explained for order number ${1000 + i}.`,
    })),
  );
  const times = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const t0 = performance.now();
      searchFaq(index, query.slice(0, i));
      times.push(performance.now() - t0);
    }
  }
  return times;
}
