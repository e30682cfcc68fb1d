/**
 * Tiny image encoders for the seed and the tests: PNG (zlib) and a baseline JPEG that
 * stores one flat colour per 8×8 block (DC coefficients only). No native dependencies and
 * no binary files in the repository: every demo photo is drawn at seed time.
 */
/// <reference types="node" />
import { crc32, deflateSync } from 'node:zlib';

export type Pixel = [r: number, g: number, b: number];
export type Painter = (x: number, y: number) => Pixel;

/** A soft two-colour gradient with a round "product" in the middle; `seed` varies it. */
export function productPainter(width: number, height: number, seed: number): Painter {
  const hue = (seed * 47) % 360;
  const [r1, g1, b1] = hsl(hue, 0.45, 0.88);
  const [r2, g2, b2] = hsl((hue + 40) % 360, 0.5, 0.72);
  const [r3, g3, b3] = hsl((hue + 180) % 360, 0.55, 0.42);
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width, height) * (0.25 + (seed % 3) * 0.05);
  return (x, y) => {
    const t = y / height;
    const bg: Pixel = [mix(r1, r2, t), mix(g1, g2, t), mix(b1, b2, t)];
    // Coverage of the disc's edge over about one pixel, so the outline is smooth.
    const edge = Math.min(1, Math.max(0, radius - Math.hypot(x + 0.5 - cx, y + 0.5 - cy) + 0.5));
    return edge === 0 ? bg : [mix(bg[0], r3, edge), mix(bg[1], g3, edge), mix(bg[2], b3, edge)];
  };
}

function mix(a: number, b: number, t: number): number {
  return Math.round(a + (b - a) * t);
}

function hsl(h: number, s: number, l: number): Pixel {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
  return [f(0), f(8), f(4)];
}

// ---------------------------------------------------------------- PNG

export function encodePng(width: number, height: number, paint: Painter, extraChunks: { type: string; data: Uint8Array }[] = []): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extraChunks.map((c) => pngChunk(c.type, c.data)),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

// ---------------------------------------------------------------- JPEG (baseline, DC only)

/** Standard luminance DC table (ITU T.81 K.3). */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** A minimal AC table: EOB (0x00) = `00`, 0x01 = `01` (never used, keeps the table valid). */
const AC_BITS = [0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_VALS = [0x00, 0x01];

function huffCodes(bits: number[], vals: number[]): Map<number, { code: number; length: number }> {
  const out = new Map<number, { code: number; length: number }>();
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < bits[length - 1]!; i++) out.set(vals[k++]!, { code: code++, length });
    code <<= 1;
  }
  return out;
}

class BitWriter {
  private bytes: number[] = [];
  private acc = 0;
  private count = 0;
  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }
  private flushByte(): void {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0);
    this.acc = 0;
    this.count = 0;
  }
  finish(): Buffer {
    while (this.count !== 0) this.write(1, 1);
    return Buffer.from(this.bytes);
  }
}

function segment(marker: number, data: Uint8Array): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/**
 * A baseline JPEG (dimensions rounded up to whole 8×8 blocks). `app` segments are inserted
 * after APP0, so tests can add an EXIF block with GPS tags.
 */
