import fs from 'node:fs';
import path from 'node:path';

/** A small deterministic random source, so the same N always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Sentences of the real 2023 plan: realistic Vietnamese administrative prose to recombine. */
function sentencesOf(planFile: string): string[] {
  const body = fs.readFileSync(planFile, 'utf8').split(/^---$/m).slice(2).join('---');
  return body
    .replace(/\[\^1\]:[\s\S]*$/, '')
    .replace(/\[\^\d+\]/g, '')
    .split(/(?<=[.;:])\s+/)
    .map((s) => s.replace(/^[#\d.\s-]+/, '').trim())
    .filter((s) => s.length > 40 && !s.includes('{'));
}

const KINDS = [
  ['ke-hoach', 'KH', 'Kế hoạch'],
  ['quyet-dinh', 'QĐ', 'Quyết định'],
  ['thong-bao', 'TB', 'Thông báo'],
  ['bao-cao', 'BC', 'Báo cáo'],
] as const;

/**
 * Writes a synthetic content folder: `documents` documents of the four common kinds
 * (with sections, numbered items, a table and a footnote each), monthly reception
 * schedules, and the site configuration and reception rules page of the fixture.
 */
export function writeCorpus(target: string, documents: number, projectRoot: string): { files: number } {
  const next = random(2023);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentences = sentencesOf(path.join(projectRoot, 'content/documents/2023-ke-hoach-dan-van-chinh-quyen.mdx'));
  const paragraph = (count: number): string => Array.from({ length: count }, () => pick(sentences)).join(' ');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'documents'), { recursive: true });
  fs.mkdirSync(path.join(target, 'receptions'), { recursive: true });
  fs.cpSync(path.join(projectRoot, 'content/site.yaml'), path.join(target, 'site.yaml'));
  fs.cpSync(path.join(projectRoot, 'content/pages'), path.join(target, 'pages'), { recursive: true });

  for (let i = 0; i < documents; i++) {
    const [kind, code, name] = KINDS[i % KINDS.length] ?? KINDS[0];
    const year = 2016 + (i % 10);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const issued = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const topic = pick(sentences).split(/[,;.]/)[0]?.slice(0, 90) ?? 'Nội dung';
    const number = `${i + 1}/${code}-UBND`;
    const frontmatter = [
      '---',
      'sample: true',
      `kind: ${kind}`,
      `number: "${number}"`,
      `title: ${JSON.stringify(`${topic} (${name.toLowerCase()} số ${i + 1})`)}`,
      'issuer: "Ủy ban nhân dân thị trấn Đak Đoa"',
      'parentIssuer: "UBND huyện Đak Đoa"',
      'place: "Đak Đoa"',
      `issued: "${issued}"`,
      'signer: { authority: TM, onBehalfOf: "Ủy ban nhân dân", position: "Chủ tịch" }',
      'recipients: [{ name: "UBND huyện", purpose: "b/c" }, "Lưu VP"]',
      ...(i > 4 && i % 3 === 0 ? [`implements: ["bench-${String(i - 3).padStart(5, '0')}"]`] : []),
      `fields: [${JSON.stringify(pick(['Dân vận chính quyền', 'Cải cách hành chính', 'Tiếp công dân', 'Dân chủ ở cơ sở']))}]`,
      '---',
    ];
    const body = [
      paragraph(2),
      '',
      '## I. MỤC ĐÍCH, YÊU CẦU',
      '',
      ...Array.from({ length: 3 }, (_, n) => `${n + 1}. ${paragraph(2)}`),
      '',
      '## II. NỘI DUNG THỰC HIỆN',
      '',
      ...Array.from({ length: 5 }, (_, n) => `${n + 1}. ${paragraph(3)}${n === 0 ? '[^1]' : ''}`),
      '',
      '| Chỉ tiêu | Kế hoạch | Thực hiện |',
      '| --- | ---: | ---: |',
      ...Array.from({ length: 4 }, () => `| ${pick(sentences).slice(0, 40)} | ${Math.floor(next() * 100)} | ${Math.floor(next() * 100)} |`),
      '',
      '## III. TỔ CHỨC THỰC HIỆN',
      '',
      paragraph(3),
      '',
      `[^1]: ${paragraph(2)}`,
      '',
    ];
    fs.writeFileSync(
      path.join(target, 'documents', `bench-${String(i).padStart(5, '0')}.mdx`),
      [...frontmatter, '', ...body].join('\n'),
    );
  }

  const months = Math.max(1, Math.round(documents / 100));
  for (let m = 0; m < months; m++) {
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
  return { files: documents + months };
}
