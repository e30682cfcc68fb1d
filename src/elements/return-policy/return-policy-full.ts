/**
 * The full variant of `<rl-return-policy>` (the policy page): key facts, ways to return, what
 * shoppers get back, the steps as an ordered timeline, exceptions, notes and contact.
 * Loaded only when `variant="full"`, so product pages showing the one-line summary never download it.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../core/format.js';
import { formatList, regionName } from '../../core/format-names.js';
import { messagesIn } from '../../core/i18n.js';
import type { TermTip } from '../../core/tooltip.js';
import type { PolicyException, ReturnFee, ReturnMethod, ReturnPolicy, RefundType } from '../../domain/policy.js';
import { fullMessages } from './return-policy-full.messages.js';
import { headingLevel } from '../../core/heading-level.js';
import { nextTask } from '../../core/next-task.js';

/** The merchant's notes are rich text: sanitised (allow-listed) before they are shown. */
export { sanitizeHtml } from '../../core/sanitize.js';

/** What the element lends the full view. */
export interface FullViewContext {
  /** BCP 47 language for Intl. */
  lang: string;
  tips: TermTip;
  headingLevel: number;
  /** The eligibility answer (or nothing). */
  answer: TemplateResult | typeof nothing;
  /** The cost of a return in a few words. */
  feeLine(fee: ReturnFee): unknown;
  /** Restocking fee as a (term, value) pair, so the term carries its tooltip. */
  restocking?: [term: unknown, value: string];
  /** Sanitised notes. */
  notes?: DocumentFragment;
}

/** The backend's name for a country (`countryNames`), if it sent one. */
function backendName(policy: ReturnPolicy, code: string): string | undefined {
  const names = policy.countryNames;
  return names && Object.hasOwn(names, code) ? names[code] : undefined;
}

/**
 * Country names the backend did not send need the browser's `Intl.DisplayNames`, and a page's first
 * Intl formatter loads ICU data (75–250 ms at 4× throttle): made here, in a task of its own after the
 * answer arrived and before the policy's first render, rather than inside that render.
 */
export async function prepareRegionNames(policy: ReturnPolicy, lang: string): Promise<void> {
  const codes = policy.returnCountry ? [...policy.countries, policy.returnCountry] : policy.countries;
  if (codes.every((code) => backendName(policy, code) !== undefined)) return;
  await nextTask();
  regionName('US', lang);
}

export function renderFull(policy: ReturnPolicy, ctx: FullViewContext): TemplateResult {
  const t = messagesIn(fullMessages, ctx.lang);
  const level = headingLevel(ctx.headingLevel, 2);
  const sub = headingLevel(ctx.headingLevel, 2, 1);
  const num = (n: number) => formatNumber(n, ctx.lang);
  const percent = (p: number) => formatPercent(p / 100, ctx.lang);
  const list = (items: string[]) => formatList(items, ctx.lang);
  const region = (code: string) => backendName(policy, code) ?? regionName(code, ctx.lang);
  const term = (id: string, label: string, tip: string) => ctx.tips.term(id, label, tip);
  const section = (id: string, heading: string, body: unknown) =>
    html`<section class="section" part="section" aria-labelledby=${`h-${id}`}>
      <div class="section-heading" part="section-heading" role="heading" aria-level=${sub} id=${`h-${id}`}>${heading}</div>
      ${body}
    </section>`;

  const facts = () => {
    const row = (label: unknown, value: unknown) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
    const days = policy.category === 'MerchantReturnFiniteReturnWindow' ? policy.days : undefined;
    const conditions = (policy.conditions ?? []).map((c) => t[CONDITION_KEY[c]]);
    return html`<dl class="facts" part="facts">
      ${row(t.windowLabel, days === undefined ? t.windowUnlimited : t.windowDays(days, num(days), policy.windowStart))}
      ${row(t.costLabel, policy.fee.kind === 'restocking' ? t.freeShipping : ctx.feeLine(policy.fee))} ${ctx.restocking ? row(ctx.restocking[0], ctx.restocking[1]) : nothing}
      ${conditions.length ? row(t.conditionLabel, list(conditions)) : nothing}
      ${policy.processingDays !== undefined ? row(t.processingLabel, t.processing(policy.processingDays, num(policy.processingDays))) : nothing}
      ${row(t.countriesLabel, list(policy.countries.map(region)))}
      ${policy.returnCountry ? row(t.returnToLabel, region(policy.returnCountry)) : nothing}
    </dl>`;
  };

  const method = (m: ReturnMethod) => {
    switch (m) {
      case 'mail':
        return policy.label === 'download'
          ? t.mailDownload
          : policy.label === 'in_box'
            ? t.mailInBox
            : policy.label === 'customer'
              ? t.mailCustomer
              : t.mail;
      case 'drop_off':
        return term('drop-off', t.termDropOff, t.tipDropOff);
      case 'keep':
        return term('keep', t.termKeep, t.tipKeep);
      case 'in_store':
        return t.inStore;
      case 'pickup':
        return t.pickup;
    }
  };

  const refund = (r: RefundType) => {
    if (r === 'refund') return t.refundOriginal;
    if (r === 'exchange') return term('exchange', t.termExchange, t.tipExchange);
    const bonus = policy.storeCreditBonusPercent;
    return html`${term('store-credit', t.termStoreCredit, t.tipStoreCredit)}${bonus ? html` <span class="badge">${t.bonus(percent(bonus))}</span>` : nothing}`;
  };

  const steps = () => html`<ol class="steps" part="steps">
    ${policy.steps.map(
      (step, i) => html`<li class="step" part="step">
        <span class="step-marker" part="step-marker" aria-hidden="true">${step.icon ? stepIcon(STEP_ICONS[step.icon]) : num(i + 1)}</span>
        <div class="step-body">
          <div class="step-title">${step.title}</div>
          <p>${step.text}</p>
        </div>
      </li>`,
    )}
  </ol>`;

  const exception = (e: PolicyException) => {
    const kind =
      e.kind === 'final_sale'
        ? term(`kind-${e.id}`, t.termFinalSale, t.tipFinalSale)
        : { hygiene: t.kindHygiene, personalised: t.kindPersonalised, custom: t.kindCustom }[e.kind];
    const rule = e.rule?.kind === 'window' ? t.exceptionWindow(e.rule.days, num(e.rule.days)) : t.notReturnable;
    return html`<li class="exception" part="exception">
      <div class="exception-label">${e.label}</div>
      <div class="exception-rule"><span class="badge">${kind}</span> ${rule}</div>
      ${e.explanation ? html`<p>${e.explanation}</p>` : nothing}
    </li>`;
  };

  const contact = () => {
    const c = policy.contact!;
    return html`<ul class="contact" part="contact">
      ${c.email ? html`<li>${t.email}: <a href=${`mailto:${c.email}`}>${c.email}</a></li>` : nothing}
      ${c.phone ? html`<li>${t.phone}: <a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${c.phone}</a></li>` : nothing}
      ${c.chatUrl ? html`<li><a href=${c.chatUrl}>${t.chat}</a></li>` : nothing}
      ${c.helpUrl ? html`<li><a href=${c.helpUrl}>${t.help}</a></li>` : nothing}
    </ul>`;
  };

  const returnable = policy.category !== 'MerchantReturnNotPermitted';
  return html`<article class="policy" part="policy" aria-labelledby="h-title">
    <div class="title" part="title" role="heading" aria-level=${level} id="h-title">${policy.name ?? t.title}</div>
    ${ctx.answer}
    ${returnable ? section('facts', t.factsHeading, facts()) : nothing}
    ${
      returnable && policy.methods.length
        ? section(
            'methods',
            t.methodsHeading,
            html`<ul class="options" part="methods">${policy.methods.map((m) => html`<li>${method(m)}</li>`)}</ul>`,
          )
        : nothing
    }
    ${
      returnable && policy.refundTypes.length
        ? section(
            'refunds',
            t.refundsHeading,
            html`<ul class="options" part="refunds">${policy.refundTypes.map((r) => html`<li>${refund(r)}</li>`)}</ul>`,
          )
        : nothing
    }
    ${returnable && policy.steps.length ? section('steps', t.stepsHeading, steps()) : nothing}
    ${
      returnable && policy.exceptions.length
        ? section(
            'exceptions',
            t.exceptionsHeading,
            html`<ul class="exceptions" part="exceptions">${policy.exceptions.map(exception)}</ul>`,
          )
        : nothing
    }
    ${ctx.notes ? section('notes', t.notesHeading, html`<div class="notes" part="notes">${ctx.notes}</div>`) : nothing}
    ${policy.contact && Object.values(policy.contact).some(Boolean) ? section('contact', t.contactHeading, contact()) : nothing}
  </article>`;
}

