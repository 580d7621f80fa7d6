import { describe, expect, it } from 'vitest';
import {
  alignSequences,
  countChanges,
  diffBlocks,
  diffRuns,
  diffWords,
  markdownBlocks,
  plainInline,
  isEdit,
  similarity,
} from '../../src/lib/text-diff';

describe('alignSequences', () => {
  it.each([
    ['identical', 'abc', 'abc', '=a =b =c'],
    ['one letter changed', 'abc', 'axc', '=a -b +x =c'],
    ['an insertion', 'ac', 'abc', '=a +b =c'],
    ['a deletion', 'abc', 'ac', '=a -b =c'],
    ['everything replaced', 'ab', 'xy', '-a -b +x +y'],
    ['from nothing', '', 'ab', '+a +b'],
    ['to nothing', 'ab', '', '-a -b'],
  ])('%s: %s → %s', (_name, a, b, expected) => {
    const ops = alignSequences(Array.from(a), Array.from(b), (x, y) => x === y).map((op) =>
      op.type === 'same' ? `=${op.a}` : op.type === 'removed' ? `-${op.a}` : `+${op.b}`,
    );
    expect(ops.join(' ')).toBe(expected);
  });

  it('falls back to remove-then-add when the texts differ too much to be worth comparing', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const ops = alignSequences(a, b, (x, y) => x === y);
    expect(ops).toHaveLength(6000);
    expect(ops[0]?.type).toBe('removed');
    expect(ops[5999]?.type).toBe('added');
  });
});

describe('diffWords', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(diffWords('Đèn bật từ 18:00 đến 22:00 hằng ngày.', 'Đèn bật từ 18:00 đến 23:00 hằng ngày.')).toEqual([
      { type: 'same', text: 'Đèn bật từ 18:00 đến' },
      { type: 'removed', text: '22:00' },
      { type: 'added', text: '23:00' },
      { type: 'same', text: 'hằng ngày.' },
    ]);
  });

  it('ignores differences of spacing and of Unicode composition', () => {
    const composed = 'Tiếp thu ý kiến';
    const decomposed = composed.normalize('NFD');
    expect(diffWords(`${decomposed}  của   Nhân dân`, `${composed} của Nhân dân`)).toEqual([
      { type: 'same', text: 'Tiếp thu ý kiến của Nhân dân' },
    ]);
  });
});

describe('similarity', () => {
  it.each([
    ['a b c d', 'a b c d', 1],
    ['a b c d', 'a b x y', 0.5],
    ['a b', 'x y', 0],
    ['', '', 1],
  ])('%s vs %s is %d', (a, b, value) => {
    expect(similarity(a, b)).toBe(value);
  });
});

describe('isEdit', () => {
  it.each([
    ['a paragraph with one word changed', 'Đèn bật đến 22:00 hằng ngày.', 'Đèn bật đến 23:00 hằng ngày.', true],
    [
      'a paragraph that kept its words and grew',
      '2. Đèn bật từ 18:00 đến 22:00 hằng ngày.',
      '2. Đèn bật từ 18:00 đến 23:00 hằng ngày; sau 23:00 chỉ duy trì đèn tại các ngã ba, ngã tư.',
      true,
    ],
    ['an unrelated paragraph', 'Kinh phí do ngân sách xã bảo đảm.', 'Ưu tiên các tuyến trước cổng trường học.', false],
    [
      'a short heading inside a long paragraph',
      'II. NỘI DUNG',
      'II. NỘI DUNG gồm lắp đèn, vận hành, bảo trì và công khai kinh phí.',
      false,
    ],
    ['two empty paragraphs', '', '', true],
  ])('%s: %s', (_name, before, after, expected) => {
    expect(isEdit(before, after)).toBe(expected);
  });
});

describe('diffBlocks', () => {
  const draft = [
    'I. MỤC ĐÍCH',
    'Lắp đặt đèn chiếu sáng trên 5 tuyến đường.',
    'Đèn bật từ 18:00 đến 22:00 hằng ngày.',
    'Kinh phí do ngân sách thị trấn bảo đảm.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const adopted = [
    'I. MỤC ĐÍCH',
    'Lắp đặt đèn chiếu sáng trên 6 tuyến đường.',
    'Đèn bật từ 18:00 đến 23:00 hằng ngày.',
    'Ưu tiên các tuyến trước cổng trường học.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const diff = diffBlocks(draft, adopted);

  it('edits a paragraph word by word when it still resembles the old one', () => {
    expect(diff[1]).toEqual({
      type: 'changed',
      segments: [
        { type: 'same', text: 'Lắp đặt đèn chiếu sáng trên' },
        { type: 'removed', text: '5' },
        { type: 'added', text: '6' },
        { type: 'same', text: 'tuyến đường.' },
      ],
    });
  });

  it('shows a paragraph replaced by an unrelated one as removed, then added', () => {
    expect(diff.slice(3, 5)).toEqual([
      { type: 'removed', text: 'Kinh phí do ngân sách thị trấn bảo đảm.' },
      { type: 'added', text: 'Ưu tiên các tuyến trước cổng trường học.' },
    ]);
  });

  it('keeps unchanged paragraphs and counts the changes', () => {
    expect(diff.map((block) => block.type)).toEqual(['same', 'changed', 'changed', 'removed', 'added', 'same']);
    expect(countChanges(diff)).toEqual({ changed: 2, added: 1, removed: 1 });
  });

  it('says nothing changed for identical texts', () => {
    expect(countChanges(diffBlocks(draft, draft))).toEqual({ changed: 0, added: 0, removed: 0 });
  });

  it('groups unchanged paragraphs into runs a page can fold', () => {
    const runs = diffRuns(diffBlocks(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'd']));
    expect(runs.map((run) => (run.type === 'unchanged' ? run.texts.length : run.block.type))).toEqual([2, 'removed', 'added', 1]);
  });
});

describe('markdownBlocks', () => {
  it('turns Markdown into the paragraphs a reader sees', () => {
    const markdown = [
      'import Note from "./note.astro";',
      '',
      '## I. MỤC ĐÍCH, YÊU CẦU',
      '',
      'Lắp đặt **đèn chiếu sáng** trên các tuyến',
      'đường trong [khu dân cư](/van-ban/x/).[^1]',
      '',
      '1. Tuyến thứ nhất;',
      '2. Tuyến thứ hai.',
      '- Một gạch đầu dòng',
      '',
      '| Tuyến | Chiều dài |',
      '| --- | ---: |',
      '| Đường A | 1,2 km |',
      '',
      '> Trích dẫn *nguyên văn*.',
      '',
      '[^1]: Chú thích cuối trang.',
    ].join('\n');
    expect(markdownBlocks(markdown)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Lắp đặt đèn chiếu sáng trên các tuyến đường trong khu dân cư.',
      '1. Tuyến thứ nhất;',
      '2. Tuyến thứ hai.',
      'Một gạch đầu dòng',
      'Tuyến | Chiều dài',
      'Đường A | 1,2 km',
      'Trích dẫn nguyên văn.',
      'Chú thích cuối trang.',
    ]);
  });

  it('keeps underscores and asterisks that are part of the text', () => {
    expect(plainInline('tệp bao_cao_6_thang.pdf, 2 * 3 = 6')).toBe('tệp bao_cao_6_thang.pdf, 2 * 3 = 6');
  });

  it('reads Windows line endings like Unix ones', () => {
    expect(markdownBlocks('Đoạn một.\r\n\r\nĐoạn hai.\r\n')).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });
});
