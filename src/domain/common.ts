/**
 * Shared building blocks of the domain: ids, money, dates and locales.
 * Browser code imports `zod/mini` only (tree-shakable, a fraction of full zod).
 */
import * as z from 'zod/mini';
import { isTrustedBlobUrl } from './blob-origin.js';
import { COUNTRY_CODE, CURRENCY_CODE, ID, LOCALE_TAG } from './patterns.js';

/** A stable identifier: letters, digits, `-`, `_`, `.`, `:` (safe in URLs and DOM ids). */
export const Id = z.string().check(z.minLength(1), z.maxLength(200), z.regex(ID));

/** ISO 4217 currency code, such as `EUR` or `CNY`. */
export const CurrencyCode = z.string().check(z.regex(CURRENCY_CODE));

/** ISO 3166-1 alpha-2 country code, such as `DE` or `CN`. */
export const CountryCode = z.string().check(z.regex(COUNTRY_CODE));

/** BCP 47 language tag; Returnless ships `en` and `zh-CN` catalogues. */
export const LocaleTag = z.string().check(z.regex(LOCALE_TAG));

/** Money as a decimal amount in major units plus its currency. */
export const Money = z.object({
  amount: z.number().check(z.gte(0)),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/*
 * Dates and emails are string checks on zod's own patterns: exactly what `z.iso.date()`,
 * `z.iso.datetime({ offset: true })` and `z.email()` accept (test/domain/zod-equivalents.test.ts
 * compares them), without the ISO and string-format kinds in the zod chunk every data page loads.
 */
const ISO_DATE = z.regexes.date;
const ISO_DATE_TIME = z.regexes.datetime({ offset: true });

/** A calendar day, `2026-11-27`. */
export const IsoDate = z.string().check(z.regex(ISO_DATE, 'must be a date, YYYY-MM-DD'));

/** An instant as an ISO 8601 string with a time zone (`2026-11-27T10:00:00Z`) or a plain date. */
export const IsoDateTime = z
  .string()
  .check(z.refine((v) => ISO_DATE.test(v) || ISO_DATE_TIME.test(v), 'must be YYYY-MM-DD or a date-time with Z or ±hh:mm'));

/** An http(s) URL, a root-relative path, or a blob: URL of the trusted page (blob-origin.ts). Anything else (javascript:, data:) is refused. */
export const SafeUrl = z.string().check(
  z.maxLength(2048),
  // `//host` and `/\host` (a browser reads the backslash as a slash) are other sites, not paths.
  z.refine((v) => /^(https?:\/\/|\/(?![/\\]))/i.test(v) || isTrustedBlobUrl(v), 'must be an http(s) URL or a path starting with /'),
);

/** An email address: the pattern `z.email()` checks, as a plain regex check (no string-format kind in the zod chunk). */
export const Email = z.string().check(z.regex(z.regexes.email, 'must be an email address'));

/** Plain text from a backend or a shopper: always rendered as text, never as HTML. */
export const PlainText = z.string().check(z.maxLength(20_000));

/** Rich text limited to paragraphs, lists, links and emphasis; sanitised before display. */
export const RichText = z.string().check(z.maxLength(100_000));

export type Id = z.infer<typeof Id>;

/** A buyer's fit answer (reviews, size charts, insights): runs small, true to size, runs large. */
export const FitVote = z.enum(['small', 'true', 'large']);
export type FitVote = z.infer<typeof FitVote>;
