import { z } from 'astro/zod';
import { addBilingualIssue } from './issues';

/** Text that must say something: an empty string is as good as missing. */
export const nonEmptyText = z.string().trim().min(1);

/** The file name of a content item without its extension, used in its address. */
export const slugSchema = z.string().superRefine((text, ctx) => {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)) {
    addBilingualIssue(ctx, {
      expected: {
        vi: 'tên tệp của một mục trong trang (chữ thường không dấu, số và gạch nối), ví dụ 2023-ke-hoach-dan-van-chinh-quyen',
        en: 'the file name of an item on the site (lower-case letters without diacritics, digits and hyphens), e.g. 2023-ke-hoach-dan-van-chinh-quyen',
      },
    });
  }
});

/** A file name under content/files/, without folders that could climb out of it. */
export const attachmentFileSchema = z.string().superRefine((text, ctx) => {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text) || text.includes('..')) {
    addBilingualIssue(ctx, {
      expected: {
        vi: 'tên một tệp đặt trong thư mục content/files/ (chữ không dấu, số, dấu chấm, gạch nối), ví dụ bao-cao-6-thang.pdf',
        en: 'the name of a file in content/files/ (letters without diacritics, digits, dots, hyphens), e.g. bao-cao-6-thang.pdf',
      },
    });
  }
});