const CONDITION_KEY = {
  new_with_tags: 'conditionNew',
  unworn: 'conditionUnworn',
  used: 'conditionUsed',
  damaged: 'conditionDamaged',
  any: 'conditionAny',
} as const;

/** Stroke icons on a 24-unit grid for the steps' `icon`. */
const STEP_ICONS = {
  box: 'M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10',
  label: 'M3 12V4h8l10 10-8 8zM7.5 7.5h.01',
  truck: 'M1 6h13v10H1zM14 10h4l3 3v3h-7M5.5 19a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM17.5 19a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  store: 'M3 9l1.5-5h15L21 9M4 9v11h16V9M3 9h18M9 20v-6h6v6',
  refund: 'M3 12a9 9 0 1 0 9-9M3 3v6h6',
  chat: 'M4 4h16v12H8l-4 4z',
  check: 'M5 13l4 4L19 7',
};

function stepIcon(d: string) {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />`}
  </svg>`;
}

export const fullStyles = css`
  .policy {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
    /* The backend's words (a contact email, a URL, a label) break rather than widen the page: with
       200% text on a phone, help@returnless.example was 449px wide in a 320px column. */
    overflow-wrap: anywhere;
  }
  .policy > .summary {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
  }
  .title {
    font-size: var(--_font-size-l);
    font-weight: 700;
  }
  .section-heading {
    font-weight: 700;
    margin-block-end: var(--_space-s);
  }
  .facts {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
  }
  .fact {
    display: grid;
    gap: 0 var(--_space-m);
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_border);
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
  }
  .options,
  .exceptions,
  .contact {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_space-xs);
  }
  .badge {
    display: inline-block;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-l);
    font-size: var(--_font-size-s);
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .step {
    display: flex;
    gap: var(--_space-m);
    position: relative;
    padding-block-end: var(--_space-m);
  }
  /* The line joining the markers. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2.25rem 0;
    inset-inline-start: calc(1rem - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .step-marker {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  .step-marker .icon {
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
  .step-title {
    font-weight: 600;
    padding-block-start: 0.25rem;
  }
  .step p,
  .exception p {
    margin: var(--_space-xs) 0 0;
  }
  .exception-label {
    font-weight: 600;
  }
  .notes > :first-child {
    margin-block-start: 0;
  }
  .contact a {
    display: inline-block;
    min-block-size: 24px;
  }
  @media (min-width: 40rem) {
    .fact {
      grid-template-columns: minmax(8rem, 14rem) 1fr;
    }
  }
  @media print {
    .step,
    .exception,
    .fact,
    .policy > .summary {
      break-inside: avoid;
    }
    .step-marker {
      border-color: currentColor;
    }
  }
`;
