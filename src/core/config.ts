/**
 * Resolving what a theme developer wrote (attributes, JSON, `configure()`) into the
 * config elements use. Each invalid field gets one console error naming the field and
 * the fix, and is ignored, so the element falls back quietly instead of breaking.
 */
import type { ReturnlessAdapter } from '../adapters/adapter.js';
import { API_URL, COUNTRY_CODE, CURRENCY_CODE, LOCALE_TAG } from '../domain/patterns.js';
import { lazyRestAdapter } from './lazy-rest.js';
import { errorOnce } from './dev.js';
import type { StoreConfigInput } from './global.js';

/** The config every element sees through context. */
export interface StoreConfig {
  adapter?: ReturnlessAdapter;
  locale?: string;
  currency?: string;
  country?: string;
}

const fixes: Record<keyof StoreConfigInput, string> = {
  api: 'use a URL such as "https://shop.example/api" or a path such as "/api"',
  adapter: 'pass an object whose methods are functions (see README "Writing an adapter")',
  locale: 'use a language tag such as "en" or "zh-CN"',
  currency: 'use an ISO 4217 code such as "EUR" or "CNY"',
  country: 'use an ISO 3166-1 alpha-2 code such as "DE" or "CN"',
};

// Plain patterns rather than zod: the store chunk stays small, and zod loads only with data.
const patterns = { api: API_URL, locale: LOCALE_TAG, currency: CURRENCY_CODE, country: COUNTRY_CODE } as const;

/** Validates each field; `source` names where it came from in the error (`<rl-store>`). */
export function resolveConfig(input: StoreConfigInput, source: string): StoreConfig {
  const out: StoreConfig = {};
  for (const field of ['locale', 'currency', 'country'] as const) {
    const value = input[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && patterns[field].test(value)) out[field] = value;
    else reportInvalid(source, field, value);
  }
  if (input.adapter !== undefined && input.adapter !== null) {
    if (isAdapter(input.adapter)) out.adapter = input.adapter;
    else reportInvalid(source, 'adapter', input.adapter);
  }
  if (!out.adapter && input.api) {
    if (patterns.api.test(input.api)) out.adapter = restAdapterFor(input.api);
    else reportInvalid(source, 'api', input.api);
  }
  return out;
}

const restAdapters = new Map<string, ReturnlessAdapter>();

/** One REST adapter per URL, so re-resolving config does not make consumers refetch. */
function restAdapterFor(baseUrl: string): ReturnlessAdapter {
  let adapter = restAdapters.get(baseUrl);
  if (!adapter) restAdapters.set(baseUrl, (adapter = lazyRestAdapter({ baseUrl })));
  return adapter;
}

/** True when two configs would give elements the same behaviour. */
export function sameConfig(a: StoreConfig, b: StoreConfig): boolean {
  return a.adapter === b.adapter && a.locale === b.locale && a.currency === b.currency && a.country === b.country;
}

function reportInvalid(source: string, field: keyof StoreConfigInput, value: unknown): void {
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  errorOnce(`config:${source}:${field}:${String(value)}`, `${source} ${field}=${shown} is not valid: ${fixes[field]}. It is ignored.`);
}

function isAdapter(value: unknown): value is ReturnlessAdapter {
  if (typeof value !== 'object') return false;
  return Object.values(value as object).every((v) => typeof v === 'function' || v === undefined);
}

/** Reads a `<script type="application/json">` child; a parse error is reported, not thrown. */
export function readJsonConfig(host: Element, source: string): StoreConfigInput {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script?.textContent?.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(script.textContent);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as StoreConfigInput;
    errorOnce(`json:${source}`, `${source} JSON config must be an object such as {"locale":"en"}. It is ignored.`);
  } catch (error) {
    errorOnce(`json:${source}`, `${source} JSON config is not valid JSON (${(error as Error).message}). It is ignored.`);
  }
  return {};
}
