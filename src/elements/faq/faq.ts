import type { PropertyValues } from 'lit';
import { RlLiteElement } from '../../core/lite-element.js';
import { emit } from '../../core/events.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { readLightDomEntries, type FaqViewEntry } from './faq-entry.js';
import { faqMessages, type FaqMessages } from './faq.messages.js';
import { faqStyles } from './faq.styles.js';
import { FaqList } from './faq-list.js';
import { copyEntryLink, hashId } from './faq-links.js';
import { attr, h, on, place, text } from './faq-dom.js';
import { headingLevel } from '../../core/heading-level.js';

export interface FaqToggleDetail {
  id: string;
  open: boolean;
}
export interface FaqSearchDetail {
  query: string;
  count: number;
}

const ANNOUNCE_DELAY_MS = 400;

/**
 * An accessible FAQ accordion (WAI-ARIA APG accordion pattern) with search and deep links.
 *
 * Content comes from the element's own `<details><summary>Question</summary>Answer</details>`
 * children — which work for search engines and before the script loads — or, when there are
 * none, from the adapter's `getFaq` using `faq-set` or `product-id`. Answers may contain
 * paragraphs, lists, links and emphasis; everything else is removed by an allow-list sanitiser.
 *
 * Keyboard: Tab reaches each question; Enter or Space opens and closes it; ArrowDown/ArrowUp
 * move between questions, Home/End to the first/last. Opening the page at `#<entry id>` opens
 * and scrolls to that entry; collapsed answers are still found by the browser's find-in-page.
 *
 * @summary FAQ accordion with search, deep links and FAQPage JSON-LD.
 * @tag rl-faq
 *
 * @event {CustomEvent<FaqToggleDetail>} rl-faq-toggle - A shopper opened or closed an entry. `detail: { id, open }`.
 * @event {CustomEvent<FaqSearchDetail>} rl-faq-search - A shopper searched (debounced). `detail: { query, count }`.
 *
 * @slot - `<details>` elements, one per question: `<summary>` is the question, the rest the answer. An `id` on `<details>` is its deep-link id.
 *
 * @csspart toolbar - The row holding the search field and the expand-all button.
 * @csspart search - The search field's wrapper (label and input).
 * @csspart search-input - The search `<input>`.
 * @csspart toggle-all - The "Expand all / Collapse all" button.
 * @csspart status - The visually hidden live region announcing result counts.
 * @csspart list - The list of entries.
 * @csspart item - One entry.
 * @csspart heading - The heading wrapping an entry's button.
 * @csspart button - The button that opens and closes an entry.
 * @csspart question - The question text.
 * @csspart icon - The chevron.
 * @csspart panel - The answer region.
 * @csspart answer - The sanitised answer content.
 * @csspart copy-link - The "Copy link" button.
 * @csspart empty - The "no questions" / "no matches" message.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop [--rl-faq-gap=0] - Space between entries.
 * @cssprop [--rl-faq-divider=1px solid var(--rl-color-border)] - Border between entries.
 * @cssprop [--rl-faq-icon-size=1.25em] - Size of the chevron.
 */
