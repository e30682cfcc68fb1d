import { countEn, defineMessages } from '../../core/i18n.js';
import type { RefundType, ReturnMethod } from '../../domain/policy.js';
import type { StepError } from '../../domain/return-request.js';
import type { LookupErrorKey } from './return-form.messages.js';

/** The problems only steps after the lookup (and the status view) show. */
export type LaterStepErrorKey = Exclude<StepError['key'], LookupErrorKey>;

export type StatusCode = 'requested' | 'approved' | 'in_transit' | 'received' | 'refunded' | 'rejected' | 'closed';

/**
 * What the steps after the lookup (items to confirmation) and the status view say: loaded with their code
 * (return-form-remote.ts), not with the element. Why a line cannot be returned is worded by
 * `eligibilityMessages` (core/eligibility.messages.ts), as in the return policy.
 */
const en = {
  startOver: 'Start a new return',
  // items
  itemsIntro: 'Choose what you want to return and how many.',
  withdrawItemsIntro: 'Choose the items your withdrawal covers. All items are selected.',
  returnThis: (title: string) => `Return ${title}`,
  withdrawThis: (title: string) => `Withdraw from ${title}`,
  quantity: 'Quantity',
  decrease: (title: string) => `One less ${title}`,
  increase: (title: string) => `One more ${title}`,
  ofMax: (max: number) => `up to ${max}`,
  // The same words for 1 and more: no plural form needed.
  quantityClamped: (max: number) => `Only ${max} can be returned, so the quantity is set to ${max}.`,
  ordered: (n: number) => `Ordered: ${n}`,
  daysLeft: (days: number) =>
    days === 0 ? 'Last day to return: today' : countEn(days, 'Window closes in 1 day', `Window closes in ${days} days`),
  deadline: (date: string) => `Return by ${date}`,
  notReturnable: 'Cannot be returned:',
  blockedOther: 'This item cannot be returned.',
  blockedExcluded: 'This item is excluded from returns.',
  nothingReturnable: 'None of the items in this order can be returned now.',
  // reasons
  reasonsIntro: 'Your answer helps us improve our products.',
  reason: 'Reason',
  chooseReason: 'Choose a reason',
  comment: 'Tell us more',
  commentOptional: 'Tell us more (optional)',
  /** Under the comment: `count` and `max` are formatted numbers. */
  commentCount: (count: string, max: string) => `${count} of ${max} characters`,
  photos: 'Photos of the problem',
  photosHint: 'Add at least one photo that shows the problem.',
  noPhotos: 'Photos cannot be uploaded here. If we need them, we will ask by email.',
  sizeSuggestion: (size: string) => `We suggest size ${size} in exchange.`,
  takeSuggestion: (size: string) => `Exchange for size ${size}`,
  openSizeGuide: 'Open the size guide',
  // resolution
  resolutionIntro: 'Choose what you would like instead.',
  resolutionFor: (title: string) => `What you get for ${title}`,
  resolutionName: ((r: RefundType) => ({ exchange: 'Exchange', store_credit: 'Store credit', refund: 'Refund' })[r]) as (
    r: RefundType,
  ) => string,
  resolutionHint: ((r: RefundType) =>
    ({
      exchange: 'Get another size or colour. Nothing to pay.',
      store_credit: 'Spend it on anything in the shop, available as soon as we receive the item.',
      refund: 'Back to your original payment method.',
    })[r]) as (r: RefundType) => string,
  bonus: (amount: string, percent: string) => `Includes a bonus of ${amount} (${percent} extra)`,
  exchangeFor: 'Exchange for',
  chooseVariant: 'Choose a size',
  sameItem: (label: string) => `The same item (${label}), a replacement`,
  sizeOption: (label: string) => `Size ${label}`,
  withStock: (label: string, stock: number) =>
    stock === 0 ? `${label} — sold out` : stock <= 3 ? `${label} — only ${stock} left` : `${label} — in stock`,
  estimate: 'Your estimate',
  estimateRefund: 'Refund',
  estimateCredit: 'Store credit',
  estimateBonus: 'Bonus credit',
  estimateFees: 'Fees',
  estimateTotal: 'Total',
  estimateUpdating: 'Updating the estimate…',
  estimateFailed: 'The estimate is not available right now. You can still continue.',
  // method
  methodIntro: 'Choose how to send the items back.',
  methodName: ((m: ReturnMethod) =>
    ({ mail: 'Prepaid label', drop_off: 'Drop-off point', in_store: 'In store', pickup: 'Pickup', keep: 'Keep the item' })[m]) as (
    m: ReturnMethod,
  ) => string,
  methodHint: ((m: ReturnMethod) =>
    ({
      mail: 'Print the label, stick it on the parcel and post it.',
      drop_off: 'Show a QR code at a drop-off point. No printer needed.',
      in_store: 'Bring the items to one of our shops.',
      pickup: 'A courier collects the parcel from your address.',
      keep: 'You do not need to send this back.',
    })[m]) as (m: ReturnMethod) => string,
  feeFree: 'Free',
  fee: (amount: string) => `Return fee: ${amount}`,
  feePercent: (percent: string) => `Restocking fee: ${percent} of the refund`,
  // review
  reviewIntro: 'Check your return, then submit it.',
  withdrawReviewIntro: 'Check the details, then confirm your withdrawal.',
  order: 'Order',
  items: 'Items',
  method: 'Method',
  contactEmail: 'Email for the confirmation',
  consent: 'Email me the confirmation and updates about this return',
  submit: 'Submit return',
  confirmWithdrawal: 'Confirm withdrawal',
  // With the per-code words (README "errors"): the answer never came, so the return may exist.
  submitUncertain: (words: string) =>
    `${words} Your return may not have been sent. Nothing was lost, and submitting again will not create a second one.`,
  submitRefused: (words: string) => `Your return was not sent. ${words}`,
  submitAlreadyCreated: 'Your return was already received. Its confirmation is on its way to your email address.',
  earlierReturn: 'This is the return you sent first: it went through before your changes, so the changes were not sent.',
  edit: (section: string) => `Change ${section.toLowerCase()}`,
  // confirmation
  confirmed: (id: string) => `Return ${id} is requested`,
  withdrawn: (id: string) => `Withdrawal ${id} received`,
  withdrawnAt: (when: string) => `We received your withdrawal on ${when}. A copy is on its way to your email address.`,
  nextSteps: 'What happens next',
  youGet: 'What you get',
  sendBy: (date: string) => `Send it back by ${date}.`,
  defaultSteps: ((m: ReturnMethod) =>
    ({
      mail: [
        'Download and print the label.',
        'Pack the items and stick the label on the parcel.',
        'Post the parcel. We email you when it arrives.',
      ],
      drop_off: ['Pack the items.', 'Show the code at a drop-off point.', 'We email you when the parcel arrives.'],
      in_store: ['Bring the items and this return number to a shop.', 'We check the items and confirm by email.'],
      pickup: ['Pack the items.', 'A courier will contact you to arrange the pickup.', 'We email you when the parcel arrives.'],
      keep: ['You do not need to send anything back.', 'We confirm by email.'],
    })[m].join('\n')) as (m: ReturnMethod) => string,
  label: 'Download the return label',
  labelFor: (n: number) => `Download the label for parcel ${n}`,
  parcel: (n: number) => `Parcel ${n}`,
  code: 'Drop-off code',
  codeText: (code: string) => `Code: ${code}`,
  qrAlt: (code: string) => `QR code for ${code}`,
  checkStatus: 'Check the status of this return',
  /** A later step's problems (the lookup's own are in the first screen's `error`). */
  stepError: (key: StepError['key']): string =>
    (
      ({
        noItems: 'Choose at least one item.',
        quantityRange: 'Choose a quantity the item can be returned in.',
        reasonRequired: 'Choose a reason.',
        commentRequired: 'Tell us more about the reason.',
        commentTooLong: 'Shorten the text to 2,000 characters or fewer.',
        photoRequired: 'Add a photo of the problem.',
        resolutionRequired: 'Choose what you would like instead.',
        exchangeVariantRequired: 'Choose the size you want in exchange.',
        methodRequired: 'Choose how to send the items back.',
        returnIdRequired: 'Enter your return number.',
        quantityRefused: 'This many can no longer be returned. Choose fewer.',
        exchangeRefused: 'This size is no longer available. Choose another.',
        emailRefused: 'Use the email address of the order.',
      }) satisfies Record<LaterStepErrorKey, string> as Partial<Record<StepError['key'], string>>
    )[key] ?? '',
  // the status view (mode="status", return-id, or from the confirmation)
  statusTitle: 'Return status',
  statusIntro: 'Enter your return number and email address.',
  returnId: 'Return number',
  showStatus: 'Show status',
  statusNotFound: 'We could not find a return with these details.',
  status: ((s: StatusCode) =>
    ({
      requested: 'Requested',
      approved: 'Approved',
      in_transit: 'On its way to us',
      received: 'Received',
      refunded: 'Refunded',
      rejected: 'Not accepted',
      closed: 'Closed',
    })[s]) as (s: StatusCode) => string,
  currentStatus: (s: string) => `Current status: ${s}`,
};

export type FlowMessages = typeof en;
export const flowMessages = defineMessages(en, () => import('./return-form-flow.messages.zh-CN.js'));
