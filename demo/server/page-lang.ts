/**
 * The demo pages' language switch: `?lang=zh-CN` sets `<html lang>` (the elements and the shop
 * CSS follow it) and keeps the language on every link between the demo pages, the merchant's
 * admin included.
 */
export function withPageLanguage(html: string, lang: string | undefined): string {
  if (lang !== 'zh-CN') return html;
  return html
    .replace('<html lang="en">', '<html lang="zh-CN">')
    .replace(
      /href="\/(product|returns|help|admin)\.html(\?product=[a-z-]+)?"/g,
      (_, page: string, q?: string) => `href="/${page}.html${q ? `${q}&amp;` : '?'}lang=zh-CN"`,
    );
}
