import type { DocumentData } from '../schemas/document';
import type { SiteConfig } from '../schemas/site';
import { kindCode, kindName, numberMatchesKind } from '../vocabulary/document-kinds';
import { periodEnd, periodStart, toPartialDate } from '../dates/calendar';
import type { ProseLink } from './link-checks';
import { fieldPath, type ContentProblem } from './problems';

/** A content item whose data passed its schema, with where it came from. */
export interface CheckedEntry<T> {
  slug: string;
  /** Path of the file, relative to the project. */
  file: string;
  data: T;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Links to this site in its prose, for a Markdown or MDX file. */
  links?: readonly ProseLink[];
}

export type CheckedDocument = CheckedEntry<DocumentData>;

/** A problem at a field of a checked entry, with the field's line. */
export function problemAt(
  doc: CheckedEntry<unknown>,
  path: PropertyKey[],
  found: unknown,
  detail: Pick<ContentProblem, 'expected' | 'problem'>,
): ContentProblem {
  const line = doc.lineOf(path);
  return { file: doc.file, ...(line !== undefined ? { line } : {}), field: fieldPath(path) || '(tệp)', found, ...detail };
}

/** A reference to a document that is not in content/documents/. */
export function missingDocument(entry: CheckedEntry<unknown>, path: PropertyKey[], slug: string): ContentProblem {
  return problemAt(entry, path, slug, {
    problem: {
      vi: `không có văn bản nào tên "${slug}" trong content/documents/`,
      en: `there is no document "${slug}" in content/documents/`,
    },
    expected: {
      vi: 'tên tệp (không có đuôi .mdx) của một văn bản có trong content/documents/',
      en: 'the file name (without .mdx) of a document in content/documents/',
    },
  });
}

/** A document replaces only one issued before it (or the same day): a later date is a typo in one of them. */
function replacesAnEarlierDocument(doc: CheckedDocument, replaced: CheckedDocument, index: number): ContentProblem[] {
  const issued = toPartialDate(doc.data.issued);
  const replacedIssued = toPartialDate(replaced.data.issued);
  if (periodEnd(issued) >= periodStart(replacedIssued)) return [];
  return [
    problemAt(doc, ['supersedes', index], replaced.slug, {
      problem: {
        vi: `văn bản này ban hành ngày ${doc.data.issued}, trước văn bản mà nó thay thế (${replaced.file}, ban hành ${replaced.data.issued})`,
        en: `this document was issued on ${doc.data.issued}, before the document it replaces (${replaced.file}, issued ${replaced.data.issued})`,
      },
      expected: {
        vi: 'văn bản thay thế ban hành cùng ngày hoặc sau văn bản bị thay thế: kiểm tra ngày ban hành của hai văn bản',
        en: 'a replacement issued on or after the document it replaces: check both issue dates',
      },
    }),
  ];
}

/** References to documents on this site must name one that exists, and not the document itself. */
export function checkInternalReferences(docs: readonly CheckedDocument[], present: ReadonlySet<string> = new Set()): ContentProblem[] {
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  const problems: ContentProblem[] = [];
  for (const doc of docs) {
    const refs: Array<{ path: PropertyKey[]; slug: string }> = [
      ...(['implements', 'legalBases'] as const).flatMap((list) =>
        doc.data[list].flatMap((ref, index) =>
          ref.document === undefined ? [] : [{ path: [list, index, 'document'], slug: ref.document }],
        ),
      ),
      ...doc.data.supersedes.map((slug, index) => ({ path: ['supersedes', index], slug })),
    ];
    for (const { path, slug } of refs) {
      if (slug === doc.slug) {
        problems.push(
          problemAt(doc, path, slug, {
            expected: { vi: 'một văn bản khác, không phải chính văn bản này', en: 'another document, not this one' },
          }),
        );
      } else if (!bySlug.has(slug) && !present.has(slug)) {
        problems.push(missingDocument(doc, path, slug));
      }
    }
    doc.data.supersedes.forEach((slug, index) => {
      const replaced = bySlug.get(slug);
      if (replaced && replaced !== doc) problems.push(...replacesAnEarlierDocument(doc, replaced, index));
    });
  }
  return problems;
}

/** Every attachment must be a file that exists in content/files/. */
export function checkAttachments(docs: readonly CheckedDocument[], fileExists: (name: string) => boolean): ContentProblem[] {
  return docs.flatMap((doc) =>
    doc.data.attachments.flatMap((attachment, index) =>
      fileExists(attachment.file)
        ? []
        : [
            problemAt(doc, ['attachments', index, 'file'], attachment.file, {
              problem: {
                vi: `không tìm thấy tệp content/files/${attachment.file}`,
                en: `file content/files/${attachment.file} not found`,
              },
              expected: {
                vi: 'tên một tệp đã đặt trong thư mục content/files/ (kiểm tra chính tả và đuôi tệp)',
                en: 'the name of a file placed in content/files/ (check spelling and extension)',
              },
            }),
          ],
    ),
  );
}

