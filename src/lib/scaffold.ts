import type { Language, SiteConfig } from '../schemas/site';
import type { TranslatedItem } from '../schemas/translation';
import { itemAddress } from './translations';
import { DOCUMENT_KINDS, ISSUABLE_KIND_IDS, type DocumentKindId } from '../vocabulary/document-kinds';
import { addDays, daysInMonth } from '../dates/calendar';
import { slugify } from '../vocabulary/slug';
import { committeeShortName, siteIdentity } from './units';

/** File names made from a title are cut at a word within this many characters: an address, not a sentence. */
const SLUG_LENGTH = 60;

/**
 * The text `npm run new` leaves for the clerk to replace. The content check refuses a file that
 * still holds any of it outside a comment, so none of it is ever published.
 */
const PLACEHOLDER = {
  signerName: 'name: "Họ và tên"',
  documentBody: 'Nội dung văn bản. Các phần viết "## I. TÊN PHẦN", các mục đánh số "1. …".',
  consultationSummary: 'Tóm tắt nội dung lấy ý kiến.',
  consultationPurpose: 'Lý do và mục đích lấy ý kiến.',
  consultationPoint: '1. Nội dung thứ nhất.',
  dialogueBody: 'Tóm tắt diễn biến buổi đối thoại.',
  pageSummary: 'Tóm tắt nội dung trang.',
  pageBody: 'Nội dung trang.',
  currentIssuer: 'Ủy ban nhân dân (tên đơn vị hiện nay)',
  translationTitle: 'Tiêu đề bằng ngôn ngữ của bản dịch',
  translationBody: 'Nội dung đã dịch, do người dịch viết.',
} as const;

/** Every placeholder of PLACEHOLDER, for the content check. */
export const SCAFFOLD_PLACEHOLDERS: readonly string[] = Object.values(PLACEHOLDER);

const committeeShort = (site: SiteConfig): string => committeeShortName(siteIdentity(site).unit);

/** A new content file: where it goes and what it says. */
export interface Scaffold {
  /** Path below content/. */
  path: string;
  text: string;
}

/** What staff type after `npm run new --`, and the kind of content each makes. */
export const SCAFFOLD_KINDS = {
  'van-ban': 'documents',
  'lich-tiep': 'receptions',
  'lay-y-kien': 'consultations',
  'doi-thoai': 'dialogues',
  trang: 'pages',
} as const;

export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

const yamlString = (text: string): string => JSON.stringify(text);

/** Reads the kind of document from the start of its title: `Kế hoạch tổ chức …` is a kế hoạch. */
export function documentKindFromTitle(title: string): { kind: DocumentKindId; rest: string } {
  const lower = title.toLocaleLowerCase('vi');
  const found = ISSUABLE_KIND_IDS.find((id) => lower.startsWith(`${DOCUMENT_KINDS[id].name.toLocaleLowerCase('vi')} `));
  if (!found) return { kind: 'thong-bao', rest: title };
  const rest = title.slice(DOCUMENT_KINDS[found].name.length).trim();
  return { kind: found, rest: rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) };
}

/**
 * How to write a change note, in every new file: the page shows only these notes to the public,
 * never the commit messages, so a significant change needs one.
 */
const CHANGE_NOTES_HINT = `# Sau khi đã đăng, nếu sửa điều người dân cần biết (ngày, giờ, nơi, số liệu), thêm một lời ghi thay đổi
# cho người dân; sửa lỗi chính tả thì không cần. Ví dụ:
# changes:
#   - date: "2026-12-01"
#     note: "Dời buổi họp từ ngày 14/12 sang ngày 15/12."`;

/**
 * The issuer lines of a new document: the current unit's committee. Until site.yaml names the
 * current unit, the clerk writes it as printed: the former unit's name would be wrong on a
 * document of today, and the content check refuses the placeholder left as it is.
 */
function issuerLines(site: SiteConfig): string {
  const { unit, current } = siteIdentity(site);
  if (!current) {
    return `# content/site.yaml chưa ghi đơn vị hiện nay (unit): ghi tên cơ quan ban hành đúng như in trên văn bản.
issuer: ${yamlString(PLACEHOLDER.currentIssuer)}`;
  }
  return `issuer: ${yamlString(`Ủy ban nhân dân ${unit.type} ${unit.name}`)}`;
}

