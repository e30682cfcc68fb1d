/**
 * The demo shop's content: products, size charts, the return policy, FAQ sets, reasons,
 * reviews and orders, in English and Simplified Chinese. Dates are relative to seeding time.
 */
import type { FaqEntry } from '../../src/domain/faq.js';
import type { ReturnPolicyInput } from '../../src/domain/policy.js';
import type { ReturnReason } from '../../src/domain/returns.js';
import type { FitInsights, SizeChart } from '../../src/domain/size-chart.js';

export type Lang = 'en' | 'zh-CN';
export const LANGS: Lang[] = ['en', 'zh-CN'];
type T = (en: string, zh: string) => string;
export const tFor =
  (lang: Lang): T =>
  (en, zh) =>
    lang === 'en' ? en : zh;

export interface SeedProduct {
  id: string;
  title: string;
  titleZh: string;
  category: string;
  tags: string[];
  chartId?: string;
  price: number;
}

export const CURRENCY = 'EUR';

/**
 * Buyers' descriptions of their review photos: what the photo shows, as a buyer would write it. Not
 * "Photo 1 from Anna K.": the photo viewer names the author beside it ("from Anna K. From Anna K.").
 */
export const PHOTO_ALTS = ['Worn, seen from the front', 'A close-up of the fabric', 'The fit from the side'];

export const products: SeedProduct[] = [
  { id: 'linen-shirt', title: 'Linen shirt', titleZh: '亚麻衬衫', category: 'tops', tags: ['apparel'], chartId: 'tops', price: 59 },
  {
    id: 'organic-tee',
    title: 'Organic cotton T-shirt',
    titleZh: '有机棉 T 恤',
    category: 'tops',
    tags: ['apparel'],
    chartId: 'tops',
    price: 25,
  },
  {
    id: 'wide-chino',
    title: 'Wide-leg chino',
    titleZh: '阔腿卡其裤',
    category: 'trousers',
    tags: ['apparel'],
    chartId: 'trousers',
    price: 79,
  },
  {
    id: 'kids-parka',
    title: 'Kids’ rain parka',
    titleZh: '儿童防雨派克大衣',
    category: 'kids',
    tags: ['apparel'],
    chartId: 'kids',
    price: 65,
  },
  { id: 'trail-runner', title: 'Trail runner', titleZh: '越野跑鞋', category: 'shoes', tags: ['shoes'], chartId: 'shoes', price: 120 },
  { id: 'ceramic-mug', title: 'Stoneware mug', titleZh: '粗陶马克杯', category: 'homeware', tags: ['homeware'], price: 18 },
  { id: 'wool-throw', title: 'Merino wool throw', titleZh: '美利奴羊毛毯', category: 'homeware', tags: ['homeware'], price: 95 },
  { id: 'silk-scarf', title: 'Silk scarf (sale)', titleZh: '真丝围巾（特价）', category: 'accessories', tags: ['final-sale'], price: 29 },
  { id: 'pearl-earrings', title: 'Pearl earrings', titleZh: '珍珠耳环', category: 'earrings', tags: ['hygiene'], price: 45 },
  {
    id: 'boxer-briefs',
    title: 'Boxer briefs, 3 pack',
    titleZh: '平角内裤（三条装）',
    category: 'underwear',
    tags: ['hygiene'],
    chartId: 'tops',
    price: 32,
  },
];

// ---------------------------------------------------------------- size charts

const letters = ['XS', 'S', 'M', 'L', 'XL'];

