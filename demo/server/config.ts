/** Environment variables of the reference server, each with a sane default (see README). */
/// <reference types="node" />
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOrigins } from './cors.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerConfig {
  port: number;
  dataDir: string;
  maxImageBytes: number;
  maxVideoBytes: number;
  /** Order lookups and status checks per client IP per minute. */
  rateLimit: number;
  testFaults: boolean;
  /** `RL_SECRET`: signs lookup tokens and review invitations (else `<data>/secret`, made on first start). */
  secret?: string;
  /** `RL_CORS_ORIGINS`: shop origins allowed to call the API from the browser (empty: same origin only). */
  corsOrigins: string[];
  /** `RL_UPLOAD_EXPIRY_HOURS`: unfinished tus uploads expire (and are deleted) after this long. */
  uploadExpiryMs: number;
  /** `RL_DEMO_OUTBOX=0` hides /emails.html, the demo shop's outbox of review invitations. */
  demoOutbox: boolean;
  /**
   * `RL_REVIEW_MODERATION`: what a new review waits for before shoppers see it. `media` (default):
   * its text publishes at once, each photo or video waits for the merchant; `all`: the review waits
   * too; `off`: everything publishes at once.
   */
  reviewModeration: ReviewModeration;
  cdnDir: string;
  pagesDir: string;
}

function num(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}=${raw} is not a number ≥ 0 (default ${fallback}).`);
  return value;
}

export type ReviewModeration = 'media' | 'all' | 'off';

function moderation(raw: string | undefined): ReviewModeration {
  if (raw === undefined || raw === '') return 'media';
  if (raw === 'media' || raw === 'all' || raw === 'off') return raw;
  throw new Error(`RL_REVIEW_MODERATION=${raw} is not one of media, all, off (default media).`);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: num('PORT', 4173, env),
    dataDir: resolve(env.RL_DATA_DIR || join(ROOT, 'demo/data')),
    maxImageBytes: num('RL_MAX_IMAGE_MB', 10, env) * 1024 * 1024,
    maxVideoBytes: num('RL_MAX_VIDEO_MB', 200, env) * 1024 * 1024,
    rateLimit: num('RL_RATE_LIMIT', 10, env),
    testFaults: env.RL_TEST_FAULTS === '1',
    ...(env.RL_SECRET ? { secret: env.RL_SECRET } : {}),
    corsOrigins: parseOrigins(env.RL_CORS_ORIGINS),
    uploadExpiryMs: num('RL_UPLOAD_EXPIRY_HOURS', 24, env) * 3600_000,
    demoOutbox: env.RL_DEMO_OUTBOX !== '0',
    reviewModeration: moderation(env.RL_REVIEW_MODERATION),
    cdnDir: join(ROOT, 'dist/cdn'),
    pagesDir: join(ROOT, 'demo'),
  };
}
