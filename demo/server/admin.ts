/**
 * The merchant's admin API under `/api/admin`, and the demo's `/admin.html`.
 *
 * Authentication: a session cookie from `POST /api/admin/login` with the password from
 * `RL_ADMIN_PASSWORD`, or `Authorization: Bearer <RL_ADMIN_TOKEN>` for API clients. Without
 * either, every admin route answers one clear 401. The cookie is HttpOnly and SameSite=Strict,
 * and cookie-authenticated writes must come from this origin (Sec-Fetch-Site / Origin), so a
 * cross-site page cannot use it (CSRF). Logins are rate-limited per client. Every write is
 * recorded in `admin_audit` (who, when, what).
 */
/// <reference types="node" />
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import type { AdapterMethod } from '../../src/adapters/adapter.js';
import { merchantContract } from '../../src/adapters/merchant-contract.js';
import type { InboxMedia, InboxPage, InboxReview, ModerationReason, ReplyTemplate } from '../../src/domain/merchant.js';
import { replyPriority } from '../../src/domain/merchant.js';
import { check } from '../../src/domain/validation.js';
import { describeIssue } from '../../src/domain/validation-words.js';
import { ID } from '../../src/domain/patterns.js';
import { ensureAdminSchema } from './admin-db.js';
import { withPageLanguage } from './page-lang.js';
import { returnInsights } from './admin-insights.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db.js';
import { ApiError } from './errors.js';
import { RateLimiter } from './faults.js';
import { API_BASE, mediaRef, reviewOptionals, textLang, type MediaRow, type ReviewRow } from './store.js';

type Env = { Bindings: HttpBindings; Variables: { actor: string } };
type C = Context<Env>;
type Method = keyof typeof merchantContract;

export const ADMIN_PREFIX = `${API_BASE}/admin`;
const COOKIE = 'rl_admin';
const SESSION_HOURS = 8;
/** Used when RL_ADMIN_PASSWORD is not set: fine for the local demo, printed at start. */
export const DEMO_ADMIN_PASSWORD = 'returnless-demo';

export interface AdminConfig {
  password: string;
  token?: string;
  /** Login attempts per client per minute. */
  loginLimit: number;
}

