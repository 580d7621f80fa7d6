// Run ahead of Vietnam so that a date taken from the machine's zone would show.
process.env.TZ = 'Pacific/Kiritimati';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEntryFile, checkContent } from '../../src/check/check-content';
import {
  checkDialogueDates,
  checkDialogues,
  checkDialogueVocabulary,
  checkDuplicateIssueIds,
  checkFutureDates,
  checkMinutes,
  dialogueWarnings,
  type CheckedDialogue,
} from '../../src/check/dialogue-checks';
import { dialogueSchema } from '../../src/schemas/dialogue';
import { siteSchema } from '../../src/schemas/site';

/** The build's instant in these tests: 2026-11-26 12:00 in Vietnam. */
const NOW = new Date('2026-11-26T05:00:00Z');

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogue-checks-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** A dialogue file: `start` is on line 4; once `checked` adds `announced`, the first issue's `id` is on line 9. */
function dialogueFile(start: string, issueLines: string[], extra: string[] = []): string {
  return [
    '---', // 1
    'kind: hoi-nghi-doi-thoai', // 2
    'title: "Hội nghị đối thoại"', // 3
    `start: ${start}`, // 4
    'place: "Hội trường"', // 5
    'chair: "Chủ tịch UBND xã"', // 6
    'issues:', // 7
    ...issueLines,
    ...extra,
    '---',
    '',
    'Tóm tắt.',
    '',
  ].join('\n');
}

const issue = (id: string, more: string[] = []): string[] => [
  `  - id: ${id}`,
  '    locality: thon-1',
  '    field: "Đất đai"',
  '    raised: "Đề nghị trả kết quả hồ sơ."',
  '    answer: "Sẽ trả trong tháng."',
  ...(more.length > 0 ? more : ['    status: da-tra-loi']),
];

