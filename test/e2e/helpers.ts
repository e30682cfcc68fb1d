/** Shared helpers for the end-to-end tests of the reference server. */
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type * as z from 'zod/mini';
import type { AdapterMethod } from '../../src/adapters/adapter.js';
import { contract } from '../../src/adapters/contract.js';
import { check } from '../../src/domain/validation.js';

export const API = '/api';

/** Reseeds the server's database and clears faults and rate-limit counters. */
export async function reset(request: APIRequestContext): Promise<void> {
  const res = await request.post(`${API}/__test/reset`);
  expect(res.status()).toBe(200);
}

export async function fault(
  request: APIRequestContext,
  path: string,
  mode: '500' | 'timeout' | 'malformed' | 'invalid' | 'drop',
  times = 1,
): Promise<void> {
  const res = await request.post(`${API}/__test/faults`, { data: { path, mode, times } });
  expect(res.status()).toBe(200);
}

/** Asserts the status and that the body passes the method's output schema; returns the body. */
export async function expectOutput<M extends AdapterMethod>(
  res: APIResponse,
  method: M,
  status = 200,
): Promise<z.infer<(typeof contract)[M]['output']>> {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  expect(res.headers()['content-type']).toContain('application/json');
  const body = JSON.parse(text) as unknown;
  const result = check(contract[method].output as z.ZodMiniType, body);
  expect(result.ok ? 'valid' : result.message).toBe('valid');
  return body as z.infer<(typeof contract)[M]['output']>;
}

/** Asserts a documented error: status, `{ error: { message, field? } }`, and the field named. */
export async function expectError(res: APIResponse, status: number, field?: string): Promise<{ message: string; field?: string }> {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  const body = JSON.parse(text) as { error: { message: string; field?: string } };
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(5);
  if (field !== undefined) expect(body.error.field).toBe(field);
  return body.error;
}

let keys = 0;
export const key = (label = 'k') => `${label}-${Date.now().toString(36)}-${++keys}`;

export const DEMO = {
  recent: { orderNumber: 'RL-1001', email: 'anna@example.com', postalCode: '10115' },
  old: { orderNumber: 'RL-1002', email: 'ben@example.com', postalCode: '75001' },
  undelivered: { orderNumber: 'RL-1003', email: 'chen@example.com', postalCode: '200000' },
  partly: { orderNumber: 'RL-1004', email: 'dana@example.com', postalCode: 'SW1A 1AA' },
  plain: { orderNumber: 'RL-1005', email: 'eli@example.com', postalCode: '10001' },
} as const;

/** Looks an order up and answers it with its lookup token (the proof quote, create and status need). */
export async function lookup(
  request: APIRequestContext,
  details: { orderNumber: string; email?: string; postalCode?: string },
): Promise<{ id: string; lookupToken: string; lines: { id: string; productId: string; returnableQuantity: number }[] }> {
  const res = await request.post(`${API}/orders/lookup`, { data: details });
  const order = await expectOutput(res, 'lookupOrder');
  expect(typeof order.lookupToken).toBe('string');
  return order as { id: string; lookupToken: string; lines: { id: string; productId: string; returnableQuantity: number }[] };
}
