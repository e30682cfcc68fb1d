/**
 * `returnless`: the side-effect-free root. Element classes, adapters, domain schemas and
 * functions, and types. Nothing is registered: import `returnless/define` for that.
 */
export * from './domain/index.js';
export * from './adapters/index.js';
export { configure, type StoreConfigInput } from './core/global.js';
export type { ReturnlessGlobal } from './core/global-api.js';
// Every `rl-` event in DocumentEventMap, WindowEventMap and HTMLElementEventMap (generated).
export type { RlEventMap } from './typings/events.js';
export type { StoreConfig } from './core/config.js';
export { defineElement } from './core/define.js';
export { storeContext } from './core/context.js';
export { sanitizeHtml } from './core/sanitize.js';
export { VERSION } from './core/version.js';
export { tokenList } from './core/theme.js';
export { RlStore } from './elements/store/store.js';
export { RlFaq, type FaqToggleDetail, type FaqSearchDetail } from './elements/faq/faq.js';
export { RlReturnPolicy, type PolicyEligibilityDetail } from './elements/return-policy/return-policy.js';
export { eligibilityMessages } from './core/eligibility-messages-both.js';
export { RlSizeGuide, type SizeSelectDetail } from './elements/size-guide/size-guide.js';
export {
  RlMediaUploader,
  type MediaEventDetail,
  type MediaErrorCode,
  type UploadedMedia,
} from './elements/media-uploader/media-uploader.js';
export { RlReviewForm, type ReviewSubmittedDetail, type ReviewErrorDetail } from './elements/review-form/review-form.js';
export { RlReviews, type ReviewsFilterDetail, type ReviewMediaOpenDetail } from './elements/reviews/reviews.js';
export {
  RlReturnForm,
  type ReturnStepDetail,
  type ReturnSubmitDetail,
  type ReturnSubmittedDetail,
  type ReturnErrorDetail,
} from './elements/return-form/return-form.js';
export { RlReviewInbox, type ReviewModeratedDetail, type ReplyChangedDetail } from './elements/review-inbox/review-inbox.js';
export { RlReturnInsights, type SuggestionAcceptedDetail } from './elements/return-insights/return-insights.js';
