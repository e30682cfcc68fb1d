/**
 * Every console message ends with a link to the README section it is about
 * (`→ https://github.com/returnless/returnless#anchor`): each anchor must be a heading there,
 * or the developer lands at the top of a long page.
 */
import { afterEach, expect, it, vi } from 'vitest';
import readme from '../../README.md?raw';
import { resetDevMessages } from '../../src/core/dev.js';
import '../../src/elements/return-policy/define.js';
import '../../src/elements/size-guide/define.js';
import '../../src/elements/store/define.js';
import { cleanup, fixture, waitFor } from '../helpers.js';

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
const anchors = new Set(
  [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-'),
  ),
);

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

it('links the elements’ setup errors to README headings that exist', async () => {
  resetDevMessages();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  await fixture(`<div>
    <rl-store currency="euro"></rl-store>
    <rl-return-policy></rl-return-policy>
    <rl-size-guide mode="inline"></rl-size-guide>
    <rl-size-guide mode="inline"><script type="application/json">{ "id": 1 }</script></rl-size-guide>
  </div>`);
  // The two "no source" checks wait a second for a late adapter; the broken chart and the currency are said at once.
  await waitFor(() => errors.mock.calls.length >= 4, 4000);
  const links = errors.mock.calls.map((call) => /→ \S+#(\S+)$/.exec(String(call[0]))?.[1]);
  expect(links).toHaveLength(4);
  for (const link of links) expect([...anchors], String(link)).toContain(link);
});

it('links inside the README point at its headings', () => {
  const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(3);
  for (const link of links) expect([...anchors], link).toContain(link);
});
