import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROSE_LABELS } from '../../src/messages/prose-labels';
import { digestOf, readSourceFile, readSourceText } from '../../src/check/source-text';
import { renderersFor, renderToFile } from '../../src/check/prose-pool';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-text-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function written(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const composed = 'Tiếp công dân';
// Unikey's "Unicode tổ hợp": each letter and its tone marks as separate characters.
const decomposed = composed.normalize('NFD');

describe('readSourceText', () => {
  it.each([
    ['decomposed (NFD)', `field: "${decomposed}"\n`],
    ['decomposed, after a byte-order mark', `\uFEFFfield: "${decomposed}"\n`],
  ])('reads text written %s as composed', (_, text) => {
    expect(readSourceText(written('a.yaml', text))).toBe(`field: "${composed}"\n`);
  });
});

describe('readSourceFile', () => {
  it('gives no undecodable line for a UTF-8 file', () => {
    expect(readSourceFile(written('utf8.mdx', `---\ntitle: "${composed}"\n---\n`))).toEqual({ text: `---\ntitle: "${composed}"\n---\n` });
  });

  it.each([
    [
      'the Windows-1258 fixture',
      fs.readFileSync(path.resolve(__dirname, '../fixtures/windows-1258/noi-quy.mdx')),
      2,
      /^title: "N\uFFFD+i quy/,
    ],
    ['a bad last line without a newline', Buffer.from('a\nb\n\xff', 'latin1'), 3, /^\uFFFD$/],
    [
      'a UTF-8 sequence cut short',
      Buffer.concat([Buffer.from('a\r\nTi'), Buffer.from([0xe1, 0xba]), Buffer.from('p\r\n')]),
      2,
      /^Ti\uFFFDp$/,
    ],
  ])('names the first line that is not UTF-8 in %s', (_, bytes, line, text) => {
    const read = readSourceFile(written('ansi.mdx', bytes));
    expect(read.undecodable?.line).toBe(line);
    expect(read.undecodable?.text).toMatch(text);
  });
});

it('gives the prose render the composed text: its HTML and its digest', () => {
  const file = written('nfd.mdx', `---\ntitle: "${decomposed}"\n---\n\n${decomposed}.\n`);
  const result = renderToFile(renderersFor(PROSE_LABELS), { file, htmlFile: path.join(dir, 'nfd.html') });
  expect(result).toMatchObject({ ok: true, digest: digestOf(fs.readFileSync(file, 'utf8').normalize('NFC')) });
  expect(fs.readFileSync(path.join(dir, 'nfd.html'), 'utf8')).toBe(`<p>${composed}.</p>`);
});
