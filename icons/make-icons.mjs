// Draws Sada's toolbar icons: a speech bubble with an echo (صدى) rippling out
// of a dot. Pure node (no browser): the shapes are geometric tests in a
// 32×32 design space, rasterised with 8×8 supersampling and written as PNGs
// with zlib. `node icons/make-icons.mjs` rewrites icons/icon-*.png.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [16, 32, 48, 128];
const VARIANTS = {
  // Normal: deep teal bubble, white echo.
  '': { bubble: [13, 122, 111], echo: [255, 255, 255] },
  // Switched off: grey bubble, lighter echo; distinct at a glance in the toolbar.
  '-off': { bubble: [128, 133, 140], echo: [232, 234, 237] },
};

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

// The bubble: a rounded body with a tail at the lower right (the reader's
// side in a right-to-left layout).
const inBubble = (x, y) =>
  insideRoundedRect(x, y, 1.5, 2.5, 30.5, 24, 7) || insideTriangle(x, y, [19, 22], [27, 22], [27.5, 30.5]);

// The echo: a dot and two arcs opening to the left, as a voice travels.
const ECHO_CENTER = [21.5, 13.25];
function inEcho(x, y) {
  const dx = x - ECHO_CENTER[0];
  const dy = y - ECHO_CENTER[1];
  const r = Math.hypot(dx, dy);
  if (r <= 2.6) return true;
  const angle = Math.abs(Math.atan2(dy, -dx)); // 0 = pointing left
  if (angle > (52 * Math.PI) / 180) return false;
  return (r >= 5.6 && r <= 8.1) || (r >= 10.6 && r <= 13.1);
}

function render(size, colors) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 32) / size;
          const y = ((py + (sy + 0.5) / samples) * 32) / size;
          if (!inBubble(x, y)) continue;
          const c = inEcho(x, y) ? colors.echo : colors.bubble;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [suffix, colors] of Object.entries(VARIANTS)) {
  for (const size of SIZES) {
    const file = join(here, `icon${suffix}-${size}.png`);
    writeFileSync(file, png(size, render(size, colors)));
  }
}
console.log(`wrote ${SIZES.length * Object.keys(VARIANTS).length} icons to ${here}`);
