import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { FaqEntry } from '../../src/domain/faq.js';
import '../../src/elements/faq/define.js';
import type { RlFaq } from '../../src/elements/faq/faq.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

const markup = `
  <rl-faq>
    <details id="returns"><summary>How do I return an item?</summary><p>Use the <a href="/returns">returns form</a> within 30 days.</p></details>
    <details id="refund"><summary>When will I get my refund?</summary><p>Refunds take 5 business days after we receive the item.</p></details>
    <details><summary>Do you ship to China?</summary><p>Yes, we ship to 中国 within 7 days.</p></details>
  </rl-faq>`;

/** The questions a shopper sees: entries a search filtered out stay in place, hidden. */
const buttons = (faq: Element) => $$<HTMLButtonElement>(faq, '.item:not([hidden]) button.header');
const focused = (faq: Element) => faq.shadowRoot!.activeElement;

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<rl-faq> from its own <details> markup', () => {
  it('renders the APG accordion: heading > button with aria-expanded and aria-controls', async () => {
    const faq = await fixture<RlFaq>(markup);
    const [first] = buttons(faq);
    expect(buttons(faq)).toHaveLength(3);
    expect(first!.closest('[role="heading"]')!.getAttribute('aria-level')).toBe('3');
    expect(first!.getAttribute('aria-expanded')).toBe('false');
    const panel = faq.shadowRoot!.getElementById(first!.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('hidden')).toBe('until-found');
    expect(panel.getAttribute('aria-labelledby')).toBe(first!.id);
    expect(panel.textContent).toContain('within 30 days');
    // The theme's link is kept as written.
    expect(panel.querySelector('a')!.getAttribute('href')).toBe('/returns');
  });

  it('gives entries without an id a stable slug', async () => {
    const faq = await fixture<RlFaq>(markup);
    expect(faq.entries.map((e) => e.id)).toEqual(['returns', 'refund', 'do-you-ship-to-china']);
  });

  it('follows heading-level and clamps it to 1–6', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq heading-level="2">'));
    expect($(faq, '[role="heading"]')!.getAttribute('aria-level')).toBe('2');
    faq.headingLevel = 9;
    await faq.updateComplete;
    expect($(faq, '[role="heading"]')!.getAttribute('aria-level')).toBe('6');
  });

  it('keeps attributes and properties in step: booleans reflect, numbers convert, own attributes win', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable heading-level="4">'));
    expect([faq.searchable, faq.single, faq.headingLevel]).toEqual([true, false, 4]);
    faq.single = true;
    faq.searchable = false;
    await faq.updateComplete;
    expect([faq.hasAttribute('single'), faq.hasAttribute('searchable')]).toEqual([true, false]);
    faq.setAttribute('no-toggle-all', '');
    faq.removeAttribute('single');
    expect([faq.noToggleAll, faq.single]).toEqual([true, false]);
  });

  it('toggles on click and fires rl-faq-toggle with the id', async () => {
    const faq = await fixture<RlFaq>(markup);
    const events: { id: string; open: boolean }[] = [];
    faq.addEventListener('rl-faq-toggle', (e) => events.push(e.detail));
    buttons(faq)[1]!.click();
    await faq.updateComplete;
    expect(buttons(faq)[1]!.getAttribute('aria-expanded')).toBe('true');
    expect($(faq, '#a-refund')!.hasAttribute('hidden')).toBe(false);
    buttons(faq)[1]!.click();
    await faq.updateComplete;
    expect($(faq, '#a-refund')!.getAttribute('hidden')).toBe('until-found');
    expect(events).toEqual([
      { id: 'refund', open: true },
      { id: 'refund', open: false },
    ]);
  });

  it('moves focus with ArrowDown/ArrowUp (wrapping) and Home/End; Enter and Space toggle', async () => {
    const faq = await fixture<RlFaq>(markup);
    const [first, second, third] = buttons(faq);
    first!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(faq)).toBe(second);
    await userEvent.keyboard('{End}');
    expect(focused(faq)).toBe(third);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(faq)).toBe(first);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(faq)).toBe(third);
    await userEvent.keyboard('{Home}');
    expect(focused(faq)).toBe(first);
    await userEvent.keyboard('{Enter}');
    await faq.updateComplete;
    expect(first!.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard(' ');
    await faq.updateComplete;
    expect(first!.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps one entry open with `single`', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq single>'));
    buttons(faq)[0]!.click();
    await faq.updateComplete;
    buttons(faq)[2]!.click();
    await faq.updateComplete;
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'true']);
    expect($(faq, '[part="toggle-all"]')).toBeNull();
  });

  it('expands and collapses all with one button', async () => {
    const faq = await fixture<RlFaq>(markup);
    const toggle = $<HTMLButtonElement>(faq, '[part="toggle-all"]')!;
    expect(toggle.textContent!.trim()).toBe('Expand all');
    toggle.click();
    await faq.updateComplete;
    expect(buttons(faq).every((b) => b.getAttribute('aria-expanded') === 'true')).toBe(true);
    expect(toggle.textContent!.trim()).toBe('Collapse all');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await faq.updateComplete;
    expect(buttons(faq).every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  it('opens a collapsed answer found by find-in-page (beforematch)', async () => {
    const faq = await fixture<RlFaq>(markup);
    $(faq, '#a-refund')!.dispatchEvent(new Event('beforematch'));
    await faq.updateComplete;
    expect($(faq, '#q-refund')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('opens <details open> entries initially', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<details id="refund">', '<details id="refund" open>'));
    expect($(faq, '#q-refund')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('follows changes to its light DOM', async () => {
    const faq = await fixture<RlFaq>(markup);
    faq.insertAdjacentHTML('beforeend', '<details id="gift"><summary>Can I return a gift?</summary>Yes.</details>');
    await waitFor(() => buttons(faq).length === 4);
    expect($(faq, '#q-gift')).not.toBeNull();
  });

  it('keeps focus on the question when its light DOM changes', async () => {
    const faq = await fixture<RlFaq>(markup);
    $<HTMLButtonElement>(faq, '#q-refund')!.focus();
    faq.insertAdjacentHTML('beforeend', '<details id="gift"><summary>Can I return a gift?</summary>Yes.</details>');
    await waitFor(() => buttons(faq).length === 4);
    expect(faq.shadowRoot!.activeElement?.id).toBe('q-refund');
  });

  it('toggles only on its own buttons: a button inside an answer does nothing to the entry', async () => {
    const faq = await fixture<RlFaq>(
      '<rl-faq><details id="sizes" open><summary>Which size?</summary><p><button type="button" class="header">Chart</button></p></details></rl-faq>',
    );
    const toggles: string[] = [];
    faq.addEventListener('rl-faq-toggle', (e) => toggles.push(e.detail.id));
    $<HTMLButtonElement>(faq, '.answer button')!.click();
    await faq.updateComplete;
    expect(toggles).toEqual([]);
    expect($(faq, '#q-sizes')!.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('<rl-faq searchable>', () => {
  async function search(faq: RlFaq, text: string) {
    const input = await waitFor(() => $<HTMLInputElement>(faq, 'input[type="search"]'));
    await waitFor(() => (faq as unknown as { finder?: unknown }).finder);
    input.focus();
    await userEvent.clear(input);
    if (text) await userEvent.type(input, text);
    await faq.updateComplete;
  }

  it('prepares its search while the page is idle in several short steps, not one long task, and still finds', async () => {
    // Issue 16: the preparation (index, node lists, a probe highlight) was one idle task of 60–110 ms at 4× throttle.
    const idle: IdleRequestCallback[] = [];
    const spy = vi.spyOn(window, 'requestIdleCallback').mockImplementation((run) => idle.push(run));
    const entries = Array.from(
      { length: 120 },
      (_, i) => `<details id="e${i}"><summary>Question ${i} about returns</summary><p>Answer ${i}</p></details>`,
    );
    const faq = await fixture<RlFaq>(`<rl-faq searchable>${entries.join('')}</rl-faq>`);
    await waitFor(() => idle.length > 0);
    let steps = 0;
    while (idle.length) {
      idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });
      steps++;
    }
    spy.mockRestore();
    // Index, three slices of question text, the probe: each an idle period of its own.
    expect(steps).toBeGreaterThanOrEqual(5);
    await search(faq, 'question 42 ');
    expect(buttons(faq).map((b) => b.id)).toEqual(['q-e42']);
  });

  it('has a labelled search field', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    const input = await waitFor(() => $<HTMLInputElement>(faq, 'input[type="search"]'));
    expect($(faq, `label[for="${input.id}"]`)!.textContent).toBe('Search questions');
  });

  it('filters questions and answers, ignoring case and accents, and announces the count', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    const searches: { query: string; count: number }[] = [];
    faq.addEventListener('rl-faq-search', (e) => searches.push(e.detail));
    await search(faq, 'RÉFUND');
    expect(buttons(faq).map((b) => b.id)).toEqual(['q-refund']);
    // Matched in the answer as well: the entry opens to show why.
    await search(faq, 'business days');
    expect(buttons(faq).map((b) => b.id)).toEqual(['q-refund']);
    expect($(faq, '#q-refund')!.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => $(faq, '[role="status"]')!.textContent!.includes('1 question matches “business days”'));
    expect(searches.at(-1)).toEqual({ query: 'business days', count: 1 });
  });

  it('matches Chinese text without word boundaries', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    await search(faq, '中国');
    expect(buttons(faq).map((b) => b.id)).toEqual(['q-do-you-ship-to-china']);
  });

  it('highlights matches with the CSS Custom Highlight API', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    await search(faq, 'refund');
    const highlight = CSS.highlights.get('rl-faq-match')!;
    const texts = [...highlight].map((r) => {
      const s = r as AbstractRange;
      const range = document.createRange();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      return range.toString().toLowerCase();
    });
    expect(texts).toContain('refund');
  });

  it('keeps entries in place while filtering: the same nodes, filtered ones hidden, answers not moved', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    const before = $$<HTMLButtonElement>(faq, 'button.header');
    const answers = $$(faq, '.answer');
    await search(faq, 'refund');
    expect($$(faq, 'button.header')).toEqual(before);
    expect(before.map((b) => b.closest<HTMLElement>('.item')!.hidden)).toEqual([true, false, true]);
    expect($$(faq, '.answer')).toEqual(answers);
    // Hidden entries are out of the keyboard order too.
    buttons(faq)[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(faq)).toBe(before[1]);
    await search(faq, '');
    expect($$(faq, 'button.header')).toEqual(before);
    expect(before.every((b) => !b.closest<HTMLElement>('.item')!.hidden)).toBe(true);
  });

  it('highlights without a DOM query per hit, across the text nodes of an open answer', async () => {
    const many = Array.from(
      { length: 60 },
      (_, i) =>
        `<details id="e${i}"><summary>Refund question ${i}</summary><p>Use the <a href="/r">returns form</a> within ${i} days.</p></details>`,
    ).join('');
    const faq = await fixture<RlFaq>(`<rl-faq searchable>${many}</rl-faq>`);
    await search(faq, 're');
    const one = vi.spyOn(Element.prototype, 'querySelector');
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    const fromRoot = vi.spyOn(DocumentFragment.prototype, 'querySelector');
    await userEvent.type($<HTMLInputElement>(faq, 'input[type="search"]')!, 'f');
    await faq.updateComplete;
    const queries = one.mock.calls.length + all.mock.calls.length + fromRoot.mock.calls.length;
    vi.restoreAllMocks();
    expect(queries).toBeLessThan(5);
    await search(faq, 'form within 57');
    const texts = [...CSS.highlights.get('rl-faq-match')!].map((r) => {
      const s = r as AbstractRange;
      const range = document.createRange();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      return range.toString();
    });
    // One hit, opened: "57" in its question, and in the answer "form" inside the link, the rest after it.
    expect(texts.sort()).toEqual(['57', '57', 'form', 'within']);
  });

  it('lists the drawn nodes once: opening an answer or clearing the search does not list them again', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    await search(faq, 're');
    const listed = vi.spyOn(DocumentFragment.prototype, 'querySelectorAll');
    buttons(faq)[0]!.click();
    await faq.updateComplete;
    await search(faq, '');
    await search(faq, 'ref');
    const questionQueries = listed.mock.calls.filter(([selector]) => selector.includes('.question')).length;
    vi.restoreAllMocks();
    expect(questionQueries).toBe(0);
    expect(buttons(faq).map((b) => b.id)).toEqual(['q-refund']);
  });

  it('says when nothing matches and offers to clear the search', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    await search(faq, 'xylophone');
    expect($(faq, '[part="empty"]')!.textContent).toContain('No questions match “xylophone”');
    // Styled as the element's other text buttons, with their 44px target, also without adapter code.
    const clear = $<HTMLButtonElement>(faq, '[part="empty"] button')!;
    expect(clear.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(getComputedStyle(clear).textDecorationLine).toBe('underline');
    clear.click();
    await settle(faq.parentElement!);
    expect(buttons(faq)).toHaveLength(3);
    expect(faq.shadowRoot!.activeElement).toBe($(faq, 'input[type="search"]'));
  });

  it('restores the entries open before the search when it is cleared', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq searchable>'));
    buttons(faq)[0]!.click();
    await search(faq, 'business');
    await search(faq, '');
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'false', 'false']);
  });
});

