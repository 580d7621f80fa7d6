import { describe, expect, it } from 'vitest';
import { meantId } from '../../src/lib/site-ids';

const officers = [
  { id: 'chu-tich', names: ['Chủ tịch UBND thị trấn'] },
  { id: 'pho-chu-tich', names: ['Phó Chủ tịch UBND thị trấn'] },
];
const localities = [
  { id: 'thon-2', names: ['Thôn 2'] },
  { id: 'thon-20', names: ['Thôn 20'] },
  { id: 'tdp-1', names: ['Tổ dân phố 1'] },
];

describe('meantId', () => {
  it.each([
    ['a role cut short', 'Chủ tịch UBND', officers, 'chu-tich'],
    ['a role written in full', 'Phó Chủ tịch UBND thị trấn', officers, 'pho-chu-tich'],
    ['a locality by its name', 'Thôn 2', localities, 'thon-2'],
    ['a name without tone marks', 'To dan pho 1', localities, 'tdp-1'],
    ['an id with capitals', 'Chu-Tich', officers, 'chu-tich'],
  ])('finds the id meant by %s', (_name, written, entries, id) => {
    expect(meantId(written, entries)).toBe(id);
  });

  it.each([
    ['a name that fits two entries', 'Thôn', localities],
    ['a name that fits none', 'Trưởng Công an', officers],
    ['text without a letter or digit', '–', officers],
  ])('guesses nothing for %s', (_name, written, entries) => {
    expect(meantId(written, entries)).toBeUndefined();
  });
});
