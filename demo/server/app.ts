/**
 * The reference backend: every route of the Returnless REST contract (src/adapters/rest-routes.ts),
 * validated with the same schemas the browser uses (src/adapters/contract.ts), plus static demo
 * pages, the CDN build, media files and tus resumable uploads.
 */
/// <reference types="node" />
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { FileStore } from '@tus/file-store';
import { Server as TusServer, type Upload } from '@tus/server';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import type { AdapterMethod } from '../../src/adapters/adapter.js';
import { contract } from '../../src/adapters/contract.js';
import { restRoutes } from '../../src/adapters/rest-routes.js';
import { MediaMeta, type MediaRef } from '../../src/domain/media.js';
import type { FitInsights } from '../../src/domain/size-chart.js';
import type { Review, ReviewPage } from '../../src/domain/reviews.js';
import { orderNumberDigits, orderNumberMatches } from '../../src/domain/order-number.js';
import { check } from '../../src/domain/validation.js';
import { describeIssue } from '../../src/domain/validation-words.js';
import { ID } from '../../src/domain/patterns.js';
import type { ServerConfig } from './config.js';
import { TABLES, isSeeded, openDb, type Db } from './db.js';
import { absoluteMediaUrls } from './public-urls.js';
import { ApiError } from './errors.js';
import { corsPolicy, resourcePolicy } from './cors.js';
import { renderOutbox } from './emails.js';
import { FAULT_MODES, Faults, RateLimiter, type FaultMode } from './faults.js';
import { MAX_JSON_BYTES, readLimited, tooLarge } from './limits.js';
import { noOrder, noReturn, orderFromToken, proofLine } from './proofs.js';
import { Tokens, loadSecret } from './tokens.js';
import { tusGuard } from './tus-guard.js';
import { describeRefused, sniff, stripMetadata } from './media.js';
import {
  checkDraft,
  computeQuote,
  confirmationFor,
  loadPolicy,
  loadReasons,
  normaliseLang,
  orderView,
  policyForProduct,
  timelineFor,
  type OrderRow,
} from './rules.js';

type ProductRow = { id: string; tags: string; category: string };
import { mountLabels } from './label.js';
import { withPageLanguage } from './page-lang.js';
import { mediaAccess, proofExpiry } from './media-access.js';
import { canonicalReturnId, withFreshReturnRefs } from './readable-ids.js';
import { seed } from './seed.js';
import { fitNoteAccepted } from './admin-db.js';
import { mountAdmin } from './admin.js';
import { API_BASE, mediaRef, newId, reviewOptionals, saveMedia, type MediaRow, type ReviewRow } from './store.js';
import type { Lang } from './seed-data.js';

type Env = { Bindings: HttpBindings };
type C = Context<Env>;

/** Set by the server on requests it hands to the tus handler (any client-sent copy is replaced). */
const CLIENT_HEADER = 'X-Returnless-Client';
const clientOf = (c: C) => getConnInfo(c).remote.address ?? 'unknown';

const PAGE_SIZE = 5;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export interface ReturnlessServer {
  app: Hono<Env>;
  db: Db;
  /** Signs and reads lookup tokens and review invitations (see tokens.ts, proofs.ts `invitationsFor`). */
  tokens: Tokens;
  close(): void;
}