describe('deep links', () => {
  it('opens, scrolls to and focuses the entry named in the URL hash', async () => {
    history.replaceState(null, '', '#refund');
    const faq = await fixture<RlFaq>(markup);
    await waitFor(() => $(faq, '#q-refund')!.getAttribute('aria-expanded') === 'true');
    await waitFor(() => faq.shadowRoot!.activeElement === $(faq, '#q-refund'));
  });

  it('follows later hash changes', async () => {
    const faq = await fixture<RlFaq>(markup);
    location.hash = 'returns';
    await waitFor(() => $(faq, '#q-returns')!.getAttribute('aria-expanded') === 'true');
  });

  it('copies a link to an entry and announces it', async () => {
    const faq = await fixture<RlFaq>(markup);
    const writeText = vi.fn(async () => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const copy = $$<HTMLButtonElement>(faq, '[part="copy-link"]')[1]!;
    expect(copy.getAttribute('aria-label')).toBe('Copy link to “When will I get my refund?”');
    copy.click();
    await waitFor(() => writeText.mock.calls.length === 1);
    expect(new URL((writeText.mock.calls[0] as unknown as [string])[0]).hash).toBe('#refund');
    await waitFor(() => $(faq, '[role="status"]')!.textContent === 'Link copied');
    vi.restoreAllMocks();
  });

  it('puts the link in the address bar when the clipboard is refused', async () => {
    const faq = await fixture<RlFaq>(markup);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('denied')),
    } as unknown as Clipboard);
    $$<HTMLButtonElement>(faq, '[part="copy-link"]')[0]!.click();
    await waitFor(() => location.hash === '#returns');
    vi.restoreAllMocks();
  });
});

