// Draws the extension's icon (images/icon.png, 256×256): a page of text on a
// dark tile, one line marked with a linter's red squiggle. Plain code, no
// image library: shapes are sampled 4×4 per pixel for smooth edges, and the
// PNG is written with zlib. Run `node scripts/make-icon.mjs` to redraw it;
// the PNG is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4;

const TILE = [31, 42, 54];
const PAGE = [250, 248, 242];
const FOLD = [214, 208, 196];
const TEXT = [120, 128, 140];
const HEAD = [40, 48, 60];
const SQUIGGLE = [226, 58, 52];

/** Inside a rounded rectangle. */
function inRounded(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const PAGE_BOX = { left: 56, top: 36, right: 200, bottom: 220 };
const FOLD_SIZE = 34;

/** The colour at a point (x, y in pixels, fractional), or undefined for transparent. */
function colourAt(x, y) {
  if (!inRounded(x, y, 8, 8, 248, 248, 44)) return undefined;
  const { left, top, right, bottom } = PAGE_BOX;
  const inPage =
    x >= left &&
    x <= right &&
    y >= top &&
    y <= bottom &&
    !(x > right - FOLD_SIZE && y < top + FOLD_SIZE && x - (right - FOLD_SIZE) > y - top);
  if (!inPage) return TILE;
  // The folded corner: a triangle below the cut.
  if (x > right - FOLD_SIZE && y < top + FOLD_SIZE) return FOLD;
  // The headline, then lines of text; the third line carries the squiggle.
  if (inRounded(x, y, 74, 58, 168, 72, 7)) return HEAD;
  const lines = [182, 170, 150, 182, 128];
  for (let i = 0; i < lines.length; i++) {
    const y0 = 90 + i * 24;
    if (inRounded(x, y, 74, y0, lines[i], y0 + 7, 3.5)) return TEXT;
  }
  // The squiggle under the third line (y0 = 138): a sine wave, 5 px thick.
  const wave = 154 + 3.5 * Math.sin(((x - 74) / 10) * Math.PI);
  if (x >= 72 && x <= 152 && Math.abs(y - wave) <= 2.4) return SQUIGGLE;
  return PAGE;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const at = (py * SIZE + px) * 4;
      if (sum[3] > 0) {
        rgba[at] = Math.round(sum[0] / sum[3]);
        rgba[at + 1] = Math.round(sum[1] / sum[3]);
        rgba[at + 2] = Math.round(sum[2] / sum[3]);
      }
      rgba[at + 3] = Math.round((255 * sum[3]) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png(SIZE, SIZE, render()));
console.log(`wrote ${out}`);