export function readAdminConfig(env: NodeJS.ProcessEnv = process.env): AdminConfig {
  const token = env.RL_ADMIN_TOKEN;
  if (token !== undefined && token !== '' && token.length < 16) throw new Error('RL_ADMIN_TOKEN must be at least 16 characters.');
  return {
    password: env.RL_ADMIN_PASSWORD || DEMO_ADMIN_PASSWORD,
    ...(token ? { token } : {}),
    loginLimit: Number(env.RL_ADMIN_LOGIN_LIMIT || 10),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const sameSecret = (given: string, expected: string) => timingSafeEqual(sha256(given), sha256(expected));

export interface MountedAdmin {
  /** A valid admin session cookie or bearer token: routes outside the admin API ask (media files). */
  isMerchant(c: Context): boolean;
}

/** Mounts the admin API and page on `app` (call before the API's catch-all and the static pages). */
export function mountAdmin(app: Hono<{ Bindings: HttpBindings }>, db: Db, config: ServerConfig, admin = readAdminConfig()): MountedAdmin {
  ensureAdminSchema(db);
  const api = new Hono<Env>();
  const logins = new RateLimiter(admin.loginLimit);

  // ------------------------------------------------------------ sessions

  function sessionOf(c: C): string | undefined {
    const raw = /(?:^|;\s*)rl_admin=([A-Za-z0-9_-]{20,100})/.exec(c.req.header('Cookie') ?? '')?.[1];
    if (!raw) return undefined;
    const hash = sha256(raw).toString('hex');
    const row = db.prepare('SELECT expires_at FROM admin_sessions WHERE id_hash = ?').get(hash) as { expires_at: string } | undefined;
    return row && row.expires_at > new Date().toISOString() ? hash : undefined;
  }

  function fromThisSite(c: C): boolean {
    const site = c.req.header('Sec-Fetch-Site');
    if (site) return site === 'same-origin';
    const origin = c.req.header('Origin');
    if (!origin) return false;
    try {
      return new URL(origin).host === c.req.header('Host');
    } catch {
      return false;
    }
  }

  function audit(actor: string, action: string, target: string | null, detail: unknown): void {
    db.prepare('INSERT INTO admin_audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)').run(
      new Date().toISOString(),
      actor,
      action,
      target,
      JSON.stringify(detail ?? {}),
    );
  }

  if (config.testFaults) api.post('/__test/unlock', (c) => (logins.clear(), c.json({ ok: true })));

  api.post('/login', async (c) => {
    const client = getConnInfo(c).remote.address ?? 'unknown';
    // Every attempt counts (a right password must not slip past the limit, or guessing goes on).
    const wait = logins.hit(client);
    if (wait) throw new ApiError(429, `Too many sign-in attempts. Try again in ${wait} s.`, undefined, { 'Retry-After': String(wait) });
    if (!fromThisSite(c)) throw new ApiError(403, 'Sign in from the shop’s own admin page.');
    const form = (c.req.header('Content-Type') ?? '').startsWith('application/x-www-form-urlencoded');
    let password: unknown;
    if (form) password = (await c.req.parseBody())['password'];
    else password = ((await c.req.json().catch(() => ({}))) as { password?: unknown }).password;
    if (typeof password !== 'string' || !sameSecret(password, admin.password)) {
      audit(`client:${client}`, 'login_failed', null, {});
      if (form) return c.redirect(`/admin.html?login=failed${langQuery(c)}`, 303);
      throw new ApiError(401, 'Wrong password.', 'password');
    }
    const id = randomBytes(24).toString('base64url');
    const expires = new Date(Date.now() + SESSION_HOURS * 3_600_000);
    const hash = sha256(id).toString('hex');
    db.prepare('INSERT INTO admin_sessions (id_hash, created_at, expires_at) VALUES (?, ?, ?)').run(
      hash,
      new Date().toISOString(),
      expires.toISOString(),
    );
    audit(actorOf(hash), 'login', null, {});
    const secure = c.req.url.startsWith('https:') ? '; Secure' : '';
    c.header('Set-Cookie', `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}${secure}`);
    c.header('Cache-Control', 'no-store');
    return form ? c.redirect(`/admin.html${langQuery(c).replace('&', '?')}`, 303) : c.json({ ok: true });
  });

  const actorOf = (hash: string) => `session:${hash.slice(0, 8)}`;

  // Everything below needs a merchant.
  api.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const auth = c.req.header('Authorization');
    if (auth?.startsWith('Bearer ')) {
      if (admin.token && sameSecret(auth.slice(7).trim(), admin.token)) {
        c.set('actor', 'token');
        return next();
      }
      throw unauthorized();
    }
    const session = sessionOf(c);
    if (!session) throw unauthorized();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !fromThisSite(c))
      throw new ApiError(403, 'Admin writes with the session cookie must come from this site (CSRF protection).');
    c.set('actor', actorOf(session));
    return next();
  });

  api.post('/logout', (c) => {
    const session = sessionOf(c);
    if (session) db.prepare('DELETE FROM admin_sessions WHERE id_hash = ?').run(session);
    audit(c.get('actor'), 'logout', null, {});
    c.header('Set-Cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return c.json({ ok: true });
  });

  // ------------------------------------------------------------ helpers

  async function input<M extends Method>(
    c: C,
    method: M,
    params: Record<string, string> = {},
  ): Promise<z.infer<(typeof merchantContract)[M]['input']>> {
    const schema = merchantContract[method].input as z.ZodMiniType;
    let data: unknown;
    if (c.req.method === 'GET') data = { ...coerce(c.req.query()), ...params };
    else {
      const text = await c.req.text();
      if (text.length > 256 * 1024) throw new ApiError(413, 'The JSON body is larger than 256 kB.');
      try {
        data = text ? JSON.parse(text) : {};
      } catch {
        throw new ApiError(400, 'The body is not valid JSON.');
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ApiError(400, 'The body must be a JSON object.');
      data = { ...data, ...params };
    }
    const result = check(schema, data);
    if (!result.ok)
      throw new ApiError(422, `Invalid ${result.path || 'body'}: ${describeIssue(result.issue, data)}`, result.path || undefined);
    return result.value as z.infer<(typeof merchantContract)[M]['input']>;
  }

  function send(c: C, method: Method, data: unknown) {
    const result = check(merchantContract[method].output as z.ZodMiniType, data);
    if (!result.ok) {
      console.error(`[server] ${method} produced invalid data: ${result.message}`);
      throw new ApiError(500, 'The server produced data that fails its own schema.');
    }
    return c.json(data as object);
  }

  /** A write: runs in a transaction together with its audit row. */
  function write<T>(c: C, action: AdapterMethod, target: string | null, detail: unknown, run: () => T): T {
    return db.transaction(() => {
      const out = run();
      audit(c.get('actor'), action, target, detail);
      return out;
    })();
  }

  function inboxReview(id: string): InboxReview {
    const row = db
      .prepare(`SELECT r.*, p.title AS product_title FROM reviews r JOIN products p ON p.id = r.product_id WHERE r.id = ?`)
      .get(id) as InboxRow | undefined;
    if (!row) throw new ApiError(404, `No review "${id}".`, 'reviewId');
    return toInbox(row);
  }

  function toInbox(r: InboxRow): InboxReview {
    const reasons = new Map(
      (
        db
          .prepare(
            "SELECT target, reason FROM moderation_reasons WHERE target = ? OR target IN (SELECT 'media:' || id FROM media WHERE review_id = ?)",
          )
          .all(`review:${r.id}`, r.id) as { target: string; reason: ModerationReason }[]
      ).map((x) => [x.target, x.reason]),
    );
    const media = (db.prepare('SELECT * FROM media WHERE review_id = ? ORDER BY id').all(r.id) as (MediaRow & { status: string })[]).map(
      (m): InboxMedia => {
        const ref = mediaRef({ ...m, status: 'published' });
        const raw: string = m.status;
        const status = raw === 'rejected' ? 'rejected' : raw === 'pending' ? 'pending' : 'published';
        const reason = reasons.get(`media:${m.id}`);
        return {
          id: m.id,
          kind: m.kind,
          url: ref.url,
          thumbnailUrl: ref.thumbnailUrl,
          ...(m.alt ? { alt: m.alt } : {}),
          status,
          ...(status === 'rejected' && reason ? { reason } : {}),
        };
      },
    );
    const reason = reasons.get(`review:${r.id}`);
    const review: InboxReview = {
      id: r.id,
      productId: r.product_id,
      productTitle: r.product_title,
      rating: r.rating,
      body: r.body,
      author: r.author,
      createdAt: r.created_at,
      verifiedBuyer: Boolean(r.verified),
      lang: textLang(`${r.title ?? ''}${r.body}`),
      status: r.status === 'rejected' ? 'rejected' : r.status === 'pending' ? 'pending' : 'published',
      media,
    };
    if (review.status === 'rejected' && reason) review.reason = reason;
    return { ...review, ...reviewOptionals(r) };
  }

  // ------------------------------------------------------------ reviews

  api.get('/reviews', async (c) => {
    const q = await input(c, 'listReviewInbox');
    const offset = q.cursor ? Number(/^\d{1,6}$/.exec(q.cursor)?.[0] ?? NaN) : 0;
    if (Number.isNaN(offset)) throw new ApiError(422, 'Invalid cursor: pass back the nextCursor of the previous page.', 'cursor');
    const limit = q.limit ?? 10;
    // "Waiting for moderation" holds reviews whose text or any photo still waits.
    const where = `(r.status = :status OR (:status = 'pending' AND EXISTS (SELECT 1 FROM media m WHERE m.review_id = r.id AND m.status = 'pending'))) AND (:product IS NULL OR r.product_id = :product) AND (:rating IS NULL OR r.rating = :rating)
      AND (:media IS NULL OR EXISTS (SELECT 1 FROM media m WHERE m.review_id = r.id) = :media)
      AND (:answered IS NULL OR (r.reply_body IS NOT NULL) = :answered)`;
    const params = {
      status: q.view === 'pending' ? 'pending' : 'published',
      product: q.productId ?? null,
      rating: q.rating ?? null,
      media: q.hasMedia === undefined ? null : Number(q.hasMedia),
      answered: q.answered === undefined ? null : Number(q.answered),
    };
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM reviews r WHERE ${where}`).get(params) as { n: number }).n;
    // Pending: oldest first. Published: lowest rating, then concerns, then the longest waiting;
    // the concern test is text matching, so the SQL orders by rating and age and the page is refined in JS.
    const order = q.view === 'pending' ? 'r.created_at ASC, r.id' : 'r.rating ASC, r.created_at ASC, r.id';
    const rows = db
      .prepare(
        `SELECT r.*, p.title AS product_title FROM reviews r JOIN products p ON p.id = r.product_id WHERE ${where} ORDER BY ${order} LIMIT :limit OFFSET :offset`,
      )
      .all({ ...params, limit, offset }) as InboxRow[];
    let reviews = rows.map(toInbox);
    if (q.view === 'published') reviews = reviews.sort(replyPriority);
    const counts = db
      .prepare(
        `SELECT SUM(status = 'pending' OR EXISTS (SELECT 1 FROM media m WHERE m.review_id = reviews.id AND m.status = 'pending')) AS pending, SUM(status = 'published' AND reply_body IS NULL) AS unanswered,
                SUM(status = 'published' AND reply_body IS NOT NULL) AS answered FROM reviews`,
      )
      .get() as { pending: number | null; unanswered: number | null; answered: number | null };
    const products = db
      .prepare(
        `SELECT DISTINCT p.id, p.title FROM products p JOIN reviews r ON r.product_id = p.id WHERE r.status = :status ORDER BY p.title`,
      )
      .all({ status: params.status }) as { id: string; title: string }[];
    const page: InboxPage = {
      reviews,
      nextCursor: offset + limit < total ? String(offset + limit) : null,
      total,
      counts: { pending: counts.pending ?? 0, unanswered: counts.unanswered ?? 0, answered: counts.answered ?? 0 },
      products,
    };
    return send(c, 'listReviewInbox', page);
  });

  api.post('/reviews/approve', async (c) => {
    const q = await input(c, 'bulkApproveReviews');
    const reviews = write(c, 'bulkApproveReviews', q.reviewIds.join(','), q, () =>
      q.reviewIds.map((id) => {
        inboxReview(id);
        db.prepare("UPDATE reviews SET status = 'published' WHERE id = ? AND status = 'pending'").run(id);
        db.prepare("UPDATE media SET status = 'published' WHERE review_id = ? AND status = 'pending'").run(id);
        return inboxReview(id);
      }),
    );
    return send(c, 'bulkApproveReviews', { reviews });
  });

  api.post('/reviews/:reviewId/moderation', async (c) => {
    const q = await input(c, 'moderateReview', { reviewId: c.req.param('reviewId') });
    write(c, 'moderateReview', `review:${q.reviewId}`, q, () => {
      inboxReview(q.reviewId);
      db.prepare('UPDATE reviews SET status = ? WHERE id = ?').run(q.decision === 'approve' ? 'published' : 'rejected', q.reviewId);
      setReason(`review:${q.reviewId}`, q.reason);
    });
    return send(c, 'moderateReview', inboxReview(q.reviewId));
  });

  api.post('/reviews/:reviewId/media/:mediaId/moderation', async (c) => {
    const q = await input(c, 'moderateMedia', { reviewId: c.req.param('reviewId'), mediaId: c.req.param('mediaId') });
    write(c, 'moderateMedia', `media:${q.mediaId}`, q, () => {
      inboxReview(q.reviewId);
      const changed = db
        .prepare('UPDATE media SET status = ? WHERE id = ? AND review_id = ?')
        .run(q.decision === 'approve' ? 'published' : 'rejected', q.mediaId, q.reviewId);
      if (!changed.changes) throw new ApiError(404, `No media "${q.mediaId}" on review "${q.reviewId}".`, 'mediaId');
      setReason(`media:${q.mediaId}`, q.reason);
    });
    return send(c, 'moderateMedia', inboxReview(q.reviewId));
  });

  function setReason(target: string, reason: ModerationReason | undefined) {
    db.prepare('DELETE FROM moderation_reasons WHERE target = ?').run(target);
    if (reason) db.prepare('INSERT INTO moderation_reasons (target, reason) VALUES (?, ?)').run(target, reason);
  }

  // A reply touches only the reply columns: the review itself never changes.
  api.post('/reviews/:reviewId/reply', async (c) => {
    const q = await input(c, 'createReply', { reviewId: c.req.param('reviewId') });
    write(c, 'createReply', `review:${q.reviewId}`, q, () => {
      const review = inboxReview(q.reviewId);
      if (review.status !== 'published') throw new ApiError(409, 'Only published reviews can be answered.', 'reviewId');
      if (review.reply) throw new ApiError(409, 'This review already has a reply: edit it (PUT) instead.', 'reviewId');
      db.prepare('UPDATE reviews SET reply_body = ?, reply_author = ?, reply_at = ? WHERE id = ?').run(
        q.body,
        q.author ?? null,
        new Date().toISOString(),
        q.reviewId,
      );
    });
    return send(c, 'createReply', inboxReview(q.reviewId));
  });
  api.put('/reviews/:reviewId/reply', async (c) => {
    const q = await input(c, 'updateReply', { reviewId: c.req.param('reviewId') });
    write(c, 'updateReply', `review:${q.reviewId}`, q, () => {
      if (!inboxReview(q.reviewId).reply) throw new ApiError(404, 'This review has no reply to edit.', 'reviewId');
      db.prepare('UPDATE reviews SET reply_body = ?, reply_author = COALESCE(?, reply_author) WHERE id = ?').run(
        q.body,
        q.author ?? null,
        q.reviewId,
      );
    });
    return send(c, 'updateReply', inboxReview(q.reviewId));
  });
  api.delete('/reviews/:reviewId/reply', async (c) => {
    const q = await input(c, 'deleteReply', { reviewId: c.req.param('reviewId') });
    write(c, 'deleteReply', `review:${q.reviewId}`, q, () => {
      inboxReview(q.reviewId);
      db.prepare('UPDATE reviews SET reply_body = NULL, reply_author = NULL, reply_at = NULL WHERE id = ?').run(q.reviewId);
    });
    return send(c, 'deleteReply', inboxReview(q.reviewId));
  });

  // ------------------------------------------------------------ templates

  api.get('/reply-templates', async (c) => {
    await input(c, 'listReplyTemplates');
    const templates = (db.prepare('SELECT data FROM reply_templates ORDER BY position, id').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as ReplyTemplate,
    );
    return send(c, 'listReplyTemplates', { templates });
  });
  api.put('/reply-templates/:id', async (c) => {
    const q = await input(c, 'saveReplyTemplate', { id: c.req.param('id') });
    write(c, 'saveReplyTemplate', `template:${q.id}`, q, () => {
      const position = (db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS n FROM reply_templates').get() as { n: number }).n;
      db.prepare(
        'INSERT INTO reply_templates (id, position, data) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
      ).run(q.id, position, JSON.stringify(q));
    });
    return send(c, 'saveReplyTemplate', q);
  });

  // ------------------------------------------------------------ insights

  api.get('/insights', async (c) => {
    const q = await input(c, 'getReturnInsights');
    if (q.productId && !db.prepare('SELECT 1 FROM products WHERE id = ?').get(q.productId))
      throw new ApiError(404, `No product "${q.productId}".`, 'productId');
    return send(c, 'getReturnInsights', returnInsights(db, q, q.locale ?? c.req.header('Accept-Language')?.split(',')[0]));
  });

  api.post('/suggestions/accept', async (c) => {
    const q = await input(c, 'acceptSuggestion');
    const parsed = /^(fit_note|add_photo|check_packaging):([^:]+)(?::(small|large))?$/.exec(q.id);
    if (!parsed || !ID.test(parsed[2]!)) throw new ApiError(422, 'Unknown suggestion id: pass the id from getReturnInsights.', 'id');
    const [, kind, productId, tendency] = parsed;
    if (kind === 'fit_note' && !tendency) throw new ApiError(422, 'A fit note id names its tendency.', 'id');
    if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(productId)) throw new ApiError(404, `No product "${productId}".`, 'id');
    write(c, 'acceptSuggestion', q.id, q, () => {
      // One fit note per product: accepting "runs large" replaces "runs small".
      if (kind === 'fit_note') db.prepare("DELETE FROM accepted_suggestions WHERE kind = 'fit_note' AND product_id = ?").run(productId);
      db.prepare('INSERT OR REPLACE INTO accepted_suggestions (id, kind, product_id, tendency, at, actor) VALUES (?, ?, ?, ?, ?, ?)').run(
        q.id,
        kind,
        productId,
        tendency ?? null,
        new Date().toISOString(),
        c.get('actor'),
      );
    });
    return send(c, 'acceptSuggestion', { id: q.id, accepted: true });
  });

  /** Photos returners sent: only the merchant sees them. */
  api.get('/return-media/:id', (c) => {
    const id = c.req.param('id');
    const row = ID.test(id)
      ? (db.prepare("SELECT * FROM media WHERE id = ? AND purpose = 'return'").get(id) as (MediaRow & { mime: string }) | undefined)
      : undefined;
    if (!row) throw new ApiError(404, 'No such media.', 'id');
    return c.body(readFileSync(join(config.dataDir, 'media', row.file)), 200, {
      'Content-Type': row.mime,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
  });

  api.get('/audit', (c) => c.json({ entries: db.prepare('SELECT * FROM admin_audit ORDER BY seq DESC LIMIT 200').all() }));

  api.all('*', () => {
    throw new ApiError(404, 'No such admin route. See README “Admin API”.');
  });

  // ------------------------------------------------------------ the demo page

  app.get('/admin.html', (c) => {
    const signedIn = Boolean(sessionOf(c as unknown as C));
    let html = readFileSync(join(config.pagesDir, 'admin.html'), 'utf8');
    // The page holds both the sign-in form and the admin; the server keeps the one that applies.
    html = signedIn
      ? html.replace(/<!-- sign-in -->[\s\S]*?<!-- \/sign-in -->/, '')
      : html.replace(/<!-- admin -->[\s\S]*?<!-- \/admin -->/, '');
    if (!signedIn && c.req.query('login') !== 'failed') html = html.replace(/<!-- failed -->[\s\S]*?<!-- \/failed -->/, '');
    // Like the shop pages (page-lang.ts); the sign-in form brings the language back after it redirects.
    html = withPageLanguage(html, c.req.query('lang'));
    if (c.req.query('lang') === 'zh-CN') html = html.replace('action="/api/admin/login"', 'action="/api/admin/login?lang=zh-CN"');
    return c.body(html, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    });
  });

  app.route(ADMIN_PREFIX, api as unknown as Hono<{ Bindings: HttpBindings }>);
  return {
    isMerchant(c) {
      const auth = c.req.header('Authorization');
      if (auth?.startsWith('Bearer ')) return Boolean(admin.token && sameSecret(auth.slice(7).trim(), admin.token));
      return Boolean(sessionOf(c as C));
    },
  };
}

/** `&lang=zh-CN` when the sign-in form was posted from the Chinese page, so its redirect stays in Chinese. */
const langQuery = (c: Context) => (c.req.query('lang') === 'zh-CN' ? '&lang=zh-CN' : '');

function unauthorized(): ApiError {
  return new ApiError(
    401,
    'Merchant sign-in required: POST /api/admin/login with the admin password (RL_ADMIN_PASSWORD), or send Authorization: Bearer <RL_ADMIN_TOKEN>.',
    undefined,
    { 'WWW-Authenticate': 'Bearer realm="returnless-admin"' },
  );
}

/** Query strings are text: booleans and numbers for the inbox and insights filters. */
function coerce(query: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    if (k === 'hasMedia' || k === 'answered') out[k] = v === 'true' ? true : v === 'false' ? false : v;
    else if ((k === 'rating' || k === 'limit') && /^\d{1,3}$/.test(v)) out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}

/** A review row with its product's title (the inbox query joins it). */
type InboxRow = ReviewRow & { product_title: string };
