/**
 * Switching an English element to Chinese at run time (`lang` set later): it keeps its English
 * text until the Chinese catalogue has loaded (no half-translated render), then draws Chinese;
 * `updateComplete` settles only after that render. For a Lit element (`rl-size-guide`) and the
 * FAQ's own small host (core/lite-element.ts). This file runs in a page of its own, so the
 * Chinese catalogues are not loaded when the switch happens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import { cleanup, fixture, settle } from '../helpers.js';

const CHINESE = /[\u4e00-\u9fff]/;

/** Every render's text after `since`, per element. */
const renders = new Map<Element, string[]>();
for (const tag of ['rl-size-guide', 'rl-faq']) {
  const proto = customElements.get(tag)!.prototype as { updated(changed: unknown): void };
  const updated = proto.updated;
  proto.updated = function (this: Element, changed: unknown) {
    renders.get(this)?.push(this.shadowRoot!.textContent!);
    updated.call(this, changed);
  };
}

afterEach(cleanup);

describe('lang switched to zh-CN at run time', () => {
  it('shows English until the Chinese catalogue is here, then Chinese, and updateComplete waits for it', async () => {
    document.documentElement.lang = 'en';
    const root = await fixture(`<div>
      <rl-size-guide product-id="shirt"></rl-size-guide>
      <rl-faq><details><summary>Question one?</summary><p>Answer one.</p></details><details><summary>Two?</summary>Two.</details></rl-faq>
    </div>`);
    await settle(root);
    const elements = [root.querySelector('rl-size-guide')!, root.querySelector('rl-faq')!] as (HTMLElement & {
      updateComplete: Promise<boolean>;
    })[];
    for (const el of elements) {
      expect(el.shadowRoot!.textContent, el.localName).toMatch(/Size guide|Expand all/);
      renders.set(el, []);
      el.setAttribute('lang', 'zh-CN');
    }
    // The language change reaches the element in a microtask (a MutationObserver): its update is then pending.
    await Promise.resolve();
    for (const el of elements) {
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!;
      expect(text, `${el.localName} after updateComplete`).toMatch(CHINESE);
      expect(text, el.localName).not.toMatch(/Size guide|Expand all/);
      // No render between the switch and the Chinese one: English stayed up, never a mix.
      expect(
        renders.get(el)!.filter((t) => !CHINESE.test(t)),
        `${el.localName} renders after the switch`,
      ).toEqual([]);
    }
  });
});
