/**
 * Every way a file arrives besides the add button's dialog: the hidden file inputs, drag and
 * drop on the dropzone, and paste anywhere in the uploader. Hands the files to `add`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The uploader, or the element drawing its face before it is loaded (`<rl-review-form>`'s stand-in). */
export type IntakeHost = Pick<ReactiveControllerHost, 'addController' | 'requestUpdate'> &
  Pick<HTMLElement, 'shadowRoot' | 'addEventListener' | 'removeEventListener'>;

export class FileIntake implements ReactiveController {
  /** A file is being dragged over the dropzone. */
  dragging = false;

  constructor(
    private readonly host: IntakeHost,
    private readonly add: (files: File[]) => void,
    private readonly disabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('paste', this.onPaste);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('paste', this.onPaste);
  }

  /** Opens the file dialog (or the camera). */
  pick(camera: boolean): void {
    this.host.shadowRoot?.querySelector<HTMLInputElement>(camera ? '.file.camera' : '.file:not(.camera)')?.click();
  }

  readonly onPicked = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    this.add(files);
  };

  readonly onDragOver = (event: DragEvent): void => {
    if (this.disabled() || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  readonly onDragLeave = (): void => {
    this.setDragging(false);
  };

  readonly onDrop = (event: DragEvent): void => {
    this.setDragging(false);
    if (this.disabled()) return;
    event.preventDefault();
    this.add([...(event.dataTransfer?.files ?? [])]);
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || this.disabled()) return;
    event.preventDefault();
    this.add(files);
  };

  private setDragging(on: boolean): void {
    if (this.dragging === on) return;
    this.dragging = on;
    this.host.requestUpdate();
  }
}