export function sizeCharts(lang: Lang): SizeChart[] {
  const t = tFor(lang);
  const tops: SizeChart = {
    id: 'tops',
    title: t('Tops and shirts', '上衣和衬衫'),
    measurements: [
      { key: 'chest', label: t('Chest', '胸围'), kind: 'body', unit: 'cm' },
      { key: 'waist', label: t('Waist', '腰围'), kind: 'body', unit: 'cm' },
      { key: 'hip', label: t('Hip', '臀围'), kind: 'body', unit: 'cm' },
    ],
    sizes: letters.map((id, i) => ({
      id,
      label: id,
      ranges: {
        chest: { min: 82 + i * 6, max: 88 + i * 6 },
        waist: { min: 66 + i * 6, max: 72 + i * 6 },
        hip: { min: 88 + i * 6, max: 94 + i * 6 },
      },
      labels: { EU: String(34 + i * 2), US: String(2 + i * 4), UK: String(6 + i * 4), CN: `${155 + i * 5}/${80 + i * 4}A` },
    })),
    howToMeasure: [
      {
        key: 'chest',
        title: t('Chest', '胸围'),
        text: t('Measure around the fullest part of your chest, under your arms.', '在腋下沿胸部最丰满处水平绕一周测量。'),
      },
      {
        key: 'waist',
        title: t('Waist', '腰围'),
        text: t('Measure around your natural waistline, keeping the tape loose.', '沿自然腰线绕一周，软尺保持略松。'),
      },
      { key: 'hip', title: t('Hip', '臀围'), text: t('Measure around the widest part of your hips.', '沿臀部最宽处水平绕一周测量。') },
    ],
    notes: t('Between two sizes? Take the larger one for a relaxed fit.', '介于两个尺码之间？想要宽松一点请选大一码。'),
  };
  const trousers: SizeChart = {
    id: 'trousers',
    title: t('Trousers', '裤装'),
    measurements: [
      { key: 'waist', label: t('Waist', '腰围'), kind: 'body', unit: 'cm' },
      { key: 'hip', label: t('Hip', '臀围'), kind: 'body', unit: 'cm' },
      { key: 'inseam', label: t('Inside leg', '内长'), kind: 'garment', unit: 'cm' },
    ],
    sizes: [28, 30, 32, 34, 36].map((w, i) => ({
      id: `W${w}`,
      label: `W${w}`,
      ranges: {
        waist: { min: 70 + i * 5, max: 75 + i * 5 },
        hip: { min: 90 + i * 5, max: 95 + i * 5 },
        inseam: { min: 78 + i, max: 79 + i },
      },
      labels: { EU: String(38 + i * 2), US: String(w), UK: String(w), CN: `${160 + i * 5}/${68 + i * 4}A` },
    })),
    howToMeasure: [
      { key: 'waist', title: t('Waist', '腰围'), text: t('Measure where you usually wear your trousers.', '在平时穿着裤子的位置测量。') },
      {
        key: 'inseam',
        title: t('Inside leg', '内长'),
        text: t('Measured flat on the trousers, from crotch seam to hem.', '裤子平铺测量，从裆缝量到裤脚。'),
      },
    ],
  };
  const kids: SizeChart = {
    id: 'kids',
    title: t('Kids by height and weight', '儿童（按身高和体重）'),
    measurements: [
      { key: 'height', label: t('Height', '身高'), kind: 'body', unit: 'cm' },
      { key: 'weight', label: t('Weight', '体重'), kind: 'body', unit: 'kg' },
    ],
    sizes: [
      { h: [98, 104], w: [14, 17], id: '104' },
      { h: [105, 116], w: [17, 21], id: '116' },
      { h: [117, 128], w: [21, 26], id: '128' },
      { h: [129, 140], w: [26, 33], id: '140' },
      { h: [141, 152], w: [33, 41], id: '152' },
    ].map((s) => ({
      id: s.id,
      label: s.id,
      ranges: { height: { min: s.h[0]!, max: s.h[1]! }, weight: { min: s.w[0]!, max: s.w[1]! } },
      labels: { US: `${Math.round((s.h[0]! - 80) / 6)}T`, CN: `${s.h[1]}` },
    })),
    howToMeasure: [{ key: 'height', title: t('Height', '身高'), text: t('Barefoot, back against a wall.', '赤脚，背靠墙站直测量。') }],
  };
  const shoes: SizeChart = {
    id: 'shoes',
    title: t('Shoes', '鞋'),
    measurements: [{ key: 'foot', label: t('Foot length', '脚长'), kind: 'body', unit: 'cm' }],
    sizes: [
      { eu: '38', us: '6', uk: '5', jp: '24', cn: '240', min: 23.6, max: 24.2 },
      { eu: '39', us: '7', uk: '6', jp: '24.5', cn: '245', min: 24.3, max: 24.9 },
      { eu: '40', us: '7.5', uk: '6.5', jp: '25', cn: '250', min: 25.0, max: 25.5 },
      { eu: '41', us: '8.5', uk: '7.5', jp: '26', cn: '260', min: 25.6, max: 26.2 },
      { eu: '42', us: '9', uk: '8', jp: '26.5', cn: '265', min: 26.3, max: 26.8 },
      { eu: '43', us: '10', uk: '9', jp: '27.5', cn: '275', min: 26.9, max: 27.6 },
      { eu: '44', us: '10.5', uk: '9.5', jp: '28', cn: '280', min: 27.7, max: 28.3 },
    ].map((s) => ({
      id: s.eu,
      label: `EU ${s.eu}`,
      ranges: { foot: { min: s.min, max: s.max } },
      labels: { EU: s.eu, US: s.us, UK: s.uk, JP: s.jp, CN: s.cn },
    })),
    howToMeasure: [
      {
        key: 'foot',
        title: t('Foot length', '脚长'),
        text: t(
          'Stand on paper, mark heel and longest toe, measure the distance. Measure both feet in the evening.',
          '站在纸上，标出脚跟和最长脚趾的位置并测量距离。建议傍晚测量双脚。',
        ),
      },
    ],
    notes: t('This model runs half a size small.', '此款偏小半码。'),
  };
  return [tops, trousers, kids, shoes];
}

