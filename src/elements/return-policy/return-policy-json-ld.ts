/**
 * `MerchantReturnPolicy` JSON-LD, written once per policy (and product) however many elements
 * show it, and removed with the last of them. Loaded with the policy data (return-policy-load.ts),
 * so a page without `json-ld` pays nothing for it up front.
 */
import { setJsonLd } from '../../core/json-ld.js';
import type { ReturnPolicy } from '../../domain/policy.js';
import { organizationPolicyJsonLd, productPolicyJsonLd } from '../../domain/policy-json-ld.js';

/** What the block describes: the product (with its tags and category), or the whole shop. */
export interface PolicyJsonLdTarget {
  product?: { productId: string; tags?: string[]; category?: string };
  productJsonLdId?: string;
  organizationJsonLdId?: string;
}

/** Which elements hold each block, and which block each element holds. */
const holders = new Map<string, Set<object>>();
const held = new WeakMap<object, string>();

/** Writes (or keeps) the block for `policy` and `target`, held by `owner`. */
export function holdPolicyJsonLd(owner: object, policy: ReturnPolicy, target: PolicyJsonLdTarget): void {
  const product = target.product;
  const key = `return-policy:${policy.id ?? 'default'}${product ? `:product:${product.productId}` : ''}`;
  if (held.get(owner) !== key) releasePolicyJsonLd(owner);
  held.set(owner, key);
  let set = holders.get(key);
  if (!set) holders.set(key, (set = new Set()));
  set.add(owner);
  const baseUrl = location.origin;
  const data = product
    ? productPolicyJsonLd(policy, product, {
        baseUrl,
        productId: target.productJsonLdId ?? `${location.origin}${location.pathname}#product`,
      })
    : organizationPolicyJsonLd(policy, { baseUrl, organizationId: target.organizationJsonLdId });
  setJsonLd(key, data);
}

/** Lets go of `owner`'s block; the last holder removes it. */
export function releasePolicyJsonLd(owner: object): void {
  const key = held.get(owner);
  if (!key) return;
  held.delete(owner);
  const set = holders.get(key);
  set?.delete(owner);
  if (!set?.size) {
    holders.delete(key);
    setJsonLd(key, null);
  }
}
