import { describeBrokenContent, type BrokenCase } from '../support/broken-content';

const cases: BrokenCase[] = [
  {
    folder: 'mdx-code',
    file: 'documents/2023-thong-bao-co-ma.mdx:13',
    field: '(nội dung)',
    found: '"<BangSoLieu>"',
    vi: ['thành phần MDX (chạy mã) không dùng được', 'muốn viết dấu < hoặc {'],
    en: ['MDX components run code and are not allowed in content'],
  },
  {
    folder: 'missing-title',
    file: 'documents/2023-thong-bao-thieu-ten.mdx:2',
    field: 'title',
    found: '(không có)',
    vi: ['trường bắt buộc'],
    en: ['a required field'],
  },
  {
    folder: 'impossible-date',
    file: 'documents/2023-thong-bao-ngay-sai.mdx:7',
    field: 'issued',
    found: '"2023-02-30"',
    vi: ['ngày không có thật: tháng 2/2023 chỉ có 28 ngày'],
    en: ['impossible date'],
  },
  {
    folder: 'day-first-date',
    file: 'documents/2023-thong-bao-ngay-kieu-viet.mdx:7',
    field: 'issued',
    found: '"17/01/2023"',
    vi: ['hãy viết 2023-01-17'],
    en: ['write 2023-01-17'],
  },
  {
    folder: 'unknown-kind',
    file: 'documents/2023-thong-diep.mdx:2',
    field: 'kind',
    found: '"thong-diep"',
    vi: ['một trong các giá trị', '"ke-hoach"'],
    en: ['one of:'],
  },
  {
    folder: 'unknown-legal-basis',
    file: 'documents/2023-thong-bao-can-cu-sai.mdx:12',
    field: 'legalBases[1].document',
    found: '"2023-ke-hoach-khong-co"',
    vi: ['không có văn bản nào tên "2023-ke-hoach-khong-co"'],
    en: ['there is no document "2023-ke-hoach-khong-co"'],
  },
  {
    folder: 'missing-attachment',
    file: 'documents/2023-thong-bao-thieu-tep.mdx:10',
    field: 'attachments[0].file',
    found: '"ban-scan-khong-co.pdf"',
    vi: ['không tìm thấy tệp content/files/ban-scan-khong-co.pdf'],
    en: ['file content/files/ban-scan-khong-co.pdf not found'],
  },
  {
    folder: 'duplicate-number',
    file: 'documents/2023-bao-cao-trung-so.mdx:3',
    field: 'number',
    found: '"45/BC-UBND"',
    vi: ['đã dùng cho', '2023-bao-cao-thuc-hien.mdx'],
    en: ['is already used by'],
  },
  {
    folder: 'alias-taken',
    file: 'documents/2023-thong-bao-dia-chi-cu.mdx:9',
    field: 'aliases[0]',
    found: '"2023-bao-cao-thuc-hien"',
    vi: ['"2023-bao-cao-thuc-hien" đang là địa chỉ của một mục khác'],
    en: ['is the address of another item'],
  },
];

describeBrokenContent(cases);
