/**
 * Demo data for <rl-return-form> stories and tests: one order with mixed lines (sized shirt,
 * final sale, hygiene, already returned, a mug that can arrive damaged), one order whose window
 * has closed, a reason tree, a size chart and a return with a timeline. Dates are relative to now.
 */
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryData } from '../../src/adapters/memory.js';
import type { ReturnPolicyInput } from '../../src/domain/policy.js';
import type { ReturnReason } from '../../src/domain/returns.js';
import type { SizeChart } from '../../src/domain/size-chart.js';

const day = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * day).toISOString();
const eur = (amount: number) => ({ amount, currency: 'EUR' });

export const returnPolicy: ReturnPolicyInput = {
  name: 'Returns',
  countries: ['DE', 'FR', 'NL', 'US', 'CN'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  windowStart: 'delivery',
  timeZone: 'UTC',
  fee: { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: eur(4.95) },
  methods: ['mail', 'drop_off', 'pickup'],
  label: 'download',
  refundTypes: ['refund', 'store_credit', 'exchange'],
  storeCreditBonusPercent: 10,
  exceptions: [
    { id: 'sale', kind: 'final_sale', label: 'Final sale', match: { tags: ['final-sale'] } },
    { id: 'swim', kind: 'hygiene', label: 'Swimwear', match: { categories: ['Apparel > Swimwear'] } },
  ],
};

export const returnReasons: ReturnReason[] = [
  {
    id: 'size',
    label: 'Size or fit',
    children: [
      { id: 'too_small', label: 'Too small', kind: 'size_small' },
      { id: 'too_large', label: 'Too large', kind: 'size_large' },
    ],
  },
  { id: 'damaged', label: 'Arrived damaged', kind: 'damaged', requiresPhoto: true, requiresComment: true },
  { id: 'not_as_described', label: 'Not as described', kind: 'not_as_described', requiresComment: true },
  { id: 'changed_mind', label: 'Changed my mind', kind: 'changed_mind' },
];

export const shirtChart: SizeChart = {
  id: 'shirts',
  title: 'Shirts',
  measurements: [{ key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' }],
  sizes: [
    { id: 'S', label: 'S', ranges: { chest: { min: 86, max: 93 } }, labels: {} },
    { id: 'M', label: 'M', ranges: { chest: { min: 94, max: 101 } }, labels: {} },
    { id: 'L', label: 'L', ranges: { chest: { min: 102, max: 109 } }, labels: {} },
    { id: 'XL', label: 'XL', ranges: { chest: { min: 110, max: 117 } }, labels: {} },
  ],
  howToMeasure: [],
};

export function returnData(): MemoryData {
  return {
    policy: returnPolicy,
    reasons: returnReasons,
    sizeCharts: { shirts: shirtChart },
    productCharts: { shirt: 'shirts' },
    orders: [
      {
        id: 'ord-1001',
        orderNumber: '1001',
        email: 'ada@example.com',
        postalCode: '10115',
        placedAt: ago(10),
        deliveredAt: ago(7),
        currency: 'EUR',
        lines: [
          {
            id: 'l-shirt',
            productId: 'shirt',
            variantId: 'shirt-m',
            title: 'Linen shirt',
            variantTitle: 'Blue / M',
            size: 'M',
            quantity: 2,
            returnableQuantity: 2,
            unitPrice: eur(49),
            tags: [],
          },
          {
            id: 'l-mug',
            productId: 'mug',
            variantId: 'mug-white',
            title: 'Stoneware mug',
            variantTitle: 'White',
            quantity: 1,
            returnableQuantity: 1,
            unitPrice: eur(18),
            tags: [],
          },
          {
            id: 'l-jeans',
            productId: 'jeans',
            title: 'Selvedge jeans',
            variantTitle: '32 / 32',
            quantity: 1,
            returnableQuantity: 1,
            unitPrice: eur(89),
            tags: ['final-sale'],
          },
          {
            id: 'l-swim',
            productId: 'swim',
            title: 'Swim shorts',
            quantity: 1,
            returnableQuantity: 1,
            unitPrice: eur(35),
            tags: [],
            category: 'Apparel > Swimwear',
          },
          {
            id: 'l-socks',
            productId: 'socks',
            title: 'Wool socks',
            quantity: 1,
            returnableQuantity: 0,
            notReturnableReason: 'already_returned',
            unitPrice: eur(12),
            tags: [],
          },
        ],
      },
      {
        id: 'ord-1002',
        orderNumber: '1002',
        email: 'ada@example.com',
        postalCode: '10115',
        placedAt: ago(70),
        deliveredAt: ago(65),
        currency: 'EUR',
        lines: [{ id: 'l-coat', productId: 'coat', title: 'Rain coat', quantity: 1, returnableQuantity: 1, unitPrice: eur(120), tags: [] }],
      },
    ],
    returns: [
      {
        id: 'R-2001',
        status: 'in_transit',
        timeline: [
          { status: 'requested', at: ago(3) },
          { status: 'approved', at: ago(3) },
          { status: 'in_transit', at: ago(1), note: 'Parcel scanned at the drop-off point' },
        ],
      },
    ],
  };
}

/**
 * The memory adapter with the demo data. Mail returns get a label link (the memory adapter
 * only makes drop-off codes), so the confirmation shows both kinds.
 */
export function returnAdapter(options: MemoryAdapterOptions = {}, data: MemoryData = returnData()): ReturnlessAdapter {
  const adapter = createMemoryAdapter(data, options);
  const create = adapter.createReturn;
  if (create) {
    adapter.createReturn = async (request, o) => {
      const c = await create(request, o);
      return request.method === 'mail' && !c.labels.length ? { ...c, labels: [{ labelUrl: `/labels/${c.id}.pdf` }] } : c;
    };
  }
  return adapter;
}