export class RlFaq extends RlLiteElement {
  static override styles = [...RlLiteElement.styles, faqStyles];
  static override properties: typeof RlLiteElement.properties = {
    faqSet: { attribute: 'faq-set' },
    productId: { attribute: 'product-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    single: { type: Boolean, reflect: true },
    searchable: { type: Boolean, reflect: true },
    jsonLd: { attribute: 'json-ld', type: Boolean },
    noToggleAll: { attribute: 'no-toggle-all', type: Boolean },
    // Internal state: no attribute.
    lightEntries: { attribute: false },
    openIds: { attribute: false },
    query: { attribute: false },
    announcement: { attribute: false },
    finder: { attribute: false },
  };

  /** Name of the FAQ set to load from the adapter (ignored when the element has `<details>` children). */
  faqSet?: string;

  /** Load the FAQ for this product from the adapter. */
  productId?: string;

  /** Level (1–6) of the heading around each question, to fit the page outline. */
  headingLevel = 3;

  /** Only one answer open at a time. */
  single = false;

  /** Show a search field that filters questions and answers as the shopper types. */
  searchable = false;

  /** Emit `FAQPage` JSON-LD for this element's questions into `<head>`. Opt-in. */
  jsonLd = false;

  /** Hide the "Expand all / Collapse all" button. */
  noToggleAll = false;

  private lightEntries: FaqViewEntry[] = [];
  private openIds = new Set<string>();
  private query = '';
  private announcement = '';

  readonly #store = new StoreController(this);
  readonly #i18n = new LocaleController(this, this.#store, faqMessages);
  /** Search, loaded when `searchable` is first set. */
  private finder?: import('./faq-find.js').FaqFinder;
  #lightObserver?: MutationObserver;
  #openBeforeSearch?: Set<string>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The entry the address names (`#id`), opened once it is among the entries. */
  #pendingHashId?: string;
  /** The `json-ld` writer (faq-json-ld.ts), imported the first time `json-ld` is set. */
  #jsonLdWriter?: Promise<typeof import('./faq-json-ld.js')>;
  /**
   * The adapter load and its states (faq-data.ts), made when the FAQ has no `<details>`: its code
   * (and the console check for a FAQ with no source) loads only on pages that need it.
   */
  #data?: import('./faq-data.js').FaqData;
  /** The import of faq-data.ts, under way or done (undefined again after a failure). */
  #dataMode?: Promise<void>;

  #startDataMode(): void {
    if (this.#dataMode) return;
    this.#dataMode = import('./faq-data.js').then(
      (m) => void (this.#data = new m.FaqData(this, this.#store, this.#i18n, () => this.#usesLightDom)),
      (error: unknown) => {
        // Said, and tried again with the next update (a flaky network), rather than waiting forever.
        this.#dataMode = undefined;
        console.error('[returnless] Could not load the code of <rl-faq> that reads the adapter.', error);
      },
    );
  }

  /** Entries as currently shown (after load, before search). */
  get entries(): FaqViewEntry[] {
    return this.#usesLightDom ? this.lightEntries : (this.#data?.entries ?? []);
  }

  get #usesLightDom(): boolean {
    return this.lightEntries.length > 0;
  }

