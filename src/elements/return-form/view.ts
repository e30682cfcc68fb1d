/**
 * What the step renderers see of the element: state to read and actions to call. Each step
 * lives in its own module under `steps/` and renders from this view only.
 */
import type { Order } from '../../domain/orders.js';
import type { ReturnPolicy } from '../../domain/policy.js';
import type { LineChoice, LineOptions, ReturnFormDraft, ReturnStep, StepError, Support } from '../../domain/return-request.js';
import type { ReturnConfirmation, ReturnQuote, ReturnReason, ReturnStatus } from '../../domain/returns.js';
import type { ChartSize } from '../../domain/size-chart.js';
import type { ReturnFormMessages } from './return-form.messages.js';

export interface ExchangeChoice {
  id: string;
  label: string;
  /** The suggested size for a size reason. */
  suggested?: boolean;
  /** Size id in the product's chart, when the choice is a size. */
  size?: string;
  /** Sold out: shown, not selectable. */
  disabled?: boolean;
}

export interface FormView {
  t: ReturnFormMessages;
  lang: string;
  draft: ReturnFormDraft;
  errors: StepError[];
  lookupBy: 'email' | 'postcode';
  hasToken: boolean;
  withdrawalOffered: boolean;
  order?: Order;
  policy?: ReturnPolicy;
  options: Record<string, LineOptions>;
  reasons: ReturnReason[];
  support: Support;
  busy: boolean;
  /** A failed call on this step, in shopper words. */
  failure?: string;
  quote?: ReturnQuote;
  quoteState: 'idle' | 'loading' | 'ready' | 'error';
  confirmation?: ReturnConfirmation;
  status?: ReturnStatus;
  statusQuery: { returnId: string; email: string };
  qr?: typeof import('./qr.js');
  sizeGuide: boolean;
  headingLevel: number;

  steps: readonly ReturnStep[];
  fieldError(field: string): StepError | undefined;
  suggestion(lineId: string): ChartSize | undefined;
  exchangeChoices(lineId: string): ExchangeChoice[];
  methodsOffered(): import('../../domain/policy.js').ReturnMethod[];

  setLookup(field: keyof ReturnFormDraft['lookup'], value: string): void;
  setLine(lineId: string, patch: Partial<LineChoice>): void;
  setDraft(patch: Partial<ReturnFormDraft>): void;
  setStatusQuery(patch: Partial<FormView['statusQuery']>): void;
  next(event: Event): void;
  back(): void;
  goTo(step: ReturnStep): void;
  switchPath(path: ReturnFormDraft['path']): void;
  startOver(): void;
  /** A size picked in the size guide becomes the exchange size. */
  pickSize(lineId: string, sizeId: string): void;
  showStatus(event: Event): void;
  statusFromConfirmation(): void;
}