function documentScaffold(title: string, today: string, site: SiteConfig): Scaffold {
  const { unit } = siteIdentity(site);
  const { kind, rest } = documentKindFromTitle(title);
  const code = DOCUMENT_KINDS[kind].code;
  const kinds = ISSUABLE_KIND_IDS.join(', ');
  const text = `---
# VĂN BẢN MỚI. Dòng bắt đầu bằng # là hướng dẫn: đọc rồi có thể xóa.
# Kiểm tra trước khi gửi: npm run check

# Loại văn bản, một trong: ${kinds}
kind: ${kind}
# Số ký hiệu đúng như trên văn bản, ví dụ "12/${code ?? 'UBND-VP'}${code ? '-UBND' : ''}".
# Bỏ dấu # ở dòng dưới khi văn bản đã có số; để nguyên nếu bản đang có không ghi số.
# number: "12/${code ?? 'UBND-VP'}${code ? '-UBND' : ''}"
# Trích yếu (không lặp lại tên loại văn bản).
title: ${yamlString(rest)}
${issuerLines(site)}
place: ${yamlString(unit.name)}
# Ngày ban hành, viết năm-tháng-ngày. Nếu không rõ ngày thì chỉ ghi năm ("2023") hoặc năm-tháng ("2023-03").
issued: "${today}"
# Ngày có hiệu lực và hết hiệu lực (nếu có):
# effective: "${today}"
# expiry: "2026-12-31"
# Người ký: authority là TM (thay mặt), KT (ký thay), Q (quyền); bỏ trống nếu người đứng đầu ký.
# Phó Chủ tịch ký thay mặt Ủy ban: giữ TM, thêm deputyOf: "Chủ tịch" (in dòng "KT. CHỦ TỊCH") và position: "Phó Chủ tịch".
signer:
  authority: TM
  onBehalfOf: "Ủy ban nhân dân"
  position: "Chủ tịch"
  # Họ tên người ký, như in trên văn bản:
  # ${PLACEHOLDER.signerName}
# Nơi nhận, mỗi dòng một nơi; purpose: b/c (báo cáo), p/h (phối hợp), t/h (thực hiện), đ/b (để biết).
recipients:
  - name: "Lưu VP"
# Văn bản này thực hiện (tên tệp một văn bản trên trang, hoặc trích dẫn văn bản bên ngoài):
implements: []
# Căn cứ ban hành, ví dụ:
#   - kind: luat
#     number: "10/2022/QH15"
#     date: "2022-11-10"
#     issuer: "Quốc hội"
#     title: "Luật Thực hiện dân chủ ở cơ sở"
legalBases: []
# Tên tệp (không có .mdx) của văn bản trên trang mà văn bản này thay thế:
supersedes: []
# Lĩnh vực, chọn trong danh sách của content/site.yaml: ${site.fields.join('; ')}
fields: []
# Mã thôn, tổ dân phố liên quan (để trống nếu áp dụng toàn ${siteIdentity(site).unit.type}):
localities: []
# Bản scan có chữ ký: đặt tệp PDF vào content/files/ rồi ghi tên tệp, ví dụ:
#   - file: "ten-tep.pdf"
#     title: "Bản scan văn bản có chữ ký"
attachments: []
# Tên tệp cũ, nếu đổi tên tệp này sau khi đã đăng (để địa chỉ cũ vẫn dùng được):
aliases: []
# Dự thảo đăng để lấy ý kiến (chưa có số, chưa ký): bỏ dấu # ở dòng dưới và bỏ dòng number.
# draft: true
${CHANGE_NOTES_HINT}
# true nếu đây là nội dung mẫu, không phải văn bản thật:
sample: false
---

${PLACEHOLDER.documentBody}
`;
  return { path: `documents/${today.slice(0, 4)}-${slugify(title, SLUG_LENGTH)}.mdx`, text };
}

/** A report that answers a plan's reporting duty: the plan's file name and title, the duty, and the tasks it may report on. */
export interface ReportFor {
  plan: string;
  planTitle: string;
  duty: { id: string; period: string };
  tasks: readonly { id: string; title: string }[];
}

/**
 * `npm run new -- bao-cao <kế hoạch> <kỳ báo cáo>`: a report that carries out the plan and answers
 * the duty, with the plan's tasks offered, commented, for the results the report gives.
 */
