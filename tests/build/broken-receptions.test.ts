import { describeBrokenContent, type BrokenCase } from '../support/broken-content';

const FILE = 'receptions/2026-11-loi.yaml';

const cases: BrokenCase[] = [
  {
    folder: 'reception-end-before-start',
    file: `${FILE}:10`,
    field: 'sessions[0].end',
    found: '"07:30"',
    vi: ['giờ kết thúc 07:30 không sau giờ bắt đầu 11:00'],
    en: ['the end 07:30 is not after the start 11:00'],
  },
  {
    folder: 'reception-impossible-date',
    file: `${FILE}:8`,
    field: 'sessions[0].date',
    found: '"2026-02-30"',
    vi: ['ngày không có thật: tháng 2/2026 chỉ có 28 ngày'],
    en: ['impossible date'],
  },
  {
    folder: 'reception-overlap',
    file: `${FILE}:7`,
    field: 'sessions[0]',
    found: '"2026-11-26 15:00–17:00"',
    vi: ['trùng giờ với buổi 26/11/2026 14:00–16:30 của cùng chức danh "chu-tich"'],
    en: ['overlaps the session on 2026-11-26 14:00–16:30 of the same officer "chu-tich"'],
  },
  {
    folder: 'reception-rule-without-end',
    file: `${FILE}:7`,
    field: 'rules[0].until',
    found: '(không có)',
    vi: ['lịch lặp lại chưa có ngày kết thúc'],
    en: ['the recurring rule has no end'],
  },
  {
    folder: 'reception-moved-without-date',
    file: `${FILE}:7`,
    field: 'sessions[0].movedTo',
    found: '(không có)',
    vi: ['buổi tiếp đã dời nhưng chưa ghi ngày mới'],
    en: ['the session is moved but has no new date'],
  },
  {
    folder: 'reception-unknown-officer',
    file: `${FILE}:11`,
    field: 'sessions[0].officer',
    found: '"truong-cong-an"',
    vi: ['mã chức danh có trong "officers" của content/site.yaml'],
    en: ['an officer id listed under "officers" in content/site.yaml'],
  },
];

describeBrokenContent(cases);
