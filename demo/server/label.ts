/**
 * Printable return labels: `GET {base}/returns/:id/label?token=…` answers a print-ready A6 page
 * (HTML with a print stylesheet and the code as a QR code and as text); `&download=1` sends the
 * same page as an attachment. The token is the return id signed with the server secret
 * (tokens.ts: `RL_SECRET` or `<data>/secret`), so a label link works without a login but cannot be guessed from a return id
 * (reading a return needs the same proof as the lookup).
 */
import type { Env, Hono } from 'hono';
import { encode } from 'uqr';
import type { ReturnConfirmation, ReturnQuote } from '../../src/domain/returns.js';
import type { Db } from './db.js';
import { ApiError } from './errors.js';
import type { Tokens } from './tokens.js';

const WAREHOUSE = ['Returnless Demo Shop — Returns', 'Lagerstraße 12', '10115 Berlin', 'Germany'];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The QR code as SVG rectangles (no scripts, no external references). */
function qrSvg(text: string): string {
  const { data, size } = encode(text, { border: 2 });
  const cells: string[] = [];
  data.forEach((row, y) => row.forEach((on, x) => on && cells.push(`M${x} ${y}h1v1h-1z`)));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="160" height="160" role="img" aria-label="QR code ${escape(text)}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${cells.join('')}" fill="#000"/></svg>`;
}

/** Days a shopper has to send the parcel after requesting the return (demo rule). */
export const SEND_WITHIN_DAYS = 14;

export interface Labels {
  /**
   * Completes a new return's confirmation: a printable label link per parcel for mail returns,
   * what the shopper gets (the quote) and the date to send it by.
   */
  complete(c: ReturnConfirmation, o: { quote: ReturnQuote; method: string; origin: string; now: number }): ReturnConfirmation;
}

/** Mounts the label route on `api` (mounted at `base`). */
export function mountLabels<E extends Env>(api: Hono<E>, db: Db, tokens: Tokens, base: string): Labels {
  api.get('/returns/:id/label', (c) => {
    const id = c.req.param('id');
    const token = c.req.query('token') ?? '';
    if (!tokens.isLabel(id, token)) throw new ApiError(404, 'No label matches this link.');
    const row = db.prepare('SELECT id, created_at, confirmation FROM returns WHERE id = ?').get(id) as
      { id: string; created_at: string; confirmation: string } | undefined;
    if (!row) throw new ApiError(404, 'No label matches this link.');
    const confirmation = JSON.parse(row.confirmation) as ReturnConfirmation;
    const code = confirmation.labels.find((l) => l.code)?.code ?? row.id;
    const sendBy = confirmation.sendBy ? new Date(confirmation.sendBy).toISOString().slice(0, 10) : '';
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Return label ${escape(row.id)}</title>
<style>
  @page { size: A6; margin: 8mm; }
  body { font: 12pt/1.4 system-ui, sans-serif; margin: 0; color: #000; background: #fff; }
  .label { border: 2px solid #000; padding: 6mm; max-inline-size: 105mm; }
  h1 { font-size: 14pt; margin: 0 0 4mm; }
  .to { font-size: 13pt; font-weight: 700; margin-block: 2mm 4mm; }
  .code { font: 700 16pt ui-monospace, monospace; letter-spacing: 0.1em; }
  .muted { font-size: 9pt; }
  @media screen { body { padding: 16px; } .print-hint { margin-block-end: 12px; } }
  @media print { .print-hint { display: none; } }
</style></head>
<body>
<p class="print-hint">Print this page (Ctrl/Cmd+P) and stick the label on your parcel.</p>
<section class="label" aria-label="Return label">
  <h1>Return ${escape(row.id)}</h1>
  <p class="muted">Ship to</p>
  <p class="to">${WAREHOUSE.map(escape).join('<br>')}</p>
  ${qrSvg(code)}
  <p>Code: <span class="code">${escape(code)}</span></p>
  ${sendBy ? `<p>Send by: <strong>${escape(sendBy)}</strong></p>` : ''}
  <p class="muted">Requested ${escape(row.created_at.slice(0, 10))} · Postage paid by the shop</p>
</section>
</body></html>`;
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      // A standalone page: nothing may load or run, inline styles only.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Disposition': c.req.query('download') ? `attachment; filename="return-label-${row.id}.html"` : 'inline',
    };
    return c.body(html, 200, headers);
  });

  const urlFor = (origin: string, id: string) => `${origin}${base}/returns/${encodeURIComponent(id)}/label?token=${tokens.label(id)}`;
  return {
    complete: (c, { quote, method, origin, now }) => ({
      ...c,
      labels: method === 'mail' ? c.labels.map((l) => ({ ...l, labelUrl: urlFor(origin, c.id) })) : c.labels,
      quote,
      sendBy: new Date(now + SEND_WITHIN_DAYS * 86_400_000).toISOString().slice(0, 10),
    }),
  };
}
