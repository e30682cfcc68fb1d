import { describe, expect, it } from 'vitest';
import { check } from '../../src/domain/validation.js';
import {
  defaultReplyTemplates,
  fillTemplate,
  mentionsConcern,
  ModerateMediaInput,
  ModerateReviewInput,
  moderationReasons,
  replyLang,
  replyPriority,
  type InboxReview,
} from '../../src/domain/merchant.js';

const review = (id: string, rating: number, body: string, createdAt = '2026-11-01T10:00:00Z'): InboxReview => ({
  id,
  productId: 'linen-shirt',
  rating,
  body,
  author: 'Ann',
  createdAt,
  verifiedBuyer: false,
  lang: 'en',
  status: 'published',
  media: [],
});

describe('moderation input', () => {
  it('a rejection needs a reason from the fixed list', () => {
    const missing = check(ModerateReviewInput, { reviewId: 'r1', decision: 'reject' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.path).toBe('reason');
    expect(check(ModerateReviewInput, { reviewId: 'r1', decision: 'reject', reason: 'because I said so' }).ok).toBe(false);
    expect(check(ModerateReviewInput, { reviewId: 'r1', decision: 'reject', reason: 'spam' }).ok).toBe(true);
    expect(check(ModerateReviewInput, { reviewId: 'r1', decision: 'approve' }).ok).toBe(true);
    expect(check(ModerateMediaInput, { reviewId: 'r1', mediaId: 'm1', decision: 'reject' }).ok).toBe(false);
    expect(check(ModerateMediaInput, { reviewId: 'r1', mediaId: 'm1', decision: 'reject', reason: 'personal_data' }).ok).toBe(true);
  });
  it('no reason on the fixed list refers to the rating or sentiment', () => {
    expect(moderationReasons.join(' ')).not.toMatch(/negative|rating|star|bad/);
  });
});

describe('reply priority', () => {
  it('lowest rating first, then "not as described"/damage mentions, then longest waiting', () => {
    const list = [
      review('five', 5, 'Lovely'),
      review('two-new', 2, 'Meh', '2026-11-03T10:00:00Z'),
      review('two-old', 2, 'Meh', '2026-11-02T10:00:00Z'),
      review('two-damaged', 2, 'Arrived damaged', '2026-11-04T10:00:00Z'),
      review('one', 1, 'No'),
    ];
    expect(list.sort(replyPriority).map((r) => r.id)).toEqual(['one', 'two-damaged', 'two-old', 'two-new', 'five']);
  });
  it('finds concerns in English and Chinese', () => {
    expect(mentionsConcern({ body: 'Colour was not as pictured' })).toBe(true);
    expect(mentionsConcern({ body: '收到时包装破损' })).toBe(true);
    expect(mentionsConcern({ body: 'Great fit' })).toBe(false);
  });
});

describe('templates', () => {
  const exchange = defaultReplyTemplates.find((t) => t.offer === 'exchange')!;
  it('fills placeholders in the reviewer’s language, leaving other braces', () => {
    const values = { name: 'Li', product: '亚麻衬衫', shop: 'Returnless' };
    expect(fillTemplate(exchange, 'zh-CN', values)).toBe(
      'Li您好，感谢您的反馈。我们很乐意为您免费更换亚麻衬衫的尺码或颜色：请在退货页面发起换货。——Returnless',
    );
    expect(fillTemplate({ ...exchange, bodies: { en: 'Hi {name} {unknown}', 'zh-CN': '' } }, 'zh-CN', values)).toBe('Hi Li {unknown}');
  });
  it('every offer has a template in both languages', () => {
    expect(new Set(defaultReplyTemplates.map((t) => t.offer))).toEqual(new Set(['refund', 'exchange', 'voucher', 'contact', 'thanks']));
    for (const t of defaultReplyTemplates) expect(t.bodies['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
  it('picks the reviewer’s language', () => {
    expect(replyLang('zh-CN')).toBe('zh-CN');
    expect(replyLang('zh')).toBe('zh-CN');
    expect(replyLang('de')).toBe('en');
    expect(replyLang(undefined)).toBe('en');
  });
});
