import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFile } from '../../src/check';
import { fileType, formatBytes } from '../../src/messages/files';

describe('formatBytes', () => {
  it.each([
    [0, '0 byte'],
    [850, '850 byte'],
    [1023, '1023 byte'],
    [1024, '1 KB'],
    [1536, '1,5 KB'],
    [25088, '24,5 KB'],
    [25100, '24,5 KB'],
    [1024 * 1024, '1 MB'],
    [1258291, '1,2 MB'],
    [15 * 1024 * 1024, '15 MB'],
    [1500 * 1024 * 1024, '1.500 MB'],
  ])('writes %i bytes as "%s", with the Vietnamese decimal comma', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('describeFile', () => {
  let dir: string;
  const file = (name: string): string => path.join(dir, name);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minh-bach-xa-files-'));
    fs.writeFileSync(file('abc.pdf'), 'abc');
    fs.writeFileSync(file('trong.DOCX'), '');
    fs.writeFileSync(file('bang.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    fs.writeFileSync(file('anh.jpeg'), 'x');
    fs.writeFileSync(file('ghi-chu.txt'), 'Tiếp công dân');
    fs.writeFileSync(file('khong-duoi'), 'x');
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the size, SHA-256 and type of a file', () => {
    expect(describeFile(file('abc.pdf'))).toEqual({
      path: file('abc.pdf'),
      bytes: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    expect(fileType('abc.pdf')).toBe('PDF');
  });

  it('describes an empty file with the SHA-256 of nothing', () => {
    expect(describeFile(file('trong.DOCX'))).toEqual({
      path: file('trong.DOCX'),
      bytes: 0,
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
    expect(fileType('trong.DOCX')).toBe('Word');
  });

  it('counts bytes, not characters, of Vietnamese text', () => {
    expect(describeFile(file('ghi-chu.txt')).bytes).toBe(Buffer.byteLength('Tiếp công dân'));
    expect(describeFile(file('ghi-chu.txt')).bytes).toBe(17);
  });

  it.each([
    ['bang.xlsx', 'Excel'],
    ['anh.jpeg', 'JPEG'],
    ['ghi-chu.txt', 'TXT'],
    ['khong-duoi', ''],
  ])('names the type of %s as %j', (name, type) => {
    expect(fileType(name)).toBe(type);
  });

  it('throws when the file does not exist', () => {
    expect(() => describeFile(file('khong-co.pdf'))).toThrow(/ENOENT/);
  });
});
