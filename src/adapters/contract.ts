/**
 * The schemas of every adapter method's input and output, in one table. Used by
 * `withValidation`, the reference backend and the tests. Elements import only the
 * schemas they need, so their chunks stay small.
 */
import * as z from 'zod/mini';
import { Faq, FaqQuery } from '../domain/faq.js';
import { MediaLimitsAnswer, MediaLimitsQuery, MediaMeta, MediaRef } from '../domain/media.js';
import { Order, OrderLookup } from '../domain/orders.js';
import { ReturnPolicy, ReturnPolicyQuery } from '../domain/policy.js';
import {
  ReturnConfirmation,
  ReturnDraft,
  ReturnQuote,
  ReturnReasons,
  ReturnReasonsQuery,
  ReturnRequest,
  ReturnStatus,
  ReturnStatusQuery,
} from '../domain/returns.js';
import { ReviewInput, ReviewReceipt } from '../domain/review-submit.js';
import { ReviewListQuery, ReviewPage } from '../domain/reviews.js';
import { FitInsights, FitInsightsQuery, SizeChart, SizeChartQuery } from '../domain/size-chart.js';
import type { AdapterMethod } from './adapter.js';
import { merchantContract } from './merchant-contract.js';

export const contract = {
  getFaq: { input: FaqQuery, output: Faq },
  getReturnPolicy: { input: ReturnPolicyQuery, output: ReturnPolicy },
  getSizeChart: { input: SizeChartQuery, output: SizeChart },
  getFitInsights: { input: FitInsightsQuery, output: FitInsights },
  listReviews: { input: ReviewListQuery, output: ReviewPage },
  submitReview: { input: ReviewInput, output: ReviewReceipt },
  uploadMedia: { input: MediaMeta, output: MediaRef },
  getMediaLimits: { input: MediaLimitsQuery, output: MediaLimitsAnswer },
  lookupOrder: { input: OrderLookup, output: Order },
  getReturnReasons: { input: ReturnReasonsQuery, output: ReturnReasons },
  quoteReturn: { input: ReturnDraft, output: ReturnQuote },
  createReturn: { input: ReturnRequest, output: ReturnConfirmation },
  getReturnStatus: { input: ReturnStatusQuery, output: ReturnStatus },
  ...merchantContract,
} as const satisfies Record<AdapterMethod, { input: z.ZodMiniType; output: z.ZodMiniType }>;