export function reportScaffold(report: ReportFor, today: string, site: SiteConfig): Scaffold {
  const planTitle = report.planTitle.charAt(0).toLocaleLowerCase('vi') + report.planTitle.slice(1);
  const base = documentScaffold(`Báo cáo kết quả ${planTitle} (${report.duty.period})`, today, site);
  const taskExamples = report.tasks.map(
    (task) =>
      `  #   - task: ${yamlString(task.id)}   # ${task.title}\n  #     result: dang-thuc-hien\n  #     note: "Điều báo cáo nêu về nhiệm vụ này."`,
  );
  const answers = `# Văn bản này thực hiện:
implements:
  - document: ${yamlString(report.plan)}
# Kỳ báo cáo của kế hoạch mà báo cáo này trả lời (mã trong mục followUp.reports của kế hoạch):
answers:
  plan: ${yamlString(report.plan)}
  duty: ${yamlString(report.duty.id)}
  # Kết quả từng nhiệm vụ mà báo cáo có nêu: hoan-thanh (hoàn thành), dang-thuc-hien (đang thực hiện),
  # chua-thuc-hien (chưa thực hiện). Các nhiệm vụ của kế hoạch:
${taskExamples.join('\n')}
  results: []`;
  const text = base.text.replace(/# Văn bản này thực hiện[^\n]*\nimplements: \[\]/, answers);
  return { ...base, text };
}

/** The Vietnamese item a new translation is of, and the language it is written in. */
export interface TranslationFor {
  item: TranslatedItem;
  /** The item's title, in Vietnamese, for the clerk to see what is translated. */
  itemTitle: string;
  language: Language;
}

/**
 * `npm run new -- ban-dich <địa chỉ> <mã ngôn ngữ>`: a translation of the item as it stands today,
 * its title and text left for the translator. Never a machine's words: the placeholders stop the
 * build until a person has written them.
 */
export function translationScaffold(translation: TranslationFor, today: string): Scaffold {
  const { item, itemTitle, language } = translation;
  const text = `---
# BẢN DỊCH MỚI sang ${language.vietnameseName} (${language.name}), do người dịch viết, không dùng máy dịch.
# Bản tiếng Việt: ${itemTitle}
# Kiểm tra: npm run check
language: ${language.code}
translates: ${yamlString(itemAddress(item))}
# Ngày của bản tiếng Việt được dịch: hôm nay, khi dịch từ bản đang có trên trang.
vietnameseVersion: ${yamlString(today)}
title: "${PLACEHOLDER.translationTitle}"
# Tên người dịch hoặc tổ dịch, nếu muốn ghi trên trang:
# translator: "…"
sample: false
---

${PLACEHOLDER.translationBody}
`;
  return { path: `translations/${item.slug}-${language.code.toLowerCase()}.mdx`, text };
}

/** "tháng 1 năm 2027", "Tháng 01/2027", "tháng 1-2027": the month a schedule's title names. */
const TITLE_MONTH = /tháng\s+(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})(?!\d)/iu;

/** The month named in a schedule's title, if it names one that exists. */
function monthFromTitle(title: string): { year: number; month: number } | undefined {
  // Typed with Unikey's "Unicode tổ hợp", "tháng" arrives decomposed and would not match.
  const found = TITLE_MONTH.exec(title.normalize('NFC'));
  if (!found) return undefined;
  const month = Number(found[1]);
  return month >= 1 && month <= 12 ? { year: Number(found[2]), month } : undefined;
}

