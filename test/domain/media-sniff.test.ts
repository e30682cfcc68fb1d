import { describe, expect, it } from 'vitest';
import { SNIFF_BYTES, sniffMedia } from '../../src/domain/media-sniff.js';
import { crafted, ftyp, makeJpeg, makePng, truncatedJpeg } from '../fixtures/media.js';

const head = async (file: Blob) => new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('sniffMedia: accepted types by their first bytes', () => {
  it('recognises real JPEG and PNG files made by the browser', async () => {
    expect(sniffMedia(await makeJpeg(8, 8))).toEqual({ ok: true, mime: 'image/jpeg', kind: 'image' });
    expect(sniffMedia(await makePng(8, 8))).toEqual({ ok: true, mime: 'image/png', kind: 'image' });
  });

  it('recognises GIF, WebP and WebM signatures', () => {
    expect(sniffMedia(bytes('GIF89a', 1, 0, 1, 0))).toMatchObject({ ok: true, mime: 'image/gif' });
    expect(sniffMedia(bytes('GIF87a', 1, 0))).toMatchObject({ ok: true, mime: 'image/gif' });
    expect(sniffMedia(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).toMatchObject({ ok: true, mime: 'image/webp' });
    expect(sniffMedia(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0x82, 0x84, 'webm'))).toEqual({
      ok: true,
      mime: 'video/webm',
      kind: 'video',
    });
  });

  it('tells HEIC, HEIF, MP4 and MOV apart by their ftyp brands', () => {
    expect(sniffMedia(ftyp('heic', 'mif1', 'heic'))).toEqual({ ok: true, mime: 'image/heic', kind: 'image' });
    expect(sniffMedia(ftyp('mif1', 'mif1', 'heic'))).toMatchObject({ mime: 'image/heic' });
    expect(sniffMedia(ftyp('mif1', 'mif1', 'miaf'))).toMatchObject({ mime: 'image/heif' });
    expect(sniffMedia(ftyp('isom', 'isom', 'avc1', 'mp41'))).toEqual({ ok: true, mime: 'video/mp4', kind: 'video' });
    expect(sniffMedia(ftyp('mp42', 'mp42', 'isom'))).toMatchObject({ mime: 'video/mp4' });
    expect(sniffMedia(ftyp('qt  ', 'qt  '))).toEqual({ ok: true, mime: 'video/quicktime', kind: 'video' });
    expect(sniffMedia(bytes(0, 0, 0, 8, 'wide', 0, 0, 0, 8, 'mdat'))).toMatchObject({ mime: 'video/quicktime' });
  });
});

describe('sniffMedia: refusals, whatever the name or declared type says', () => {
  it('refuses a renamed Windows executable', async () => {
    const file = crafted.renamedExe();
    expect(file.name).toBe('holiday.jpg');
    expect(sniffMedia(await head(file))).toEqual({ ok: false, reason: 'executable' });
    expect(sniffMedia(bytes(0x7f, 'ELF', 2, 1, 1))).toEqual({ ok: false, reason: 'executable' });
    expect(sniffMedia(bytes('#!/bin/sh\n'))).toEqual({ ok: false, reason: 'executable' });
  });

  it('refuses SVG with a script, plain SVG, and SVG behind an XML prolog or comment', async () => {
    expect(sniffMedia(await head(crafted.svgWithScript()))).toEqual({ ok: false, reason: 'svg' });
    expect(sniffMedia(await head(crafted.svgPlain()))).toEqual({ ok: false, reason: 'svg' });
    expect(sniffMedia(bytes('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">'))).toEqual({ ok: false, reason: 'svg' });
  });

  it('refuses HTML, with or without a doctype or BOM', async () => {
    expect(sniffMedia(await head(crafted.html()))).toEqual({ ok: false, reason: 'html' });
    expect(sniffMedia(await head(crafted.htmlScript()))).toEqual({ ok: false, reason: 'html' });
    expect(sniffMedia(bytes('  <HTML><body>'))).toEqual({ ok: false, reason: 'html' });
  });

  it('refuses unknown bytes, empty files and non-WebM Matroska or unknown ISO brands', async () => {
    expect(sniffMedia(await head(crafted.random()))).toEqual({ ok: false, reason: 'unknown' });
    expect(sniffMedia(await head(crafted.empty()))).toEqual({ ok: false, reason: 'empty' });
    expect(sniffMedia(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0x82, 0x88, 'matroska'))).toEqual({
      ok: false,
      reason: 'unknown',
    });
    expect(sniffMedia(ftyp('avif', 'avif', 'mif1').map((b, i) => (i >= 16 && i < 24 ? 0x20 : b)))).toMatchObject({ ok: false });
    expect(sniffMedia(bytes('%PDF-1.7'))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('lets a truncated JPEG pass the sniff (its bytes start right); decoding refuses it later', async () => {
    expect(sniffMedia(await head(await truncatedJpeg()))).toMatchObject({ ok: true, mime: 'image/jpeg' });
  });
});
