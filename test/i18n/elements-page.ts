/** A page with the storefront elements in one `<rl-store>` on the memory adapter (Chinese FAQ entries), drawn in full. */
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { faqZh } from '../../stories/support/faq-data.js';
import { returnData, shirtChart } from '../../stories/support/return-form-data.js';
import { fixture, settle, waitFor } from '../helpers.js';

export const tags = ['rl-faq', 'rl-return-policy', 'rl-size-guide', 'rl-reviews', 'rl-review-form', 'rl-media-uploader', 'rl-return-form'];

/** Renders the page with `<rl-store locale=…>`; resolves once the size guide's table (the last to come) is drawn. */
export async function elementsPage(storeLocale: string): Promise<RlStore> {
  const store = await fixture<RlStore>(`<rl-store locale="${storeLocale}">
    <rl-faq faq-set="default"></rl-faq>
    <rl-return-policy product-id="shirt"></rl-return-policy>
    <rl-size-guide product-id="shirt" mode="inline"></rl-size-guide>
    <rl-reviews product-id="shirt"></rl-reviews>
    <rl-review-form product-id="shirt"></rl-review-form>
    <rl-media-uploader name="photos"></rl-media-uploader>
    <rl-return-form></rl-return-form>
  </rl-store>`);
  store.adapter = createMemoryAdapter({
    ...returnData(),
    faq: { default: faqZh },
    sizeCharts: { shirts: shirtChart },
    productCharts: { shirt: 'shirts' },
  });
  await settle(store);
  await waitFor(() => store.querySelector('rl-size-guide')!.shadowRoot!.querySelector('table'));
  await settle(store);
  return store;
}