// ---------------------------------------------------------------- policy

export function policy(lang: Lang): ReturnPolicyInput {
  const t = tFor(lang);
  return {
    id: 'standard',
    countries: ['DE', 'FR', 'NL', 'GB', 'US', 'CN'],
    returnCountry: 'DE',
    category: 'MerchantReturnFiniteReturnWindow',
    days: 30,
    windowStart: 'delivery',
    fee: {
      kind: 'free_for_reasons',
      reasons: ['too_small', 'too_large', 'damaged', 'not_as_described'],
      otherwise: { amount: 4.95, currency: CURRENCY },
    },
    methods: ['mail', 'drop_off', 'in_store'],
    refundTypes: ['refund', 'store_credit', 'exchange'],
    storeCreditBonusPercent: 10,
    conditions: ['unworn', 'new_with_tags'],
    exceptions: [
      {
        id: 'final-sale',
        kind: 'final_sale',
        label: t('Final-sale items', '特价清仓商品'),
        explanation: t('Items marked final sale cannot be returned or exchanged.', '标记为清仓特价的商品不退不换。'),
        match: { tags: ['final-sale'] },
        rule: { kind: 'not_returnable' },
      },
      {
        id: 'hygiene',
        kind: 'hygiene',
        label: t('Underwear and earrings', '内衣和耳饰'),
        explanation: t('For hygiene reasons we cannot take these back once the seal is broken.', '出于卫生原因，拆封后不予退货。'),
        match: { categories: ['underwear', 'earrings'], tags: ['hygiene'] },
        rule: { kind: 'not_returnable' },
      },
    ],
    processingDays: 5,
    steps: [
      {
        title: t('Start your return', '发起退货'),
        text: t('Enter your order number and email, pick the items and a reason.', '输入订单号和邮箱，选择商品和原因。'),
        icon: 'chat',
      },
      {
        title: t('Pack the items', '打包商品'),
        text: t('Unworn, with tags, in any sturdy box.', '商品未穿着、吊牌完好，使用结实的纸箱包装。'),
        icon: 'box',
      },
      {
        title: t('Send it back', '寄回'),
        text: t(
          'Print the label or show the QR code at a drop-off point, or bring it to a store.',
          '打印退货标签或在寄件点出示二维码，也可送到门店。',
        ),
        icon: 'label',
      },
      {
        title: t('Get your money', '收到退款'),
        text: t('We refund within 5 business days of receiving your parcel.', '收到包裹后 5 个工作日内退款。'),
        icon: 'refund',
      },
    ],
    contact: { email: 'help@returnless.example', phone: '+49 30 1234567', helpUrl: '/help.html' },
    notes: t(
      '<p>Returns are <strong>free</strong> when an item does not fit, arrived damaged or is not as described. If you simply changed your mind, we deduct €4.95 for the label. Choose store credit and get <strong>10% extra</strong>.</p>',
      '<p>尺码不合适、到货损坏或与描述不符时<strong>免费退货</strong>。如果只是改变主意，我们将扣除 4.95 欧元运费。选择店铺积分可<strong>额外获得 10%</strong>。</p>',
    ),
    currency: CURRENCY,
  };
}