export function encodeJpeg(width: number, height: number, paint: Painter, app: { marker: number; data: Uint8Array }[] = []): Buffer {
  const bw = Math.ceil(width / 8);
  const bh = Math.ceil(height / 8);
  const dc = huffCodes(DC_BITS, DC_VALS);
  const eob = huffCodes(AC_BITS, AC_VALS).get(0)!;
  const bits = new BitWriter();
  const prev = [0, 0, 0];
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      const sums: [number, number, number] = [0, 0, 0];
      for (let y = 0; y < 8; y++) {
        for (let x = 0; x < 8; x++) {
          const [r, g, b] = paint(Math.min(width - 1, bx * 8 + x), Math.min(height - 1, by * 8 + y));
          sums[0] += 0.299 * r + 0.587 * g + 0.114 * b;
          sums[1] += -0.168736 * r - 0.331264 * g + 0.5 * b + 128;
          sums[2] += 0.5 * r - 0.418688 * g - 0.081312 * b + 128;
        }
      }
      for (let c = 0; c < 3; c++) {
        // F(0,0) = sum(p - 128) / 8 with a quantiser of 1.
        const value = Math.round((sums[c]! - 128 * 64) / 8);
        const diff = value - prev[c]!;
        prev[c] = value;
        const size = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
        const code = dc.get(size)!;
        bits.write(code.code, code.length);
        if (size) bits.write(diff > 0 ? diff : diff + (1 << size) - 1, size);
        bits.write(eob.code, eob.length);
      }
    }
  }
  const sof = Buffer.alloc(15);
  sof[0] = 8;
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof[5] = 3;
  sof.set([1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0], 6);
  const dht = (cls: number, b: number[], v: number[]) => Buffer.from([cls, ...b, ...v]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...app.map((s) => segment(s.marker, s.data)),
    segment(0xdb, Buffer.from([0, ...new Array<number>(64).fill(1)])),
    segment(0xc0, sof),
    segment(0xc4, Buffer.concat([dht(0x00, DC_BITS, DC_VALS), dht(0x10, AC_BITS, AC_VALS)])),
    segment(0xda, Buffer.from([3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0])),
    bits.finish(),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/**
 * An EXIF APP1 payload holding a GPS IFD (latitude/longitude), as a phone would write it.
 * Used by the tests to prove the server strips it.
 */
export function exifWithGps(lat: number, lon: number): Buffer {
  // Little-endian TIFF: IFD0 with one entry (GPS IFD pointer), then the GPS IFD with 4 entries.
  const b = Buffer.alloc(200);
  let o = 0;
  b.write('Exif\0\0', o, 'latin1');
  o += 6;
  const t = o; // TIFF start
  b.write('II', t, 'latin1');
  b.writeUInt16LE(42, t + 2);
  b.writeUInt32LE(8, t + 4);
  // IFD0 at 8: 1 entry
  b.writeUInt16LE(1, t + 8);
  b.writeUInt16LE(0x8825, t + 10); // GPSInfo
  b.writeUInt16LE(4, t + 12); // LONG
  b.writeUInt32LE(1, t + 14);
  b.writeUInt32LE(26, t + 18); // GPS IFD offset
  b.writeUInt32LE(0, t + 22); // next IFD
  // GPS IFD at 26: 4 entries (2 + 4*12 + 4 = 54 bytes) → data at 80
  const g = t + 26;
  b.writeUInt16LE(4, g);
  const entry = (i: number, tag: number, type: number, count: number, value: number | string) => {
    const e = g + 2 + i * 12;
    b.writeUInt16LE(tag, e);
    b.writeUInt16LE(type, e + 2);
    b.writeUInt32LE(count, e + 4);
    if (typeof value === 'string') b.write(value, e + 8, 'latin1');
    else b.writeUInt32LE(value, e + 8);
  };
  const rational3 = (at: number, v: number) => {
    const deg = Math.floor(v);
    const min = Math.floor((v - deg) * 60);
    const sec = Math.round(((v - deg) * 60 - min) * 60 * 100);
    [deg, 1, min, 1, sec, 100].forEach((n, i) => b.writeUInt32LE(n, t + at + i * 4));
  };
  entry(0, 0x0001, 2, 2, lat >= 0 ? 'N\0' : 'S\0');
  entry(1, 0x0002, 5, 3, 80);
  entry(2, 0x0003, 2, 2, lon >= 0 ? 'E\0' : 'W\0');
  entry(3, 0x0004, 5, 3, 104);
  b.writeUInt32LE(0, g + 2 + 4 * 12);
  rational3(80, Math.abs(lat));
  rational3(104, Math.abs(lon));
  return b.subarray(0, t + 128);
}
