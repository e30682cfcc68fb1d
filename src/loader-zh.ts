/**
 * Chinese pages only: the CDN loader (loader.ts) imports this beside the element chunks when the
 * page is Chinese, and it starts each element's Chinese catalogue, so the element's first render
 * (held until its catalogues are here, core/locale-controller.ts) waits no extra round trip. The
 * product elements' catalogues share one chunk (vite.config.ts `zh-product`); English pages never
 * load this or them. Catalogues of parts that load later (the chart view, the photo viewer, field
 * errors, the full policy) are loaded by the elements when those parts arrive.
 */
const catalogues = import.meta.glob<unknown>(['./*/*.messages.zh-CN.ts', '!./*/*-{view,viewer,full}.messages.zh-CN.ts'], {
  base: './elements',
});

/** Starts the Chinese catalogue of each tag (`rl-faq`: elements/faq/faq.messages.zh-CN.ts). */
export function preloadChinese(tags: Iterable<string>): void {
  for (const tag of tags) void catalogues[`./${tag.slice(3)}/${tag.slice(3)}.messages.zh-CN.ts`]?.().catch(() => {});
}
