import { describeBrokenContent, type BrokenCase } from '../support/broken-content';

// Plan follow-through: a report answers a reporting duty of a plan (answers), a plan lists its
// tasks and duties (followUp); the valid fixture's plan has three duties and two tasks.
const cases: BrokenCase[] = [
  {
    folder: 'followup-unknown-duty',
    file: 'documents/2023-bao-cao-quy-3.mdx:15',
    field: 'answers.duty',
    found: '"quy-3"',
    vi: ['kế hoạch "2023-ke-hoach-khung" không có kỳ báo cáo mã "quy-3"', 'một trong các mã: 6-thang, nam, nam-2026'],
    en: ['the plan "2023-ke-hoach-khung" has no reporting duty "quy-3"'],
  },
  {
    folder: 'followup-unknown-task',
    file: 'documents/2023-bao-cao-thuc-hien.mdx:19',
    field: 'answers.results[0].task',
    found: '"III.9"',
    vi: ['không có nhiệm vụ mã "III.9"', 'một trong các mã: III.1, III.2'],
    en: ['has no task "III.9"'],
  },
  {
    folder: 'followup-duplicate-report',
    file: 'documents/2023-bao-cao-gui-lai.mdx:15',
    field: 'answers.duty',
    found: '"6-thang"',
    vi: ['kỳ báo cáo "6-thang" đã có báo cáo trả lời', '2023-bao-cao-thuc-hien.mdx'],
    en: ['is already answered by'],
  },
  {
    folder: 'followup-plan-without-duties',
    file: 'documents/2023-bao-cao-quyet-dinh.mdx:14',
    field: 'answers.plan',
    found: '"2023-quyet-dinh-moi"',
    vi: ['văn bản "2023-quyet-dinh-moi" không ghi kỳ báo cáo nào'],
    en: ['lists no reporting duty'],
  },
  {
    folder: 'followup-kind-cannot-assign',
    file: 'documents/2023-thong-bao-giao-viec.mdx:13',
    field: 'followUp',
    found: '{"tasks":',
    vi: ['loại văn bản "thong-bao" không giao nhiệm vụ', 'ke-hoach, chuong-trinh, quyet-dinh'],
    en: ['does not assign tasks'],
  },
];

describeBrokenContent(cases);