// ---------------------------------------------------------------- reasons

export function reasons(lang: Lang, sized: boolean): ReturnReason[] {
  const t = tFor(lang);
  const out: ReturnReason[] = [];
  if (sized) {
    out.push({
      id: 'fit',
      label: t('Size or fit', '尺码或版型'),
      children: [
        { id: 'too_small', label: t('Too small', '太小'), kind: 'size_small' },
        { id: 'too_large', label: t('Too large', '太大'), kind: 'size_large' },
      ],
    });
  }
  out.push(
    { id: 'damaged', label: t('Arrived damaged or faulty', '到货损坏或有瑕疵'), kind: 'damaged', requiresPhoto: true },
    { id: 'not_as_described', label: t('Not as described', '与描述不符'), kind: 'not_as_described', requiresComment: true },
    { id: 'changed_mind', label: t('Changed my mind', '不想要了'), kind: 'changed_mind' },
    { id: 'other', label: t('Something else', '其他原因'), kind: 'other', requiresComment: true },
  );
  return out;
}

// ---------------------------------------------------------------- FAQ

type FaqSeed = Record<string, Record<Lang, FaqEntry[]>>;

export const faq: FaqSeed = {
  default: {
    en: [
      {
        id: 'delivery-time',
        question: 'When will my order arrive?',
        answer: '<p>Orders ship within 1 business day. Delivery takes 2–4 business days in the EU and 5–8 elsewhere.</p>',
        category: 'Shipping',
      },
      {
        id: 'return-window',
        question: 'How long do I have to return an item?',
        answer: '<p>You have <strong>30 days from delivery</strong>. Start a return on our <a href="/returns.html">returns page</a>.</p>',
        category: 'Returns',
      },
      {
        id: 'size-advice',
        question: 'How do I find my size?',
        answer:
          '<p>Open the size guide on any product page. It converts between EU, US, UK, JP and CN sizes and suggests a size from your measurements.</p>',
        category: 'Sizing',
      },
    ],
    'zh-CN': [
      {
        id: 'delivery-time',
        question: '我的订单什么时候到？',
        answer: '<p>订单在 1 个工作日内发货。欧盟境内 2–4 个工作日送达，其他地区 5–8 个工作日。</p>',
        category: '配送',
      },
      {
        id: 'return-window',
        question: '退货期限是多久？',
        answer: '<p>自<strong>签收之日起 30 天</strong>内可退货。请在<a href="/returns.html">退货页面</a>发起退货。</p>',
        category: '退货',
      },
      {
        id: 'size-advice',
        question: '如何选择尺码？',
        answer: '<p>在商品页打开尺码指南。它可在欧码、美码、英码、日码和中国码之间换算，并根据您的尺寸推荐尺码。</p>',
        category: '尺码',
      },
    ],
  },
  shipping: {
    en: [
      {
        id: 'shipping-cost',
        question: 'How much is shipping?',
        answer: '<p>Free in the EU over €50, otherwise €4.95. International rates are shown at checkout.</p>',
      },
      {
        id: 'shipping-countries',
        question: 'Where do you ship?',
        answer: '<p>Germany, France, the Netherlands, the UK, the US and China.</p>',
      },
      {
        id: 'tracking',
        question: 'How do I track my parcel?',
        answer: '<p>You get a tracking link by email as soon as your parcel leaves our warehouse.</p>',
      },
    ],
    'zh-CN': [
      {
        id: 'shipping-cost',
        question: '运费是多少？',
        answer: '<p>欧盟境内满 50 欧元免运费，否则运费 4.95 欧元。国际运费在结账时显示。</p>',
      },
      { id: 'shipping-countries', question: '你们配送到哪些地区？', answer: '<p>德国、法国、荷兰、英国、美国和中国。</p>' },
      { id: 'tracking', question: '如何追踪包裹？', answer: '<p>包裹离开仓库后，您会收到一封带有追踪链接的邮件。</p>' },
    ],
  },
  returns: {
    en: [
      {
        id: 'how-to-return',
        question: 'How do I return an item?',
        answer:
          '<p>Go to the <a href="/returns.html">returns page</a>, enter your order number and email, choose the items and a reason. You get a label and a QR code right away.</p>',
        category: 'Returns',
      },
      {
        id: 'return-cost',
        question: 'Are returns free?',
        answer: '<p>Yes, when the item does not fit, arrived damaged or is not as described. For a change of mind we deduct €4.95.</p>',
        category: 'Returns',
      },
      {
        id: 'refund-time',
        question: 'When do I get my refund?',
        answer: '<p>Within 5 business days after your parcel arrives. Store credit is instant and comes with 10% extra.</p>',
        category: 'Refunds',
      },
      {
        id: 'exchange',
        question: 'Can I exchange for another size?',
        answer:
          '<p>Yes. Choose <em>exchange</em> in the return form and pick the size you want; we ship it as soon as your return is scanned.</p>',
        category: 'Exchanges',
      },
      {
        id: 'not-returnable',
        question: 'Which items cannot be returned?',
        answer: '<p>Final-sale items, and for hygiene reasons underwear and earrings once opened.</p>',
        category: 'Returns',
      },
      {
        id: 'damaged-item',
        question: 'My item arrived damaged. What now?',
        answer: '<p>Start a return with the reason <em>arrived damaged</em> and add a photo. The return is free.</p>',
        category: 'Returns',
      },
    ],
    'zh-CN': [
      {
        id: 'how-to-return',
        question: '如何退货？',
        answer: '<p>前往<a href="/returns.html">退货页面</a>，输入订单号和邮箱，选择商品和原因。您会立即获得退货标签和二维码。</p>',
        category: '退货',
      },
      {
        id: 'return-cost',
        question: '退货免费吗？',
        answer: '<p>尺码不合适、到货损坏或与描述不符时免费。如果只是改变主意，将扣除 4.95 欧元。</p>',
        category: '退货',
      },
      {
        id: 'refund-time',
        question: '什么时候能收到退款？',
        answer: '<p>包裹到达后 5 个工作日内退款。店铺积分即时到账，并额外赠送 10%。</p>',
        category: '退款',
      },
      {
        id: 'exchange',
        question: '可以换尺码吗？',
        answer: '<p>可以。在退货表单中选择<em>换货</em>并选择想要的尺码，退货包裹扫描后我们即刻发出新商品。</p>',
        category: '换货',
      },
      {
        id: 'not-returnable',
        question: '哪些商品不能退货？',
        answer: '<p>清仓特价商品，以及出于卫生原因已拆封的内衣和耳饰。</p>',
        category: '退货',
      },
      {
        id: 'damaged-item',
        question: '收到的商品损坏了怎么办？',
        answer: '<p>发起退货时选择<em>到货损坏</em>并上传照片，退货免费。</p>',
        category: '退货',
      },
    ],
  },
};

