/** Story data: a believable shop FAQ in English and Simplified Chinese. */
import type { FaqEntry } from '../../src/domain/faq.js';

export const faqEn: FaqEntry[] = [
  {
    id: 'return-window',
    question: 'How long do I have to return an item?',
    answer: '<p>You have <strong>30 days from delivery</strong> to start a return. Items must be unworn, with tags attached.</p>',
  },
  {
    id: 'return-cost',
    question: 'Are returns free?',
    answer: '<p>Yes, returns are free for all eligible items. Use the prepaid label or drop the parcel at any partner point.</p>',
  },
  {
    id: 'refund-time',
    question: 'When will I get my refund?',
    answer: '<p>We refund within <em>5 business days</em> of receiving your parcel, to your original payment method.</p>',
  },
  {
    id: 'exchange',
    question: 'Can I exchange for another size?',
    answer:
      '<p>Yes. Choose <strong>Exchange</strong> in the return form and pick the size you want; we ship it as soon as your return is scanned.</p>',
  },
  {
    id: 'final-sale',
    question: 'Which items cannot be returned?',
    answer: '<ul><li>Final-sale items</li><li>Underwear and swimwear (hygiene)</li><li>Personalised products</li></ul>',
  },
  {
    id: 'damaged',
    question: 'My item arrived damaged. What now?',
    answer:
      '<p>Sorry about that! Start a return, choose <em>Arrived damaged</em> and add a photo. Return shipping is on us.</p><p>See our <a href="/help/damage">damage guide</a>.</p>',
  },
];

export const faqZh: FaqEntry[] = [
  {
    id: 'return-window',
    question: '我有多长时间可以退货？',
    answer: '<p>自<strong>签收之日起 30 天内</strong>可发起退货。商品须未穿着且吊牌完好。</p>',
  },
  { id: 'return-cost', question: '退货免费吗？', answer: '<p>是的，所有符合条件的商品均可免费退货。</p>' },
  { id: 'refund-time', question: '我什么时候能收到退款？', answer: '<p>我们在收到包裹后 <em>5 个工作日</em>内原路退款。</p>' },
  { id: 'exchange', question: '可以换其他尺码吗？', answer: '<p>可以。在退货表单中选择<strong>换货</strong>并选择所需尺码。</p>' },
];

/** `count` generated entries, for the long-list story and the bench. */
export function manyEntries(count: number): FaqEntry[] {
  const topics = ['shipping', 'returns', 'refunds', 'sizes', 'care', 'payment', 'gift cards', 'orders', 'stores', 'warranty'];
  return Array.from({ length: count }, (_, i) => {
    const topic = topics[i % topics.length]!;
    return {
      id: `q-${i + 1}`,
      question: `Question ${i + 1} about ${topic}: what should I know?`,
      answer: `<p>Answer ${i + 1}. Everything about ${topic}, explained in plain words, with the details that matter for order number ${1000 + i}.</p>`,
    };
  });
}
