/**
 * QR codes (ISO/IEC 18004) for printed pages, so that a notice pinned on a village board leads
 * back to its page. Byte mode, error correction level M (15 % of the symbol may be torn or
 * stained), versions 1–40. Written here rather than taken from a package: the packages tried
 * spent about 2 ms a code choosing the mask, and a large site prints a code on every page.
 */

/** A square of modules, row after row; 1 is dark. */
/* eslint-disable @typescript-eslint/no-non-null-assertion --
 * The loops below index typed arrays and tables whose bounds the QR standard fixes; a check on every
 * access would sit in the hottest loop of a step measured at 0.14 ms a page.
 */
export interface QrMatrix {
  size: number;
  modules: Uint8Array;
}

// Level M, by version (index 0 unused): error correction codewords per block, and blocks.
const ECC_PER_BLOCK = [
  0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
  0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43,
  45, 47, 49,
];
/** Format information bits for level M (00) are the mask number alone. */
const LEVEL_M = 0b00;

const sizeOf = (version: number): number => version * 4 + 17;

/** Modules left for data and error correction once the function patterns are drawn. */
function rawDataModules(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    modules -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) modules -= 36;
  }
  return modules;
}

const dataCodewords = (version: number): number => Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[version]! * BLOCKS[version]!;

/** Centres of the alignment patterns along one axis. */
function alignmentCentres(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const centres = [6];
  for (let at = sizeOf(version) - 7; centres.length < count; at -= step) centres.splice(1, 0, at);
  return centres;
}

// Arithmetic in GF(256) over x^8 + x^4 + x^3 + x^2 + 1, by tables of powers and logarithms.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? ((x << 1) ^ 0x11d) & 0xff : x << 1) {
  EXP[i] = x;
  LOG[x] = i;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
const multiply = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

const generators = new Map<number, Uint8Array>();
/** Coefficients of (x - α⁰)(x - α¹)…(x - α^(degree-1)), highest first without the leading 1. */
function generator(degree: number): Uint8Array {
  let poly = generators.get(degree);
  if (poly) return poly;
  poly = new Uint8Array(degree);
  poly[degree - 1] = 1;
  for (let i = 0, root = 1; i < degree; i++, root = multiply(root, 2)) {
    for (let j = 0; j < degree; j++) {
      poly[j] = multiply(poly[j]!, root) ^ (j + 1 < degree ? poly[j + 1]! : 0);
    }
  }
  generators.set(degree, poly);
  return poly;
}

/** Reed–Solomon error correction codewords of one block. */
function eccOf(data: Uint8Array, degree: number): Uint8Array {
  const poly = generator(degree);
  const remainder = new Uint8Array(degree);
  for (const byte of data) {
    const factor = byte ^ remainder[0]!;
    remainder.copyWithin(0, 1);
    remainder[degree - 1] = 0;
    for (let i = 0; i < degree; i++) remainder[i]! ^= multiply(poly[i]!, factor);
  }
  return remainder;
}

/** The data codewords: mode, length, the bytes, then the terminator and padding the standard asks for. */
function dataCodewordsOf(bytes: Uint8Array, version: number): Uint8Array {
  const capacity = dataCodewords(version);
  const out = new Uint8Array(capacity);
  let bitLength = 0;
  const put = (value: number, bits: number): void => {
    for (let i = bits - 1; i >= 0; i--, bitLength++) {
      if ((value >>> i) & 1) out[bitLength >>> 3]! |= 0x80 >>> (bitLength & 7);
    }
  };
  put(0b0100, 4);
  put(bytes.length, version <= 9 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  put(0, Math.min(4, capacity * 8 - bitLength));
  for (let i = Math.ceil(bitLength / 8), pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
  return out;
}

/** Splits the data into blocks, adds each block's correction and interleaves them as the symbol reads. */
function interleaved(data: Uint8Array, version: number): Uint8Array {
  const blocks = BLOCKS[version]!;
  const eccLength = ECC_PER_BLOCK[version]!;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortData = Math.floor(raw / blocks) - eccLength;
  const dataBlocks: Uint8Array[] = [];
  const eccBlocks: Uint8Array[] = [];
  for (let i = 0, at = 0; i < blocks; i++) {
    const length = shortData + (i < shortBlocks ? 0 : 1);
    const block = data.subarray(at, at + length);
    at += length;
    dataBlocks.push(block);
    eccBlocks.push(eccOf(block, eccLength));
  }
  const out = new Uint8Array(raw);
  let next = 0;
  for (let i = 0; i <= shortData; i++) {
    for (const block of dataBlocks) if (i < block.length) out[next++] = block[i]!;
  }
  for (let i = 0; i < eccLength; i++) for (const block of eccBlocks) out[next++] = block[i]!;
  return out;
}

/** Draws a symbol's fixed patterns; `reserved` marks every module they, the format and the version information take. */
function functionPatterns(version: number): { modules: Uint8Array; reserved: Uint8Array } {
  const size = sizeOf(version);
  const modules = new Uint8Array(wordAligned(size * size));
  const reserved = new Uint8Array(size * size);
  const set = (x: number, y: number, dark: boolean): void => {
    modules[y * size + x] = dark ? 1 : 0;
    reserved[y * size + x] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    // The finder with its light separator ring.
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const ring = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, ring !== 2 && ring !== 4);
      }
    }
  }
  const centres = alignmentCentres(version);
  const last = centres.length - 1;
  centres.forEach((cy, i) => {
    centres.forEach((cx, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    });
  });
  for (const pair of formatModules(size)) for (const at of pair) reserved[at] = 1;
  // The one module beside the bottom-left finder that is always dark.
  set(8, size - 8, true);
  if (version >= 7) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits = (version << 12) | remainder;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }
  return { modules, reserved };
}

