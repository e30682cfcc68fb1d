/**
 * A Chinese page never shows English first: the Chinese catalogues load only when an element
 * speaks Chinese (core/i18n.ts), and until they are here its updates wait (core/update-gate.ts).
 * Every update of every element is recorded, from the first; none may hold a text of the English
 * catalogue. This file runs in a page of its own, so the catalogues start unloaded here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog, Messages } from '../../src/core/i18n.js';
import '../../src/define.js';
import { faqMessages } from '../../src/elements/faq/faq.messages.js';
import { uploaderMessages } from '../../src/elements/media-uploader/media-uploader.messages.js';
import { returnFormMessages } from '../../src/elements/return-form/return-form.messages.js';
import { returnPolicyMessages } from '../../src/elements/return-policy/return-policy.messages.js';
import { reviewFormMessages } from '../../src/elements/review-form/review-form.messages.js';
import { reviewsMessages } from '../../src/elements/reviews/reviews.messages.js';
import { sizeGuideMessages } from '../../src/elements/size-guide/size-guide.messages.js';
import type { RlMediaUploader } from '../../src/elements/media-uploader/media-uploader.js';
import { crafted } from '../fixtures/media.js';
import { cleanup, fixture, waitFor } from '../helpers.js';
import { elementsPage, tags } from './elements-page.js';

const catalogs: Record<string, Catalog<Messages>> = {
  'rl-faq': faqMessages,
  'rl-return-policy': returnPolicyMessages,
  'rl-size-guide': sizeGuideMessages,
  'rl-reviews': reviewsMessages,
  'rl-review-form': reviewFormMessages,
  'rl-media-uploader': uploaderMessages,
  'rl-return-form': returnFormMessages,
};

/** The shadow root's text after each update of each element, in order. */
const renders = new Map<Element, string[]>();
for (const tag of tags) {
  const proto = customElements.get(tag)!.prototype as { updated(changed: unknown): void };
  const updated = proto.updated;
  proto.updated = function (this: Element, changed: unknown) {
    renders.set(this, [...(renders.get(this) ?? []), this.shadowRoot!.textContent!]);
    updated.call(this, changed);
  };
}

/** English catalogue strings that read differently in Chinese (words, not `·` or `cm`). */
function englishOnly(catalog: Catalog<Messages>): string[] {
  const zh = new Set(Object.values(catalog.zh ?? {}));
  return Object.values(catalog.en).filter((v): v is string => typeof v === 'string' && /[a-z]{3}/i.test(v) && !zh.has(v));
}

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

describe('a Chinese page', () => {
  it('draws every element in Chinese from its first render: no English text first', async () => {
    const store = await elementsPage('zh-CN');
    for (const tag of tags) {
      const el = store.querySelector(tag)!;
      const texts = renders.get(el) ?? [];
      expect(texts.length, `${tag} rendered`).toBeGreaterThan(0);
      expect(el.shadowRoot!.textContent, `${tag} ends in Chinese`).toMatch(/[\u4e00-\u9fff]/);
      const english = englishOnly(catalogs[tag]!);
      expect(english.length, tag).toBeGreaterThan(0);
      const shown = texts.flatMap((text, i) => english.filter((s) => text.includes(s)).map((s) => `render ${i + 1}: “${s}”`));
      expect(shown, `${tag} showed English`).toEqual([]);
    }
  });

  it('announces a refused file in Chinese: the refusal wording arrives with the upload code, its Chinese before the announcement', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await fixture<RlMediaUploader>(`<rl-media-uploader name="photos"></rl-media-uploader>`);
    const refused = new Promise((resolve) => el.addEventListener('rl-media-error', resolve, { once: true }));
    await el.addFiles([crafted.renamedExe()]);
    await refused;
    await el.updateComplete;
    const heard = await waitFor(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim());
    expect(heard).toMatch(/[\u4e00-\u9fff]/);
    expect(heard).not.toMatch(/program|file/i);
  });
});