/** Product-specific entries, added to any set when `productId` matches. */
export const productFaq: { productId: string; entries: Record<Lang, FaqEntry> }[] = [
  // Linen care belongs to the linen shirt only (it once showed on the shoe page from the default set).
  {
    productId: 'linen-shirt',
    entries: {
      en: {
        id: 'care',
        question: 'How do I care for linen?',
        answer: '<ul><li>Wash at 30 °C</li><li>Hang to dry</li><li>Iron while slightly damp</li></ul>',
        category: 'Products',
      },
      'zh-CN': {
        id: 'care',
        question: '亚麻衣物如何护理？',
        answer: '<ul><li>30 °C 水洗</li><li>悬挂晾干</li><li>微潮时熨烫</li></ul>',
        category: '商品',
      },
    },
  },
  {
    productId: 'trail-runner',
    entries: {
      en: {
        id: 'trail-runner-fit',
        question: 'Does the trail runner fit true to size?',
        answer: '<p>It runs about half a size small. Most buyers take half a size up.</p>',
        category: 'Sizing',
      },
      'zh-CN': {
        id: 'trail-runner-fit',
        question: '这款越野跑鞋尺码标准吗？',
        answer: '<p>偏小约半码，多数买家选择大半码。</p>',
        category: '尺码',
      },
    },
  },
];

