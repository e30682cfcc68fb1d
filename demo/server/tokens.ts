/**
 * Signed, expiring tokens (HMAC-SHA256 with the server secret):
 *
 * - **lookup tokens**, issued by a successful order lookup and bound to the order's internal id
 *   and its email; quote, create, return-photo uploads and status checks need one;
 * - **review invitations**, issued per delivered order line; a review that carries one (or a
 *   lookup token of an order with that product) is a verified-buyer review;
 * - **media proofs**, issued with an upload, that let the uploader see a photo nobody else may
 *   see yet (see media-access.ts).
 *
 * A token is `rl1.<payload>.<mac>` (base64url). The payload is readable but says nothing a
 * shopper does not already know (internal ids, an email hash, the expiry); without the secret
 * nobody can make or change one. Verification compares MACs in constant time and answers
 * `undefined` for every kind of failure, so callers answer one 404 for all of them.
 */
/// <reference types="node" />
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOOKUP_TOKEN_TTL_MS = 2 * 60 * 60 * 1000;
export const INVITATION_TTL_MS = 90 * 24 * 60 * 60 * 1000;

export interface LookupClaims {
  kind: 'lookup';
  /** Internal order id. */
  orderId: string;
  /** Hash of the order's email at issue time: a changed email voids the token. */
  emailHash: string;
  expiresAt: number;
}

export interface InvitationClaims {
  kind: 'invitation';
  orderId: string;
  lineId: string;
  productId: string;
  expiresAt: number;
}

type Claims = LookupClaims | InvitationClaims;

/**
 * The server secret: `RL_SECRET` (at least 32 characters), else `<data>/secret`, created with 32
 * random bytes (mode 600) on first start. Changing it voids every token.
 */
export function loadSecret(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new Error('RL_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`).');
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(dataDir, 'secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  const text = readFileSync(file, 'utf8').trim();
  if (text.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters: delete it to make a new one.`);
  return Buffer.from(text, 'utf8');
}

export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
}

export class Tokens {
  constructor(private readonly secret: Buffer) {}

  lookup(orderId: string, email: string, now = Date.now()): string {
    return this.sign({ kind: 'lookup', orderId, emailHash: emailHash(email), expiresAt: now + LOOKUP_TOKEN_TTL_MS });
  }

  invitation(line: { orderId: string; lineId: string; productId: string }, now = Date.now()): string {
    return this.sign({ kind: 'invitation', ...line, expiresAt: now + INVITATION_TTL_MS });
  }

  /** A return label link's token: the return id signed (no expiry: a printed label stays valid). */
  label(returnId: string): string {
    return createHmac('sha256', this.secret).update(`label:${returnId}`).digest('base64url');
  }

  isLabel(returnId: string, token: string): boolean {
    const expected = Buffer.from(this.label(returnId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * A media preview proof: `<expiry, base 36>.<mac>` over the media id, handed to whoever uploaded
   * it (in the upload's `url`), so a reloaded form can show its own not-yet-published photo.
   */
  media(mediaId: string, expiresAt: number): string {
    const expiry = expiresAt.toString(36);
    return `${expiry}.${createHmac('sha256', this.secret).update(`media:${mediaId}:${expiry}`).digest('base64url')}`;
  }

  isMedia(mediaId: string, proof: unknown, now = Date.now()): boolean {
    if (typeof proof !== 'string' || proof.length > 100) return false;
    const expiry = proof.split('.')[0] ?? '';
    if (!/^[0-9a-z]{1,12}$/.test(expiry) || parseInt(expiry, 36) <= now) return false;
    const expected = Buffer.from(this.media(mediaId, parseInt(expiry, 36)));
    const given = Buffer.from(proof);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The claims of a valid, unexpired lookup token; `undefined` for anything else. */
  readLookup(token: unknown, now = Date.now()): LookupClaims | undefined {
    const claims = this.verify(token, now);
    return claims?.kind === 'lookup' ? claims : undefined;
  }

  readInvitation(token: unknown, now = Date.now()): InvitationClaims | undefined {
    const claims = this.verify(token, now);
    return claims?.kind === 'invitation' ? claims : undefined;
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.secret).update(`rl1.${payload}`).digest();
  }

  private sign(claims: Claims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `rl1.${payload}.${this.mac(payload).toString('base64url')}`;
  }

  private verify(token: unknown, now: number): Claims | undefined {
    if (typeof token !== 'string' || token.length > 2048) return undefined;
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== 'rl1') return undefined;
    const [, payload, mac] = parts as [string, string, string];
    const expected = this.mac(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let claims: Claims;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
    } catch {
      return undefined;
    }
    if (typeof claims !== 'object' || claims === null || typeof claims.expiresAt !== 'number' || claims.expiresAt <= now) return undefined;
    return claims;
  }
}
