/** A minimal host for the term tip tests: one sentence with one term. */
import { html, LitElement } from 'lit';
import { TermTip, termTipStyles } from '../../src/core/tooltip.js';
import { $, fixture } from '../helpers.js';

class TipHost extends LitElement {
  static override styles = [termTipStyles];
  readonly tips = new TermTip(this);
  override render() {
    return html`<p>Returns cost a ${this.tips.term('fee', 'restocking fee', 'A share of the price kept from your refund.')}.</p>`;
  }
}
if (!customElements.get('test-tip-host')) customElements.define('test-tip-host', TipHost);

/** Whether the page has fetched the tip's behaviour module (it must wait for first use). */
export const behaviourLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/src/core/tooltip-behaviour.'));

/** A host with its trigger and bubble, as first rendered. */
export async function tipHost() {
  const host = await fixture<TipHost>('<test-tip-host></test-tip-host>');
  const trigger = $<HTMLButtonElement>(host, 'button[part="term"]')!;
  const bubble = host.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
  return { host, trigger, bubble };
}