describe('JSON-LD', () => {
  it('emits FAQPage for its questions only when asked, once per element, and removes it on disconnect', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq json-ld>'));
    const script = await waitFor(() =>
      document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-rl-jsonld^="faq-"]'),
    );
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toHaveLength(3);
    expect(data.mainEntity[0]).toMatchObject({
      '@type': 'Question',
      name: 'How do I return an item?',
      acceptedAnswer: { '@type': 'Answer' },
    });
    expect(data.mainEntity[0].acceptedAnswer.text).toContain('within 30 days');
    faq.remove();
    await waitFor(() => !document.head.querySelector('script[data-rl-jsonld^="faq-"]'));
  });

  it('writes it again only when the entries change, not on each search keystroke', async () => {
    const faq = await fixture<RlFaq>(markup.replace('<rl-faq>', '<rl-faq json-ld searchable>'));
    const script = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[data-rl-jsonld^="faq-"]'));
    // Marked, so a rewrite shows; the writer's module is loaded by now.
    script.textContent = 'as written';
    const input = await waitFor(() => $<HTMLInputElement>(faq, 'input[type="search"]'));
    await waitFor(() => (faq as unknown as { finder?: unknown }).finder);
    await userEvent.type(input, 'refund');
    await faq.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(script.textContent).toBe('as written');
    faq.querySelector('details')!.remove();
    await waitFor(() => JSON.parse(script.textContent!).mainEntity.length === 2);
  });

  it('emits nothing without the attribute', async () => {
    await fixture<RlFaq>(markup);
    await new Promise((r) => setTimeout(r, 50));
    expect(document.head.querySelector('script[data-rl-jsonld^="faq-"]')).toBeNull();
  });
});

