/**
 * Turning a photo into the uploaded image: decode with its EXIF orientation applied,
 * downscale to a long edge, re-encode. Re-encoding writes fresh pixels only, so EXIF
 * (GPS included), XMP and maker notes never leave the device.
 *
 * Runs in a Worker with OffscreenCanvas where the browser has both (the worker is built
 * from this module's own function, so it needs no extra file and no bundler support);
 * otherwise, or when a Content-Security-Policy forbids `blob:` workers, on the main thread.
 * Loaded on demand: its own chunk. Under Trusted Types the worker URL passes the `returnless`
 * policy; a strict CSP must allow `worker-src blob:` (else the main thread is used).
 */

import { workerScriptUrl } from '../../core/trusted-types.js';

export interface EncodeRequest {
  blob: Blob;
  maxEdge: number;
  /** `image/jpeg` or `image/webp`. */
  type: string;
  quality: number;
}

export interface EncodeResult {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * The whole pipeline as one self-contained function: it is also the worker's source, so it
 * must not use anything from outside its own body.
 */
async function encode(request: EncodeRequest): Promise<EncodeResult> {
  const bitmap = await createImageBitmap(request.blob, { imageOrientation: 'from-image' });
  const scale = Math.min(1, request.maxEdge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const offscreen = typeof OffscreenCanvas === 'function';
  const canvasOf = (w: number, h: number): OffscreenCanvas | HTMLCanvasElement => {
    const c = offscreen ? new OffscreenCanvas(w, h) : document.createElement('canvas');
    c.width = w;
    c.height = h;
    return c;
  };
  // Halve with bilinear filtering while more than 2× too large (each halving averages 2×2
  // pixels: a cheap, alias-free box filter), then one bilinear step to the exact size.
  // Close to 'high' smoothing in quality, at a fraction of its cost on 12 MP photos.
  let source: ImageBitmap | OffscreenCanvas | HTMLCanvasElement = bitmap;
  let sw = bitmap.width;
  let sh = bitmap.height;
  while (sw / 2 >= width && sh / 2 >= height && (sw > 2 * width || sh > 2 * height)) {
    const half = canvasOf(Math.round(sw / 2), Math.round(sh / 2));
    (half.getContext('2d') as CanvasRenderingContext2D).drawImage(source as CanvasImageSource, 0, 0, half.width, half.height);
    if (source !== bitmap) (source as OffscreenCanvas).width = 0; // free the previous step now
    source = half;
    sw = half.width;
    sh = half.height;
  }
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  if (request.type === 'image/jpeg') {
    // JPEG has no transparency: put transparent pixels on white, not black.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(source as CanvasImageSource, 0, 0, width, height);
  bitmap.close();
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: request.type, quality: request.quality })
      : await new Promise<Blob>((resolve, reject) =>
          (canvas as HTMLCanvasElement).toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), request.type, request.quality),
        );
  return { blob, width, height };
}

const WORKER_SOURCE = `const encode = ${encode.toString()};
onmessage = (e) => encode(e.data).then((r) => postMessage({ ok: true, r }), (x) => postMessage({ ok: false, e: String(x) }));`;

let workerUrl: string | undefined;

/** Whether this browser can do the work off the main thread. */
export function canUseWorker(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof URL.createObjectURL === 'function';
}

/** Decodes, orients, downscales and re-encodes; in a worker when possible. Rejects when the image cannot be decoded. */
export async function encodeImage(request: EncodeRequest, options: { worker?: boolean; signal?: AbortSignal } = {}): Promise<EncodeResult> {
  if (options.worker !== false && canUseWorker()) {
    try {
      return await inWorker(request, options.signal);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return encode(request);
}

class WorkerUnavailable extends Error {}

function inWorker(request: EncodeRequest, signal?: AbortSignal): Promise<EncodeResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      workerUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
      worker = new Worker(workerScriptUrl(workerUrl)); // Trusted Types: the `returnless` policy
    } catch {
      return reject(new WorkerUnavailable());
    }
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => (done(), reject(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<{ ok: boolean; r: EncodeResult; e: string }>) => {
      done();
      if (e.data.ok) resolve(e.data.r);
      else reject(new Error(e.data.e));
    };
    // A worker that cannot start (CSP without `worker-src blob:`) reports an error event: fall back.
    worker.onerror = (e) => (e.preventDefault(), done(), reject(new WorkerUnavailable()));
    worker.postMessage(request);
  });
}