// ---------------------------------------------------------------- fit

export function fitBase(productId: string): FitInsights | undefined {
  const base: Record<string, FitInsights> = {
    'linen-shirt': {
      productId: 'linen-shirt',
      votes: { small: 4, true: 21, large: 9 },
      perSize: {
        S: { votes: { small: 1, true: 5, large: 2 }, returnRate: 0.08 },
        M: { votes: { small: 2, true: 9, large: 4 }, returnRate: 0.11 },
        L: { votes: { small: 1, true: 7, large: 3 }, returnRate: 0.14 },
      },
    },
    'organic-tee': {
      productId: 'organic-tee',
      votes: { small: 3, true: 30, large: 2 },
      perSize: { M: { votes: { small: 1, true: 14, large: 1 }, returnRate: 0.04 } },
    },
    'wide-chino': {
      productId: 'wide-chino',
      votes: { small: 2, true: 12, large: 10 },
      perSize: { W32: { votes: { small: 1, true: 5, large: 5 }, returnRate: 0.18 } },
    },
    'kids-parka': { productId: 'kids-parka', votes: { small: 1, true: 8, large: 3 }, perSize: {} },
    'trail-runner': {
      productId: 'trail-runner',
      votes: { small: 18, true: 11, large: 1 },
      perSize: {
        '41': { votes: { small: 5, true: 3, large: 0 }, returnRate: 0.22 },
        '42': { votes: { small: 7, true: 4, large: 1 }, returnRate: 0.25 },
        '43': { votes: { small: 4, true: 3, large: 0 }, returnRate: 0.19 },
      },
    },
    'boxer-briefs': { productId: 'boxer-briefs', votes: { small: 0, true: 6, large: 1 }, perSize: {} },
  };
  return base[productId];
}

// ---------------------------------------------------------------- reviews

export interface SeedReview {
  id: string;
  productId: string;
  rating: number;
  title?: string;
  body: string;
  author: string;
  email: string;
  daysAgo: number;
  verified: boolean;
  fit?: 'small' | 'true' | 'large';
  size?: string;
  helpful: number;
  photos: number;
  reply?: { body: string; author: string; daysAgo: number };
}