/**
 * Where the format information goes: for each of its 15 bits, the module of the copy beside the
 * top-left finder and the module of the copy split between the other two.
 */
function formatModules(size: number): [number, number][] {
  const at = (x: number, y: number): number => y * size + x;
  return Array.from({ length: 15 }, (_, bit) => [
    bit <= 5 ? at(8, bit) : bit <= 7 ? at(8, bit + 1) : bit === 8 ? at(7, 8) : at(14 - bit, 8),
    bit < 8 ? at(size - 1 - bit, 8) : at(8, size - 15 + bit),
  ]);
}

/** Writes both copies of the format information: level M and `mask`. */
function drawFormat(modules: Uint8Array, positions: readonly [number, number][], mask: number): void {
  const data = (LEVEL_M << 3) | mask;
  let remainder = data;
  for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  const bits = ((data << 10) | remainder) ^ 0x5412;
  positions.forEach(([first, second], bit) => {
    modules[first] = modules[second] = (bits >>> bit) & 1;
  });
}

/** What every symbol of one version shares, worked out once: most pages of a site need the same version. */
interface Layout {
  size: number;
  /** The function patterns, with the format information of mask 0. */
  template: Uint8Array;
  /** Where each data bit goes, in the order the symbol is read: a two-column zigzag around the function patterns. */
  dataOrder: Uint32Array;
  /** For each mask, the modules it flips (data modules only), four to a word. */
  masks: Uint32Array[];
  /** The two modules of each format bit, rewritten for each mask tried. */
  format: [number, number][];
}

/** Byte arrays of a symbol's modules are allocated to whole words, so that masks are applied four modules at a time. */
const wordAligned = (length: number): number => Math.ceil(length / 4) * 4;

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

const layouts = new Map<number, Layout>();
function layoutOf(version: number): Layout {
  const known = layouts.get(version);
  if (known) return known;
  const size = sizeOf(version);
  const { modules, reserved } = functionPatterns(version);
  const order: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < size; step++) {
      const y = upward ? size - 1 - step : step;
      for (let x = right; x >= right - 1; x--) if (!reserved[y * size + x]) order.push(y * size + x);
    }
  }
  const masks = MASKS.map((flips) => {
    const mask = new Uint8Array(wordAligned(size * size));
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) mask[y * size + x] = !reserved[y * size + x] && flips(x, y) ? 1 : 0;
    return new Uint32Array(mask.buffer);
  });
  const layout = { size, template: modules, dataOrder: Uint32Array.from(order), masks, format: formatModules(size) };
  layouts.set(version, layout);
  return layout;
}

/** 1:1:3:1:1 dark-light-dark-light-dark, as in a finder, with four light modules on one side. */
const FINDER_LIKE_BEFORE = 0b10111010000;
const FINDER_LIKE_AFTER = 0b00001011101;

/**
 * Penalty of one line (a row, or a column when `step` is the size): runs of five or more of one
 * colour, and shapes a reader could take for a finder, the modules outside counting as light.
 * Written without branches on the modules: a symbol's modules look random, and mispredicted
 * branches made this twice as slow.
 */
