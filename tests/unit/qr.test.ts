import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrEncode, qrPath, QUIET_ZONE, versionFor, type QrMatrix } from '../../src/lib/qr';

const PIXELS_PER_MODULE = 4;

/** The symbol as an RGBA image, black on white with its quiet zone, for a reader to scan. */
function toImage({ size, modules }: QrMatrix): { data: Uint8ClampedArray; width: number } {
  const width = (size + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const mx = Math.floor(x / PIXELS_PER_MODULE) - QUIET_ZONE;
      const my = Math.floor(y / PIXELS_PER_MODULE) - QUIET_ZONE;
      if (mx >= 0 && my >= 0 && mx < size && my < size && modules[my * size + mx])
        data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width };
}

const scan = (matrix: QrMatrix): string | undefined => {
  const { data, width } = toImage(matrix);
  return jsQR(data, width, width, { inversionAttempts: 'dontInvert' })?.data;
};

/** Text of `length` bytes that looks like a page address. */
const addressOf = (length: number): string => `https://x.vn/${'van-ban/2023-ke-hoach-'.repeat(200)}`.slice(0, length);

describe('qrEncode', () => {
  // Byte capacities at level M (ISO/IEC 18004, table 7): the last length of each version.
  it.each([
    [1, 14, 21],
    [2, 26, 25],
    [5, 84, 37],
    [7, 122, 45],
    [9, 180, 53],
    [10, 213, 57],
    [14, 362, 73],
    [20, 666, 97],
    [27, 1125, 125],
    [40, 2331, 177],
  ])('fills version %i with %i bytes (%i modules a side), and a reader gets the text back', (version, length, size) => {
    expect(versionFor(length)).toBe(version);
    expect(versionFor(length + 1)).toBe(version === 40 ? undefined : version + 1);
    const text = addressOf(length);
    const matrix = qrEncode(text);
    expect(matrix.size).toBe(size);
    expect(scan(matrix)).toBe(text);
  });

  it('carries a Vietnamese address as UTF-8', () => {
    const text = 'https://dakdoa.gialai.gov.vn/tìm-kiếm/?q=tiếp công dân';
    expect(scan(qrEncode(text))).toBe(text);
  });

  it('is still read with a block of modules torn off, since it carries error correction', () => {
    const text = 'https://thitrandakdoa.gialai.gov.vn/van-ban/2023-ke-hoach-dan-van-chinh-quyen/';
    const { size, modules } = qrEncode(text);
    const torn = modules.slice();
    // A 4×4 stain at the right edge, below the finder: data modules, a few codewords of the 134 in this version.
    for (let y = 9; y < 13; y++) for (let x = size - 4; x < size; x++) torn[y * size + x] = 1 - torn[y * size + x]!;
    expect(scan({ size, modules: torn })).toBe(text);
  });

  it('refuses text no QR code can hold', () => {
    expect(() => qrEncode('x'.repeat(2332))).toThrow(RangeError);
  });

  it('gives the same symbol for the same text', () => {
    const text = 'https://x.vn/lich-tiep-cong-dan/';
    expect(qrEncode(text)).toEqual(qrEncode(text));
  });
});

describe('qrPath', () => {
  /** Reads the path back: each `M x y.5` or `m dx 0` then `h w` paints w modules of row y. */
  function modulesOfPath(path: string, size: number): Uint8Array {
    const modules = new Uint8Array(size * size);
    let x = 0;
    let y = 0;
    for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      if (command === 'M') [x, y] = [Number(a) - QUIET_ZONE, Number(b) - 0.5 - QUIET_ZONE];
      else if (command === 'm') x += Number(a);
      else {
        modules.fill(1, y * size + x, y * size + x + Number(a));
        x += Number(a);
      }
    }
    return modules;
  }

  it('draws exactly the dark modules, inside the quiet zone', () => {
    const matrix = qrEncode('https://thitrandakdoa.gialai.gov.vn/lay-y-kien/');
    const path = qrPath(matrix);
    expect(path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}.5h7`)).toBe(true);
    expect(modulesOfPath(path, matrix.size)).toEqual(matrix.modules);
  });
});
