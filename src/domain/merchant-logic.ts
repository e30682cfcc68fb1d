/**
 * Pure helpers of the merchant's review inbox, without schemas (so element chunks stay free of
 * zod): the fixed rejection reasons, reply priority, the reviewer's language, reply templates.
 */
import type { InboxReview, ReplyLang, ReplyTemplate } from './merchant.js';

/** The longest reply a review takes (the inbox counts it; the contract refuses more). */
export const REPLY_MAX = 3000;

/** Why a review or one photo/video is not published: the fixed list a rejection picks from. */
export const moderationReasons = ['spam', 'offensive', 'personal_data', 'off_topic', 'not_the_product', 'copyright', 'unclear'] as const;

/** Words that flag "not as described" or damage, in English and Chinese (lower case). */
const CONCERN =
  /not as (described|pictured|shown)|different (from|than) the (photo|picture)|damag|broken|torn|ripped|crack|faulty|defect|stain|与描述不符|不符|破损|损坏|坏了|裂|瑕疵|色差/i;

/** True when a review mentions "not as described" or damage: such reviews wait less for a reply. */
export function mentionsConcern(review: Pick<InboxReview, 'title' | 'body'>): boolean {
  return CONCERN.test(`${review.title ?? ''} ${review.body}`);
}

/**
 * The order in which published reviews without a reply are offered: lowest rating first, then
 * reviews mentioning "not as described" or damage, then the longest waiting. (Ordering only:
 * every review stays reachable and every action is the same whatever the rating.)
 */
export function replyPriority(a: InboxReview, b: InboxReview): number {
  return a.rating - b.rating || Number(mentionsConcern(b)) - Number(mentionsConcern(a)) || a.createdAt.localeCompare(b.createdAt);
}

/** The language of a template to use for a reviewer: theirs when present, else English. */
export function replyLang(lang: string | undefined): ReplyLang {
  return lang?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface TemplateValues {
  name: string;
  product: string;
  shop: string;
}

/** Fills `{name}`, `{product}` and `{shop}`; other braces stay as written. Plain text in, plain text out. */
export function fillTemplate(template: ReplyTemplate, lang: ReplyLang, values: TemplateValues): string {
  const body = template.bodies[lang] || template.bodies.en;
  return body.replace(/\{(name|product|shop)\}/g, (_, key: keyof TemplateValues) => values[key]);
}

/** Default templates: one per offer, in both languages. */
export const defaultReplyTemplates: ReplyTemplate[] = [
  {
    id: 'tpl-refund',
    offer: 'refund',
    name: 'Offer a refund',
    bodies: {
      en: 'Dear {name}, we are sorry the {product} did not meet your expectations. Please reply to your order email and we will refund you in full, return shipping included. — {shop}',
      'zh-CN': '{name}您好，很抱歉{product}没有达到您的期望。请回复您的订单邮件，我们将全额退款，并承担退货运费。——{shop}',
    },
  },
  {
    id: 'tpl-exchange',
    offer: 'exchange',
    name: 'Offer an exchange',
    bodies: {
      en: 'Dear {name}, thank you for telling us. We would be glad to exchange the {product} for another size or colour, free of charge: start an exchange on our returns page. — {shop}',
      'zh-CN': '{name}您好，感谢您的反馈。我们很乐意为您免费更换{product}的尺码或颜色：请在退货页面发起换货。——{shop}',
    },
  },
  {
    id: 'tpl-voucher',
    offer: 'voucher',
    name: 'Offer a voucher',
    bodies: {
      en: 'Dear {name}, we are sorry about your experience with the {product}. We have sent a voucher to your email to make up for it. — {shop}',
      'zh-CN': '{name}您好，很抱歉{product}给您带来了不好的体验。我们已向您的邮箱发送了一张优惠券作为补偿。——{shop}',
    },
  },
  {
    id: 'tpl-contact',
    offer: 'contact',
    name: 'Ask them to contact us',
    bodies: {
      en: 'Dear {name}, thank you for your review of the {product}. We would like to make this right: please contact our support team and mention this review. — {shop}',
      'zh-CN': '{name}您好，感谢您对{product}的评价。我们希望妥善解决此问题：请联系我们的客服并提及这条评价。——{shop}',
    },
  },
  {
    id: 'tpl-thanks',
    offer: 'thanks',
    name: 'Say thank you',
    bodies: {
      en: 'Dear {name}, thank you for taking the time to review the {product}! — {shop}',
      'zh-CN': '{name}您好，感谢您抽出时间评价{product}！——{shop}',
    },
  },
];
