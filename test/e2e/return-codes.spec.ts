/**
 * Issue 12 item 5: return ids and codes read aloud well. One alphabet without 0/O, 1/I/L (and U),
 * groups of four, a code drawn on its own (not a slice of the id) and unique per return: the
 * database refuses a taken code and the server draws again.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../demo/server/db.js';
import {
  READABLE_ALPHABET,
  canonicalReturnId,
  newReturnCode,
  newReturnId,
  withFreshReturnRefs,
  type RandomInt,
} from '../../demo/server/readable-ids.js';
import { API, DEMO, expectOutput, key, lookup, reset } from './helpers.js';

const S = `[${READABLE_ALPHABET}]`;
const ID_FORMAT = new RegExp(`^R-${S}{4}-${S}{4}-${S}{4}$`);
const CODE_FORMAT = new RegExp(`^${S}{4}-${S}{4}$`);
const compact = (s: string) => s.replaceAll('-', '');

test('the alphabet has 30 symbols and none of 0, O, 1, I, L, U', () => {
  expect(new Set(READABLE_ALPHABET).size).toBe(30);
  expect(READABLE_ALPHABET).not.toMatch(/[01OILU]/);
});

test('20,000 ids and codes: readable alphabet, grouped, all different, no code inside its id', () => {
  const ids = new Set<string>();
  const codes = new Set<string>();
  for (let i = 0; i < 20_000; i++) {
    const id = newReturnId();
    const code = newReturnCode();
    if (!ID_FORMAT.test(id)) throw new Error(`id ${id} is not R- and three groups of four readable symbols`);
    if (!CODE_FORMAT.test(code)) throw new Error(`code ${code} is not two groups of four readable symbols`);
    if (compact(id).includes(compact(code))) throw new Error(`code ${code} is a slice of id ${id}`);
    ids.add(id);
    codes.add(code);
  }
  expect(ids.size).toBe(20_000);
  expect(codes.size).toBe(20_000);
});

test('a typed id finds the stored one (case and hyphens ignored); older ids stay as they are', () => {
  expect(canonicalReturnId('r-7kqm-x4td-9hpw')).toBe('R-7KQM-X4TD-9HPW');
  expect(canonicalReturnId('R7KQMX4TD9HPW')).toBe('R-7KQM-X4TD-9HPW');
  expect(canonicalReturnId('GR-00012-1')).toBe('GR-00012-1');
});

test('a taken code is refused by the unique index and both are drawn again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-codes-'));
  const db = openDb(dir);
  try {
    const insert = db.prepare(
      "INSERT INTO returns (id, order_id, email, method, status, created_at, quote, confirmation, code) VALUES (?, 'o', 'e', 'mail', 'requested', '', '{}', '{}', ?)",
    );
    // A counting random source: its first draw is id R-2345-6789-ABCD with code EFGH-JKMN.
    const counting = (): RandomInt => {
      let n = 0;
      return (max) => n++ % max;
    };
    const probe = counting();
    expect([newReturnId(probe), newReturnCode(probe)]).toEqual(['R-2345-6789-ABCD', 'EFGH-JKMN']);
    insert.run('R-2222-2222-2222', 'EFGH-JKMN'); // that code is taken already
    let attempts = 0;
    const drawn = withFreshReturnRefs((refs) => {
      attempts++;
      insert.run(refs.id, refs.code);
      return refs;
    }, counting());
    expect(attempts).toBe(2);
    expect(drawn.code).not.toBe('EFGH-JKMN');
    expect(drawn.id).not.toBe('R-2345-6789-ABCD');
    expect(() => insert.run('R-3333-3333-3333', drawn.code)).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT COUNT(DISTINCT code) AS n FROM returns').get()).toEqual({ n: 2 });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('the reference server', () => {
  test.beforeEach(async ({ request }) => reset(request));

  test('returns get readable ids and codes of their own; the status route takes the id typed loosely', async ({ request }) => {
    const anna = await lookup(request, DEMO.recent);
    const made: { id: string; code: string }[] = [];
    for (const lineId of ['l-1001-1', 'l-1001-2']) {
      const confirmation = await expectOutput(
        await request.post(`${API}/returns`, {
          data: {
            orderId: anna.id,
            lookupToken: anna.lookupToken,
            email: DEMO.recent.email,
            method: 'drop_off',
            lines: [{ lineId, quantity: 1, reasonId: 'too_large', resolution: 'refund' }],
          },
          headers: { 'Idempotency-Key': key('codes') },
        }),
        'createReturn',
        201,
      );
      made.push({ id: confirmation.id, code: confirmation.labels[0]!.code! });
    }
    for (const { id, code } of made) {
      expect(id).toMatch(ID_FORMAT);
      expect(code).toMatch(CODE_FORMAT);
      expect(compact(id)).not.toContain(compact(code));
    }
    expect(made[0]!.code).not.toBe(made[1]!.code);
    const status = await expectOutput(
      await request.post(`${API}/returns/status`, {
        data: { returnId: compact(made[0]!.id).toLowerCase(), email: DEMO.recent.email },
      }),
      'getReturnStatus',
    );
    expect(status.id).toBe(made[0]!.id);
  });
});