function linePenalty(modules: Uint8Array, start: number, step: number, size: number): number {
  let score = 0;
  let run = 0;
  let previous = 2;
  let window = 0;
  let finders = 0;
  for (let i = 0, at = start; i < size; i++, at += step) {
    const module = modules[at]!;
    const same = +(module === previous);
    score += (1 - same) * (run >= 5 ? run - 2 : 0);
    run = run * same + 1;
    previous = module;
    window = ((window << 1) | module) & 0x7ff;
    finders += +(window === FINDER_LIKE_BEFORE) + +(window === FINDER_LIKE_AFTER);
  }
  if (run >= 5) score += run - 2;
  for (let i = 0; i < 4; i++) {
    window = (window << 1) & 0x7ff;
    finders += +(window === FINDER_LIKE_BEFORE);
  }
  return score + finders * 40;
}

/**
 * How hard the symbol is to read, by the standard's four penalty rules; the mask with the least
 * is used. Stops counting once past `enough`, the score of the best mask so far.
 */
function penalty(modules: Uint8Array, size: number, enough: number): number {
  let score = 0;
  for (let line = 0; line < size && score < enough; line++)
    score += linePenalty(modules, line * size, 1, size) + linePenalty(modules, line, size, size);
  if (score >= enough) return score;
  // 2×2 blocks of one colour: a column of two modules, read as 0–3, equal to the one on its left and all one colour.
  let blocks = 0;
  let dark = 0;
  for (let y = 0; y < size - 1; y++) {
    const row = y * size;
    let left = -1;
    for (let x = 0; x < size; x++) {
      const top = modules[row + x]!;
      dark += top;
      const pair = top + 2 * modules[row + size + x]!;
      blocks += +(pair === left) & (+(pair === 0) | +(pair === 3));
      left = pair;
    }
  }
  for (let x = 0; x < size; x++) dark += modules[(size - 1) * size + x]!;
  const total = size * size;
  return score + blocks * 3 + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** The smallest version whose level-M symbol holds `length` bytes; undefined past version 40 (2,331 bytes). */
export function versionFor(length: number): number | undefined {
  for (let version = 1; version <= 40; version++) {
    const countBits = version <= 9 ? 8 : 16;
    if (4 + countBits + length * 8 <= dataCodewords(version) * 8) return version;
  }
  return undefined;
}

/** The QR code of `text` (UTF-8, byte mode, level M) with the mask that reads best. */
export function qrEncode(text: string): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const version = versionFor(bytes.length);
  if (version === undefined) throw new RangeError(`Too long for a QR code: ${bytes.length} bytes`);
  const { size, template, dataOrder, masks, format } = layoutOf(version);
  const unmasked = template.slice();
  const codewords = interleaved(dataCodewordsOf(bytes, version), version);
  // Bits past the last codeword (the remainder bits) stay light.
  const bits = Math.min(dataOrder.length, codewords.length * 8);
  for (let bit = 0; bit < bits; bit++) unmasked[dataOrder[bit]!] = (codewords[bit >>> 3]! >>> (7 - (bit & 7))) & 1;
  const unmaskedWords = new Uint32Array(unmasked.buffer);
  const candidate = new Uint8Array(unmasked.length);
  const candidateWords = new Uint32Array(candidate.buffer);
  let best = candidate;
  let bestScore = Infinity;
  for (let number = 0; number < masks.length; number++) {
    const mask = masks[number]!;
    for (let i = 0; i < candidateWords.length; i++) candidateWords[i] = unmaskedWords[i]! ^ mask[i]!;
    drawFormat(candidate, format, number);
    const score = penalty(candidate, size, bestScore);
    if (score < bestScore) {
      best = candidate.slice(0, size * size);
      bestScore = score;
    }
  }
  return { size, modules: best };
}

/** The light margin the standard asks around a symbol, in modules. */
export const QUIET_ZONE = 4;

/**
 * An SVG path drawing the dark modules as one-module-high strokes, a row's runs joined by relative
 * moves: about half the bytes of a square per module. Coordinates include the quiet zone.
 */
export function qrPath({ size, modules }: QrMatrix): string {
  let path = '';
  for (let y = 0; y < size; y++) {
    let penX = -1;
    for (let x = 0; x < size;) {
      if (!modules[y * size + x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < size && modules[y * size + end]) end++;
      path += penX < 0 ? `M${x + QUIET_ZONE} ${y + QUIET_ZONE}.5h${end - x}` : `m${x - penX} 0h${end - x}`;
      penX = end;
      x = end;
    }
  }
  return path;
}