function receptionScaffold(title: string, today: string, site: SiteConfig): Scaffold {
  const head = site.officers.find((o) => o.head)?.id ?? site.officers[0]?.id ?? 'chu-tich';
  // The month the title names; without one, next month's, as a schedule is published before its month begins.
  const [thisYear = 0, thisMonth = 1] = today.split('-').map(Number);
  const { year, month: monthNumber } = monthFromTitle(title) ?? {
    year: thisMonth === 12 ? thisYear + 1 : thisYear,
    month: thisMonth === 12 ? 1 : thisMonth + 1,
  };
  const month = `${year}-${String(monthNumber).padStart(2, '0')}`;
  const lastDay = daysInMonth(year, monthNumber);
  const text = `# LỊCH TIẾP CÔNG DÂN MỚI. Dòng bắt đầu bằng # là hướng dẫn. Kiểm tra: npm run check
title: ${yamlString(title)}
# Thời gian lịch áp dụng (thường là một tháng hoặc một tuần):
from: "${month}-01"
to: "${month}-${String(lastDay).padStart(2, '0')}"
# Ngày công bố lịch:
published: "${today}"
# Nơi tiếp công dân (áp dụng cho mọi buổi, trừ khi buổi đó ghi nơi khác):
place: ${yamlString(`Phòng tiếp công dân, trụ sở ${committeeShort(site)}`)}
# Lịch lặp lại hằng tuần. officer là mã chức danh trong content/site.yaml: ${site.officers.map((o) => o.id).join(', ')}
# kind: thuong-xuyen, dinh-ky, dot-xuat. weekday: thu-hai … chu-nhat. until (ngày kết thúc) là bắt buộc.
rules:
  - id: "chu-tich-thu-nam"
    weekday: thu-nam
    start: "07:30"
    end: "11:00"
    officer: ${head}
    kind: dinh-ky
    until: "${month}-${String(lastDay).padStart(2, '0')}"
    topics: ["Tiếp nhận kiến nghị, phản ánh, khiếu nại, tố cáo"]
    # Ngày nghỉ, dời lịch hoặc người tiếp thay, ví dụ:
    #   - date: "${month}-15"
    #     status: cancelled        # hoặc moved (kèm movedTo: { date: "…" }), substituted (kèm officer: …)
    #     notes: "Lý do"
    exceptions: []
# Các buổi tiếp riêng lẻ (đột xuất), ví dụ:
#   - id: "dot-xuat-dat-dai"
#     date: "${month}-10"
#     start: "14:00"
#     end: "16:30"
#     officer: ${head}
#     kind: dot-xuat
#     topics: ["Đất đai"]
sessions: []
${CHANGE_NOTES_HINT}
sample: false
`;
  return { path: `receptions/${month}-${slugify(title, SLUG_LENGTH)}.yaml`, text };
}

function consultationScaffold(title: string, today: string, site: SiteConfig): Scaffold {
  // Open in a week, for the 30 days the law's usual minimum asks; staff adjust both.
  const opens = addDays(today, 7);
  const closes = addDays(opens, 30);
  const committee = committeeShort(site).replace(/^UBND /u, 'Ủy ban nhân dân ');
  const text = `---
# LẤY Ý KIẾN NHÂN DÂN MỚI. Dòng bắt đầu bằng # là hướng dẫn. Kiểm tra: npm run check
# Nội dung lấy ý kiến: plan (kế hoạch), program (chương trình), project (dự án), policy (chủ trương, chính sách), planning (quy hoạch)
subject: plan
title: ${yamlString(title)}
# Một hai câu: lấy ý kiến về việc gì, của ai.
summary: "${PLACEHOLDER.consultationSummary}"
# Thời gian nhận ý kiến (giờ Việt Nam). Hạn cuối nên ghi 23:59 để không ai hiểu nhầm ngày.
opens: ${opens}T07:00
closes: ${closes}T23:59
# Ngày thông báo (nếu thông báo trước ngày bắt đầu):
# announced: ${today}
# Lấy ý kiến của các thôn, tổ dân phố nào (mã trong content/site.yaml); bỏ trống nếu toàn ${siteIdentity(site).unit.type}:
localities: []
# Dự thảo đăng trên trang (tên tệp trong content/documents/), nếu có:
# draft: "ten-tep-du-thao"
# Tài liệu kèm theo: văn bản trên trang ({ document: "ten-tep" }) hoặc tệp PDF trong content/files/ ({ file: "…", title: "…" }):
documents: []
# Các cách gửi ý kiến (in-person, post, suggestion-box, meeting, mttq, questionnaire, email, phone):
channels:
  - channel: in-person
    place: "Bộ phận Tiếp nhận và trả kết quả"
    address: ${yamlString(site.address)}
  - channel: suggestion-box
    places: [${yamlString(`Trụ sở ${committee}`)}]
  - channel: mttq
    via: "Ban Công tác Mặt trận các thôn, tổ dân phố"
# Ngày gửi Ủy ban MTTQ để phản biện (nếu đã gửi):
# mttq:
#   sent: "${opens}"
# Sau khi hết hạn, ghi kết quả (outcome): ngày công bố, tổng số ý kiến và theo từng cách, tóm tắt,
# từng nội dung và câu trả lời (accepted = tiếp thu, partly-accepted = tiếp thu một phần, explained = giải trình).
${CHANGE_NOTES_HINT}
sample: false
---

## Vì sao lấy ý kiến

${PLACEHOLDER.consultationPurpose}

## Xin ý kiến về những nội dung nào

${PLACEHOLDER.consultationPoint}
`;
  return { path: `consultations/${today.slice(0, 4)}-${slugify(title, SLUG_LENGTH)}.mdx`, text };
}

