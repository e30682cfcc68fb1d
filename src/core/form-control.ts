/**
 * Form association for value-bearing elements (ElementInternals), as a reactive controller:
 * the host declares `static formAssociated = true`, creates one `FormControl` and forwards
 * the form callbacks to it. After every update the controller writes the host's value into
 * the owning `<form>` and its validity (with a message and an anchor to focus), so the
 * element works in a theme's own form: FormData, `required`, reset, `:invalid`, reportValidity.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FormControlHost = ReactiveControllerHost & HTMLElement & { name?: string; disabled?: boolean };

export interface FormControlOptions {
  /** Values to submit under the host's `name`: one FormData entry per string; `[]` submits nothing. */
  value(): readonly string[];
  /** The current problem, if any: a validity flag and the shopper-facing message. */
  validity(): { flags: ValidityStateFlags; message: string } | undefined;
  /** The control inside the shadow root that the browser focuses to report a problem. */
  anchor?(): HTMLElement | null | undefined;
  /** Called by the form's reset. */
  reset?(): void;
  /** Extra entries (name → value) to submit along, such as alt texts. */
  extra?(): readonly [string, string][];
}

export class FormControl implements ReactiveController {
  readonly internals?: ElementInternals;
  /** Set while an ancestor `<fieldset disabled>` disables the host. */
  disabledByForm = false;

  constructor(
    private readonly host: FormControlHost,
    private readonly options: FormControlOptions,
  ) {
    // attachInternals throws when the class is not form-associated or already attached.
    try {
      this.internals = host.attachInternals();
    } catch {
      this.internals = undefined;
    }
    host.addController(this);
  }

  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Writes value and validity now (also called after changes outside an update). */
  sync(): void {
    const internals = this.internals;
    if (!internals) return;
    const name = this.host.name ?? this.host.getAttribute('name');
    const values = this.options.value();
    const extra = this.options.extra?.() ?? [];
    if (!name || (!values.length && !extra.length)) {
      internals.setFormValue(null);
    } else {
      const data = new FormData();
      for (const v of values) data.append(name, v);
      for (const [k, v] of extra) data.append(k, v);
      internals.setFormValue(data);
    }
    const problem = this.host.disabled || this.disabledByForm ? undefined : this.options.validity();
    if (problem) internals.setValidity(problem.flags, problem.message, this.options.anchor?.() ?? undefined);
    else internals.setValidity({});
  }

  /** Forward `formResetCallback` here. */
  reset(): void {
    this.options.reset?.();
    this.host.requestUpdate();
  }

  /** Forward `formDisabledCallback(disabled)` here. */
  setDisabledByForm(disabled: boolean): void {
    this.disabledByForm = disabled;
    this.host.requestUpdate();
  }

  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }
}
