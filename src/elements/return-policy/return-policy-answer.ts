/**
 * The one-line answer ("Free returns within 30 days", "Return until 12 March (3 days left)",
 * "Final sale — not returnable") with its tone icon, and the cost of a return in a few words.
 * Plain functions over an `AnswerContext`; the element and the full variant both use them.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../core/format.js';
import { messagesIn } from '../../core/i18n.js';
import { inParens } from '../../core/punctuation.js';
import type { TermTip } from '../../core/tooltip.js';
import type { Eligibility } from '../../domain/eligibility.js';
import type { ReturnFee, ReturnPolicy } from '../../domain/policy.js';
import { eligibilityMessages, type ReturnPolicyMessages } from './return-policy.messages.js';

/** Days left at or under which the answer is shown as "closing soon". */
const CLOSING_SOON_DAYS = 3;

export interface AnswerContext {
  t: ReturnPolicyMessages;
  lang: string;
  tips: TermTip;
}

/** The policy's time zone, else the shopper's. */
export function policyZone(policy: ReturnPolicy): string {
  return policy.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export const percentText = (p: number, lang: string): string => formatPercent(p / 100, lang);

/**
 * The one-line answer: for the product when there is `answer`, else the policy in a line.
 * `windowDays` is the policy's effective window (domain/eligibility.ts, from the lazy chunk).
 */
export function renderAnswer(
  ctx: AnswerContext,
  policy: ReturnPolicy,
  answer: Eligibility | undefined,
  windowDays: () => number | undefined,
): TemplateResult {
  const { t, lang } = ctx;
  const num = (n: number) => formatNumber(n, lang);
  let tone: 'ok' | 'warn' | 'no' = 'ok';
  let text: string;
  let detail: TemplateResult | string | typeof nothing = nothing;
  if (answer && !answer.returnable) {
    tone = 'no';
    text = reasonText(lang, answer, policy);
    if (answer.exception?.explanation) detail = answer.exception.explanation;
  } else if (answer?.deadline) {
    const left = answer.daysLeft ?? 0;
    if (left <= CLOSING_SOON_DAYS) tone = 'warn';
    text = `${t.returnUntil(dateText(answer.deadline, policy, lang))}${inParens(lang, t.daysLeft(left, num(left)))}`;
    detail = feeLine(ctx, answer.fee, false, 'restocking-answer');
  } else if (policy.category === 'MerchantReturnNotPermitted') {
    tone = 'no';
    text = messagesIn(eligibilityMessages, lang).not_permitted({});
  } else {
    const days = windowDays();
    const free = (answer?.fee ?? policy.fee).kind === 'free';
    if (answer) text = days === undefined ? t.returnableAnyTime : t.returnableWithin(days, num(days), policy.windowStart);
    else if (days === undefined) text = free ? t.freeAnyTime : t.paidAnyTime;
    else text = free ? t.freeWithin(days, num(days)) : t.paidWithin(days, num(days));
    detail = feeLine(ctx, answer?.fee ?? policy.fee, !answer && free, 'restocking-answer');
  }
  return html`<p class="summary" part="summary" data-tone=${tone}>
    ${icon(tone === 'ok' ? ICON.check : tone === 'warn' ? ICON.clock : ICON.no)}
    <span class="summary-text"><span>${text}</span>${detail === nothing ? nothing : html`<span class="summary-detail">${detail}</span>`}</span>
  </p>`;
}

/** The cost of a return in a few words, with the restocking tooltip (`tipId`); nothing when free and already said. */
export function feeLine(
  ctx: AnswerContext,
  fee: ReturnFee,
  saidFree = false,
  tipId = 'restocking',
): TemplateResult | string | typeof nothing {
  const { t, lang } = ctx;
  const money = (m: { amount: number; currency: string }) => formatMoney(m.amount, m.currency, lang);
  switch (fee.kind) {
    case 'free':
      return saidFree ? nothing : t.free;
    case 'flat':
      return t.flatFee(money(fee.amount));
    case 'free_for_reasons':
      return t.freeForReasons(money(fee.otherwise), fee.reasonsLabel);
    case 'restocking':
      return html`${ctx.tips.term(tipId, t.termRestocking, t.tipRestocking)}: ${t.restockingValue(percentText(fee.percent, lang))}`;
  }
}

function dateText(iso: string, policy: ReturnPolicy, lang: string): string {
  return formatDate(iso, lang, { dateStyle: 'long', timeZone: policyZone(policy) });
}

function reasonText(lang: string, answer: Eligibility, policy: ReturnPolicy): string {
  const reason = answer.reason!;
  const date = answer.deadline ? dateText(answer.deadline, policy, lang) : undefined;
  return messagesIn(eligibilityMessages, lang)[reason]({ date, label: answer.exception?.label });
}

/** Stroke icons on a 24-unit grid. */
const ICON = {
  check: 'M5 13l4 4L19 7',
  clock: 'M12 7v5l3 2M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18z',
  no: 'M6 6l12 12M18 6 6 18',
};

function icon(d: string) {
  return html`<svg class="icon" part="summary-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />`}
  </svg>`;
}
