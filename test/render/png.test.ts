import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/render/png.js';

/** Pixels of a PNG as the canvas decodes it. */
async function decode(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}

describe('encodePng', () => {
  it('writes the pixels it is given, transparency included, as the canvas encoder does', async () => {
    const canvas = createCanvas(97, 41);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'rgba(192, 57, 43, 0.5)';
    ctx.fillRect(3, 3, 40, 30);
    ctx.fillStyle = '#1F4E79';
    ctx.beginPath();
    ctx.arc(70, 20, 15, 0, Math.PI * 2);
    ctx.fill();
    const pixels = ctx.getImageData(0, 0, 97, 41);
    const ours = await decode(await encodePng(pixels));
    const skia = await decode(new Uint8Array(await canvas.encode('png')));
    expect([ours.width, ours.height]).toEqual([97, 41]);
    expect(Buffer.from(ours.data).equals(Buffer.from(skia.data))).toBe(true);
    // Not blank: half-transparent red and antialiased edges survive.
    expect(ours.data[(10 * 97 + 10) * 4 + 3]).toBe(128);
    expect(new Set(Array.from({ length: 97 * 41 }, (_, i) => ours.data[i * 4 + 3])).size).toBeGreaterThan(3);
  });

  it('gives the same bytes for the same pixels', async () => {
    const data = new Uint8ClampedArray(16 * 8 * 4).map((_, i) => (i * 37) % 256);
    const a = await encodePng({ width: 16, height: 8, data });
    const b = await encodePng({ width: 16, height: 8, data });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a.subarray(1, 4)).toString()).toBe('PNG');
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng({ width: 4, height: 4, data: new Uint8Array(10) })).rejects.toThrow(/10 bytes for 4 x 4/);
  });
});
