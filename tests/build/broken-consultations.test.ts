import { describeBrokenContent, type BrokenCase } from '../support/broken-content';

// Each folder under tests/fixtures/broken/consultation-*/ adds one consultation with one mistake.
const cases: BrokenCase[] = [
  {
    folder: 'consultation-closes-before-opens',
    file: 'consultations/2026-lay-y-kien-han-truoc-mo.mdx:6',
    field: 'closes',
    found: '"2026-10-15T23:59"',
    vi: [
      'hạn cuối không sau thời điểm bắt đầu lấy ý kiến (opens: 2026-11-16T07:00)',
      'thời điểm kết thúc (closes) sau thời điểm bắt đầu (opens)',
    ],
    en: ['the closing time is not after the opening time', 'a closing time (closes) after the opening time (opens)'],
  },
  {
    folder: 'consultation-outcome-not-closed',
    file: 'consultations/2026-lay-y-kien-ket-qua-som.mdx:10',
    field: 'outcome',
    found: '"2026-12-20"',
    vi: [
      'chưa hết hạn lấy ý kiến (hạn cuối 23:59 ngày 15/12/2026) mà đã có kết quả',
      'chỉ ghi phần kết quả (outcome) sau khi hết hạn lấy ý kiến',
    ],
    en: ['the consultation has not closed yet', 'an outcome only after the consultation has closed'],
  },
  {
    folder: 'consultation-counts-do-not-add-up',
    file: 'consultations/2025-lay-y-kien-cong-sai.mdx:16',
    field: 'outcome.byChannel',
    found: '{"meeting":40,"suggestion-box":12}',
    vi: ['các số theo kênh cộng lại được 52, nhưng tổng số ý kiến ghi 57'],
    en: ['the counts by channel add up to 52, but the total says 57'],
  },
  {
    folder: 'consultation-unknown-answer',
    file: 'consultations/2025-lay-y-kien-tra-loi-sai.mdx:18',
    field: 'outcome.points[0].answer',
    found: '"tiếp thu"',
    vi: ['một trong các mã: accepted (Tiếp thu), partly-accepted (Tiếp thu một phần), explained (Giải trình)'],
    en: ['one of: accepted, partly-accepted, explained'],
  },
  {
    folder: 'consultation-unknown-document',
    file: 'consultations/2026-lay-y-kien-du-thao-khong-co.mdx:7',
    field: 'draft',
    found: '"2026-du-thao-khong-co"',
    vi: ['không có văn bản nào tên "2026-du-thao-khong-co" trong content/documents/'],
    en: ['there is no document "2026-du-thao-khong-co" in content/documents/'],
  },
];

describeBrokenContent(cases);