describe('language', () => {
  it('speaks Simplified Chinese under lang="zh-CN"', async () => {
    const faq = await fixture<RlFaq>(`<div lang="zh-CN">${markup.replace('<rl-faq>', '<rl-faq searchable>')}</div>`, 'rl-faq');
    expect($(faq, '[part="toggle-all"]')!.textContent!.trim()).toBe('全部展开');
    expect($(faq, 'label')!.textContent).toBe('搜索问题');
  });

  it('follows <html lang> changes', async () => {
    const faq = await fixture<RlFaq>(markup);
    document.documentElement.lang = 'zh-Hans-CN';
    await waitFor(() => $(faq, '[part="toggle-all"]')!.textContent!.trim() === '全部展开');
    document.documentElement.lang = 'en';
    await waitFor(() => $(faq, '[part="toggle-all"]')!.textContent!.trim() === 'Expand all');
  });
});

const entries: FaqEntry[] = [
  { id: 'ship', question: 'Where do you ship?', answer: '<p>Everywhere in the <strong>EU</strong>.</p>' },
  { id: 'pay', question: 'How can I pay?', answer: '<ul><li>Card</li><li>PayPal</li></ul>' },
];

async function storeFaq(adapter: RlStore['adapter'], faqAttrs = 'faq-set="default"') {
  const store = await fixture<RlStore>(`<rl-store><rl-faq ${faqAttrs}></rl-faq></rl-store>`);
  store.adapter = adapter;
  await settle(store.parentElement!);
  return store.querySelector('rl-faq') as RlFaq;
}

