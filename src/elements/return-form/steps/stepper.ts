/** The step indicator: an ordered list, the current step marked `aria-current="step"`. */
import { html, nothing } from 'lit';
import type { ReturnStep } from '../../../domain/return-request.js';
import type { FirstView } from '../view.js';

export function renderStepper(v: FirstView) {
  const step = v.draft.step;
  if (step === 'confirmation') return nothing;
  const steps = v.steps.filter((s) => s !== 'confirmation');
  const index = steps.indexOf(step);
  const name = (s: ReturnStep) => (v.draft.path === 'withdrawal' ? v.t.withdrawalStepName(s) : v.t.stepName(s));
  return html`<nav class="stepper-nav" aria-label=${v.t.steps}>
    <p class="step-count" aria-hidden="true">${v.t.stepOf(index + 1, steps.length)}</p>
    <ol class="stepper" part="stepper">
      ${steps.map(
        (s, i) => html`<li
          class=${`stepper-item${i < index ? ' done' : ''}`}
          part="stepper-item"
          aria-current=${i === index ? 'step' : 'false'}
        >
          <span class="stepper-number" aria-hidden="true">${i + 1}</span><span class="stepper-name">${name(s)}</span>
        </li>`,
      )}
    </ol>
  </nav>`;
}