/** One issuer does not give the same number to two documents in one year. */
export function checkDuplicateNumbers(docs: readonly CheckedDocument[]): ContentProblem[] {
  const firstByKey = new Map<string, CheckedDocument>();
  const problems: ContentProblem[] = [];
  for (const doc of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    const { number, issuer, issued } = doc.data;
    if (number === undefined) continue;
    const year = toPartialDate(issued).year;
    const key = `${issuer.toLocaleLowerCase('vi')}\u0000${year}\u0000${number.toLocaleUpperCase('vi')}`;
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, doc);
      continue;
    }
    problems.push(
      problemAt(doc, ['number'], number, {
        problem: {
          vi: `số ${number} của ${issuer} năm ${year} đã dùng cho ${first.file}`,
          en: `number ${number} of ${issuer} in ${year} is already used by ${first.file}`,
        },
        expected: {
          vi: 'một số ký hiệu chưa dùng trong năm của cơ quan ban hành',
          en: 'a number not yet used by this issuer in that year',
        },
      }),
    );
  }
  return problems;
}

/** A number's code must be the kind's code: a báo cáo is numbered …/BC-…. */
export function checkNumberCodes(docs: readonly CheckedDocument[]): ContentProblem[] {
  return docs.flatMap((doc) => {
    const { number, kind } = doc.data;
    if (number === undefined || numberMatchesKind(number, kind)) return [];
    const code = kindCode(kind);
    if (code === undefined) {
      return [
        problemAt(doc, ['number'], number, {
          problem: {
            vi: `số ký hiệu có mã của một loại văn bản khác, mà ${kindName(kind)} không có mã loại`,
            en: `the number carries another kind's code, and a ${kind} has none`,
          },
          expected: {
            vi: 'số ký hiệu công văn dạng "số/cơ quan-đơn vị soạn", ví dụ 35/UBND-VP, hoặc sửa "kind"',
            en: 'a công văn number like "n/issuer-unit", e.g. 35/UBND-VP, or correct "kind"',
          },
        }),
      ];
    }
    return [
      problemAt(doc, ['number'], number, {
        problem: {
          vi: `số ký hiệu không khớp loại văn bản ${kindName(kind)} (${code})`,
          en: `the number does not match the kind ${kind} (${code})`,
        },
        expected: {
          vi: `số ký hiệu dạng "số/${code}-cơ quan", ví dụ 12/${code}-UBND, hoặc sửa "kind"`,
          en: `a number like "n/${code}-issuer", e.g. 12/${code}-UBND, or correct "kind"`,
        },
      }),
    ];
  });
}

/** Fields and localities come from the lists in content/site.yaml, so filters never split on a typo. */
export function checkSiteVocabulary(docs: readonly CheckedDocument[], site: SiteConfig): ContentProblem[] {
  const fields = new Set(site.fields);
  const localities = new Set(site.localities.map((l) => l.id));
  return docs.flatMap((doc) => [
    ...doc.data.fields.flatMap((field, index) =>
      fields.has(field)
        ? []
        : [
            problemAt(doc, ['fields', index], field, {
              expected: {
                vi: `một lĩnh vực có trong danh sách "fields" của content/site.yaml: ${site.fields.join('; ')}`,
                en: `a field listed under "fields" in content/site.yaml: ${site.fields.join('; ')}`,
              },
            }),
          ],
    ),
    ...doc.data.localities.flatMap((id, index) =>
      localities.has(id)
        ? []
        : [
            problemAt(doc, ['localities', index], id, {
              expected: {
                vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml',
                en: 'the id of a locality listed under "localities" in content/site.yaml',
              },
            }),
          ],
    ),
  ]);
}

/**
 * A former address (alias) must not be the address of another item, nor be
 * claimed twice, or one of the two would silently win.
 */
export function checkAliases(entries: readonly CheckedEntry<{ aliases: string[] }>[], folder: string): ContentProblem[] {
  const slugs = new Set(entries.map((e) => e.slug));
  const claimed = new Map<string, string>();
  return entries.flatMap((entry) =>
    entry.data.aliases.flatMap((alias, index) => {
      const path = ['aliases', index];
      if (slugs.has(alias)) {
        return [
          problemAt(entry, path, alias, {
            problem: {
              vi: `"${alias}" đang là địa chỉ của một mục khác trong content/${folder}/`,
              en: `"${alias}" is the address of another item in content/${folder}/`,
            },
            expected: {
              vi: 'tên tệp cũ của chính mục này, không trùng với mục nào đang có',
              en: 'a former file name of this item, not the name of any current item',
            },
          }),
        ];
      }
      const owner = claimed.get(alias);
      claimed.set(alias, owner ?? entry.file);
      return owner === undefined
        ? []
        : [
            problemAt(entry, path, alias, {
              problem: { vi: `địa chỉ cũ này đã được khai báo ở ${owner}`, en: `this former address is already declared by ${owner}` },
              expected: { vi: 'mỗi địa chỉ cũ chỉ dẫn đến một mục', en: 'each former address leads to one item only' },
            }),
          ];
    }),
  );
}
