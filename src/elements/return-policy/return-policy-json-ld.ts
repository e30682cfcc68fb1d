/**
 * `MerchantReturnPolicy` JSON-LD, written once per policy (and product) however many elements
 * show it, and removed with the last of them.
 */
import type { ReturnPolicy } from '../../domain/policy.js';

type Remote = typeof import('./return-policy-load.js');

/** What the block describes: the product (with its tags and category), or the whole shop. */
export interface PolicyJsonLdTarget {
  product?: { productId: string; tags?: string[]; category?: string };
  productJsonLdId?: string;
  organizationJsonLdId?: string;
}

/** Which elements hold each block. */
const holders = new Map<string, Set<object>>();

export class PolicyJsonLd {
  private key?: string;

  constructor(private readonly owner: object) {}

  /** Writes (or keeps) the block for `policy` and `target`. */
  hold(policy: ReturnPolicy, target: PolicyJsonLdTarget, remote: Remote): void {
    const product = target.product;
    const key = `return-policy:${policy.id ?? 'default'}${product ? `:product:${product.productId}` : ''}`;
    if (this.key !== key) this.release(remote);
    this.key = key;
    let set = holders.get(key);
    if (!set) holders.set(key, (set = new Set()));
    set.add(this.owner);
    const baseUrl = location.origin;
    const data = product
      ? remote.productPolicyJsonLd(policy, product, {
          baseUrl,
          productId: target.productJsonLdId ?? `${location.origin}${location.pathname}#product`,
        })
      : remote.organizationPolicyJsonLd(policy, { baseUrl, organizationId: target.organizationJsonLdId });
    remote.setJsonLd(key, data);
  }

  /** Lets go of the block; the last holder removes it. */
  release(remote: Remote | undefined): void {
    const key = this.key;
    if (!key) return;
    this.key = undefined;
    const set = holders.get(key);
    set?.delete(this.owner);
    if (!set?.size) {
      holders.delete(key);
      remote?.setJsonLd(key, null);
    }
  }
}
