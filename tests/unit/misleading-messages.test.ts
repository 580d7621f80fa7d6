import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content';
import { wordingOf } from '../../src/messages/problems';
import type { ContentProblem } from '../../src/vocabulary/problems';
import { composeContent, FIXTURES, removeTempDirs } from '../support/build-site';

/** The build's instant in these tests: 2026-11-26 12:00 in Vietnam. */
const NOW = new Date('2026-11-26T05:00:00Z');

afterAll(removeTempDirs);

/**
 * Mistakes that an answer about file names would mislead: each broken fixture, laid over the valid
 * one, must be answered in the terms of the field written wrong, with the value to write instead.
 */
const cases: {
  folder: string;
  file: string;
  line: number;
  field: string;
  found: string;
  problem: Pick<ContentProblem, 'code' | 'params'>;
  /** What the Vietnamese expectation must name: the value to write. */
  names: string;
}[] = [
  {
    folder: 'reception-officer-as-name',
    file: 'receptions/2026-11-loi.yaml',
    line: 11,
    field: 'sessions[0].officer',
    found: 'Chủ tịch UBND',
    problem: { code: 'reference.officer', params: { officers: ['chu-tich', 'pho-chu-tich', 'cong-chuc-tu-phap'], meant: 'chu-tich' } },
    names: 'chu-tich, pho-chu-tich, cong-chuc-tu-phap',
  },
  {
    folder: 'dialogue-locality-as-name',
    file: 'dialogues/2025-tiep-xuc-thon-1.mdx',
    line: 9,
    field: 'issues[0].locality',
    found: 'Thôn 1',
    problem: { code: 'dialogue.unknownLocality', params: { id: 'Thôn 1', ids: ['thon-1', 'thon-2'], meant: 'thon-1' } },
    names: 'thon-1, thon-2',
  },
  {
    folder: 'alias-as-address',
    file: 'documents/2023-ke-hoach-khung.mdx',
    line: 30,
    field: 'aliases[0]',
    found: 'https://thu-nghiem.example.gov.vn/van-ban/ke-hoach-khung-cu/',
    problem: { code: 'alias.address', params: { suggestion: 'ke-hoach-khung-cu' } },
    names: 'ke-hoach-khung-cu',
  },
  {
    folder: 'alias-with-extension',
    file: 'documents/2023-ke-hoach-khung.mdx',
    line: 30,
    field: 'aliases[0]',
    found: 'ke-hoach-khung-cu.mdx',
    problem: { code: 'alias.extension', params: { suggestion: 'ke-hoach-khung-cu' } },
    names: 'ke-hoach-khung-cu',
  },
  {
    folder: 'yaml-colon-without-space',
    file: 'documents/2023-ke-hoach-khung.mdx',
    line: 2,
    field: '(YAML)',
    found: 'kind:ke-hoach',
    problem: { code: 'yaml.colonWithoutSpace', params: { key: 'kind', value: 'ke-hoach' } },
    names: 'kind: ke-hoach',
  },
];

describe.each(cases)('the broken fixture $folder', (broken) => {
  it('is answered at its line with what that field takes, not with a rule about file names', () => {
    const content = composeContent(broken.folder, path.join(FIXTURES, 'broken', broken.folder));
    const file = path.relative(process.cwd(), path.join(content, broken.file)).split(path.sep).join('/');
    const problems = checkContent(content, NOW).problems;
    expect(problems).toEqual([{ file, line: broken.line, field: broken.field, found: broken.found, ...broken.problem }]);
    const { problem: said, expected } = wordingOf(broken.problem);
    expect(expected.vi).toContain(broken.names);
    expect(expected.en).toContain(broken.names);
    expect(`${said?.vi ?? ''} ${expected.vi}`).not.toMatch(/tên tệp của một mục|chữ thường không dấu/);
  });
});