/** Checks one dialogue file as the build would, with `announced` filled in. */
function checked(name: string, text: string, root = folder({})): CheckedDialogue {
  fs.mkdirSync(path.join(root, 'dialogues'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dialogues', `${name}.mdx`), text.replace('chair:', 'announced: 2023-06-01\nchair:'));
  const result = checkEntryFile(path.join(root, 'dialogues', `${name}.mdx`), dialogueSchema);
  if (!result.entry) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const SITE = siteSchema.parse({
  unit: { type: 'xã', name: 'Thử Nghiệm', nameEn: 'Thử Nghiệm Commune', since: '2025-07-01' },
  province: 'Gia Lai',
  address: 'Trụ sở',
  phones: [{ label: 'Văn phòng', number: '0269 000 0000' }],
  officeHours: [{ days: 'Thứ Hai đến Thứ Sáu', hours: '07:00–17:00' }],
  localities: [{ id: 'thon-1', name: 'Thôn 1' }],
  fields: ['Đất đai'],
  baseUrl: 'https://example.org/',
});

describe('checkDuplicateIssueIds', () => {
  it('reports an id used in another file, naming the first file, at the second one’s line', () => {
    const root = folder({});
    const first = checked('a-2023', dialogueFile('2023-06-15T07:30', issue('DT-2023-01')), root);
    const second = checked('b-2023', dialogueFile('2023-10-19T07:30', [...issue('DT-2023-02'), ...issue('DT-2023-01')]), root);
    const problems = checkDuplicateIssueIds([second, first]);
    expect(problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([[second.file, 15, 'issues[1].id', 'DT-2023-01']]);
    expect(problems[0]).toMatchObject({
      code: 'dialogue.duplicateIssueId',
      params: { id: 'DT-2023-01', firstWritten: 'DT-2023-01', otherFile: first.file },
    });
  });

  it('takes DT-2023-004 for the same issue number as DT-2023-04', () => {
    const root = folder({});
    const first = checked('a-2023', dialogueFile('2023-06-15T07:30', issue('DT-2023-04')), root);
    const second = checked('b-2023', dialogueFile('2023-10-19T07:30', issue('DT-2023-004')), root);
    const problems = checkDuplicateIssueIds([first, second]);
    expect(problems.map((p) => [p.file, p.found, p.code, p.params])).toEqual([
      [second.file, 'DT-2023-004', 'dialogue.duplicateIssueId', { id: 'DT-2023-004', firstWritten: 'DT-2023-04', otherFile: first.file }],
    ]);
  });
});

describe('checkDialogueDates', () => {
  it.each<[string, string[], string[], [number, string, string][]]>([
    [
      'a due date before the dialogue',
      issue('DT-2023-01', ['    status: dang-giai-quyet', '    responsible: "VP"', '    due: 2023-06-14']),
      [],
      [[16, 'issues[0].due', '2023-06-14']],
    ],
    [
      'a due month that ends before the dialogue',
      issue('DT-2023-01', ['    status: dang-giai-quyet', '    responsible: "VP"', '    due: 2023-05']),
      [],
      [[16, 'issues[0].due', '2023-05']],
    ],
    [
      'a follow-up before the dialogue',
      issue('DT-2023-01', [
        '    status: da-giai-quyet',
        '    updates:',
        '      - { date: 2023-06-20, text: "Xong." }',
        '      - { date: 2023-06-14, text: "Rà soát." }',
      ]),
      [],
      [[17, 'issues[0].updates[1].date', '2023-06-14']],
    ],
    ['an id of another year', issue('DT-2022-01'), [], [[9, 'issues[0].id', 'DT-2022-01']]],
    [
      'results published before the dialogue',
      issue('DT-2023-01'),
      ['resultsPublished: 2023-06-10'],
      [[15, 'resultsPublished', '2023-06-10']],
    ],
  ])('reports %s', (_, issueLines, extra, expected) => {
    const dialogue = checked('a', dialogueFile('2023-06-15T07:30', issueLines, extra));
    expect(checkDialogueDates([dialogue]).map((p) => [p.line, p.field, p.found])).toEqual(expected);
  });

  it('accepts a follow-up and a due date on the dialogue’s own day', () => {
    const dialogue = checked(
      'a',
      dialogueFile(
        '2023-06-15T07:30',
        issue('DT-2023-01', ['    status: da-giai-quyet', '    due: 2023-06-15', '    updates: [{ date: 2023-06-15, text: "Xong." }]']),
      ),
    );
    expect(checkDialogueDates([dialogue])).toEqual([]);
  });

  it('reports an announcement after the dialogue', () => {
    const dialogue = checked('a', dialogueFile('2023-05-20T07:30', issue('DT-2023-01')));
    expect(checkDialogueDates([dialogue]).map((p) => [p.field, p.found, p.code, p.params])).toEqual([
      ['announced', '2023-06-01', 'dialogue.announcedAfter', { held: '2023-05-20' }],
    ]);
  });
});

describe('checkFutureDates', () => {
  // Noon UTC: 19:00 on 26/11 in Vietnam, already 27/11 on this machine's clock (Kiritimati).
  const now = new Date('2026-11-26T12:00:00Z');
  const resolved = (...dates: string[]): string[] =>
    issue('DT-2023-01', ['    status: da-giai-quyet', '    updates:', ...dates.map((date) => `      - { date: ${date}, text: "Xong." }`)]);

  it.each<[string, string[], string[], [number, string, string][]]>([
    [
      'results published after the build date, such as 2032 typed for 2023',
      issue('DT-2023-01'),
      ['resultsPublished: 2032-06-20'],
      [[15, 'resultsPublished', '2032-06-20']],
    ],
    ['a follow-up dated after the build date', resolved('2023-06-20', '2032-06-20'), [], [[17, 'issues[0].updates[1].date', '2032-06-20']]],
    [
      'a follow-up dated tomorrow in Vietnam, though it is already that day on the machine',
      resolved('2026-11-27'),
      [],
      [[16, 'issues[0].updates[0].date', '2026-11-27']],
    ],
  ])('reports %s', (_, issueLines, extra, expected) => {
    const dialogue = checked('a', dialogueFile('2023-06-15T07:30', issueLines, extra));
    expect(checkFutureDates([dialogue], now).map((p) => [p.line, p.field, p.found])).toEqual(expected);
  });

  it('accepts results and follow-ups dated today, and a due date still ahead', () => {
    const dialogue = checked(
      'a',
      dialogueFile(
        '2023-06-15T07:30',
        issue('DT-2023-01', [
          '    status: dang-giai-quyet',
          '    responsible: "VP"',
          '    due: 2032-12-31',
          '    updates: [{ date: 2026-11-26, text: "Rà soát." }]',
        ]),
        ['resultsPublished: 2026-11-26'],
      ),
    );
    expect(checkFutureDates([dialogue], now)).toEqual([]);
  });

  it('says that results published after today, the build date in Vietnam, have not happened yet', () => {
    const dialogue = checked('a', dialogueFile('2023-06-15T07:30', issue('DT-2023-01'), ['resultsPublished: 2032-06-20']));
    const [problem] = checkDialogues([dialogue], SITE, () => true, now);
    expect([problem?.field, problem?.code, problem?.params]).toEqual([
      'resultsPublished',
      'dialogue.futureDate',
      { what: 'results', today: '2026-11-26' },
    ]);
  });
});

describe('checkDialogueVocabulary and checkMinutes', () => {
  it('reports unknown localities and fields, in issues and in participation', () => {
    const dialogue = checked(
      'a',
      dialogueFile(
        '2023-06-15T07:30',
        [...issue('DT-2023-01'), ...issue('DT-2023-02').map((l) => l.replace('Đất đai', 'Đất  đai').replace('thon-1', 'thon-7'))],
        ['participation:', '  localities: ["thon-1", "thon-3"]'],
      ),
    );
    expect(checkDialogueVocabulary([dialogue], SITE).map((p) => [p.field, p.found])).toEqual([
      ['participation.localities[1]', 'thon-3'],
      ['issues[1].locality', 'thon-7'],
      ['issues[1].field', 'Đất  đai'],
    ]);
  });

  it('answers a locality written as its name with the id meant and the ids there are', () => {
    const dialogue = checked(
      'a',
      dialogueFile(
        '2023-06-15T07:30',
        issue('DT-2023-01').map((l) => l.replace('thon-1', 'Thôn 1')),
      ),
    );
    expect(checkDialogueVocabulary([dialogue], SITE).map((p) => [p.field, p.found, p.code, p.params])).toEqual([
      ['issues[0].locality', 'Thôn 1', 'dialogue.unknownLocality', { id: 'Thôn 1', ids: ['thon-1'], meant: 'thon-1' }],
    ]);
  });

  it('reports minutes that are not in content/files/', () => {
    const dialogue = checked(
      'a',
      dialogueFile('2023-06-15T07:30', issue('DT-2023-01'), ['minutes: { file: "bien-ban.pdf", title: "Biên bản" }']),
    );
    expect(checkMinutes([dialogue], () => true)).toEqual([]);
    expect(checkMinutes([dialogue], () => false).map((p) => [p.field, p.found, p.code, p.params])).toEqual([
      ['minutes.file', 'bien-ban.pdf', 'file.missing', { name: 'bien-ban.pdf' }],
    ]);
  });
});

describe('dialogueWarnings', () => {
  it('warns, per complete year without a conference, against the dialogues folder', () => {
    const dialogue = checked('a', dialogueFile('2023-06-15T07:30', issue('DT-2023-01')));
    const warnings = dialogueWarnings([dialogue], 'content/dialogues', '2026-01-02');
    expect(warnings.map((w) => [w.file, w.found])).toEqual([
      ['content/dialogues', 2024],
      ['content/dialogues', 2025],
    ]);
    expect(warnings[0]).toMatchObject({ code: 'dialogue.noConference', params: { year: 2024 } });
  });
});

describe('checkContent with dialogues and the privacy guard', () => {
  const site = [
    'unit: { type: "xã", name: "Thử Nghiệm", nameEn: "Thử Nghiệm Commune", since: 2025-07-01 }',
    'province: "Gia Lai"',
    'address: "Trụ sở"',
    'phones: [{ label: "Văn phòng", number: "0269 000 0000" }]',
    'officeHours: [{ days: "Thứ Hai", hours: "07:00–17:00" }]',
    'localities: [{ id: "thon-1", name: "Thôn 1" }]',
    'fields: ["Đất đai"]',
    'baseUrl: "https://example.org/"',
    '',
  ].join('\n');
  const valid = dialogueFile('2023-06-15T07:30', issue('DT-2023-01')).replace('chair:', 'announced: 2023-06-01\nchair:');

  it('finds nothing wrong in a valid folder, and allows the commune’s own phone anywhere', () => {
    const root = folder({ 'site.yaml': site, 'dialogues/a.mdx': valid.replace('Tóm tắt.', 'Gọi Văn phòng: 0269.000.0000.') });
    expect(checkContent(root, NOW).problems).toEqual([]);
  });

  it('stops on personal data in any folder, even one no kind has claimed yet', () => {
    const root = folder({
      'site.yaml': site,
      'dialogues/a.mdx': valid,
      'khac/ghi-chu.md': 'Liên hệ người dân: 0912 345 678\n',
    });
    // The folder is reported as read by nothing; the scan reads it all the same.
    expect(checkContent(root, NOW).problems.map((p) => [p.file.replace(/^.*\/(?=khac)/, ''), p.line, p.field, p.found])).toEqual([
      ['khac', undefined, '(tệp)', 'khac/'],
      ['khac/ghi-chu.md', 1, '(nội dung)', '0912***678'],
    ]);
  });

  it('waits for a valid site.yaml before judging contacts', () => {
    const root = folder({
      'site.yaml': site.replace('https://example.org/', 'example.org'),
      'dialogues/a.mdx': valid,
      'khac/a.md': '0912 345 678',
    });
    expect(checkContent(root, NOW).problems.map((p) => [p.field, p.code])).toEqual([
      ['baseUrl', 'field.format'],
      ['(tệp)', 'file.unknownFolder'],
    ]);
  });
});
