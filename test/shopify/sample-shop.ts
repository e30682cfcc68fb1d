/**
 * Sample Shopify objects for rendering the app blocks: what Liquid sees on a product page of
 * a shop with Returnless metafields and FAQ metaobjects. Merchant text carries markup on
 * purpose: it must reach shoppers as text. (Product ids are the reference server's, standing in
 * for Shopify's numeric ids.)
 */

interface RichTextNode {
  type: 'root' | 'paragraph' | 'text';
  value?: string;
  children?: RichTextNode[];
}

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
const field = (value: unknown, type = 'single_line_text_field') => ({ type, value });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Shopify's `metafield_tag` for the rich text the FAQ answers use: paragraphs of escaped text. */
export function richText(metafield: { type: string; value: unknown }): string {
  if (metafield.type !== 'rich_text_field') return escapeHtml(String(metafield.value));
  const render = (node: RichTextNode): string =>
    node.type === 'text'
      ? escapeHtml(node.value ?? '')
      : node.type === 'paragraph'
        ? `<p>${(node.children ?? []).map(render).join('')}</p>`
        : (node.children ?? []).map(render).join('');
  return render(metafield.value as RichTextNode);
}

const policy = {
  name: 'Sample returns',
  countries: ['DE', 'FR', 'CN'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 14,
  methods: ['mail'],
  refundTypes: ['refund', 'exchange'],
};

const chart = {
  id: 'sample-tops',
  title: 'Sample tops </script><script>window.__pwned = "chart"</script>',
  measurements: [{ key: 'chest', label: 'Chest', unit: 'cm' }],
  sizes: [
    { id: 'S', label: 'S', ranges: { chest: { min: 86, max: 92 } } },
    { id: 'M', label: 'M', ranges: { chest: { min: 93, max: 100 } } },
    { id: 'L', label: 'L', ranges: { chest: { min: 101, max: 108 } } },
  ],
};

const faq = [
  {
    system: { type: 'returnless_faq', handle: 'return-window' },
    question: field('How long do I have to return an item?'),
    answer: field({ type: 'root', children: [paragraph('You have 14 days from delivery.')] }, 'rich_text_field'),
    category: field('Returns'),
  },
  {
    system: { type: 'returnless_faq', handle: 'safe' },
    question: field('<script>window.__pwned = "faq"</script>Is <b>this</b> safe?'),
    answer: field({ type: 'root', children: [paragraph('<img src=x onerror="window.__pwned = 1">Yes.')] }, 'rich_text_field'),
    category: null,
  },
];

export function sampleShop(locale: string): Record<string, unknown> {
  return {
    shop: {
      name: 'Sample shop',
      currency: 'EUR',
      metafields: { returnless: { return_policy: field(policy, 'json') } },
      metaobjects: { returnless_faq: { values: faq } },
    },
    product: {
      id: 'linen-shirt',
      handle: 'linen-shirt',
      title: 'Linen shirt <script>window.__pwned = "title"</script>',
      tags: ['linen', 'summer'],
      category: { name: 'Shirts' },
      metafields: { returnless: { size_chart: field(chart, 'json') } },
    },
    request: { locale: { iso_code: locale } },
    cart: { currency: { iso_code: 'EUR' } },
    localization: { country: { iso_code: 'DE' } },
    customer: { email: 'anna@example.com' },
    app: { metafields: {} },
  };
}