export const reviews: SeedReview[] = [
  {
    id: 'rv-1',
    productId: 'linen-shirt',
    rating: 5,
    title: 'Perfect summer shirt',
    body: 'Light, breathable and the colour is exactly as pictured. I wear it every week.',
    author: 'Anna K.',
    email: 'anna@example.com',
    daysAgo: 12,
    verified: true,
    fit: 'true',
    size: 'M',
    helpful: 14,
    photos: 2,
  },
  {
    id: 'rv-2',
    productId: 'linen-shirt',
    rating: 4,
    title: 'Roomy',
    body: 'Lovely fabric but cut quite wide. I could have taken a size down.',
    author: 'Jonas',
    email: 'jonas@example.com',
    daysAgo: 30,
    verified: true,
    fit: 'large',
    size: 'L',
    helpful: 9,
    photos: 0,
    reply: {
      body: 'Thanks Jonas! The shirt is cut relaxed on purpose; the size guide now shows this.',
      author: 'Returnless Shop',
      daysAgo: 28,
    },
  },
  {
    id: 'rv-3',
    productId: 'linen-shirt',
    rating: 2,
    title: 'Creases a lot',
    body: 'Expected some creasing with linen, but this wrinkles after five minutes.',
    author: 'Marie',
    email: 'marie@example.com',
    daysAgo: 45,
    verified: false,
    fit: 'true',
    size: 'S',
    helpful: 3,
    photos: 1,
    reply: {
      body: 'Sorry to hear that, Marie. Linen does crease; ironing while damp helps. Our team will be in touch.',
      author: 'Returnless Shop',
      daysAgo: 44,
    },
  },
  {
    id: 'rv-4',
    productId: 'linen-shirt',
    rating: 5,
    body: '很透气，夏天穿很舒服。',
    author: '王女士',
    email: 'wang@example.com',
    daysAgo: 60,
    verified: true,
    fit: 'true',
    size: 'M',
    helpful: 5,
    photos: 0,
  },
  {
    id: 'rv-5',
    productId: 'linen-shirt',
    rating: 3,
    title: 'Nice but pricey',
    body: 'Good quality, a bit expensive for a shirt.',
    author: 'Tom',
    email: 'tom@example.com',
    daysAgo: 90,
    verified: true,
    helpful: 1,
    photos: 0,
  },
  {
    id: 'rv-6',
    productId: 'linen-shirt',
    rating: 1,
    title: 'Seam came apart',
    body: 'The side seam opened after the second wash.',
    author: 'Priya',
    email: 'priya@example.com',
    daysAgo: 100,
    verified: true,
    fit: 'small',
    size: 'S',
    helpful: 7,
    photos: 1,
    reply: {
      body: 'We are sorry, Priya. We have sent a replacement and checked the batch with our supplier.',
      author: 'Returnless Shop',
      daysAgo: 99,
    },
  },
  {
    id: 'rv-7',
    productId: 'trail-runner',
    rating: 4,
    title: 'Great grip, runs small',
    body: 'Excellent on wet rocks. Order half a size up.',
    author: 'Lukas',
    email: 'lukas@example.com',
    daysAgo: 8,
    verified: true,
    fit: 'small',
    size: '42',
    helpful: 22,
    photos: 2,
    reply: { body: 'Thanks Lukas — we have added a note to the size guide.', author: 'Returnless Shop', daysAgo: 7 },
  },
  {
    id: 'rv-8',
    productId: 'trail-runner',
    rating: 5,
    body: 'Light and comfortable straight out of the box.',
    author: 'Sofia',
    email: 'sofia@example.com',
    daysAgo: 20,
    verified: true,
    fit: 'true',
    size: '39',
    helpful: 6,
    photos: 0,
  },
  {
    id: 'rv-9',
    productId: 'trail-runner',
    rating: 3,
    title: 'Tight toe box',
    body: 'Good shoe but my toes hit the front on descents.',
    author: 'Chris',
    email: 'chris@example.com',
    daysAgo: 35,
    verified: false,
    fit: 'small',
    size: '43',
    helpful: 4,
    photos: 0,
  },
  {
    id: 'rv-10',
    productId: 'organic-tee',
    rating: 5,
    title: 'Soft and solid',
    body: 'Thick cotton, no shrinking after ten washes.',
    author: 'Elif',
    email: 'elif@example.com',
    daysAgo: 15,
    verified: true,
    fit: 'true',
    size: 'S',
    helpful: 2,
    photos: 1,
  },
  {
    id: 'rv-11',
    productId: 'wide-chino',
    rating: 4,
    body: 'Comfortable, a little long in the leg.',
    author: 'Noah',
    email: 'noah@example.com',
    daysAgo: 25,
    verified: true,
    fit: 'large',
    size: 'W32',
    helpful: 1,
    photos: 0,
  },
  {
    id: 'rv-12',
    productId: 'ceramic-mug',
    rating: 5,
    title: 'My new favourite mug',
    body: 'Heavy, holds heat well, dishwasher safe.',
    author: 'Ines',
    email: 'ines@example.com',
    daysAgo: 5,
    verified: true,
    helpful: 3,
    photos: 1,
  },
  {
    id: 'rv-13',
    productId: 'ceramic-mug',
    rating: 2,
    body: 'Glaze has small dots on the rim.',
    author: 'Paul',
    email: 'paul@example.com',
    daysAgo: 40,
    verified: true,
    helpful: 0,
    photos: 0,
    reply: {
      body: 'Hi Paul, those are part of the handmade glaze, but we are happy to take it back.',
      author: 'Returnless Shop',
      daysAgo: 39,
    },
  },
  {
    id: 'rv-14',
    productId: 'kids-parka',
    rating: 5,
    body: 'Kept my son dry on a very wet school trip.',
    author: 'Hanna',
    email: 'hanna@example.com',
    daysAgo: 18,
    verified: true,
    fit: 'true',
    size: '128',
    helpful: 2,
    photos: 0,
  },
];

