/**
 * The adapter toolkit on `window.Returnless`, on a CDN page (the built `dist/cdn/returnless.js`
 * by a plain script tag, in an iframe): what a theme developer without a bundler writes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnlessGlobal } from '../src/core/global-api.js';
import { waitFor } from './helpers.js';

const LOADER = '/__cdn/returnless.js';
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

type Win = Window & typeof globalThis & { Returnless: ReturnlessGlobal; __errors: string[]; __ready?: boolean };

async function cdnPage(body: string): Promise<Win> {
  const probe = await fetch(LOADER, { method: 'HEAD' });
  if (!probe.ok) throw new Error(`${LOADER} is missing: run \`npm run build\` first (npm test does).`);
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>
      window.__errors = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
      document.addEventListener('rl-ready', () => { window.__ready = true; });
    </script><script type="module" src="${LOADER}"></script></head><body>${body}</body></html>`;
  document.body.appendChild(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Win;
  await waitFor(() => win.__ready, 5000);
  return win;
}

describe('window.Returnless adapter toolkit (CDN page)', () => {
  it('has AdapterError, createMemoryAdapter, withValidation and createRestAdapter once ready', async () => {
    const win = await cdnPage('<rl-store><rl-faq faq-set="s"></rl-faq></rl-store>');
    const R = win.Returnless;
    expect(typeof R.AdapterError).toBe('function');
    const adapter = R.withValidation(
      R.createMemoryAdapter({ faq: { s: [{ id: 'q', question: 'From the global?', answer: 'Yes.' }] } }, { only: ['getFaq'] }),
    );
    // Only what the adapter implements is there, so elements can degrade.
    expect(Object.keys(adapter)).toEqual(['getFaq']);
    (win.document.querySelector('rl-store') as HTMLElement & { adapter: unknown }).adapter = adapter;
    const faq = win.document.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot?.textContent?.includes('From the global?'), 5000);
    expect(typeof R.createRestAdapter({ baseUrl: '/api' }).getFaq).toBe('function');
    expect(win.__errors).toEqual([]);
  });

  it('AdapterError from the global is the one elements use; look-alikes and copies from other bundles keep field and retryAfter', async () => {
    const win = await cdnPage('');
    const { AdapterError } = win.Returnless;
    const own = new AdapterError('rejected', 'Email refused', { field: 'email' });
    expect(AdapterError.from(own)).toBe(own);
    // The documented look-alike, as a plain object.
    const lookAlike = AdapterError.from({ name: 'AdapterError', code: 'rate_limited', message: 'Slow down', retryAfter: 7 });
    expect(lookAlike).toBeInstanceOf(AdapterError);
    expect(lookAlike.code).toBe('rate_limited');
    expect(lookAlike.retryAfter).toBe(7);
    // A copy of the class from another bundle.
    class OtherAdapterError extends Error {
      override name = 'AdapterError';
      constructor(
        readonly code: string,
        message: string,
        readonly field?: string,
      ) {
        super(message);
      }
    }
    const copied = AdapterError.from(new OtherAdapterError('rejected', 'Quantity too high', 'lines[0].quantity'));
    expect(copied.code).toBe('rejected');
    expect(copied.field).toBe('lines[0].quantity');
    expect(copied.messageKey).toBe('error.rejected');
  });

  it('an element shows the error a CDN adapter throws with Returnless.AdapterError', async () => {
    const win = await cdnPage('<rl-store><rl-faq faq-set="s"></rl-faq></rl-store>');
    const { AdapterError } = win.Returnless;
    (win.document.querySelector('rl-store') as HTMLElement & { adapter: unknown }).adapter = {
      getFaq: async () => {
        throw new AdapterError('rate_limited', 'Too many', { retryAfter: 3 });
      },
    };
    const faq = win.document.querySelector('rl-faq')!;
    await waitFor(() => faq.shadowRoot?.textContent?.includes('Too many attempts'), 5000);
  });
});
