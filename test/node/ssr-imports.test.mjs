/**
 * Every public entry imports in plain Node (no DOM: a server render, a Next.js 'use client'
 * module, a test runner) and does nothing there. Runs on the built package (`npm run build`),
 * through its own `exports`, as an app would resolve it.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

const elements = readdirSync(new URL('../../src/entries/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
const entries = [
  'returnless',
  'returnless/define',
  ...elements.map((tag) => `returnless/elements/${tag}.js`),
  'returnless/cdn/returnless.js',
  // Type entries: empty modules, so a runtime `import 'returnless/svelte'` is harmless too.
  'returnless/react',
  'returnless/vue',
  'returnless/svelte',
];

test('there is a per-element entry for each of the ten tags', () => {
  assert.deepEqual(elements.sort(), [
    'rl-faq',
    'rl-media-uploader',
    'rl-return-form',
    'rl-return-insights',
    'rl-return-policy',
    'rl-review-form',
    'rl-review-inbox',
    'rl-reviews',
    'rl-size-guide',
    'rl-store',
  ]);
});

for (const entry of entries) {
  test(`import '${entry}' works without a DOM and touches nothing`, async () => {
    assert.equal(typeof document, 'undefined');
    const before = new Set([...Object.getOwnPropertyNames(globalThis), ...Object.getOwnPropertySymbols(globalThis).map(String)]);
    await import(entry);
    const added = [...Object.getOwnPropertyNames(globalThis), ...Object.getOwnPropertySymbols(globalThis).map(String)].filter(
      (k) => !before.has(k),
    );
    // Lit's own server shims (HTMLElement, customElements, …) are Lit's business; ours would be these.
    assert.deepEqual(
      added.filter((k) => /returnless|Returnless/.test(k)),
      [],
    );
  });
}

test('the root export gives the classes and adapters on a server', async () => {
  const root = await import('returnless');
  assert.equal(typeof root.RlFaq, 'function');
  assert.equal(typeof root.createMemoryAdapter, 'function');
  const faq = await root.createMemoryAdapter({ faq: { default: [{ id: 'a', question: 'Q?', answer: 'A.' }] } }).getFaq({ locale: 'en' });
  assert.equal(faq.entries[0].question, 'Q?');
});
