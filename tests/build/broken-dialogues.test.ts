import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBrokenContent, type BrokenCase } from '../support/broken-content';
import { buildSite, composeContent, FIXTURES, removeTempDirs } from '../support/build-site';

const DIALOGUE = 'dialogues/2025-tiep-xuc-thon-1.mdx';
const NOTICE = 'documents/2025-thong-bao-ket-qua.mdx';

const cases: BrokenCase[] = [
  {
    folder: 'dialogue-resolved-without-update',
    file: `${DIALOGUE}:15`,
    field: 'issues[0].status',
    found: '"da-giai-quyet"',
    vi: ['chưa có diễn biến nào có ngày', 'thêm vào "updates"'],
    en: ['has no dated update', 'add to "updates"'],
  },
  {
    folder: 'dialogue-due-before-dialogue',
    file: `${DIALOGUE}:14`,
    field: 'issues[0].due',
    found: '"2025-04-30"',
    vi: ['hạn giải quyết trước ngày đối thoại (06/05/2025)', 'từ ngày 06/05/2025 trở đi'],
    en: ['the due date is before the dialogue (2025-05-06)'],
  },
  {
    folder: 'dialogue-duplicate-issue-id',
    file: `${DIALOGUE}:14`,
    field: 'issues[1].id',
    found: '"DT-2025-01"',
    vi: ['mã DT-2025-01 đã dùng cho một kiến nghị khác (trong tệp này)'],
    en: ['id DT-2025-01 is already used by another issue (in this file)'],
  },
  {
    folder: 'dialogue-unknown-locality',
    file: `${DIALOGUE}:9`,
    field: 'issues[0].locality',
    found: '"thon-9"',
    vi: ['không có thôn, tổ dân phố nào mã "thon-9"'],
    en: ['there is no locality "thon-9" in content/site.yaml'],
  },
  {
    folder: 'dialogue-update-before-dialogue',
    file: `${DIALOGUE}:18`,
    field: 'issues[0].updates[1].date',
    found: '"2025-05-02"',
    vi: ['diễn biến ghi ngày trước ngày đối thoại (06/05/2025)'],
    en: ['the update is dated before the dialogue (2025-05-06)'],
  },
  {
    folder: 'privacy-cccd',
    file: `${DIALOGUE}:11`,
    field: 'issues[0].raised',
    found: '"06***34"',
    vi: ['có dạng số căn cước công dân (CCCD, 12 chữ số) của một cá nhân', 'privacy-exception'],
    en: ['looks like a personal citizen identity card number (CCCD, 12 digits)'],
  },
  {
    folder: 'privacy-cmnd',
    file: `${NOTICE}:12`,
    field: '(nội dung)',
    found: '"23***89"',
    vi: ['có dạng số chứng minh nhân dân (CMND, 9 chữ số) của một cá nhân'],
    en: ["looks like a personal people's identity card number (CMND, 9 digits)"],
  },
  {
    folder: 'privacy-phone',
    file: `${DIALOGUE}:17`,
    field: '(nội dung)',
    found: '"0912***678"',
    vi: ['có dạng số điện thoại di động của một cá nhân', 'không được công bố dữ liệu cá nhân của công dân'],
    en: ["looks like a personal mobile phone number: citizens' personal data must not be published"],
  },
  {
    folder: 'privacy-email',
    file: 'documents/2025-thong-bao-tra-loi-don.mdx:11',
    field: 'recipients[0]',
    found: '"ng***@gmail.com"',
    vi: ['có dạng địa chỉ thư điện tử của một cá nhân'],
    en: ['looks like a personal e-mail address'],
  },
];

describeBrokenContent(cases);

describe('the privacy guard’s report', () => {
  afterAll(removeTempDirs);

  it('names all four planted values masked, and never prints one in full', async () => {
    const content = composeContent(
      'privacy-all',
      ...['privacy-cccd', 'privacy-cmnd', 'privacy-email'].map((folder) => path.join(FIXTURES, 'broken', folder)),
    );
    const phone = composeContent('privacy-phone-only', path.join(FIXTURES, 'broken', 'privacy-phone'));
    const [together, alone] = await Promise.all([buildSite(content), buildSite(phone)]);
    expect(together.code).not.toBe(0);
    expect(together.output.match(/^✗ /gm)).toHaveLength(3);
    expect(alone.code).not.toBe(0);
    for (const masked of ['06***34', '23***89', 'ng***@gmail.com']) expect(together.output).toContain(masked);
    expect(alone.output).toContain('0912***678');
    for (const raw of ['064095001234', '231456789', 'nguyen.van.a', '0912 345 678', '0912345678']) {
      expect(together.output + alone.output).not.toContain(raw);
    }
  });
});