describe('<rl-faq> from the adapter', () => {
  it('loads the set from the store’s adapter and renders sanitised answers', async () => {
    const faq = await storeFaq(createMemoryAdapter({ faq: { default: entries } }));
    await waitFor(() => buttons(faq).length === 2);
    expect($(faq, '#a-ship strong')!.textContent).toBe('EU');
    expect($$(faq, '#a-pay li')).toHaveLength(2);
  });

  it('gives entries that share an id (a CMS slug used twice) ids of their own, so each opens alone', async () => {
    const twice = [entries[0]!, { ...entries[1]!, id: 'ship' }, { ...entries[1]!, id: 'ship-2', question: 'Ship 2?' }];
    // The second "ship" becomes ship-2, so the entry written as ship-2 comes after it as ship-2-2: every id once.
    const faq = await storeFaq(createMemoryAdapter({ faq: { default: twice } }));
    await waitFor(() => buttons(faq).length === 3);
    expect(buttons(faq).map((b) => b.id)).toEqual(['q-ship', 'q-ship-2', 'q-ship-2-2']);
    buttons(faq)[1]!.click();
    await faq.updateComplete;
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'true', 'false']);
  });

  it('switches between its own <details> and the adapter’s set both ways', async () => {
    const faq = await storeFaq(createMemoryAdapter({ faq: { default: entries } }));
    await waitFor(() => buttons(faq).length === 2);
    faq.insertAdjacentHTML('beforeend', '<details id="own"><summary>Our own question?</summary>Yes.</details>');
    await waitFor(
      () =>
        buttons(faq)
          .map((b) => b.id)
          .join() === 'q-own',
    );
    faq.querySelector('details')!.remove();
    await waitFor(() => buttons(faq).length === 2);
    expect($(faq, '#a-ship strong')!.textContent).toBe('EU');
    expect($(faq, '#q-ship')!.checkVisibility()).toBe(true);
  });

  it('asks for the store locale', async () => {
    const adapter = createMemoryAdapter({
      faq: { default: entries, 'default@zh-CN': [{ id: 'ship', question: '你们发货到哪里？', answer: '欧盟' }] },
    });
    const store = await fixture<RlStore>(`<rl-store locale="zh-CN"><rl-faq></rl-faq></rl-store>`);
    store.adapter = adapter;
    const faq = store.querySelector('rl-faq') as RlFaq;
    await waitFor(() => $(faq, '#q-ship')?.textContent?.includes('你们发货到哪里'));
  });

  it('shows a loading state with reserved space while waiting', async () => {
    const faq = await storeFaq(createMemoryAdapter({ faq: { default: entries } }, { latencyMs: Infinity }));
    const loading = await waitFor(() => $(faq, '[part="loading"]'));
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.getBoundingClientRect().height).toBeGreaterThan(100);
  });

  it('shows an empty state when the set has no entries', async () => {
    const faq = await storeFaq(createMemoryAdapter({ faq: { default: [] } }));
    await waitFor(() => $(faq, '[part="empty"]')?.textContent?.includes('no questions here yet'));
  });

  const codes = ['network', 'timeout', 'invalid_response', 'rejected', 'rate_limited'] as const;
  for (const code of codes) {
    it(`shows a clear ${code} error with a retry that recovers`, async () => {
      let fail = true;
      const memory = createMemoryAdapter({ faq: { default: entries } });
      const adapter = {
        getFaq: async (...args: Parameters<NonNullable<typeof memory.getFaq>>) => {
          if (fail) throw Object.assign(new Error('boom'), { name: 'AdapterError', code });
          return memory.getFaq!(...args);
        },
      };
      const faq = await storeFaq(adapter);
      const error = await waitFor(() => $(faq, '[part="error"]'));
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent!.length).toBeGreaterThan(20);
      fail = false;
      $<HTMLButtonElement>(faq, '[part="retry-button"]')!.click();
      await waitFor(() => buttons(faq).length === 2);
    });
  }

  it("draws its error state in the theme's danger colour (a token a FAQ written in HTML does not load)", async () => {
    const faq = await storeFaq(createMemoryAdapter({ faq: {} }));
    faq.style.setProperty('--rl-color-danger', 'rgb(1, 2, 3)');
    const error = await waitFor(() => $(faq, '[part="error"]'));
    expect(getComputedStyle(error).borderInlineStartColor).toBe('rgb(1, 2, 3)');
  });

  it('does not offer a retry when the set does not exist', async () => {
    const faq = await storeFaq(createMemoryAdapter({ faq: {} }));
    const error = await waitFor(() => $(faq, '[part="error"]'));
    expect(error.textContent).toContain('could not find');
    expect($(faq, '[part="retry-button"]')).toBeNull();
  });

  it('treats a malformed answer as invalid_response and logs nothing it renders', async () => {
    const faq = await storeFaq({ getFaq: async () => ({ entries: [{ id: 'x', question: 42 }] }) } as never);
    const error = await waitFor(() => $(faq, '[part="error"]'));
    expect(error.textContent).toContain('Something went wrong on our side');
  });

  it('renders nothing and explains in the console when there is no source at all', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { resetDevMessages } = await import('../../src/core/dev.js');
    resetDevMessages();
    const faq = await fixture<RlFaq>('<rl-faq></rl-faq>');
    expect(faq.shadowRoot!.children.length).toBe(0);
    await waitFor(() => spy.mock.calls.some(([m]) => String(m).includes('<rl-faq> has nothing to show')));
    spy.mockRestore();
  });
});

describe('<rl-faq> in a Chinese, right-to-left and narrow page', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  it('mirrors under dir="rtl" (logical properties)', async () => {
    const faq = await fixture<RlFaq>(`<div dir="rtl">${markup}</div>`, 'rl-faq');
    const button = buttons(faq)[0]!;
    const icon = $(faq, '.icon')!;
    expect(icon.getBoundingClientRect().left).toBeLessThan(button.querySelector('.question')!.getBoundingClientRect().left);
  });
  it('fits 320 px without horizontal overflow', async () => {
    const faq = await fixture<RlFaq>(`<div style="width:320px">${markup.replace('<rl-faq>', '<rl-faq searchable>')}</div>`, 'rl-faq');
    expect(faq.scrollWidth).toBeLessThanOrEqual(320);
  });
});