  /** Opens the entry with this id (and scrolls to it when `scroll` is true). Returns false when there is none. */
  async show(id: string, { scroll = true } = {}): Promise<boolean> {
    if (!this.entries.some((e) => e.id === id)) return false;
    if (this.#shownIds && !this.#shownIds.has(id)) this.query = '';
    this.#setOpen(id, true);
    await this.updateComplete;
    const button = this.renderRoot?.getElementById(`q-${id}`) as HTMLElement | null;
    if (scroll) {
      // `auto` follows the page's own scroll-behavior (and so its reduced-motion choice).
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    }
    return true;
  }

  /** Opens every visible entry. */
  expandAll(): void {
    this.openIds = new Set([...this.openIds, ...this.#visibleEntries.map((e) => e.id)]);
  }

  /** Closes every entry. */
  collapseAll(): void {
    this.openIds = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightDom();
    this.#lightObserver = new MutationObserver(() => this.#readLightDom());
    this.#lightObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id', 'open'],
    });
    window.addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver?.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
    this.finder?.clear();
    void this.#jsonLdWriter?.then((m) => m.writeFaqJsonLd(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#usesLightDom) this.#startDataMode();
    if (changed.has('single') && this.single && this.openIds.size > 1) this.openIds = new Set([...this.openIds].slice(0, 1));
    if (this.searchable && !this.finder) void import('./faq-find.js').then((m) => (this.finder ??= new m.FaqFinder()));
  }

  protected override updated(): void {
    const entries = this.entries;
    const id = this.#pendingHashId;
    if (id && entries.some((e) => e.id === id)) {
      this.#pendingHashId = undefined;
      // After this update, not inside it.
      queueMicrotask(() => void this.show(id));
    }
    this.finder?.apply({ entries, query: this.query, shown: this.#shownIds, openIds: this.openIds, nodes: this.#list.nodes });
    if (this.jsonLd) this.#jsonLdWriter ??= import('./faq-json-ld.js');
    void this.#jsonLdWriter?.then((m) => m.writeFaqJsonLd(this, this.jsonLd ? entries : undefined));
  }

  /** Draws the shadow root with plain DOM writes (faq-dom.ts): nodes are made once and changed in place. */
  protected override render(): void {
    const root = this.renderRoot!;
    if (this.#usesLightDom) return place(root, this.#drawEntries());
    if (!this.#store.adapter) return place(root, []);
    // Loading: a busy region, sized like four questions in faq.styles.ts, until the adapter code
    // arrives; then it draws the load's states (with lit-html, which comes with it).
    const data = this.#data;
    if (!data) {
      text(this.#skeleton.firstChild!, this.#i18n.core.loading);
      return place(root, [this.#skeleton]);
    }
    place(root, [data.states]);
    data.draw(() => this.#drawEntries());
  }

  /** The nodes of the entries' view: toolbar (or just the status), list, and the "no matches" box. */
  #drawEntries(): Node[] {
    const t = this.#i18n.t;
    if (!this.entries.length) {
      text(this.#emptyBox.firstChild!, t.empty);
      return [this.#emptyBox];
    }
    const visible = this.#visibleEntries;
    const showToggle = !this.single && !this.noToggleAll && visible.length > 1;
    const none = this.#shownIds?.size === 0;
    text(this.#status, this.announcement);
    this.#list.render(this.entries, this.openIds, headingLevel(this.headingLevel, 3), t);
    attr(this.#list.element, 'hidden', none ? '' : null);
    let top: Element = this.#status;
    if (this.searchable || showToggle) {
      top = this.#toolbar;
      const search = this.searchable ? [this.#drawSearch(t)] : [];
      const toggle = showToggle ? [this.#drawToggleAll(t, visible)] : [];
      place(top, [...search, ...toggle, this.#status]);
    }
    if (!none) return [top, this.#list.element];
    const [message, clear] = this.#noMatches.children as unknown as [Element, Element];
    text(message, t.noResults(this.query.trim()));
    text(clear, t.clearSearch);
    return [top, this.#list.element, this.#noMatches];
  }

  #drawSearch(t: FaqMessages): Element {
    const [label, input] = this.#search.children as unknown as [Element, HTMLInputElement];
    text(label, t.searchLabel);
    attr(input, 'placeholder', t.searchPlaceholder);
    if (input.value !== this.query) input.value = this.query;
    return this.#search;
  }

  #drawToggleAll(t: FaqMessages, visible: readonly FaqViewEntry[]): Element {
    const allOpen = visible.every((e) => this.openIds.has(e.id));
    attr(this.#toggleAll, 'aria-expanded', allOpen ? 'true' : 'false');
    text(this.#toggleAll, allOpen ? t.collapseAll : t.expandAll);
    return this.#toggleAll;
  }

  // The view's nodes, made once per element; render() changes their text and attributes.
  readonly #status = h('div', { class: 'visually-hidden', part: 'status', role: 'status' });
  readonly #toolbar = h('div', { class: 'toolbar', part: 'toolbar' });
  readonly #search = h(
    'div',
    { class: 'search', part: 'search', role: 'search' },
    h('label', { for: 'search' }),
    on(h('input', { id: 'search', part: 'search-input', type: 'search', autocomplete: 'off', enterkeyhint: 'search' }), 'input', (e) =>
      this.#searchFor((e.target as HTMLInputElement).value),
    ),
  );
  readonly #toggleAll = on(h('button', { type: 'button', class: 'toggle-all', part: 'toggle-all' }), 'click', () => this.#onToggleAll());
  readonly #noMatches = h(
    'div',
    { class: 'empty', part: 'empty' },
    h('p', {}),
    on(h('button', { type: 'button', class: 'link-button' }), 'click', () => {
      this.#searchFor('');
      void this.updateComplete.then(() => (this.#search.lastChild as HTMLElement).focus());
    }),
  );
  readonly #emptyBox = h('div', { class: 'empty', part: 'empty' }, h('p', {}));
  readonly #skeleton = h(
    'div',
    { class: 'skeleton', part: 'loading', role: 'status', 'aria-busy': 'true' },
    h('span', { class: 'visually-hidden' }),
  );

  /** Entries stay in place: a search hides them rather than drawing the list again. */
  readonly #list = new FaqList({
    toggle: (id) => this.#setOpen(id, !this.openIds.has(id), true),
    reveal: (id) => this.#setOpen(id, true, true),
    copyLink: (id) => void this.#copyLink(id),
  });

  /** Ids the search keeps, or undefined without a search (everything shows). */
  get #shownIds(): ReadonlySet<string> | undefined {
    return this.finder?.shown(this.entries, this.query);
  }

  get #visibleEntries(): FaqViewEntry[] {
    const ids = this.#shownIds;
    return ids ? this.entries.filter((e) => ids.has(e.id)) : this.entries;
  }

  #setOpen(id: string, open: boolean, byUser = false): void {
    if (this.openIds.has(id) === open) return;
    const next = this.single && open ? new Set<string>() : new Set(this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    if (byUser) emit<FaqToggleDetail>(this, 'rl-faq-toggle', { id, open });
  }

  #onToggleAll = (): void => {
    const visible = this.#visibleEntries;
    const allOpen = visible.every((e) => this.openIds.has(e.id));
    if (allOpen) this.collapseAll();
    else this.expandAll();
    for (const e of visible) emit<FaqToggleDetail>(this, 'rl-faq-toggle', { id: e.id, open: !allOpen });
  };

  /** The shopper typed `query`, or cleared it (answers open before the search open again). */
  #searchFor(query: string): void {
    if (!query.trim()) {
      if (this.#openBeforeSearch) this.openIds = this.#openBeforeSearch;
      this.#openBeforeSearch = undefined;
    } else {
      if (!this.query.trim()) this.#openBeforeSearch = new Set(this.openIds);
      this.openIds =
        this.finder?.opened(this.finder.hits(this.entries, query), this.openIds, this.#openBeforeSearch, this.single) ??
        new Set(this.#openBeforeSearch);
    }
    this.query = query;
    this.#scheduleAnnouncement();
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const query = this.query.trim();
      const count = this.#shownIds?.size ?? this.entries.length;
      this.announcement = query ? (count ? this.#i18n.t.resultCount(count, query) : this.#i18n.t.noResults(query)) : '';
      emit<FaqSearchDetail>(this, 'rl-faq-search', { query, count });
    }, ANNOUNCE_DELAY_MS);
  }

  async #copyLink(id: string): Promise<void> {
    const t = this.#i18n.t;
    // Cleared first, so the same message twice is announced twice.
    this.announcement = '';
    const copied = await copyEntryLink(id);
    await this.updateComplete;
    this.announcement = copied ? t.linkCopied : t.linkInAddressBar;
  }

  #readLightDom(): void {
    const entries = readLightDomEntries(this);
    if (!entries.length && !this.lightEntries.length) return;
    this.lightEntries = entries;
    const initiallyOpen = entries.filter((e) => e.open).map((e) => e.id);
    if (initiallyOpen.length) this.openIds = new Set([...this.openIds, ...(this.single ? initiallyOpen.slice(0, 1) : initiallyOpen)]);
  }

  /** The address names an entry (on connection, and each time it changes): shown after the next update that has it. */
  #onHashChange = (): void => {
    this.#pendingHashId = hashId();
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-faq': RlFaq;
  }
  interface HTMLElementEventMap {
    'rl-faq-toggle': CustomEvent<FaqToggleDetail>;
    'rl-faq-search': CustomEvent<FaqSearchDetail>;
  }
}
