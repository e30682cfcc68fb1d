/**
 * The CDN entry, `dist/cdn/returnless.js`: without Lit. It registers nothing eagerly. It
 * watches the page for `rl-*` tags (present now or added later) and imports only their chunks,
 * which share one Lit chunk. Loading it twice, or two versions, is safe. Its file also carries
 * the core every element needs (the `runtime` group in vite.config.ts): no request of its own.
 */
import { configure } from './core/global.js';
import { globalAdapterApi, type ReturnlessGlobal } from './core/global-api.js';
import { taskQueue } from './core/next-task.js';
import { renderTurn } from './core/render-turn.js';
import { VERSION } from './core/version.js';

// One lazy import per element folder: `./elements/faq/define.ts` serves `<rl-faq>`. Written out, not
// globbed: the glob's keys (the modules' paths) and their mapping to tags cost every page ~50 B.
// test/node/loader-tags.test.mjs checks that every element folder is here.
const byTag = new Map<string, () => Promise<unknown>>(
  Object.entries({
    'rl-faq': () => import('./elements/faq/define.js'),
    'rl-media-uploader': () => import('./elements/media-uploader/define.js'),
    'rl-return-form': () => import('./elements/return-form/define.js'),
    'rl-return-insights': () => import('./elements/return-insights/define.js'),
    'rl-return-policy': () => import('./elements/return-policy/define.js'),
    // With <rl-reviews>: one chunk for both (loader-reviews.ts).
    'rl-review-form': () => import('./loader-reviews.js'),
    'rl-review-inbox': () => import('./elements/review-inbox/define.js'),
    'rl-reviews': () => import('./loader-reviews.js'),
    'rl-size-guide': () => import('./elements/size-guide/define.js'),
    'rl-store': () => import('./elements/store/define.js'),
  }),
);
const selector = [...byTag.keys()].join(',');
const requested = new Set<string>();
const noop = () => {};

const LOADED = Symbol.for('returnless.loader');
/** Elements defined while the loader is in charge take turns (core/define.ts, core/render-turn.ts). */
const TURN = Symbol.for('returnless.turn');
/**
 * Settles once `<rl-store>` is defined (or could not load). The other tags take their turns after
 * it: upgraded first, the store hands them adapter, locale and currency before their first render.
 * Upgraded last, it made every element render twice, the second time all in the store's one task.
 */
let storeSettled: Promise<unknown> = Promise.resolve();
const takeTurn = (tag: string): Promise<void> => (tag === 'rl-store' ? renderTurn() : storeSettled.then(renderTurn));
const g = globalThis as unknown as Record<symbol, unknown> & { Returnless?: Partial<ReturnlessGlobal> };

/**
 * Starts the imports one per task: an `import()` call costs the page several milliseconds before
 * it returns (5–20 ms each at 4× CPU throttle here), and a product page's five or six of them in
 * the loader's first task made it one of the page's longest (issue 16). The first starts at once.
 */
const importInTurn = taskQueue();

if (typeof document === 'undefined') {
  // A server (no DOM): importing the loader does nothing.
} else if (g[LOADED]) {
  if (g[LOADED] !== VERSION) console.warn(`[returnless] ${VERSION} loaded after ${g[LOADED]}; the first one stays in charge.`);
} else {
  g[LOADED] = VERSION;
  g[TURN] = takeTurn;
  start();
}

function start(): void {
  // The context root (late-upgrading elements still receive a store's context) comes with the
  // elements' core, in this file (core/define.ts imports core/attach-context-root.ts): it is
  // attached before any element is defined.
  // The adapter toolkit (AdapterError, createRestAdapter, …) is part of the loader's own file: a
  // chunk of its own cost every page a request (and a module-namespace helper) for about 1 kB.
  const returnless = (g.Returnless = Object.assign(g.Returnless ?? {}, { version: VERSION, configure }, globalAdapterApi));
  void (returnless.ready = loadIn(document)).then(() =>
    document.dispatchEvent(new CustomEvent('rl-ready', { detail: { version: VERSION } })),
  );
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void loadIn(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** Imports the chunk of every Returnless tag in `root`; resolves when they are defined. */
function loadIn(root: ParentNode & Node): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && byTag.has(root.localName)) tags.add(root.localName);
  if (selector) for (const el of root.querySelectorAll(selector)) tags.add(el.localName);
  // The store's chunk first: the elements inside it wait for it (takeTurn).
  const defined = Promise.all(
    [...tags]
      .sort((a, b) => +(b === 'rl-store') - +(a === 'rl-store'))
      .map((tag) => {
        if (!requested.has(tag)) {
          requested.add(tag);
          const loaded = importInTurn(byTag.get(tag)!).then(
            () => true,
            (error: unknown) => console.error(`[returnless] Could not load <${tag}>.`, error),
          );
          // Set before any other tag's chunk arrives: the store's import starts in the same pass.
          if (tag === 'rl-store') storeSettled = loaded.then((ok): unknown => ok && customElements.whenDefined(tag));
        }
        return customElements.whenDefined(tag);
      }),
  ).then(() => undefined);
  // A Chinese page (`<html lang>`, a store's `locale` or any `lang` starts with zh, `zh_CN` too): the elements' Chinese
  // catalogues start beside their chunks (loader-zh.ts), after them in the queue.
  if (tags.size && document.querySelector('[lang^=zh i],rl-store[locale^=zh i]'))
    void importInTurn(() => import('./loader-zh.js')).then((zh) => zh.preloadChinese(tags), noop);
  return defined;
}
