/**
 * `/emails.html`: the demo shop's outbox. A real shop emails each buyer, after delivery, a
 * review invitation per order line (a signed token: see tokens.ts); here the emails of the seeded
 * demo orders are listed so the verified-buyer flow can be tried. Each link opens the product
 * page with `?invitation=…`, which `<rl-review-form>` sends with the review as its proof.
 *
 * Only the seeded demo orders appear (never orders a merchant adds), and `RL_DEMO_OUTBOX=0`
 * turns the page off.
 */
import type { Context } from 'hono';
import type { Db } from './db.js';
import { invitationsFor } from './proofs.js';
import { orders as seedOrders } from './seed-data.js';
import type { Tokens } from './tokens.js';

const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderOutbox(c: Context, db: Db, tokens: Tokens, lang: string | undefined): Response {
  const zh = lang === 'zh-CN';
  const t = (en: string, cn: string) => (zh ? cn : en);
  const q = zh ? '&amp;lang=zh-CN' : '';
  const mails = seedOrders.flatMap((seed) => {
    const order = db.prepare('SELECT id, number, email FROM orders WHERE number = ?').get(seed.number) as
      { id: string; number: string; email: string } | undefined;
    if (!order) return [];
    const lines = invitationsFor(db, tokens, order.id);
    if (!lines.length) return [];
    const items = lines
      .map(
        (l) =>
          `<li><a href="/product.html?product=${encodeURIComponent(l.productId)}&amp;invitation=${encodeURIComponent(l.token)}${q}#write-heading">${t(
            'Review',
            '评价',
          )} ${esc(l.title)}</a></li>`,
      )
      .join('\n            ');
    return [
      `<article class="mail" aria-labelledby="mail-${esc(order.number)}">
          <h2 id="mail-${esc(order.number)}">${t('To', '收件人')} ${esc(order.email)} · ${t('Order', '订单')} ${esc(order.number)}</h2>
          <p>${t('Your order has arrived. How do you like it? Reviews from these links show the “Verified buyer” badge.', '您的订单已送达。喜欢吗？通过以下链接发表的评价会显示“已验证买家”标识。')}</p>
          <ul>
            ${items}
          </ul>
          <p><a href="/returns.html?order=${encodeURIComponent(order.number)}&amp;email=${encodeURIComponent(order.email)}${q}">${t(
            'Start a return for this order',
            '为此订单发起退货',
          )}</a></p>
        </article>`,
    ];
  });
  const html = `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${t('Outbox', '发件箱')} · Returnless ${t('demo shop', '演示商店')}</title>
    <link rel="stylesheet" href="/assets/shop.css" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="/product.html${zh ? '?lang=zh-CN' : ''}">Returnless ${t('demo shop', '演示商店')}</a>
      <nav class="lang-switch" aria-label="Language / 语言">
        <ul>
          <li><a href="?lang=en" hreflang="en" lang="en">English</a></li>
          <li><a href="?lang=zh-CN" hreflang="zh-CN" lang="zh-CN">中文</a></li>
        </ul>
      </nav>
    </header>
    <main id="main">
      <h1>${t('Outbox: emails the demo shop sent', '发件箱：演示商店发出的邮件')}</h1>
      <p class="lede">${t(
        'Review invitations for delivered demo orders. Each link carries a signed invitation for one order line (valid 90 days, one verified review per line).',
        '已送达演示订单的评价邀请。每个链接带有一个订单商品的签名邀请（90 天内有效，每件商品一条已验证评价）。',
      )}</p>
      ${mails.join('\n      ')}
    </main>
  </body>
</html>
`;
  return c.body(html, 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy':
      "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  });
}