function dialogueScaffold(title: string, today: string, site: SiteConfig): Scaffold {
  // Announced today, held in ten days: the law asks for at least seven.
  const held = addDays(today, 10);
  const year = held.slice(0, 4);
  const head = site.officers.find((o) => o.head)?.role ?? 'Chủ tịch UBND';
  const text = `---
# ĐỐI THOẠI MỚI. Dòng bắt đầu bằng # là hướng dẫn. Kiểm tra: npm run check
# Loại: hoi-nghi-doi-thoai (hội nghị đối thoại hằng năm), doi-thoai-chuyen-de, tiep-xuc (người đứng đầu tiếp xúc)
kind: hoi-nghi-doi-thoai
title: ${yamlString(title)}
# Bắt đầu (giờ Việt Nam) và giờ kết thúc:
start: ${held}T07:30
end: "11:00"
place: ${yamlString(`Hội trường ${committeeShort(site)}`)}
chair: ${yamlString(head)}
coChairs: []
# Ngày thông báo thời gian, địa điểm, nội dung (ít nhất 7 ngày trước):
announced: "${today}"
# Ngày công khai kết quả (trong vòng 10 ngày sau đối thoại) — ghi khi đã công khai:
# resultsPublished: "${addDays(held, 7)}"
# Thành phần dự (số người, tổ chức, thôn, tổ dân phố):
participation:
  organisations: []
# Biên bản có chữ ký: đặt tệp vào content/files/ rồi ghi:
# minutes: { file: "ten-tep.pdf", title: "Biên bản hội nghị" }
# Mỗi kiến nghị (KHÔNG ghi tên, số điện thoại, CMND/CCCD, địa chỉ của người nêu), ví dụ:
#   - id: DT-${year}-01
#     locality: ma-thon
#     field: "${site.fields[0] ?? 'Lĩnh vực'}"
#     raised: "Nội dung kiến nghị"
#     answer: "Câu trả lời tại hội nghị"
#     status: dang-giai-quyet      # da-tra-loi, dang-giai-quyet, da-giai-quyet, da-chuyen
#     responsible: "Công chức …"
#     due: ${year}-12-31
#     updates: []                   # mỗi lần có tiến triển: - { date: …, text: "…" }
issues: []
${CHANGE_NOTES_HINT}
sample: false
---

${PLACEHOLDER.dialogueBody}
`;
  return { path: `dialogues/${year}-${slugify(title, SLUG_LENGTH)}.mdx`, text };
}

function pageScaffold(title: string): Scaffold {
  const text = `---
# TRANG THÔNG TIN MỚI. Kiểm tra: npm run check
title: ${yamlString(title)}
# Một câu tóm tắt, hiện trong danh sách và khi chia sẻ đường dẫn:
summary: "${PLACEHOLDER.pageSummary}"
${CHANGE_NOTES_HINT}
sample: false
---

${PLACEHOLDER.pageBody}
`;
  return { path: `pages/${slugify(title, SLUG_LENGTH)}.mdx`, text };
}

/** The new file for `kind` and `title`, filled from the site's configuration and today's date. */
export function scaffold(kind: ScaffoldKind, title: string, today: string, site: SiteConfig): Scaffold {
  switch (kind) {
    case 'van-ban':
      return documentScaffold(title, today, site);
    case 'lich-tiep':
      return receptionScaffold(title, today, site);
    case 'lay-y-kien':
      return consultationScaffold(title, today, site);
    case 'doi-thoai':
      return dialogueScaffold(title, today, site);
    case 'trang':
      return pageScaffold(title);
  }
}