export function createServer(config: ServerConfig): ReturnlessServer {
  const db = openDb(config.dataDir);
  const tokens = new Tokens(loadSecret(config.dataDir, config.secret));
  if (!isSeeded(db)) seed(db, config.dataDir);
  const faults = new Faults();
  const limiter = new RateLimiter(config.rateLimit);
  const app = new Hono<Env>();
  const api = new Hono<Env>();

  // ------------------------------------------------------------ helpers

  async function input<M extends AdapterMethod>(
    c: C,
    method: M,
    params: Record<string, string> = {},
  ): Promise<z.infer<(typeof contract)[M]['input']>> {
    const schema = contract[method].input as z.ZodMiniType;
    let data: unknown;
    if (restRoutes[method].method === 'GET') {
      data = { ...coerceQuery(schema, c.req.query()), ...params };
    } else {
      data = await readJson(c);
    }
    const result = check(schema, data);
    if (!result.ok)
      throw new ApiError(422, `Invalid ${result.path || 'body'}: ${describeIssue(result.issue, data)}`, result.path || undefined);
    return result.value as z.infer<(typeof contract)[M]['input']>;
  }

  /** Answers with data that must pass the method's output schema (a failing check is our bug: 500). */
  function send(c: C, method: AdapterMethod, data: unknown, status: 200 | 201 = 200) {
    const result = check(contract[method].output as z.ZodMiniType, data);
    if (!result.ok) {
      console.error(`[server] ${method} produced invalid data: ${result.message}`);
      throw new ApiError(500, 'The server produced data that fails its own schema.');
    }
    return c.json(data as object, status);
  }

  function lang(c: C, locale?: string): Lang {
    return normaliseLang(locale ?? c.req.header('Accept-Language')?.split(',')[0]);
  }

  const limited = (wait: number) =>
    new ApiError(429, `Too many attempts. Try again in ${wait} s.`, undefined, { 'Retry-After': String(wait) });

  /** Counts one attempt against the client's lookup budget (lookups and status checks). */
  function rateLimit(c: C): void {
    const wait = limiter.hit(clientOf(c));
    if (wait) throw limited(wait);
  }

  /**
   * Routes that take a lookup token share the lookup budget: a client over it is refused, and
   * every failed proof counts as an attempt (valid tokens cost nothing, so a shopper's quotes do not).
   */
  function requireOrder(client: string, token: string | undefined, check: (order: OrderRow) => boolean = () => true): OrderRow {
    const wait = limiter.blocked(client);
    if (wait) throw limited(wait);
    const order = orderFromToken(db, tokens, token);
    if (order && check(order)) return order;
    const after = limiter.hit(client);
    if (after) throw limited(after);
    throw noOrder();
  }

  /**
   * Runs a write once per Idempotency-Key: a replay with the same key and body gets the first
   * answer (header `Idempotent-Replayed: true`); the same key with another body is refused.
   */
  async function idempotent(
    c: C,
    route: string,
    fingerprintOf: unknown,
    required: boolean,
    run: () => { status: 200 | 201; body: unknown },
  ) {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined) {
      if (required)
        throw new ApiError(400, 'This write needs an Idempotency-Key header (any unique string, e.g. a UUID).', 'Idempotency-Key');
      const out = run();
      return c.json(out.body as object, out.status);
    }
    if (!IDEMPOTENCY_KEY.test(key)) throw new ApiError(400, 'Idempotency-Key must be 1–255 printable ASCII characters.', 'Idempotency-Key');
    const fingerprint = createHash('sha256').update(JSON.stringify(fingerprintOf)).digest('hex');
    const prior = db.prepare('SELECT fingerprint, status, body FROM idempotency WHERE key = ? AND route = ?').get(key, route) as
      { fingerprint: string; status: number; body: string } | undefined;
    if (prior) {
      if (prior.fingerprint !== fingerprint)
        throw new ApiError(422, 'This Idempotency-Key was already used for a different request.', 'Idempotency-Key');
      return c.body(prior.body, prior.status as 200, { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' });
    }
    const out = run();
    db.prepare('INSERT INTO idempotency (key, route, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      key,
      route,
      fingerprint,
      out.status,
      JSON.stringify(out.body),
      new Date().toISOString(),
    );
    return c.json(out.body as object, out.status);
  }

  // ------------------------------------------------------------ media

  function acceptMedia(bytes: Buffer, meta: MediaMeta): MediaRef {
    const sniffed = sniff(bytes);
    if (!sniffed)
      throw new ApiError(
        415,
        `Refused: the bytes are ${describeRefused(bytes)}, not an accepted image or video (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).`,
        'file',
      );
    if (sniffed.kind !== meta.kind)
      throw new ApiError(415, `Refused: the bytes are ${sniffed.mime}, but the upload says it is a ${meta.kind}.`, 'meta.kind');
    const limit = sniffed.kind === 'image' ? config.maxImageBytes : config.maxVideoBytes;
    if (bytes.length > limit) throw new ApiError(413, `The ${sniffed.kind} is larger than ${Math.round(limit / 1048576)} MB.`, 'file');
    let clean: Buffer;
    try {
      clean = stripMetadata(bytes, sniffed.mime);
    } catch {
      throw new ApiError(415, `Refused: the ${sniffed.mime} file is damaged.`, 'file');
    }
    const ref = saveMedia(db, config.dataDir, clean, {
      mime: sniffed.mime,
      kind: sniffed.kind,
      purpose: meta.purpose,
      ...(meta.alt ? { alt: meta.alt } : {}),
      ...(meta.filename ? { filename: meta.filename } : {}),
      ...(meta.width ? { width: meta.width } : {}),
      ...(meta.height ? { height: meta.height } : {}),
    });
    // Nobody else may see it yet: the uploader's URLs carry a proof (media-access.ts).
    const now = Date.now();
    const expiry = proofExpiry(meta.purpose, now, config.uploadExpiryMs, tokens.readLookup(meta.lookupToken, now)?.expiresAt);
    const withProof = (url: string) => `${url}?proof=${tokens.media(ref.id, expiry)}`;
    return { ...ref, url: withProof(ref.url!), ...(ref.thumbnailUrl ? { thumbnailUrl: withProof(ref.thumbnailUrl) } : {}) };
  }

  function parseMeta(raw: string | undefined | null, field: string): MediaMeta {
    if (!raw) throw new ApiError(400, `Missing ${field}: the MediaMeta JSON, URI-encoded.`, field);
    let json: unknown;
    try {
      json = JSON.parse(raw.startsWith('{') ? raw : decodeURIComponent(raw));
    } catch {
      throw new ApiError(400, `${field} is not URI-encoded JSON.`, field);
    }
    const result = check(MediaMeta, json);
    if (!result.ok) throw new ApiError(422, `Invalid meta.${result.message}`, `meta.${result.path}`);
    return result.value;
  }

  const tusDir = join(config.dataDir, 'tus');
  const tusStore = new FileStore({ directory: tusDir, expirationPeriodInMilliseconds: config.uploadExpiryMs });
  const limitFor = (kind: string) => (kind === 'image' ? config.maxImageBytes : config.maxVideoBytes);
  const tus = new TusServer({
    path: `${API_BASE}/media/tus`,
    datastore: tusStore,
    relativeLocation: true,
    // Per upload: the limit of its kind, on every PATCH (not only at the end).
    async maxSize(_req: Request, id: string | null) {
      // At creation the id is already chosen but nothing is stored yet: the larger limit applies
      // here, and onUploadCreate then holds the upload to its own kind's limit.
      const upload = id ? await tusStore.getUpload(id).catch(() => undefined) : undefined;
      if (!upload) return Math.max(config.maxImageBytes, config.maxVideoBytes);
      try {
        return limitFor(parseMeta(upload.metadata?.meta ?? undefined, 'Upload-Metadata meta').kind);
      } catch {
        return Math.min(config.maxImageBytes, config.maxVideoBytes);
      }
    },
    async onUploadCreate(req: Request, upload: Upload) {
      try {
        const meta = parseMeta(upload.metadata?.meta ?? undefined, 'Upload-Metadata meta');
        if (meta.purpose === 'return') requireOrder(req.headers.get(CLIENT_HEADER) ?? 'unknown', meta.lookupToken);
        const limit = limitFor(meta.kind);
        if ((upload.size ?? 0) > limit) throw tooLarge(meta.kind, limit);
      } catch (error) {
        throw tusError(error);
      }
      return {};
    },
    async onUploadFinish(_req: Request, upload: Upload) {
      const file = join(tusDir, upload.id);
      try {
        const meta = parseMeta(upload.metadata?.meta ?? undefined, 'Upload-Metadata meta');
        const key = upload.metadata?.idempotencyKey ?? undefined;
        const bytes = readFileSync(file);
        let body: string;
        const prior = key
          ? (db.prepare("SELECT body FROM idempotency WHERE key = ? AND route = 'uploadMedia'").get(key) as { body: string } | undefined)
          : undefined;
        if (prior) body = prior.body;
        else {
          const ref = acceptMedia(bytes, meta);
          body = JSON.stringify(ref);
          if (key) {
            db.prepare(
              "INSERT OR IGNORE INTO idempotency (key, route, fingerprint, status, body, created_at) VALUES (?, 'uploadMedia', ?, 200, ?, ?)",
            ).run(key, createHash('sha256').update(bytes).digest('hex'), body, new Date().toISOString());
          }
        }
        return { status_code: 200, headers: { 'Content-Type': 'application/json' }, body };
      } catch (error) {
        throw tusError(error);
      } finally {
        rmSync(file, { force: true });
        rmSync(`${file}.json`, { force: true });
      }
    },
  });

  function tusError(error: unknown): { status_code: number; body: string } {
    if (error instanceof ApiError) return { status_code: error.status, body: JSON.stringify(error.toJSON()) };
    console.error('[server] tus', error);
    return { status_code: 500, body: JSON.stringify({ error: { message: 'Upload failed on the server.' } }) };
  }

  // ------------------------------------------------------------ test switches and faults

  if (config.testFaults) {
    api.post('/__test/faults', async (c) => {
      const body = (await readJson(c)) as { path?: unknown; mode?: unknown; times?: unknown };
      if (typeof body.path !== 'string' || !body.path.startsWith('/'))
        throw new ApiError(422, 'path must start with / (below the API base).', 'path');
      if (!FAULT_MODES.includes(body.mode as FaultMode)) throw new ApiError(422, `mode must be one of ${FAULT_MODES.join(', ')}.`, 'mode');
      const times = body.times === undefined ? 1 : Number(body.times);
      if (!Number.isInteger(times) || times < 1) throw new ApiError(422, 'times must be a positive integer.', 'times');
      faults.add(body.path, body.mode as FaultMode, times);
      return c.json({ ok: true });
    });
    api.post('/__test/reset', (c) => {
      seed(db, config.dataDir);
      faults.clear();
      limiter.clear();
      return c.json({ ok: true });
    });
    api.get('/__test/digest', (c) => c.json(digest(db)));
    // The server's own memory, for the body-limit tests (bounded growth under a 150 MB body).
    api.get('/__test/memory', (c) => c.json({ rss: process.memoryUsage().rss }));
    api.post('/__test/tus-cleanup', async (c) => c.json({ deleted: await tusStore.deleteExpired() }));
    api.post('/__test/tokens', async (c) => {
      const body = (await readJson(c)) as { orderNumber?: unknown; ageMs?: unknown };
      const order = db.prepare('SELECT id, email FROM orders WHERE number = ?').get(String(body.orderNumber)) as
        { id: string; email: string } | undefined;
      if (!order) throw noOrder();
      // A token issued `ageMs` ago (2 h and more: already expired).
      return c.json({ lookupToken: tokens.lookup(order.id, order.email, Date.now() - Number(body.ageMs ?? 0)) });
    });
    api.use('*', async (c, next) => {
      const mode = faults.take(c.req.path.slice(API_BASE.length));
      if (!mode) return next();
      return injectFault(c, mode);
    });
  }

  // ------------------------------------------------------------ routes

  api.get('/faq', async (c) => {
    const q = await input(c, 'getFaq');
    const set = q.set ?? 'default';
    const l = lang(c, q.locale);
    const rows = db
      .prepare(
        `SELECT id, question, answer, category FROM faq
         WHERE locale = ? AND (set_name = ? OR (set_name = '*' AND product_id = ?)) ORDER BY position, rowid`,
      )
      .all(l, set, q.productId ?? null) as { id: string; question: string; answer: string; category: string | null }[];
    const known = db.prepare('SELECT 1 FROM faq WHERE set_name = ? LIMIT 1').get(set);
    if (!known) throw new ApiError(404, `No FAQ set "${set}".`, 'set');
    return send(c, 'getFaq', {
      entries: rows.map((r) => ({ id: r.id, question: r.question, answer: r.answer, ...(r.category ? { category: r.category } : {}) })),
    });
  });

  api.get('/return-policy', async (c) => {
    const q = await input(c, 'getReturnPolicy');
    const policy = loadPolicy(db, lang(c, q.locale));
    if (!q.productId) return send(c, 'getReturnPolicy', policy);
    product(q.productId);
    const facts = db.prepare('SELECT id, tags, category FROM products WHERE id = ?').get(q.productId) as ProductRow;
    return send(c, 'getReturnPolicy', policyForProduct(policy, { ...facts, tags: JSON.parse(facts.tags) as string[] }));
  });

  api.get('/size-chart', async (c) => {
    const q = await input(c, 'getSizeChart');
    let chartId = q.chartId;
    if (!chartId && q.productId) {
      chartId = product(q.productId).chart_id ?? undefined;
      if (!chartId) throw new ApiError(404, `Product ${q.productId} has no size chart.`, 'productId');
    }
    if (!chartId) throw new ApiError(422, 'Send productId or chartId.', 'productId');
    const row = db.prepare('SELECT data FROM size_charts WHERE id = ? AND locale = ?').get(chartId, lang(c, q.locale)) as
      { data: string } | undefined;
    if (!row) throw new ApiError(404, `No size chart "${chartId}".`, 'chartId');
    return send(c, 'getSizeChart', JSON.parse(row.data));
  });

  api.get('/products/:productId/fit', async (c) => {
    const q = await input(c, 'getFitInsights', { productId: c.req.param('productId') });
    product(q.productId);
    return send(c, 'getFitInsights', fitInsights(db, q.productId));
  });

  api.get('/products/:productId/reviews', async (c) => {
    const q = await input(c, 'listReviews', { productId: c.req.param('productId') });
    product(q.productId);
    let offset = 0;
    if (q.cursor) {
      const parsed = /^o(\d{1,6})$/.exec(q.cursor);
      if (!parsed) throw new ApiError(422, 'Invalid cursor: pass back the nextCursor of the previous page.', 'cursor');
      offset = Number(parsed[1]);
    }
    const order = {
      newest: 'created_at DESC',
      highest: 'rating DESC, created_at DESC',
      lowest: 'rating ASC, created_at DESC',
      helpful: 'helpful DESC, created_at DESC',
    }[q.sort ?? 'newest'];
    const rows = db
      .prepare(
        `SELECT * FROM reviews r WHERE product_id = ? AND status = 'published'
         AND (? = 0 OR EXISTS (SELECT 1 FROM media m WHERE m.review_id = r.id))
         AND (? IS NULL OR rating = ?)
         ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(q.productId, q.withMedia ? 1 : 0, q.rating ?? null, q.rating ?? null, PAGE_SIZE + 1, offset) as ReviewRow[];
    const page: ReviewPage = {
      reviews: rows.slice(0, PAGE_SIZE).map((r) => reviewView(db, r)),
      nextCursor: rows.length > PAGE_SIZE ? `o${offset + PAGE_SIZE}` : null,
      summary: reviewSummary(db, q.productId),
      sorts: ['newest', 'highest', 'lowest', 'helpful'],
    };
    return send(c, 'listReviews', page);
  });

  api.post('/reviews', async (c) => {
    const q = await input(c, 'submitReview');
    return idempotent(c, 'submitReview', q, true, () => {
      product(q.productId, 'productId', 422);
      if (q.mediaIds.length && q.mediaConsent !== true)
        throw new ApiError(422, 'Photos and videos need the reviewer’s consent to publish them.', 'mediaConsent');
      q.mediaIds.forEach((id, i) => {
        const m = db.prepare('SELECT purpose, review_id, return_id FROM media WHERE id = ?').get(id) as
          { purpose: string; review_id: string | null; return_id: string | null } | undefined;
        if (!m || m.purpose !== 'review' || m.review_id || m.return_id)
          throw new ApiError(422, `Unknown or already used media id "${id}".`, `mediaIds[${i}]`);
      });
      // Verified only from proof (an invitation or a lookup token), never from the typed email.
      // The receipt is the same either way, so the answer tells nobody what an email bought.
      const id = newId('rv');
      const reviewStatus = config.reviewModeration === 'all' ? 'pending' : 'published';
      db.transaction(() => {
        const verified = proofLine(db, tokens, q);
        if (verified) db.prepare('INSERT INTO review_proofs (line_id, review_id) VALUES (?, ?)').run(verified, id);
        db.prepare(
          `INSERT INTO reviews (id, product_id, rating, title, body, author, email, created_at, verified, fit, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          q.productId,
          q.rating,
          q.title ?? null,
          q.body,
          q.author,
          q.email,
          new Date().toISOString(),
          verified ? 1 : 0,
          q.fit ?? null,
          reviewStatus,
        );
        // Photos and videos wait for the merchant's look (RL_REVIEW_MODERATION), each on its own.
        const mediaStatus = config.reviewModeration === 'off' ? 'published' : 'pending';
        for (const m of q.mediaIds) db.prepare('UPDATE media SET review_id = ?, status = ? WHERE id = ?').run(id, mediaStatus, m);
        // Descriptions typed after the upload finished arrive with the review.
        for (const [m, alt] of Object.entries(q.mediaAlt ?? {}))
          if (q.mediaIds.includes(m)) db.prepare('UPDATE media SET alt = ? WHERE id = ?').run(alt, m);
      })();
      const receipt = { id, status: reviewStatus };
      assertOutput('submitReview', receipt);
      return { status: 201, body: receipt };
    });
  });

  // The limits the uploader states and checks: the same figures the routes below enforce.
  api.get('/media/limits', async (c) => {
    await input(c, 'getMediaLimits');
    return send(c, 'getMediaLimits', { maxImageBytes: config.maxImageBytes, maxVideoBytes: config.maxVideoBytes });
  });

  api.post('/media', async (c) => {
    const meta = parseMeta(c.req.header('X-Returnless-Meta'), 'X-Returnless-Meta');
    if (meta.purpose === 'return') requireOrder(clientOf(c), meta.lookupToken);
    const limit = limitFor(meta.kind);
    // Counted while it streams: a chunked body is dropped the moment it passes the limit.
    const bytes = await readLimited(c.req.raw, limit, () => tooLarge(meta.kind, limit, `Large files go through ${API_BASE}/media/tus.`));
    if (!bytes.length) throw new ApiError(400, 'The request body is empty: send the file bytes.', 'file');
    const hash = createHash('sha256').update(bytes).digest('hex');
    return idempotent(c, 'uploadMedia', { meta, hash }, false, () => {
      const ref = acceptMedia(bytes, meta);
      assertOutput('uploadMedia', ref);
      return { status: 201, body: ref };
    });
  });

  api.get('/media/files/:id', (c) => {
    const id = c.req.param('id');
    const row = ID.test(id) ? (db.prepare('SELECT * FROM media WHERE id = ?').get(id) as MediaRow | undefined) : undefined;
    // Who may see it (media-access.ts); one 404 for a missing file and for every refusal.
    const uploader = row ? tokens.isMedia(row.id, c.req.query('proof')) : false;
    const access = row ? mediaAccess(db, row, { merchant: admin.isMerchant(c), uploader }) : 'none';
    if (!row || access === 'none') throw new ApiError(404, 'No such media.', 'id');
    const bytes = readFileSync(join(config.dataDir, 'media', row.file));
    return c.body(bytes, 200, {
      'Content-Type': row.mime,
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': resourcePolicy(config.corsOrigins, row.purpose, uploader),
      'Cache-Control': access === 'public' ? 'public, max-age=3600' : 'private, no-store',
    });
  });

  const handleTus = tusGuard(tus);
  // The client address travels to the tus hooks in a header the server sets itself (overwriting any sent).
  const withClient = (c: C) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_HEADER, clientOf(c));
    return new Request(c.req.raw, { headers, duplex: 'half' } as RequestInit);
  };
  api.all('/media/tus', (c) => handleTus(withClient(c)));
  api.all('/media/tus/*', (c) => handleTus(withClient(c)));

  api.post('/orders/lookup', async (c) => {
    rateLimit(c);
    const q = await input(c, 'lookupOrder');
    if (!q.email && !q.postalCode && q.token === undefined)
      throw new ApiError(422, 'Send the email or the postal code of the order (or a lookup token).', 'email');
    // `1001`, `#RL-1001`, `rl-1001` and ` RL 1001 ` alike (domain/order-number.ts, as the form and the memory adapter).
    const digits = orderNumberDigits(q.orderNumber);
    const candidates = (digits ? db.prepare('SELECT * FROM orders WHERE number LIKE ?').all(`%${digits}`) : []) as OrderRow[];
    const order = candidates.find((o) => orderNumberMatches(o.number, q.orderNumber));
    const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();
    const matches =
      order &&
      (q.email ? order.email.toLowerCase() === q.email.trim().toLowerCase() : true) &&
      (q.postalCode ? norm(order.postal_code) === norm(q.postalCode) : true) &&
      // A lookup token issued earlier for this very order (a signed-in theme's `order-token`).
      (q.token !== undefined ? orderFromToken(db, tokens, q.token)?.id === order.id : true);
    // One answer for a wrong number and wrong details, so the route does not confirm order numbers.
    if (!matches) throw noOrder();
    const now = Date.now();
    const view = orderView(db, order, lang(c, q.locale), now);
    if (!q.email) delete view.email; // a postcode lookup does not reveal the address
    view.lookupToken = tokens.lookup(order.id, order.email, now);
    return send(c, 'lookupOrder', view);
  });

  api.get('/return-reasons', async (c) => {
    const q = await input(c, 'getReturnReasons');
    const sized = q.productId ? Boolean(product(q.productId).chart_id) : true;
    return send(c, 'getReturnReasons', { reasons: loadReasons(db, lang(c, q.locale), sized) });
  });

  const labels = mountLabels(api, db, tokens, API_BASE); // printable return labels (label.ts)

  api.post('/returns/quote', async (c) => {
    const q = await input(c, 'quoteReturn');
    // The proof comes first: nothing about the lines (or the order) is checked without it.
    requireOrder(clientOf(c), q.lookupToken, (o) => o.id === q.orderId);
    const l = lang(c, q.locale);
    const { order, lines } = checkDraft(db, q, l, Date.now(), false);
    return send(c, 'quoteReturn', computeQuote(loadPolicy(db, l), lines, order.currency));
  });

  api.post('/returns', async (c) => {
    const q = await input(c, 'createReturn');
    const l = lang(c, q.locale);
    // Token for this order, and the order's own email: one 404 for any mismatch, before the lines.
    requireOrder(clientOf(c), q.lookupToken, (o) => o.id === q.orderId && o.email.toLowerCase() === q.email.toLowerCase());
    return idempotent(c, 'createReturn', q, true, () => {
      const now = Date.now();
      const { order, lines } = checkDraft(db, q, l, now, true);
      const quote = computeQuote(loadPolicy(db, l), lines, order.currency);
      const createdAt = new Date(now).toISOString();
      // A readable id and a code of its own (readable-ids.ts), both drawn again if either is taken.
      const confirmation = withFreshReturnRefs(({ id, code }) => {
        const confirmation = labels.complete(confirmationFor(id, code, createdAt, lines, q.method, l), {
          quote,
          method: q.method,
          origin: new URL(c.req.url).origin,
          now,
        });
        db.transaction(() => {
          db.prepare(
            'INSERT INTO returns (id, order_id, email, method, status, created_at, withdrawal, quote, confirmation, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          ).run(
            id,
            order.id,
            q.email,
            q.method,
            'requested',
            createdAt,
            q.withdrawal ? 1 : 0,
            JSON.stringify(quote),
            JSON.stringify(confirmation),
            code,
          );
          q.lines.forEach((d) => {
            db.prepare(
              'INSERT INTO return_lines (return_id, line_id, quantity, reason_id, resolution, exchange_variant_id, comment) VALUES (?, ?, ?, ?, ?, ?, ?)',
            ).run(id, d.lineId, d.quantity, d.reasonId, d.resolution, d.exchangeVariantId ?? null, d.comment ?? null);
            for (const m of d.mediaIds) db.prepare('UPDATE media SET return_id = ? WHERE id = ?').run(id, m);
          });
          for (const [i, s] of timelineFor(['requested'], now).entries()) {
            db.prepare('INSERT INTO return_events (return_id, seq, status, at, note) VALUES (?, ?, ?, ?, ?)').run(
              id,
              i,
              s.status,
              s.at,
              null,
            );
          }
        })();
        return confirmation;
      });
      assertOutput('createReturn', confirmation);
      return { status: 201, body: confirmation };
    });
  });

  api.post('/returns/status', async (c) => {
    rateLimit(c);
    const q = await input(c, 'getReturnStatus');
    if (!q.email && !q.lookupToken) throw new ApiError(422, 'Send the email of the order (or its lookup token).', 'email');
    // Typed ids are forgiving: `r-7kqm-x4td-9hpw` and `R7KQMX4TD9HPW` find R-7KQM-X4TD-9HPW.
    const row = db.prepare('SELECT id, order_id, email, status FROM returns WHERE id = ?').get(canonicalReturnId(q.returnId)) as
      { id: string; order_id: string; email: string; status: string } | undefined;
    const proven =
      row &&
      (q.lookupToken !== undefined
        ? orderFromToken(db, tokens, q.lookupToken)?.id === row.order_id
        : row.email.toLowerCase() === q.email!.toLowerCase());
    if (!row || !proven) throw noReturn();
    const timeline = (
      db.prepare('SELECT status, at, note FROM return_events WHERE return_id = ? ORDER BY seq').all(row.id) as {
        status: string;
        at: string;
        note: string | null;
      }[]
    ).map((e) => ({ status: e.status, at: e.at, ...(e.note ? { note: e.note } : {}) }));
    return send(c, 'getReturnStatus', { id: row.id, status: row.status, timeline });
  });

  api.all('*', () => {
    throw new ApiError(404, 'No such route. See README “REST routes”.');
  });

  function product(id: string, field = 'productId', status = 404): { id: string; chart_id: string | null } {
    const row = db.prepare('SELECT id, chart_id FROM products WHERE id = ?').get(id) as { id: string; chart_id: string | null } | undefined;
    if (!row) throw new ApiError(status, `No product "${id}".`, field);
    return row;
  }

  // ------------------------------------------------------------ app: API, CDN, pages

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });
  app.use(`${API_BASE}/*`, corsPolicy(config.corsOrigins));
  app.use(`${API_BASE}/*`, absoluteMediaUrls(config.corsOrigins, API_BASE));
  const admin = mountAdmin(app, db, config);
  app.route(API_BASE, api);
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
      return c.json(error.toJSON(), error.status as 400);
    }
    console.error('[server]', error);
    return c.json({ error: { message: 'Internal server error.' } }, 500);
  });
  // CORS on the bundle: a theme page on another origin (or a local file) loads it as a module.
  app.get('/cdn/*', (c) => serveFile(c, config.cdnDir, c.req.path.slice('/cdn/'.length), 'no-cache', false, true));
  app.get('/assets/*', (c) => serveFile(c, join(config.pagesDir, 'assets'), c.req.path.slice('/assets/'.length), 'no-cache'));
  app.get('/', (c) => c.redirect('/product.html'));
  // The demo shop's outbox: the review invitations its emails would carry (RL_DEMO_OUTBOX=0 hides it).
  if (config.demoOutbox) app.get('/emails.html', (c) => renderOutbox(c, db, tokens, c.req.query('lang')));
  app.get('/:page{[a-z-]+\\.html}', (c) => {
    const response = serveFile(c, config.pagesDir, c.req.param('page'), 'no-cache', true);
    if (response.status !== 200) return response;
    return c.body(
      personalisePage(db, readFileSync(join(config.pagesDir, c.req.param('page')), 'utf8'), c.req.query('lang'), c.req.query('product')),
      200,
      Object.fromEntries(response.headers),
    );
  });
  app.notFound((c) => c.text('Not found', 404));

  // Unfinished uploads expire: swept at start and every hour.
  const sweep = () => void tusStore.deleteExpired().catch((error: unknown) => console.error('[server] tus clean-up', error));
  sweep();
  const sweeper = setInterval(sweep, 3600_000);
  sweeper.unref();

  return {
    app,
    db,
    tokens,
    close: () => {
      clearInterval(sweeper);
      db.close();
    },
  };

  function assertOutput(method: AdapterMethod, data: unknown): void {
    const result = check(contract[method].output as z.ZodMiniType, data);
    if (!result.ok) throw new ApiError(500, `The server produced data that fails its own schema (${result.message}).`);
  }
}

