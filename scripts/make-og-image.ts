/**
 * Draws the default link-preview image (public/og-default.png, 1200×630) and the publisher logo
 * (public/logo.png, 512×512): the OKPay check mark on the brand colour. Pure Node, no image
 * library, so it runs anywhere the site builds. Run: `npm run make:images`.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const brand: Rgb = [0x0b, 0x5c, 0xad];
const white: Rgb = [0xff, 0xff, 0xff];

/** Distance from point p to segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The mark of the favicon (a 32-unit rounded square with a check) at `size` px, centred at cx, cy. */
function draw(width: number, height: number, size: number): Buffer {
  const rows: Buffer[] = [];
  const scale = size / 32;
  const left = (width - size) / 2;
  const top = (height - size) / 2;
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const u = (x + 0.5 - left) / scale;
      const v = (y + 0.5 - top) / scale;
      // Rounded square (radius 8 units), white, with the check drawn in brand colour.
      const qx = Math.max(Math.abs(u - 16) - 8, 0);
      const qy = Math.max(Math.abs(v - 16) - 8, 0);
      const inSquare = u >= 0 && u <= 32 && v >= 0 && v <= 32 && Math.hypot(qx, qy) <= 8;
      const onCheck = Math.min(segmentDistance(u, v, 9, 16.5, 14, 21), segmentDistance(u, v, 14, 21, 23, 11)) <= 1.5;
      const colour = inSquare && !onCheck ? white : brand;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function png(width: number, height: number, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(draw(width, height, size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const publicDir = new URL('../public/', import.meta.url);
writeFileSync(new URL('og-default.png', publicDir), png(1200, 630, 300));
writeFileSync(new URL('logo.png', publicDir), png(512, 512, 400));
console.log('Wrote public/og-default.png (1200×630) and public/logo.png (512×512).');