// ---------------------------------------------------------------- orders

export interface SeedOrder {
  /** No internal id here: the seed gives each order a random one (never derived from the number). */
  number: string;
  email: string;
  postalCode: string;
  country: string;
  placedDaysAgo: number;
  deliveredDaysAgo?: number;
  lines: { id: string; productId: string; size?: string; quantity: number }[];
  /** Returns already made on this order. */
  returns?: {
    /** Readable, as live ones are (readable-ids.ts): `R-` and three groups of four. */
    id: string;
    /** The return's own code (not a slice of the id), as on its label. */
    code: string;
    lineId: string;
    quantity: number;
    reasonId: string;
    resolution: 'refund' | 'store_credit' | 'exchange';
    daysAgo: number;
  }[];
}

/** The demo order numbers, emails and postcodes, printed at start and documented in the README. */
export const orders: SeedOrder[] = [
  {
    number: 'RL-1001',
    email: 'anna@example.com',
    postalCode: '10115',
    country: 'DE',
    placedDaysAgo: 9,
    deliveredDaysAgo: 5,
    lines: [
      { id: 'l-1001-1', productId: 'linen-shirt', size: 'M', quantity: 1 },
      { id: 'l-1001-2', productId: 'trail-runner', size: '42', quantity: 1 },
      { id: 'l-1001-3', productId: 'ceramic-mug', quantity: 2 },
      { id: 'l-1001-4', productId: 'silk-scarf', quantity: 1 },
      { id: 'l-1001-5', productId: 'pearl-earrings', quantity: 1 },
    ],
  },
  {
    number: 'RL-1002',
    email: 'ben@example.com',
    postalCode: '75001',
    country: 'FR',
    placedDaysAgo: 50,
    deliveredDaysAgo: 45,
    lines: [
      { id: 'l-1002-1', productId: 'wide-chino', size: 'W32', quantity: 1 },
      { id: 'l-1002-2', productId: 'wool-throw', quantity: 1 },
    ],
  },
  {
    number: 'RL-1003',
    email: 'chen@example.com',
    postalCode: '200000',
    country: 'CN',
    placedDaysAgo: 2,
    lines: [
      { id: 'l-1003-1', productId: 'kids-parka', size: '128', quantity: 1 },
      { id: 'l-1003-2', productId: 'organic-tee', size: 'S', quantity: 2 },
    ],
  },
  {
    number: 'RL-1004',
    email: 'dana@example.com',
    postalCode: 'SW1A 1AA',
    country: 'GB',
    placedDaysAgo: 16,
    deliveredDaysAgo: 12,
    lines: [
      { id: 'l-1004-1', productId: 'organic-tee', size: 'M', quantity: 3 },
      { id: 'l-1004-2', productId: 'trail-runner', size: '41', quantity: 1 },
    ],
    returns: [
      {
        id: 'R-DQ4M-7KXT-5HPW',
        code: 'K7QM-X4TD',
        lineId: 'l-1004-1',
        quantity: 1,
        reasonId: 'too_large',
        resolution: 'refund',
        daysAgo: 6,
      },
      {
        id: 'R-9GAN-3VRZ-E6CB',
        code: 'N3VR-8FJE',
        lineId: 'l-1004-2',
        quantity: 1,
        reasonId: 'too_small',
        resolution: 'exchange',
        daysAgo: 3,
      },
    ],
  },
  {
    number: 'RL-1005',
    email: 'eli@example.com',
    postalCode: '10001',
    country: 'US',
    placedDaysAgo: 6,
    deliveredDaysAgo: 3,
    lines: [
      { id: 'l-1005-1', productId: 'wide-chino', size: 'W30', quantity: 1 },
      { id: 'l-1005-2', productId: 'wool-throw', quantity: 1 },
      { id: 'l-1005-3', productId: 'boxer-briefs', size: 'M', quantity: 1 },
    ],
  },
];
