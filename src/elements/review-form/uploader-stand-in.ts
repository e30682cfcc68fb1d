/**
 * The review form's photo area until `<rl-media-uploader>` is needed: the uploader's own face
 * (its template, wording and styles, in a shadow root of its own), so a product page does not
 * load the uploader's chunk before the shopper shows a sign of using the form. The chunk is
 * imported on the first focus or pointer inside the form or a file dragged onto it, and the
 * uploader takes the stand-in's place without a shift. Until then the add button still opens the
 * file dialog (the stand-in's own hidden input) and drop and paste still work: files that arrive
 * meanwhile are handed to the uploader once it is there. Keyboard focus on a stand-in button
 * moves to the same button of the uploader.
 */
import { adoptStyles, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { RlElement } from '../../core/base-element.js';
import { fieldStyles } from '../../core/field.styles.js';
import { messagesIn } from '../../core/i18n.js';
import { LoadController } from '../../core/load-controller.js';
import type { MediaLimitsAnswer } from '../../domain/media.js';
import { parseAccept } from '../../domain/media-rules.js';
import { FileIntake } from '../../core/file-intake.js';
import { rememberedLimits, renderFace, renderUnavailable, statedLimits } from '../../core/media-face.js';
import { faceMessages } from '../../core/media-face.messages.js';
import { faceStyles } from '../../core/media-face.styles.js';
import type { RlMediaUploader } from '../media-uploader/media-uploader.js';

/** What the form passes to its uploader, read at each render. */
export interface StandInSettings {
  adapter(): ReturnlessAdapter | undefined;
  lang(): string;
  accept(): string;
  maxFiles(): number;
  label(): string;
  disabled(): boolean;
  /**
   * Whether the update just drawn is the one before the photos appear: the face (its templates
   * and styles) is then made off the page, a turn of its own (issue 16).
   */
  faceDue(): boolean;
}

/** The form's signs of use that load the uploader. */
const WAKE_EVENTS = ['focusin', 'pointerover', 'dragenter'] as const;

export class UploaderStandIn implements ReactiveController {
  /** Settles once the uploader is defined (true) or known to be missing from this build (false). */
  loaded?: Promise<boolean>;
  private box?: HTMLDivElement;
  private intake?: FileIntake;
  private failed = false;
  /** Files picked, dropped or pasted on the stand-in, for the uploader. */
  private pending: File[] = [];
  /** A pointer is pressed on the stand-in, or its file dialog is open: swapping now would lose the click or the files. */
  private pressed = false;
  private picking = false;
  /** The stand-in button that had focus when the uploader took its place. */
  private focusedPart?: string;
  /** The backend's limits, so the stand-in states what the uploader will (the answer is remembered for it). */
  private readonly backend: LoadController<readonly [ReturnlessAdapter], MediaLimitsAnswer | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly uid: string,
    private readonly settings: StandInSettings,
    private readonly load: () => Promise<boolean>,
  ) {
    host.addController(this);
    this.backend = new LoadController(
      host,
      () => {
        const adapter = settings.adapter();
        return this.showing && typeof adapter?.getMediaLimits === 'function' ? ([adapter] as const) : undefined;
      },
      async ([adapter], signal) => (await import('../../core/media-limits-load.js')).loadBackendLimits(adapter, 'review', signal),
    );
  }

  hostConnected(): void {
    for (const type of WAKE_EVENTS) this.host.addEventListener(type, this.wake);
  }

  hostDisconnected(): void {
    for (const type of WAKE_EVENTS) this.host.removeEventListener(type, this.wake);
  }

  /** Whether the form shows the stand-in rather than the uploader. */
  get showing(): boolean {
    return !this.failed && (!customElements.get('rl-media-uploader') || this.pressed || this.picking);
  }

  /** Imports the uploader (once); the form renders it as soon as it is defined. */
  readonly wake = (): void => {
    this.loaded ??= this.load().then(async (ok) => {
      // Under the CDN loader the tag is defined a turn after its chunk arrived (core/define.ts).
      if (ok) await customElements.whenDefined('rl-media-uploader');
      this.failed = !ok;
      this.host.requestUpdate();
      return ok;
    });
  };

  /** The stand-in itself, for the form's template (the same node at every render). */
  render(): HTMLDivElement {
    if (!this.box) {
      const box = (this.box = document.createElement('div'));
      box.className = 'uploader';
      box.setAttribute('part', 'uploader');
      box.id = `${this.uid}-media`;
      const root = box.attachShadow({ mode: 'open' });
      adoptStyles(root, [...RlElement.styles, fieldStyles, faceStyles]);
      this.intake = new FileIntake(
        {
          addController: (c) => c.hostConnected?.(),
          requestUpdate: () => this.paint(),
          shadowRoot: root,
          addEventListener: box.addEventListener.bind(box),
          removeEventListener: box.removeEventListener.bind(box),
        },
        (files) => this.take(files),
        () => this.settings.disabled(),
      );
      box.addEventListener('pointerdown', () => this.hold(true));
      // The dialog closes with `change` (files) or `cancel`; then the uploader may take over.
      root.addEventListener('change', () => this.pick(false));
      root.addEventListener('cancel', () => this.pick(false), true);
    }
    return this.box;
  }

  hostUpdate(): void {
    const active = this.box?.shadowRoot?.activeElement;
    this.focusedPart = active?.getAttribute('part') ?? undefined;
  }

  hostUpdated(): void {
    if (!this.showing) return;
    if (this.box?.isConnected) this.paint();
    else if (this.settings.faceDue()) {
      this.render();
      this.paint();
    }
  }

  /** After each form render: hands the uploader what arrived at the stand-in (files, keyboard focus). */
  handTo(uploader: RlMediaUploader | null): void {
    if (!uploader || this.showing) return;
    const files = this.pending.splice(0);
    if (files.length) void uploader.addFiles(files);
    const part = this.focusedPart;
    this.focusedPart = undefined;
    if (part) void uploader.updateComplete.then(() => uploader.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`)?.focus());
  }

  private take(files: File[]): void {
    if (!files.length) return;
    this.pending.push(...files);
    this.wake();
    this.host.requestUpdate();
  }

  private hold(on: boolean): void {
    this.pressed = on;
    if (on) {
      this.wake();
      // Released after the click that follows (a task later), so the click lands on the button pressed.
      addEventListener('pointerup', () => setTimeout(() => this.hold(false)), { once: true, capture: true });
    } else this.host.requestUpdate();
  }

  private pick(on: boolean): void {
    this.picking = on;
    if (!on) this.host.requestUpdate();
    // Browsers without the input's `cancel` event: the page gets focus back when the dialog closes (`change` comes at once).
    else addEventListener('focus', () => setTimeout(() => this.picking && this.pick(false), 1000), { once: true });
  }

  private paint(): void {
    const root = this.box?.shadowRoot;
    const intake = this.intake;
    if (!root || !intake) return;
    const s = this.settings;
    const lang = s.lang();
    const t = messagesIn(faceMessages, lang);
    const adapter = s.adapter();
    if (adapter && typeof adapter.uploadMedia !== 'function') return void render(renderUnavailable(t), root);
    render(
      renderFace({
        t,
        lang,
        uid: this.uid,
        kinds: parseAccept(s.accept()),
        limits: statedLimits(
          { maxFiles: s.maxFiles(), maxImageMb: 25, maxVideoMb: 200, maxVideoSeconds: 60 },
          this.backend.value ?? rememberedLimits(adapter, 'review'),
        ),
        count: 0,
        label: s.label(),
        disabled: s.disabled(),
        dragging: intake.dragging,
        pick: (camera) => {
          // The dialog opens now (this click's user activation); the uploader loads meanwhile and waits for it to close.
          this.pick(true);
          this.wake();
          intake.pick(camera);
        },
        onPicked: intake.onPicked,
        onDragOver: intake.onDragOver,
        onDragLeave: intake.onDragLeave,
        onDrop: intake.onDrop,
      }),
      root,
    );
  }
}
