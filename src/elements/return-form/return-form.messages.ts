import { defineMessages } from '../../core/i18n.js';
import type { ReturnStep, StepError } from '../../domain/return-request.js';

/**
 * What the form's first screen says (step indicator, order lookup, problems), in the element
 * chunk. The later steps' and the status view's words load with their code: return-form-flow.messages.ts.
 */
/** The problems the lookup can show (a refused order number or postcode is `fieldRefused`). */
export type LookupErrorKey = 'orderNumberRequired' | 'emailInvalid' | 'postalCodeRequired' | 'fieldRefused';

const en = {
  steps: 'Return steps',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  stepName: ((step: ReturnStep) =>
    ({
      lookup: 'Find your order',
      items: 'Choose items',
      reasons: 'Tell us why',
      resolution: 'What you get',
      method: 'Send it back',
      review: 'Review and submit',
      confirmation: 'Confirmation',
    })[step]) as (step: ReturnStep) => string,
  withdrawalStepName: ((step: ReturnStep) =>
    ({
      lookup: 'Withdraw from contract',
      items: 'Items to withdraw',
      review: 'Confirm withdrawal',
      confirmation: 'Withdrawal received',
    })[step as 'lookup'] ?? step) as (step: ReturnStep) => string,
  next: 'Continue',
  back: 'Back',
  // lookup
  lookupIntro: 'Enter your order number and the email address you used to order.',
  lookupIntroPostcode: 'Enter your order number and the delivery postcode.',
  orderNumber: 'Order number',
  orderNumberHint: (example: string) => `You find it in your order confirmation, for example ${example}.`,
  email: 'Email address',
  postalCode: 'Postcode',
  findOrder: 'Find order',
  lookupFailed: 'We could not find an order with these details. Check the order number and the email address or postcode.',
  lookupExpired: 'For your security, please find your order again: the last lookup has expired. Your choices are kept.',
  signedIn: 'You are signed in: we look up the order for you.',
  withdrawLink: 'Withdraw from contract',
  withdrawIntro:
    'Use this form to withdraw from your contract within the withdrawal period. We only need what identifies the contract. You do not need an account or a reason.',
  regularReturnLink: 'Return items instead',
  submitting: 'Sending…',
  // errors
  errorSummary: 'There is a problem',
  // The lookup's problems; a later step's are in the flow's catalogue (`stepError`), which the flow's words put first.
  error: (key: StepError['key']): string =>
    (
      ({
        orderNumberRequired: 'Enter your order number.',
        emailInvalid: 'Enter an email address like name@example.com.',
        postalCodeRequired: 'Enter the delivery postcode.',
        fieldRefused: 'This was not accepted. Check it and try again.',
      }) satisfies Record<LookupErrorKey, string> as Partial<Record<StepError['key'], string>>
    )[key] ?? '',
  errorFor: (title: string, message: string) => `${title}: ${message}`,
  notConfigured: 'Returns are not set up in this shop yet.',

  unavailable: 'This part of the return form could not be loaded. Check your connection and try again. What you entered is kept.',
};

export type ReturnFormMessages = typeof en;
export const returnFormMessages = defineMessages(en, () => import('./return-form.messages.zh-CN.js'));