// ---------------------------------------------------------------- plain helpers

/** Query strings are text: turn `true`/`false` and numbers into what the schema field expects. */
function coerceQuery(schema: z.ZodMiniType, query: Record<string, string>): Record<string, unknown> {
  // Query schemas may be `z.lazy` (built on first parse): the object is inside.
  const def = schema._zod.def as { type: string; getter?: () => z.ZodMiniType };
  const object = def.type === 'lazy' && def.getter ? def.getter() : schema;
  const shape = (object as unknown as { shape?: Record<string, z.ZodMiniType> }).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    let def = (shape[key] as unknown as { _zod?: { def: { type: string; innerType?: { _zod: { def: unknown } } } } })?._zod?.def;
    while (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      def = def.innerType._zod.def as typeof def;
    }
    if (def?.type === 'boolean' && (value === 'true' || value === 'false')) out[key] = value === 'true';
    else if (def?.type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
    else out[key] = value;
  }
  return out;
}

async function readJson(c: C): Promise<unknown> {
  // Only JSON: a cross-site "simple" request (text/plain, forms) cannot reach a route.
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'Send the body as JSON with Content-Type: application/json.', 'Content-Type');
  const bytes = await readLimited(c.req.raw, MAX_JSON_BYTES, () => tooLarge('JSON body', MAX_JSON_BYTES));
  const text = bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The body is not valid JSON (send Content-Type: application/json).');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ApiError(400, 'The body must be a JSON object.');
  return data;
}

