import fs from 'node:fs';
import path from 'node:path';

/** A small deterministic random source, so the same N always gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Sentences of the real 2023 plan: realistic Vietnamese administrative prose to recombine. */
export function sentencesOf(planFile: string): string[] {
  const body = fs.readFileSync(planFile, 'utf8').split(/^---$/m).slice(2).join('---');
  return body
    .replace(/\[\^1\]:[\s\S]*$/, '')
    .replace(/\[\^\d+\]/g, '')
    .split(/(?<=[.;:])\s+/)
    .map((s) => s.replace(/^[#\d.\s-]+/, '').trim())
    .filter((s) => s.length > 40 && !s.includes('{'));
}

export const KINDS = [
  ['ke-hoach', 'KH', 'Kế hoạch'],
  ['quyet-dinh', 'QĐ', 'Quyết định'],
  ['thong-bao', 'TB', 'Thông báo'],
  ['bao-cao', 'BC', 'Báo cáo'],
] as const;

/** How a corpus of N items divides among the kinds: mostly documents, as on a real commune site. */
export function corpusShares(items: number): { documents: number; consultations: number; dialogues: number; receptions: number } {
  const receptions = Math.max(1, Math.round(items / 100));
  const consultations = Math.max(1, Math.round(items * 0.03));
  const dialogues = Math.max(1, Math.round(items * 0.02));
  return { documents: Math.max(1, items - receptions - consultations - dialogues), consultations, dialogues, receptions };
}

const DOCUMENT_FIELDS = ['Dân vận chính quyền', 'Cải cách hành chính', 'Tiếp công dân', 'Dân chủ ở cơ sở'];
const ISSUE_FIELDS = ['Đất đai', 'Giao thông, hạ tầng', 'Môi trường', 'An sinh xã hội', 'An ninh, trật tự'];
const LOCALITIES = Array.from({ length: 13 }, (_, i) => `thon-to-dan-pho-${String(i + 1).padStart(2, '0')}`);

const COMMITTEE_EMAIL = 'vanphong.dakdoa@example.org';
/** Sentences giving addresses in plain text, as some real documents do: they are linked, and parse slower. */
const WHERE_PUBLISHED =
  'Văn bản được đăng tải trên Cổng thông tin điện tử của thị trấn tại https://dakdoa.example.org/van-ban/ và trên www.gialai.gov.vn.';
const WHERE_TO_WRITE = `Ý kiến góp ý gửi về hộp thư điện tử ${COMMITTEE_EMAIL}.`;

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

/**
 * Writes a synthetic content folder of `items` items across every kind: documents of the
 * four common kinds, as long as `lengths` says (sections, numbered items, a table and one or two
 * footnotes each, some with web
 * and e-mail addresses), consultations with their outcome, dialogues with the issues raised
 * and their follow-up, and monthly reception schedules; plus the site configuration and
 * standing pages of the real site. Every file passes the content checks, so the build
 * measured is a real publishing build.
 */
/** How long the synthetic documents are. */
export type DocumentLengths = 'real' | 'short';

/**
 * Words a document of the corpus aims at. `real`: 600 to 2,500, mean about 1,700, skewed long as
 * plans and reports are (the real 2023 plan has about 2,900); `short`: about 700, the corpus of
 * the earlier benchmark.
 */
export function documentWordTarget(lengths: DocumentLengths, draw: () => number): number {
  if (lengths === 'short') return 700;
  // The mean of two draws, raised to 0.8: a hump a little past the middle of the range.
  return Math.round(600 + 1900 * ((draw() + draw()) / 2) ** 0.8);
}

const wordsIn = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;

export function writeCorpus(
  target: string,
  items: number,
  projectRoot: string,
  lengths: DocumentLengths = 'real',
): { files: number; documentWords: { min: number; mean: number; max: number } } {
  const next = random(2023);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentences = sentencesOf(path.join(projectRoot, 'content/documents/2023-ke-hoach-dan-van-chinh-quyen.mdx'));
  const paragraph = (count: number): string => Array.from({ length: count }, () => pick(sentences)).join(' ');
  const topic = (): string => pick(sentences).split(/[,;.]/)[0]?.slice(0, 90) ?? 'Nội dung';
  const shares = corpusShares(items);
  const wordCounts: number[] = [];
  fs.rmSync(target, { recursive: true, force: true });
  for (const folder of ['documents', 'receptions', 'consultations', 'dialogues']) {
    fs.mkdirSync(path.join(target, folder), { recursive: true });
  }
  // The committee's own mailbox, which some documents give for comments (the privacy check allows it).
  fs.writeFileSync(
    path.join(target, 'site.yaml'),
    `${fs.readFileSync(path.join(projectRoot, 'content/site.yaml'), 'utf8').replace(/^email:.*$/m, '')}\nemail: "${COMMITTEE_EMAIL}"\n`,
  );
  fs.cpSync(path.join(projectRoot, 'content/pages'), path.join(target, 'pages'), { recursive: true });

  for (let i = 0; i < shares.documents; i++) {
    const [kind, code, name] = KINDS[i % KINDS.length] ?? KINDS[0];
    const year = 2016 + (i % 10);
    // The issuer is the former thị trấn, which ended on 2025-06-30 (content/site.yaml): no later date.
    const month = 1 + Math.floor(next() * (year === 2025 ? 6 : 12));
    const day = 1 + Math.floor(next() * 28);
    const issued = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const number = `${i + 1}/${code}-UBND`;
    const frontmatter = [
      '---',
      'sample: true',
      `kind: ${kind}`,
      `number: "${number}"`,
      `title: ${JSON.stringify(`${topic()} (${name.toLowerCase()} số ${i + 1})`)}`,
      'issuer: "Ủy ban nhân dân thị trấn Đak Đoa"',
      'parentIssuer: "UBND huyện Đak Đoa"',
      'place: "Đak Đoa"',
      `issued: "${issued}"`,
      'signer: { authority: TM, onBehalfOf: "Ủy ban nhân dân", position: "Chủ tịch" }',
      'recipients: [{ name: "UBND huyện", purpose: "b/c" }, "Lưu VP"]',
      ...(i > 4 && i % 3 === 0 ? [`implements: ["bench-${String(i - 3).padStart(5, '0')}"]`] : []),
      `fields: [${JSON.stringify(pick(DOCUMENT_FIELDS))}]`,
      '---',
    ];
    // Section II grows, item by item, to the document's length; a second footnote in one document of two.
    const words = documentWordTarget(lengths, next);
    const footnotes = i % 2 === 0 ? 2 : 1;
    const head = [
      paragraph(2),
      '',
      '## I. MỤC ĐÍCH, YÊU CẦU',
      '',
      ...Array.from({ length: 3 }, (_, n) => `${n + 1}. ${paragraph(2)}`),
      '',
      '## II. NỘI DUNG THỰC HIỆN',
      '',
    ];
    const table = [
      '',
      '| Chỉ tiêu | Kế hoạch | Thực hiện |',
      '| --- | ---: | ---: |',
      ...Array.from({ length: 4 }, () => `| ${pick(sentences).slice(0, 40)} | ${Math.floor(next() * 100)} | ${Math.floor(next() * 100)} |`),
      '',
      '## III. TỔ CHỨC THỰC HIỆN',
      '',
      // One document in five gives a web address, one in twenty an e-mail address too.
      [paragraph(3), ...(i % 5 === 0 ? [WHERE_PUBLISHED] : []), ...(i % 20 === 0 ? [WHERE_TO_WRITE] : [])].join(' '),
      '',
      ...Array.from({ length: footnotes }, (_, n) => `[^${n + 1}]: ${paragraph(2)}`),
      '',
    ];
    const numbered: string[] = [];
    let written = wordsIn([...head, ...table].join(' '));
    while (numbered.length < 5 || written < words) {
      const n = numbered.length;
      const item = `${n + 1}. ${paragraph(3)}${n < footnotes ? `[^${n + 1}]` : ''}`;
      numbered.push(item);
      written += wordsIn(item);
    }
    wordCounts.push(written);
    const body = [...head, ...numbered, ...table];
    fs.writeFileSync(path.join(target, 'documents', `bench-${String(i).padStart(5, '0')}.mdx`), [...frontmatter, '', ...body].join('\n'));
  }

  // Consultations: all closed, most with their outcome published, spread over ten years.
  for (let i = 0; i < shares.consultations; i++) {
    const opens = `${2016 + (i % 10)}-${String(1 + (i % 9)).padStart(2, '0')}-${String(1 + Math.floor(next() * 20)).padStart(2, '0')}`;
    const closes = addDays(opens, 30 + Math.floor(next() * 15));
    const meeting = 5 + Math.floor(next() * 40);
    const mttq = Math.floor(next() * 10);
    const outcome =
      i % 10 === 9
        ? []
        : [
            'outcome:',
            `  published: ${addDays(closes, 10 + Math.floor(next() * 15))}`,
            `  total: ${meeting + mttq}`,
            `  byChannel: { meeting: ${meeting}, mttq: ${mttq} }`,
            `  summary: ${JSON.stringify(paragraph(1))}`,
            '  points:',
            ...Array.from({ length: 3 }, (_, n) => [
              `    - point: ${JSON.stringify(pick(sentences))}`,
              `      count: ${1 + n}`,
              `      answer: ${n % 2 === 0 ? 'accepted' : 'explained'}`,
              `      reason: ${JSON.stringify(pick(sentences))}`,
            ]).flat(),
          ];
    fs.writeFileSync(
      path.join(target, 'consultations', `bench-lay-y-kien-${String(i).padStart(4, '0')}.mdx`),
      [
        '---',
        'sample: true',
        `subject: ${pick(['plan', 'program', 'project', 'policy', 'planning'])}`,
        `title: ${JSON.stringify(`Lấy ý kiến Nhân dân: ${topic()} (số ${i + 1})`)}`,
        `summary: ${JSON.stringify(pick(sentences))}`,
        `opens: ${opens}T07:00`,
        `closes: ${closes}T17:00`,
        `localities: [${pick(LOCALITIES)}]`,
        'channels:',
        '  - channel: meeting',
        '    meetings:',
        `      - { date: ${addDays(opens, 7)}, time: "19:00", place: "Nhà văn hóa thôn" }`,
        '  - channel: mttq',
        '    via: "Ủy ban MTTQ Việt Nam thị trấn"',
        'mttq:',
        `  sent: ${addDays(opens, 1)}`,
        ...outcome,
        '---',
        '',
        '## Vì sao lấy ý kiến',
        '',
        paragraph(4),
        '',
        '## Nội dung dự thảo',
        '',
        ...Array.from({ length: 4 }, (_, n) => `${n + 1}. ${paragraph(3)}`),
        '',
      ].join('\n'),
    );
  }

  // Dialogues: each with five issues in different states of follow-up.
  const issuesPerYear = new Map<number, number>();
  for (let i = 0; i < shares.dialogues; i++) {
    const year = 2016 + (i % 10);
    const held = `${year}-${String(3 + (i % 8)).padStart(2, '0')}-${String(5 + Math.floor(next() * 20)).padStart(2, '0')}`;
    const issues = Array.from({ length: 5 }, (_, n) => {
      const number = (issuesPerYear.get(year) ?? 0) + 1;
      issuesPerYear.set(year, number);
      const common = [
        `  - id: DT-${year}-${String(number).padStart(3, '0')}`,
        `    locality: ${pick(LOCALITIES)}`,
        `    field: ${JSON.stringify(pick(ISSUE_FIELDS))}`,
        `    raised: ${JSON.stringify(pick(sentences))}`,
        `    answer: ${JSON.stringify(pick(sentences))}`,
      ];
      if (n % 3 === 0) return [...common, '    status: da-tra-loi'];
      return [
        ...common,
        '    responsible: "Công chức Địa chính – Xây dựng"',
        `    due: ${addDays(held, 60)}`,
        `    status: ${n % 3 === 1 ? 'da-giai-quyet' : 'dang-giai-quyet'}`,
        '    updates:',
        `      - { date: ${addDays(held, 20)}, text: ${JSON.stringify(pick(sentences).slice(0, 120))} }`,
      ];
    }).flat();
    fs.writeFileSync(
      path.join(target, 'dialogues', `bench-doi-thoai-${String(i).padStart(4, '0')}.mdx`),
      [
        '---',
        'sample: true',
        `kind: ${i % 20 < 10 ? 'hoi-nghi-doi-thoai' : 'doi-thoai-chuyen-de'}`,
        `title: ${JSON.stringify(`Đối thoại với Nhân dân: ${topic()} (số ${i + 1})`)}`,
        `start: ${held}T07:30`,
        'end: "11:00"',
        'place: "Hội trường UBND thị trấn Đak Đoa"',
        'chair: "Chủ tịch UBND thị trấn"',
        `announced: ${addDays(held, -10)}`,
        `resultsPublished: ${addDays(held, 8)}`,
        'issues:',
        ...issues,
        '---',
        '',
        paragraph(4),
        '',
      ].join('\n'),
    );
  }

  for (let m = 0; m < shares.receptions; m++) {
    const year = 2016 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const id = `${year}-${String(month).padStart(2, '0')}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    fs.writeFileSync(
      path.join(target, 'receptions', `${id}-lich.yaml`),
      [
        'sample: true',
        `title: "Lịch tiếp công dân tháng ${month} năm ${year}"`,
        `from: ${id}-01`,
        `to: ${id}-${last}`,
        `published: ${id}-01`,
        'place: "Phòng tiếp công dân, trụ sở UBND thị trấn Đak Đoa"',
        'rules:',
        '  - { id: "chu-tich", weekday: thu-nam, start: "07:30", end: "11:00", officer: chu-tich, kind: dinh-ky, until: ' +
          `${id}-${last} }`,
        '  - { id: "tu-phap", weekday: thu-ba, start: "07:30", end: "11:00", officer: cong-chuc-tu-phap, kind: thuong-xuyen, until: ' +
          `${id}-${last} }`,
        '',
      ].join('\n'),
    );
  }
  const documentWords = {
    min: Math.min(...wordCounts),
    mean: Math.round(wordCounts.reduce((sum, count) => sum + count, 0) / wordCounts.length),
    max: Math.max(...wordCounts),
  };
  return { files: shares.documents + shares.consultations + shares.dialogues + shares.receptions, documentWords };
}