async function injectFault(c: C, mode: FaultMode): Promise<Response> {
  const { incoming, outgoing } = c.env;
  switch (mode) {
    case '500':
      return c.json({ error: { message: 'Injected fault (500).' } }, 500);
    case 'malformed':
      return c.body('{"entries": [ {"id": ', 200, { 'Content-Type': 'application/json' });
    case 'invalid':
      return c.json({ injected: 'this body fails every output schema' });
    case 'drop':
      incoming.socket.destroy();
      return new Promise<Response>(() => {});
    case 'timeout':
      // Never answers; the socket is released when the client gives up or the server stops.
      return new Promise<Response>((resolve) => outgoing.once('close', () => resolve(new Response(null, { status: 499 }))));
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves one file from `root`, refusing anything that resolves outside it. */
function serveFile(c: C, root: string, relative: string, cache: string, page = false, cors = false): Response {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return c.text('Bad path', 400);
  }
  const path = resolve(root, decoded);
  if (!path.startsWith(resolve(root) + sep) || !existsSync(path) || !statSync(path).isFile()) return c.text('Not found', 404);
  const headers: Record<string, string> = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': cache };
  if (cors) headers['Access-Control-Allow-Origin'] = '*';
  if (page) {
    headers['Content-Security-Policy'] =
      // Strict: no inline scripts or styles. Elements set dynamic styles through the CSSOM (core/style-props.ts).
      "default-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  }
  return c.body(readFileSync(path), 200, headers);
}

/**
 * The demo pages stay plain HTML. The server only swaps the language (`?lang=zh-CN` sets
 * `<html lang>`, which the elements and the shop CSS follow) and the product (`?product=id`).
 */
function personalisePage(db: Db, html: string, lang: string | undefined, productId: string | undefined): string {
  let out = html;
  if (productId && productId !== 'linen-shirt' && ID.test(productId)) {
    const p = db.prepare('SELECT id, title, title_zh, price, chart_id FROM products WHERE id = ?').get(productId) as
      { id: string; title: string; title_zh: string; price: number; chart_id: string | null } | undefined;
    if (p) {
      out = out
        .replaceAll('"linen-shirt"', `"${p.id}"`)
        .replaceAll('/img-linen-shirt"', `/img-${p.id}"`)
        .replace(
          '<span lang="en">Linen shirt</span><span lang="zh-CN">亚麻衬衫</span>',
          `<span lang="en">${escapeHtml(p.title)}</span><span lang="zh-CN">${escapeHtml(p.title_zh)}</span>`,
        )
        .replace('<title>Linen shirt', `<title>${escapeHtml(p.title)}`)
        .replace('€59.00', `€${p.price.toFixed(2)}`);
      if (!p.chart_id)
        out = out.replace(/\s*<rl-size-guide[^>]*><\/rl-size-guide>/, '').replace(/\s*<fieldset class="sizes">[\s\S]*?<\/fieldset>/, '');
    }
  }
  out = withChartSizes(db, out, productId && ID.test(productId) ? productId : 'linen-shirt'); // the picker offers the chart's sizes
  out = withPageLanguage(out, lang);
  if (productId && ID.test(productId)) {
    // The language switch stays on the same product.
    out = out.replace(/href="\?lang=(en|zh-CN)"/g, (_, l: string) => `href="?product=${productId}&amp;lang=${l}"`);
  }
  return out;
}

/** The page's size picker lists the product's own chart sizes (EU 42 for shoes, not S/M/L), M or the middle one checked. */
function withChartSizes(db: Db, html: string, productId: string): string {
  const p = db.prepare('SELECT chart_id FROM products WHERE id = ?').get(productId) as { chart_id: string | null } | undefined;
  const row = p?.chart_id
    ? (db.prepare('SELECT data FROM size_charts WHERE id = ? AND locale = ?').get(p.chart_id, 'en') as { data: string } | undefined)
    : undefined;
  if (!row) return html;
  const sizes = (JSON.parse(row.data) as { sizes: { id: string; label: string }[] }).sizes;
  const checked = sizes.some((s) => s.id === 'M') ? 'M' : sizes[Math.floor(sizes.length / 2)]?.id;
  const options = sizes
    .map(
      (s) =>
        `<label><input type="radio" name="size" value="${escapeHtml(s.id)}"${s.id === checked ? ' checked' : ''} /> ${escapeHtml(s.label)}</label>`,
    )
    .join('\n                ');
  return html.replace(
    /(<fieldset class="sizes">\s*<legend>[\s\S]*?<\/legend>)[\s\S]*?(<\/fieldset>)/,
    `$1\n                ${options}\n              $2`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// ---------------------------------------------------------------- reviews and fit

function reviewView(db: Db, r: ReviewRow): Review {
  // Only what the moderator published: pending and rejected photos never reach shoppers.
  const media = (db.prepare("SELECT * FROM media WHERE review_id = ? AND status = 'published' ORDER BY id").all(r.id) as MediaRow[]).map(
    mediaRef,
  );
  const review: Review = {
    id: r.id,
    productId: r.product_id,
    rating: r.rating,
    body: r.body,
    author: r.author,
    createdAt: r.created_at,
    verifiedBuyer: Boolean(r.verified),
    media,
    helpfulCount: r.helpful,
  };
  return { ...review, ...reviewOptionals(r) };
}

function reviewSummary(db: Db, productId: string): ReviewPage['summary'] {
  const rows = db
    .prepare(
      "SELECT rating, fit, (SELECT COUNT(*) FROM media m WHERE m.review_id = r.id AND m.status = 'published') AS media FROM reviews r WHERE product_id = ? AND status = 'published'",
    )
    .all(productId) as {
    rating: number;
    fit: string | null;
    media: number;
  }[];
  const histogram: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const fit = { small: 0, true: 0, large: 0 };
  let sum = 0;
  for (const r of rows) {
    histogram[r.rating - 1]!++;
    sum += r.rating;
    if (r.fit === 'small' || r.fit === 'true' || r.fit === 'large') fit[r.fit]++;
  }
  return {
    average: rows.length ? Math.round((sum / rows.length) * 10) / 10 : 0,
    count: rows.length,
    histogram,
    // With the merchant's fit note, the reviews show the same fit signal as the size guide.
    fit: fitNoteAccepted(db, productId) ? fitInsights(db, productId).votes : fit,
    withMediaCount: rows.filter((r) => r.media > 0).length,
  };
}

/** Base fit data + review fit votes + size-related return reasons (too small counts as small) once the merchant accepted a fit note. */
export function fitInsights(db: Db, productId: string): FitInsights {
  const base = db.prepare('SELECT data FROM fit_base WHERE product_id = ?').get(productId) as { data: string } | undefined;
  const out: FitInsights = base
    ? (JSON.parse(base.data) as FitInsights)
    : { productId, votes: { small: 0, true: 0, large: 0 }, perSize: {} };
  const add = (vote: 'small' | 'true' | 'large', size: string | null) => {
    out.votes[vote]++;
    if (size) {
      const entry = (out.perSize[size] ??= { votes: { small: 0, true: 0, large: 0 } });
      entry.votes[vote]++;
    }
  };
  for (const r of db
    .prepare("SELECT fit, size FROM reviews WHERE product_id = ? AND status = 'published' AND fit IS NOT NULL")
    .all(productId) as { fit: 'small' | 'true' | 'large'; size: string | null }[]) {
    add(r.fit, r.size);
  }
  // Size-related returns count as fit votes once the merchant accepted the fit note the
  // insights suggested (the merchant confirms the signal before shoppers see it).
  const returns = fitNoteAccepted(db, productId)
    ? (db
        .prepare(
          `SELECT rl.reason_id, l.size FROM return_lines rl JOIN order_lines l ON l.id = rl.line_id
       WHERE l.product_id = ? AND rl.reason_id IN ('too_small', 'too_large')`,
        )
        .all(productId) as { reason_id: string; size: string | null }[])
    : [];
  for (const r of returns) {
    add(r.reason_id === 'too_small' ? 'small' : 'large', r.size);
  }
  return out;
}

/** Row counts and a hash of every table's content: proves an attack left the data unchanged. */
export function digest(db: Db): Record<string, { rows: number; hash: string }> {
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const table of TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    out[table] = { rows: rows.length, hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16) };
  }
  return out;
}
