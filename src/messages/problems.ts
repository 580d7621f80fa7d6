/**
 * The words of the content check: for every problem code (src/vocabulary/problems.ts) what is
 * wrong and what is expected, in Vietnamese for the office and in English after it, and the
 * report that lists them. The schemas and checks hand problems over as codes and parameters;
 * this is the one module that turns them into sentences, the way a translator turns a key and
 * its parameters into text at the edge.
 */
import { toPartialDate } from '../dates/calendar';
import { lastMinute } from '../lib/consultations';
import { WEEKDAY_NAMES_EN, WEEKDAYS } from '../vocabulary/reception-terms';
import {
  MISSING,
  type CommentStyle,
  type ContentProblem,
  type PersonalDataKind,
  type ProblemCode,
  type ProblemParams,
} from '../vocabulary/problems';
import { deadlineText } from './consultations';
import { formatDateShortVi } from './dates';
import { t, type MessageKey } from './index';

/** A message in Vietnamese first and English after, as every content error is shown. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** What a problem says: what is wrong, when the value found alone does not say it, and what is expected. */
export interface Wording {
  problem?: Bilingual;
  expected: Bilingual;
}

/** Every code's wording: TypeScript refuses the catalogue while any code has none. */
type Catalogue = { readonly [C in ProblemCode]: (params: ProblemParams[C]) => Wording };

const englishPlural = new Intl.PluralRules('en');

/** The English noun in the number a count needs: `day` for 1, `days` for 0 and 3. */
const nounEn = (count: number, one: string, other: string): string => (englishPlural.select(count) === 'one' ? one : other);

/** `1 day`, `3 days`: a count with its English noun. */
const countEn = (count: number, one: string, other: string): string => `${count} ${nounEn(count, one, other)}`;

/** `15/03/2023`, as Vietnamese readers write a day. */
const shortVi = (date: string): string => formatDateShortVi(toPartialDate(date));

/** Both languages at once, for the parts of a message that read alike in each (a value, an example). */
const same = (text: string): Bilingual => ({ vi: text, en: text });

// Zod's names of types, as a clerk would say them.
const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { vi: 'một đoạn chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một nhóm trường thụt lề bên dưới', en: 'a group of indented fields' },
  // Zod's name for a number that must be whole: a count of people, of days.
  int: { vi: 'một số nguyên, không có phần thập phân', en: 'a whole number, without decimals' },
};

const typeName = (type: string): Bilingual => TYPE_NAMES[type] ?? same(type);

const oneOfValues = (values: readonly unknown[]): Bilingual => {
  const listed = values.map((value) => JSON.stringify(value)).join(', ');
  return { vi: `một trong các giá trị: ${listed}`, en: `one of: ${listed}` };
};

const DATE_EXPECTED: Bilingual = {
  vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
  en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
};

const FULL_DATE_EXPECTED: Bilingual = {
  vi: 'ngày đầy đủ theo dạng năm-tháng-ngày, ví dụ 2023-03-02',
  en: 'a full date written year-month-day, e.g. 2023-03-02',
};

const dateExpected = (full: boolean): Bilingual => (full ? FULL_DATE_EXPECTED : DATE_EXPECTED);

const DATE_TIME_EXPECTED: Bilingual = {
  vi: 'ngày và giờ theo dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2023-03-15T23:59',
  en: 'a date and time written year-month-dayThours:minutes, e.g. 2023-03-15T23:59',
};

/** What YAML the top of a file needs, said where no more particular reading of the mistake fits. */
const YAML_EXPECTED: Bilingual = {
  vi: 'phần đầu tệp viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu hai chấm thì đặt trong ngoặc kép',
  en: 'valid YAML: one "name: value" per line, indented with spaces, strings containing a colon in double quotes',
};

/** A value as the clerk should write it: the whole of it in double quotes. */
function quoted(key: string, value: string): string {
  return `${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const QUOTE_WHOLE_VALUE = (key: string, value: string): Bilingual => ({
  vi: `đặt cả giá trị trong ngoặc kép: ${quoted(key, value)}`,
  en: `the whole value in double quotes: ${quoted(key, value)}`,
});

const WRITE_LT_AS_TEXT: Bilingual = {
  vi: 'muốn viết dấu < như chữ thường thì viết \\<',
  en: 'to write < as text, write \\<',
};

const HOW_TO_WRITE_SIGNS: Bilingual = {
  vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
  en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
};

const SMALLER_SCAN: Bilingual = {
  vi: 'quét lại ở độ phân giải thấp hơn (150–200 dpi, đen trắng) hoặc nén tệp PDF, hoặc chia thành nhiều tệp',
  en: 'scan again at a lower resolution (150–200 dpi, black and white) or compress the PDF, or split it',
};

const FILE_IN_FILES_FOLDER: Bilingual = {
  vi: 'tên một tệp đã đặt trong thư mục content/files/ (kiểm tra chính tả và đuôi tệp)',
  en: 'the name of a file placed in content/files/ (check spelling and extension)',
};

const SITE_LOCALITY: Bilingual = {
  vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml',
  en: 'the id of a locality listed under "localities" in content/site.yaml',
};

/** The former file name to write in aliases, with the one read from what was written when there is one. */
function formerName(suggestion: string): Bilingual {
  return suggestion === ''
    ? { vi: 'tên tệp cũ, không có đuôi, ví dụ 2023-ke-hoach-cu', en: 'the former file name without its extension, e.g. 2023-ke-hoach-cu' }
    : { vi: `tên tệp cũ, không có đuôi: ${suggestion}`, en: `the former file name without its extension: ${suggestion}` };
}

/** Said when a name was written where its id belongs, and the id is known. */
function nameForId(meant: string): { problem: Bilingual };
function nameForId(meant: string | undefined): { problem?: Bilingual };
function nameForId(meant: string | undefined): { problem?: Bilingual } {
  if (meant === undefined) return {};
  return {
    problem: {
      vi: `đây là tên, không phải mã; trường này ghi mã (id) như trong content/site.yaml, ở đây là ${meant}`,
      en: `this is a name, not an id; the field takes the id from content/site.yaml, here ${meant}`,
    },
  };
}

const TIME_RANGE_EXPECTED: Bilingual = {
  vi: 'giờ kết thúc muộn hơn giờ bắt đầu, ví dụ start: "07:30", end: "11:00"',
  en: 'an end later than the start, e.g. start: "07:30", end: "11:00"',
};

/** The new times a moved session needs when only one of them was written. */
const MOVED_TIMES_EXPECTED = (date: string): Bilingual => ({
  vi: `giờ kết thúc mới muộn hơn giờ bắt đầu mới: ghi cả hai, ví dụ movedTo: { date: ${date}, start: "14:00", end: "16:30" }`,
  en: `a new end later than the new start: write both, e.g. movedTo: { date: ${date}, start: "14:00", end: "16:30" }`,
});

/** A weekday as the site names it (`Thứ Năm`, as on the month calendar) and in English, with the slug written. */
function weekdayName(weekday: string): Bilingual {
  const index = (WEEKDAYS as readonly string[]).indexOf(weekday);
  return { vi: t('reception.weekday.long').split(',')[index] ?? weekday, en: `${WEEKDAY_NAMES_EN[index] ?? weekday} (${weekday})` };
}

const CONSULTATION_LABELS = {
  subject: 'consultation.subject',
  channel: 'consultation.channel',
  answer: 'consultation.answer',
} as const;

const ONE_HEAD: Bilingual = {
  vi: 'đúng một chức danh trong "officers" của content/site.yaml có head: true: Chủ tịch UBND, người tiếp công dân ít nhất 01 ngày mỗi tuần',
  en: 'exactly one officer under "officers" in content/site.yaml with head: true: the chairman, who receives citizens at least one day every week',
};

/** An earlier entry of a list, as the report names it: `officers[1] (Phó Chủ tịch)`. */
const earlierEntry = (list: string, index: number, label: string | undefined): string =>
  label === undefined ? `${list}[${index}]` : `${list}[${index}] (${label})`;

const PHONE_EXPECTED: Bilingual = {
  vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
  en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
};

const DISTINCT_FIELDS: Bilingual = {
  vi: 'mỗi lĩnh vực ghi một lần trong "fields", khác các lĩnh vực kia không chỉ ở dấu, chữ hoa hay dấu câu: văn bản và kiến nghị gọi lĩnh vực bằng tên, mỗi lĩnh vực có một trang kiến nghị riêng',
  en: 'each field once under "fields", differing from the others by more than accents, case or punctuation: documents and issues name a field by its text, and each field has its own page of issues',
};

const phoneProblem = (problem: Bilingual): Wording => ({ problem, expected: PHONE_EXPECTED });

const ROOT_URL_EXPECTED: Bilingual = {
  vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
  en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
};

const rootUrlProblem = (problem: Bilingual): Wording => ({ problem, expected: ROOT_URL_EXPECTED });

const PERSONAL_DATA_NAMES: Readonly<Record<PersonalDataKind, Bilingual>> = {
  cccd: { vi: 'số căn cước công dân (CCCD, 12 chữ số)', en: 'citizen identity card number (CCCD, 12 digits)' },
  cmnd: { vi: 'số chứng minh nhân dân (CMND, 9 chữ số)', en: "people's identity card number (CMND, 9 digits)" },
  mobile: { vi: 'số điện thoại di động', en: 'mobile phone number' },
  landline: { vi: 'số điện thoại cố định', en: 'landline phone number' },
  email: { vi: 'địa chỉ thư điện tử', en: 'e-mail address' },
  homeAddress: { vi: 'họ tên kèm địa chỉ nhà', en: 'name with a home address' },
};

/** A privacy exception as a file of its kind writes it, its reason named in the reader's language. */
function exceptionComment(style: CommentStyle, reason: string): string {
  if (style === 'mdx') return `{/* privacy-exception: "…" -- ${reason} */}`;
  if (style === 'html') return `<!-- privacy-exception: "…" -- ${reason} -->`;
  return `# privacy-exception: "…" -- ${reason}`;
}

/** A field of site.yaml that documents or issues name must be one of its list. */
const listedField = (fields: readonly string[]): Bilingual => ({
  vi: `một lĩnh vực có trong danh sách "fields" của content/site.yaml: ${fields.join('; ')}`,
  en: `a field listed under "fields" in content/site.yaml: ${fields.join('; ')}`,
});

export const PROBLEM_WORDING: Catalogue = {
  'date.dayFirst': ({ suggestion, full }) => ({
    problem: {
      vi: `ngày đang viết theo kiểu ngày/tháng/năm; hãy viết ${suggestion}`,
      en: `the date is written day/month/year; write ${suggestion}`,
    },
    expected: dateExpected(full),
  }),
  'date.unreadable': ({ full }) => ({
    problem: { vi: 'không đọc được ngày này', en: 'this is not a date we can read' },
    expected: dateExpected(full),
  }),
  'date.impossible': ({ year, month, days, full }) => ({
    problem: {
      vi: `ngày không có thật: tháng ${month}/${year} chỉ có ${days} ngày`,
      en: `impossible date: ${year}-${String(month).padStart(2, '0')} has only ${countEn(days, 'day', 'days')}`,
    },
    expected: dateExpected(full),
  }),
  'date.impossibleMonth': ({ full }) => ({
    problem: { vi: 'tháng không có thật (tháng phải từ 01 đến 12)', en: 'impossible month (months run from 01 to 12)' },
    expected: dateExpected(full),
  }),
  'date.needsDay': () => ({
    problem: { vi: 'ngày này phải ghi đủ ngày, tháng, năm', en: 'this date needs day, month and year' },
    expected: FULL_DATE_EXPECTED,
  }),
  'date.time': () => ({
    expected: {
      vi: 'giờ theo dạng giờ:phút 24 giờ, ví dụ 07:30 hoặc 14:00',
      en: 'a 24-hour time written hours:minutes, e.g. 07:30 or 14:00',
    },
  }),
  'date.dateTime': () => ({ expected: DATE_TIME_EXPECTED }),
  'date.dateTimeImpossible': () => ({
    problem: { vi: 'ngày hoặc giờ không có thật', en: 'the date or time does not exist' },
    expected: DATE_TIME_EXPECTED,
  }),

  'field.required': ({ type }) => {
    const name = typeName(type);
    return { expected: { vi: `trường bắt buộc: ${name.vi}`, en: `a required field: ${name.en}` } };
  },
  'field.type': ({ type }) => ({ expected: typeName(type) }),
  'field.types': ({ types }) => {
    const names = types.map(typeName);
    return { expected: { vi: names.map((n) => n.vi).join(' hoặc '), en: names.map((n) => n.en).join(' or ') } };
  },
  'field.oneOf': ({ values }) => ({ expected: oneOfValues(values) }),
  'field.unknownKeys': ({ keys }) => ({
    problem: {
      vi: `có trường không thuộc mẫu: ${keys.join(', ')} (kiểm tra chính tả tên trường)`,
      en: `unknown field(s): ${keys.join(', ')} (check the spelling of the field name)`,
    },
    expected: { vi: 'chỉ các trường có trong mẫu', en: 'only the fields the schema defines' },
  }),
  'field.format': ({ format }) => ({
    expected: {
      vi: `giá trị đúng dạng ${format === 'url' ? 'địa chỉ web (https://…)' : format === 'email' ? 'thư điện tử' : format}`,
      en: `a well-formed ${format}`,
    },
  }),
  'field.empty': () => ({ expected: { vi: 'không được để trống', en: 'not empty' } }),
  'field.tooShort': ({ unit, minimum }) => ({
    expected:
      unit === 'characters'
        ? { vi: `ít nhất ${minimum} ký tự`, en: `at least ${minimum} character(s)` }
        : { vi: `ít nhất ${minimum} mục`, en: `at least ${minimum} item(s)` },
  }),
  'field.tooLong': ({ unit, maximum }) => ({
    expected:
      unit === 'characters'
        ? { vi: `nhiều nhất ${maximum} ký tự`, en: `at most ${maximum} character(s)` }
        : { vi: `nhiều nhất ${maximum} mục`, en: `at most ${maximum} item(s)` },
  }),
  'field.tooSmall': ({ integer, minimum, inclusive }) => {
    const number = integer ? { vi: 'một số nguyên', en: 'a whole number' } : { vi: 'một số', en: 'a number' };
    return {
      expected: inclusive
        ? { vi: `${number.vi} từ ${minimum} trở lên`, en: `${number.en} of at least ${minimum}` }
        : { vi: `${number.vi} lớn hơn ${minimum}`, en: `${number.en} greater than ${minimum}` },
    };
  },
  'field.tooLarge': ({ integer, maximum, inclusive }) => {
    const number = integer ? { vi: 'một số nguyên', en: 'a whole number' } : { vi: 'một số', en: 'a number' };
    return {
      expected: inclusive
        ? { vi: `${number.vi} không quá ${maximum}`, en: `${number.en} of at most ${maximum}` }
        : { vi: `${number.vi} nhỏ hơn ${maximum}`, en: `${number.en} less than ${maximum}` },
    };
  },
  'field.union': ({ shapes }) => {
    const needs = shapes.map((parts) => {
      const words = parts.map((part): Bilingual => {
        if ('without' in part) {
          const keys = part.without.join(', ');
          return { vi: `không có trường ${keys}`, en: `without the field(s) ${keys}` };
        }
        const { expected } = wordingOf(part.need);
        return { vi: `${part.field}: ${expected.vi}`, en: `${part.field}: ${expected.en}` };
      });
      return { vi: words.map((w) => w.vi).join(', '), en: words.map((w) => w.en).join(', ') };
    });
    return {
      problem: { vi: 'giá trị không khớp với dạng nào được nhận', en: 'the value matches none of the accepted shapes' },
      expected: {
        vi: `một trong ${needs.length} dạng: ${needs.map((n, i) => `(${i + 1}) ${n.vi}`).join('; hoặc ')}`,
        en: `one of ${needs.length} shapes: ${needs.map((n, i) => `(${i + 1}) ${n.en}`).join('; or ')}`,
      },
    };
  },
  // Zod's own words are English: the Vietnamese line keeps them only as a detail.
  'field.invalid': ({ message }) => ({ expected: { vi: `giá trị đúng theo mẫu (${message})`, en: message } }),

  'name.slug': () => ({
    expected: {
      vi: 'tên tệp của một mục trong trang (chữ thường không dấu, số và gạch nối), ví dụ 2023-ke-hoach-dan-van-chinh-quyen',
      en: 'the file name of an item on the site (lower-case letters without diacritics, digits and hyphens), e.g. 2023-ke-hoach-dan-van-chinh-quyen',
    },
  }),
  'name.attachment': () => ({
    expected: {
      vi: 'tên một tệp đặt trong thư mục content/files/ (chữ không dấu, số, dấu chấm, gạch nối), ví dụ bao-cao-6-thang.pdf',
      en: 'the name of a file in content/files/ (letters without diacritics, digits, dots, hyphens), e.g. bao-cao-6-thang.pdf',
    },
  }),

  'yaml.tab': () => ({
    problem: { vi: 'dòng này thụt lề bằng phím Tab', en: 'this line is indented with a tab' },
    expected: {
      vi: 'thụt lề bằng dấu cách (hai dấu cách cho mỗi cấp), không dùng phím Tab',
      en: 'indent with spaces (two for each level), never with a tab',
    },
  }),
  'yaml.duplicateKey': ({ key, firstLine }) => {
    const where = firstLine === undefined ? same('') : { vi: ` (lần đầu ở dòng ${firstLine})`, en: ` (first on line ${firstLine})` };
    return {
      problem: { vi: `khóa "${key}" viết hai lần${where.vi}`, en: `the key "${key}" is written twice${where.en}` },
      expected: {
        vi: `mỗi khóa chỉ viết một lần: xóa một trong hai dòng "${key}:", hoặc gộp hai giá trị làm một`,
        en: `each key once: delete one of the two "${key}:" lines, or merge the two values into one`,
      },
    };
  },
  'yaml.unclosedQuote': ({ mark, opened }) => {
    const name = mark === '"' ? { vi: 'ngoặc kép "', en: 'double quote "' } : { vi: "nháy đơn '", en: "single quote '" };
    return {
      problem: { vi: `dấu ${name.vi} mở đầu giá trị mà chưa được đóng`, en: `a ${name.en} opens the value but is never closed` },
      expected: {
        vi: `đóng dấu ${mark} ở cuối giá trị, trên cùng dòng: ${opened}${mark}; muốn có ngoặc kép trong câu thì dùng “ ”`,
        en: `the closing ${mark} at the end of the value, on the same line: ${opened}${mark}; quotes inside the text written “ ”`,
      },
    };
  },
  'yaml.unquotedColon': ({ key, value }) => ({
    problem: {
      vi: 'giá trị có dấu hai chấm ":" mà không đặt trong ngoặc kép, nên phần sau dấu hai chấm bị hiểu là một trường khác',
      en: 'the value contains a colon ":" and is not in double quotes, so what follows the colon is read as another field',
    },
    expected: QUOTE_WHOLE_VALUE(key, value),
  }),
  'yaml.textAfterQuote': () => ({
    problem: {
      vi: 'có chữ sau dấu ngoặc kép đóng: một dấu ngoặc kép giữa câu đã kết thúc giá trị',
      en: 'there is text after the closing quote: a quote inside the text ended the value',
    },
    expected: {
      vi: 'một cặp ngoặc kép bao quanh cả giá trị; ngoặc kép bên trong câu viết “ ” (hoặc \\")',
      en: 'one pair of double quotes around the whole value; quotes inside the text written “ ” (or \\")',
    },
  }),
  'yaml.reservedStart': ({ sign, key, value }) => ({
    problem: {
      vi: `giá trị bắt đầu bằng "${sign}", một ký hiệu riêng của YAML`,
      en: `the value starts with "${sign}", a sign YAML reserves`,
    },
    expected: QUOTE_WHOLE_VALUE(key, value),
  }),
  'yaml.listOnKeyLine': ({ key }) => ({
    problem: { vi: 'mục danh sách "- " viết cùng dòng với tên trường', en: 'a "- " list item is on the same line as its field name' },
    expected: {
      vi: `"${key}:" một mình một dòng, rồi mỗi mục một dòng bên dưới bắt đầu bằng "  - ", hoặc ${key}: ["…", "…"]`,
      en: `"${key}:" on a line of its own, then one item per line below starting with "  - ", or ${key}: ["…", "…"]`,
    },
  }),
  'yaml.badEscape': () => ({
    problem: {
      vi: 'dấu \\ trong ngoặc kép mở đầu một ký tự đặc biệt, mà ký tự theo sau không phải loại đó',
      en: 'a \\ inside double quotes starts an escape, and what follows it is not one',
    },
    expected: {
      vi: "viết \\\\ cho một dấu \\, dùng dấu / thay cho \\, hoặc đặt giá trị trong nháy đơn '…'",
      en: "write \\\\ for one \\, use / instead of \\, or put the value in single quotes '…'",
    },
  }),
  'yaml.secondDocument': () => ({
    problem: { vi: 'dòng "---" chia tệp thành hai phần', en: 'a "---" line splits the file in two' },
    expected: { vi: 'xóa dòng "---": tệp chỉ có một phần thông tin', en: 'delete the "---" line: the file holds one set of fields' },
  }),
  'yaml.unclosedGroup': () => ({
    problem: { vi: 'nhóm mở bằng "{" mà chưa đóng bằng "}"', en: 'a group opened with "{" is not closed with "}"' },
    expected: {
      vi: 'đóng "}" ở cuối, trên cùng dòng, các trường cách nhau bằng dấu phẩy, ví dụ - { file: "bao-cao.pdf", title: "Báo cáo" }',
      en: 'the closing "}" at the end, on the same line, fields separated by commas, e.g. - { file: "bao-cao.pdf", title: "Báo cáo" }',
    },
  }),
  'yaml.unclosedList': () => ({
    problem: { vi: 'danh sách mở bằng "[" mà chưa đóng bằng "]"', en: 'a list opened with "[" is not closed with "]"' },
    expected: {
      vi: 'đóng "]" ở cuối, trên cùng dòng, các mục cách nhau bằng dấu phẩy, ví dụ fields: ["Tiếp công dân", "Đất đai"]; hoặc viết mỗi mục một dòng bắt đầu bằng "- "',
      en: 'the closing "]" at the end, on the same line, items separated by commas, e.g. fields: ["Tiếp công dân", "Đất đai"]; or one item per line starting with "- "',
    },
  }),
  'yaml.missingColon': () => ({
    problem: { vi: 'dòng này không có dấu hai chấm sau tên trường', en: 'this line has no colon after the field name' },
    expected: {
      vi: 'mỗi dòng viết "tên: giá trị" (dấu hai chấm rồi một dấu cách); giá trị dài thì viết trên một dòng, trong ngoặc kép',
      en: 'one "name: value" per line (a colon, then a space); a long value on one line, in double quotes',
    },
  }),
  'yaml.colonWithoutSpace': ({ key, value }) => ({
    problem: {
      vi: `thiếu dấu cách sau dấu hai chấm, nên "${key}:${value}" bị đọc thành một chữ chứ không phải trường ${key}`,
      en: `there is no space after the colon, so "${key}:${value}" reads as one word, not the field ${key}`,
    },
    expected: { vi: `${key}: ${value} (một dấu cách sau dấu hai chấm)`, en: `${key}: ${value} (a space after the colon)` },
  }),
  'yaml.indentation': () => ({
    problem: {
      vi: 'dòng này thụt lề không khớp với các dòng cùng cấp',
      en: "this line's indentation does not match the lines at its level",
    },
    expected: {
      vi: 'các trường cùng cấp bắt đầu ở cùng một cột; chỉ các dòng bên trong một nhóm (như signer:) mới thụt vào, hai dấu cách cho mỗi cấp',
      en: 'fields at one level start in the same column; only the lines inside a group (such as signer:) are indented, two spaces per level',
    },
  }),
  // The parser's own message names YAML's grammar, not the clerk's mistake: it stays, in English, only here.
  'yaml.syntax': ({ parserWords }) => ({
    problem: { vi: 'phần đầu tệp sai cú pháp YAML', en: `the YAML could not be read (the parser says: ${parserWords})` },
    expected: YAML_EXPECTED,
  }),
  'yaml.inlineComment': ({ key, value, comment }) => ({
    problem: {
      vi: `giá trị không đặt trong ngoặc kép nên phần sau " #" bị coi là ghi chú: ${key} chỉ còn là "${value}"`,
      en: `the value is not in quotes, so what follows " #" is taken for a note: ${key} is only "${value}"`,
    },
    expected: {
      vi: `nếu "#${comment}" thuộc giá trị, đặt cả giá trị trong ngoặc kép: ${key}: "${value} #${comment}"; nếu là ghi chú, chuyển ghi chú lên một dòng riêng bắt đầu bằng #`,
      en: `if "#${comment}" belongs to the value, put the whole value in double quotes: ${key}: "${value} #${comment}"; if it is a note, move it to a line of its own starting with #`,
    },
  }),
  'yaml.noFrontmatter': () => ({
    expected: {
      vi: 'tệp bắt đầu bằng phần thông tin giữa hai dòng "---"',
      en: 'the file starts with its metadata between two "---" lines',
    },
  }),
  'yaml.astroRefused': ({ reason }) => ({
    problem: {
      vi: 'trình đọc YAML của Astro không đọc được phần đầu tệp',
      en: `Astro's YAML reader refused the frontmatter: ${reason}`,
    },
    expected: YAML_EXPECTED,
  }),

  'mdx.voidTag': ({ tag }) => ({
    problem: { vi: `thẻ <${tag}> trong MDX phải tự đóng`, en: `in MDX a <${tag}> tag must close itself` },
    expected: {
      vi: `viết <${tag.toLowerCase()} /> thay cho <${tag}>`,
      en: `write <${tag.toLowerCase()} /> instead of <${tag}>`,
    },
  }),
  'mdx.unclosedTag': ({ tag }) => ({
    problem: {
      vi: `thẻ <${tag}> mở mà chưa đóng trong cùng đoạn văn`,
      en: `the <${tag}> tag is opened but not closed within its paragraph`,
    },
    expected: {
      vi: `đóng thẻ bằng </${tag}> trong cùng đoạn văn, hoặc bỏ thẻ; ${WRITE_LT_AS_TEXT.vi}`,
      en: `close it with </${tag}> within the same paragraph, or remove the tag; ${WRITE_LT_AS_TEXT.en}`,
    },
  }),
  'mdx.htmlComment': () => ({
    problem: { vi: 'ghi chú kiểu HTML <!-- … --> không dùng được trong MDX', en: 'HTML comments <!-- … --> cannot be used in MDX' },
    expected: {
      vi: 'viết ghi chú nội bộ trong {/* … */}: nó không hiện trên trang',
      en: 'write notes for the office in {/* … */}: they do not appear on the page',
    },
  }),
  'mdx.brace': () => ({
    problem: { vi: 'dấu { mở một biểu thức (mã) trong MDX', en: 'a { starts an expression (code) in MDX' },
    expected: {
      vi: 'muốn viết dấu { như chữ thường thì viết \\{; ghi chú nội bộ thì viết {/* … */}',
      en: 'to write { as text, write \\{; notes for the office go in {/* … */}',
    },
  }),
  'mdx.angleAddress': () => ({
    problem: { vi: 'địa chỉ đặt trong <…> bị hiểu là một thẻ HTML', en: 'an address inside <…> is read as an HTML tag' },
    expected: {
      vi: 'viết địa chỉ không có dấu <>, ví dụ https://dichvucong.gov.vn, hoặc [chữ hiện ra](https://…)',
      en: 'the address without <>, e.g. https://dichvucong.gov.vn, or [text shown](https://…)',
    },
  }),
  'mdx.tagOrder': ({ closed, open }) => ({
    problem: {
      vi: `thẻ </${closed}> đóng trước thẻ <${open}> mở sau nó`,
      en: `</${closed}> closes before the <${open}> opened after it`,
    },
    expected: {
      vi: `đóng thẻ theo thứ tự ngược với lúc mở: </${open}> trước </${closed}>`,
      en: `close tags in the reverse order of opening: </${open}> before </${closed}>`,
    },
  }),
  'mdx.strayClosingTag': () => ({
    problem: { vi: 'thẻ đóng không có thẻ mở tương ứng', en: 'a closing tag without its opening tag' },
    expected: {
      vi: `xóa thẻ đóng thừa, hoặc thêm thẻ mở; ${WRITE_LT_AS_TEXT.vi}`,
      en: `remove the extra closing tag, or add the opening one; ${WRITE_LT_AS_TEXT.en}`,
    },
  }),
  'mdx.unquotedAttribute': () => ({
    problem: { vi: 'giá trị thuộc tính của thẻ không đặt trong dấu nháy', en: 'an attribute value of the tag is not in quotes' },
    expected: {
      vi: 'đặt giá trị thuộc tính trong dấu nháy kép, ví dụ <a href="/van-ban/…">',
      en: 'attribute values in double quotes, e.g. <a href="/van-ban/…">',
    },
  }),
  'mdx.lessThan': () => ({
    problem: { vi: 'dấu < được hiểu là mở một thẻ HTML', en: 'a < is read as the start of an HTML tag' },
    expected: WRITE_LT_AS_TEXT,
  }),
  'mdx.syntax': () => ({
    problem: { vi: 'không đọc được nội dung MDX (sai cú pháp)', en: 'the MDX could not be read (syntax error)' },
    expected: HOW_TO_WRITE_SIGNS,
  }),
  'mdx.scriptAddress': () => ({
    problem: {
      vi: 'địa chỉ này chạy mã khi được mở, không dùng được trên trang công khai',
      en: 'this address runs code when opened and is not allowed on the public site',
    },
    expected: {
      vi: 'địa chỉ một trang (https://… hoặc /van-ban/…) hoặc một tệp đính kèm (/tep/<tên tệp>)',
      en: 'the address of a page (https://… or /van-ban/…) or of an attachment (/tep/<file name>)',
    },
  }),
  'mdx.remoteMedia': () => ({
    problem: {
      vi: 'ảnh hoặc tệp nghe nhìn lấy từ trang khác: trang công khai không tải gì từ nơi khác, để không lộ người đọc cho bên thứ ba',
      en: 'an image or media file from another site: the public site loads nothing from elsewhere, so no third party sees its readers',
    },
    expected: {
      vi: 'đặt tệp vào content/files/ và dùng địa chỉ /tep/<tên tệp>, hoặc dẫn liên kết tới trang kia thay vì hiện ảnh',
      en: 'put the file in content/files/ and use /tep/<file name>, or link to the other page instead of showing its image',
    },
  }),
  'mdx.component': () => ({
    problem: {
      vi: 'thành phần MDX (chạy mã) không dùng được trong nội dung',
      en: 'MDX components run code and are not allowed in content',
    },
    expected: HOW_TO_WRITE_SIGNS,
  }),
  'mdx.forbiddenTag': ({ tag }) => ({
    problem: { vi: `thẻ <${tag}> không được dùng trên trang công khai`, en: `the <${tag}> tag is not allowed on the public site` },
    expected: HOW_TO_WRITE_SIGNS,
  }),
  'mdx.forbiddenAttribute': ({ tag, attribute, allowed }) => ({
    problem: {
      vi: `thẻ <${tag}> không được mang thuộc tính ${attribute} trên trang công khai${attribute === 'style' || attribute === 'class' ? ': cách trình bày do trang quyết định' : ''}`,
      en: `the <${tag}> tag may not carry the ${attribute} attribute on the public site${attribute === 'style' || attribute === 'class' ? ': the site decides how things look' : ''}`,
    },
    expected: {
      vi: `bỏ thuộc tính ${attribute}; thẻ <${tag}> chỉ được mang: ${allowed.join(', ')}`,
      en: `remove the ${attribute} attribute; <${tag}> may carry only: ${allowed.join(', ')}`,
    },
  }),
  'mdx.addressProtocol': ({ protocol }) => ({
    problem: {
      vi: `liên kết dùng giao thức "${protocol}:", không mở được trên điện thoại của người dân`,
      en: `the link uses the "${protocol}:" protocol, which a citizen's phone does not open`,
    },
    expected: {
      vi: 'địa chỉ https://…, mailto:… (thư điện tử), tel:… (số điện thoại), hoặc một trang của trang này (/van-ban/…)',
      en: 'an https://…, mailto:… (e-mail) or tel:… (phone) address, or a page of this site (/van-ban/…)',
    },
  }),
  'mdx.unsafe': () => ({
    problem: {
      vi: 'phần HTML này có điều mà bộ lọc an toàn của trang bỏ đi',
      en: "this HTML holds something the site's safety filter takes out",
    },
    expected: HOW_TO_WRITE_SIGNS,
  }),
  'mdx.scriptedAttribute': () => ({
    problem: { vi: 'thuộc tính có mã hoặc biểu thức không dùng được', en: 'attributes with code or expressions are not allowed' },
    expected: {
      vi: 'thuộc tính là chữ đặt trong dấu nháy, ví dụ title="…"',
      en: 'attribute values written as quoted text, e.g. title="…"',
    },
  }),
  'mdx.expression': () => ({
    problem: {
      vi: 'biểu thức {…} là mã, không dùng được trong nội dung',
      en: 'a {…} expression is code and is not allowed in content',
    },
    expected: HOW_TO_WRITE_SIGNS,
  }),
  'mdx.esm': () => ({
    problem: {
      vi: 'lệnh import/export là mã, không dùng được trong nội dung',
      en: 'import/export statements are code and are not allowed in content',
    },
    expected: HOW_TO_WRITE_SIGNS,
  }),

  'file.name': ({ extension }) => ({
    expected: {
      vi: `tên tệp chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ 2023-bao-cao-6-thang${extension} (tên tệp là địa chỉ của trang)`,
      en: `a file name of lower-case letters without diacritics, digits and hyphens, e.g. 2023-bao-cao-6-thang${extension} (it becomes the address)`,
    },
  }),
  'file.missing': ({ name }) => ({
    problem: { vi: `không tìm thấy tệp content/files/${name}`, en: `file content/files/${name} not found` },
    expected: FILE_IN_FILES_FOLDER,
  }),
  'file.tooLarge': ({ limitMiB }) => ({
    problem: {
      vi: `tệp lớn hơn ${limitMiB} MiB: nơi lưu trang (như Cloudflare Pages) không nhận tệp lớn như vậy`,
      en: `the file is larger than ${limitMiB} MiB, which static hosts (Cloudflare Pages, say) refuse`,
    },
    expected: SMALLER_SCAN,
  }),
  'file.heavy': ({ limitMiB }) => ({
    problem: {
      vi: `tệp lớn hơn ${limitMiB} MiB: người dân tải bằng điện thoại sẽ chậm và tốn tiền`,
      en: `the file is larger than ${limitMiB} MiB: slow and costly to download on a phone`,
    },
    expected: SMALLER_SCAN,
  }),
  'file.unread': ({ folder, endings }) => ({
    problem: {
      vi: `tệp này không được đọc nên không được xuất bản: content/${folder}/ chỉ đọc các tệp có tên kết thúc bằng ${endings} (chữ thường)`,
      en: `this file is not read, so not published: content/${folder}/ reads only files whose names end in ${endings} (lower case)`,
    },
    expected: {
      vi: `đổi tên tệp cho đúng đuôi (${endings}), hoặc chuyển nó ra khỏi content/${folder}/`,
      en: `rename the file to end in ${endings}, or move it out of content/${folder}/`,
    },
  }),
  'item.removed': ({ kind, slug, date, renamedTo }) => {
    const when = formatDateShortVi(toPartialDate(date));
    return renamedTo === undefined
      ? {
          problem: {
            vi: `"${slug}" đã được đăng (git còn thấy nó đến ngày ${when}) mà nay không còn trong content/${kind}/: địa chỉ của nó đã đến tay người dân, trên giấy và qua liên kết`,
            en: `"${slug}" was published (git last saw it on ${date}) and is no longer in content/${kind}/: its address is already in people's hands, on paper and in links`,
          },
          expected: {
            vi: 'khôi phục tệp và đánh dấu rút bằng withdrawn (ngày rút và lý do), để trang vẫn ở địa chỉ cũ kèm thông báo; nếu đã đổi tên tệp thì ghi tên cũ vào aliases của tệp mới',
            en: "restore the file and mark it withdrawn (date and reason), so the page stays at its address with a notice; if the file was renamed, list the old name in the new file's aliases",
          },
        }
      : {
          problem: {
            vi: `"${slug}" đã được đăng rồi đổi tên thành "${renamedTo}" (ngày ${when}) mà không giữ tên cũ: địa chỉ cũ sẽ không còn dẫn tới đâu`,
            en: `"${slug}" was published, then renamed to "${renamedTo}" (on ${date}) without keeping its old name: the old address would lead nowhere`,
          },
          expected: {
            vi: `thêm tên cũ vào tệp content/${kind}/${renamedTo}.mdx: aliases: ["${slug}"]`,
            en: `add the old name to content/${kind}/${renamedTo}.mdx: aliases: ["${slug}"]`,
          },
        };
  },
  'item.historyUnavailable': () => ({
    problem: {
      vi: 'bản sao kho mã chỉ có một phần lịch sử (shallow clone), nên không kiểm tra được mục nào đã đăng mà nay bị xóa',
      en: 'the repository is a shallow clone, so whether anything published has been deleted cannot be checked',
    },
    expected: {
      vi: 'xây dựng trang từ bản sao đầy đủ lịch sử (git clone không có --depth; trong GitHub Actions: fetch-depth: 0)',
      en: 'build from a full clone (git clone without --depth; in GitHub Actions: fetch-depth: 0)',
    },
  }),
  'file.atRoot': ({ name }) => ({
    problem: {
      vi: `tệp ${name} nằm ngay trong content/, nơi chỉ có site.yaml được đọc: tệp này không được xuất bản`,
      en: `the file ${name} sits directly in content/, where only site.yaml is read: it is not published`,
    },
    expected: {
      vi: 'chuyển tệp vào thư mục của loại nội dung (documents/, receptions/, consultations/, dialogues/, pages/) hoặc vào files/ nếu là tệp đính kèm',
      en: 'move the file into the folder of its kind (documents/, receptions/, consultations/, dialogues/, pages/), or into files/ if it is an attachment',
    },
  }),
  'file.unknownFolder': ({ folder, folders, suggestion }) => ({
    problem: {
      vi: `thư mục content/${folder}/ không phải thư mục nội dung nào, nên không tệp nào trong đó được xuất bản`,
      en: `content/${folder}/ is no content folder, so nothing in it is published`,
    },
    expected: {
      vi: `${suggestion === undefined ? '' : `có lẽ là content/${suggestion}/: `}chuyển các tệp vào một trong các thư mục ${folders.map((f) => `${f}/`).join(', ')}`,
      en: `${suggestion === undefined ? '' : `perhaps content/${suggestion}/: `}move the files into one of ${folders.map((f) => `${f}/`).join(', ')}`,
    },
  }),
  'file.subfolder': ({ folder, subfolder }) => ({
    problem: {
      vi: `thư mục content/${folder}/${subfolder}/ không được đọc: chỉ các tệp đặt ngay trong content/${folder}/ mới được xuất bản`,
      en: `content/${folder}/${subfolder}/ is not read: only files directly in content/${folder}/ are published`,
    },
    expected: {
      vi: `chuyển các tệp ra ngay content/${folder}/ (tên tệp có thể bắt đầu bằng năm, ví dụ 2026-…) rồi xóa thư mục con`,
      en: `move the files up into content/${folder}/ (a name may start with the year, e.g. 2026-…) and remove the subfolder`,
    },
  }),
  'file.misplacedAttachment': ({ folder }) => ({
    problem: {
      vi: `tệp đính kèm đặt trong content/${folder}/, nơi chỉ đọc các tệp nội dung: tệp này không được xuất bản`,
      en: `an attachment placed in content/${folder}/, where only content files are read: it is not published`,
    },
    expected: {
      vi: 'chuyển tệp vào content/files/ rồi ghi tên tệp vào attachments của văn bản (hoặc documents của nội dung lấy ý kiến, minutes của hội nghị đối thoại)',
      en: "move the file into content/files/ and name it in a document's attachments (or a consultation's documents, a dialogue's minutes)",
    },
  }),
  'file.unlinked': ({ name }) => ({
    problem: {
      vi: `không văn bản, nội dung lấy ý kiến hay hội nghị đối thoại nào ghi tên tệp ${name}, nên tệp này không được xuất bản`,
      en: `no document, consultation or dialogue names ${name}, so it is not published`,
    },
    expected: {
      vi: `ghi tên tệp vào attachments của văn bản cần đính kèm (- file: "${name}"), hoặc xóa tệp nếu không cần`,
      en: `name it in the attachments of its document (- file: "${name}"), or delete it if it is not needed`,
    },
  }),
  'file.sameItem': ({ other, item }) => ({
    problem: {
      vi: `tệp này và tệp ${other} trùng tên, chỉ khác đuôi, nên là cùng một mục "${item}": chỉ một trong hai được xuất bản`,
      en: `this file and ${other} have the same name but for the ending, so they are one item "${item}": only one of them would be published`,
    },
    expected: {
      vi: 'giữ một tệp: chép nội dung cần giữ vào một tệp rồi xóa tệp kia, hoặc đổi tên một tệp nếu đó là hai mục khác nhau',
      en: 'keep one file: copy what should stay into one and delete the other, or rename one if they are two different items',
    },
  }),
  'file.routeTaken': ({ name, example, taken }) => ({
    problem: {
      vi: `địa chỉ /${name}/ đã là một trang có sẵn của trang web, nên trang này sẽ không bao giờ được xuất bản`,
      en: `the address /${name}/ is already taken by one of the site's own pages, so this page would never be published`,
    },
    expected: {
      vi: `đặt cho tệp một tên khác (tên tệp là địa chỉ của trang), ví dụ ${example}; các địa chỉ đã có: ${taken.join(', ')}`,
      en: `give the file another name (it becomes the address), e.g. ${example}; addresses already taken: ${taken.join(', ')}`,
    },
  }),
  'file.utf16': () => ({
    problem: {
      vi: 'tệp được lưu theo bảng mã UTF-16 ("Unicode" trong Notepad), không phải UTF-8 như mọi tệp nội dung',
      en: 'the file is saved as UTF-16 ("Unicode" in Notepad), not as UTF-8 like every content file',
    },
    expected: {
      vi: 'mở tệp rồi lưu lại với bảng mã UTF-8 (Notepad: File › Save As…, ô Encoding chọn UTF-8)',
      en: 'open the file and save it again as UTF-8 (Notepad: File › Save As…, Encoding: UTF-8)',
    },
  }),
  'file.legacyEncoding': ({ encoding }) => ({
    problem: {
      vi: `chữ được gõ theo bảng mã cũ ${encoding === 'TCVN3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI (phông VNI-Times)'}: chỉ đọc được với phông chữ ấy, trên trang sẽ hiện thành chữ lạ như "KÕ ho¹ch"`,
      en: `the text is typed in the old ${encoding === 'TCVN3' ? 'TCVN3 (ABC, .VnTime fonts)' : 'VNI (VNI-Times fonts)'} encoding: readable in those fonts only, and garbled on the site, as "KÕ ho¹ch"`,
    },
    expected: {
      vi: `chuyển sang Unicode bằng công cụ chuyển mã của Unikey (Công cụ… › Chuyển mã: nguồn ${encoding === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI Windows'}, đích Unicode) rồi dán lại`,
      en: `convert it to Unicode with Unikey's converter (Tools… › Convert: source ${encoding === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI Windows'}, destination Unicode) and paste it back`,
    },
  }),
  'file.placeholder': () => ({
    problem: {
      vi: 'còn chữ mẫu do npm run new viết sẵn, chưa được thay bằng nội dung thật',
      en: 'text that npm run new wrote as a placeholder is still there, not yet replaced by the real content',
    },
    expected: {
      vi: 'thay chữ mẫu bằng nội dung thật (hoặc xóa dòng ấy)',
      en: 'replace the placeholder with the real content (or remove the line)',
    },
  }),
  'file.encoding': () => ({
    problem: {
      vi: 'tệp không được lưu theo bảng mã UTF-8 (có lẽ đã lưu là "ANSI" hoặc Windows-1258), nên chữ có dấu sẽ hiện thành ký tự lỗi � trên trang',
      en: 'the file is not saved as UTF-8 (perhaps as "ANSI" or Windows-1258), so letters with diacritics would show as � on the site',
    },
    expected: {
      vi: 'mở tệp rồi lưu lại với bảng mã UTF-8 (Notepad: File › Save As…, ô Encoding chọn UTF-8), kiểm tra lại chữ có dấu rồi chạy lại',
      en: 'open the file and save it again as UTF-8 (Notepad: File › Save As…, Encoding: UTF-8), check the accented letters, then run again',
    },
  }),

  'reference.document': ({ slug }) => ({
    problem: {
      vi: `không có văn bản nào tên "${slug}" trong content/documents/`,
      en: `there is no document "${slug}" in content/documents/`,
    },
    expected: {
      vi: 'tên tệp (không có đuôi .mdx) của một văn bản có trong content/documents/',
      en: 'the file name (without .mdx) of a document in content/documents/',
    },
  }),
  'reference.self': () => ({
    expected: { vi: 'một văn bản khác, không phải chính văn bản này', en: 'another document, not this one' },
  }),
  'reference.field': ({ fields }) => ({ expected: listedField(fields) }),
  'reference.locality': ({ ids, meant }) => ({
    ...nameForId(meant),
    expected: { vi: `${SITE_LOCALITY.vi}: ${ids.join(', ')}`, en: `${SITE_LOCALITY.en}: ${ids.join(', ')}` },
  }),
  'reference.officer': ({ officers, meant }) => ({
    ...nameForId(meant),
    expected: {
      vi: `mã chức danh có trong "officers" của content/site.yaml: ${officers.join(', ')}`,
      en: `an officer id listed under "officers" in content/site.yaml: ${officers.join(', ')}`,
    },
  }),
  'deploy.basePath': ({ path }) => ({
    problem: {
      vi: `GitHub Pages sẽ đặt trang ở thư mục con ${path}/ của tên miền; mọi liên kết trong trang bắt đầu từ gốc tên miền (như /van-ban/) nên sẽ không tới đúng trang`,
      en: `GitHub Pages would serve the site under ${path}/; every link in it starts from the root of the host (as /van-ban/), so each would miss its page`,
    },
    expected: {
      vi: 'trang ở gốc một tên miền: trong Settings → Pages của kho, đặt Custom domain (tên miền riêng, ví dụ dakdoa.gialai.gov.vn) và ghi đúng địa chỉ đó vào baseUrl của content/site.yaml; hoặc đăng ở kho <tên>.github.io của người dùng hay tổ chức; hoặc dùng nơi đăng khác (Cloudflare Pages, Netlify, nginx)',
      en: "a site at the root of a host: set a Custom domain in the repository's Settings → Pages (e.g. dakdoa.gialai.gov.vn) and write that address as baseUrl in content/site.yaml; or publish from the <name>.github.io repository of a user or organisation; or use another host (Cloudflare Pages, Netlify, nginx)",
    },
  }),
  'alias.address': ({ suggestion }) => ({
    problem: {
      vi: 'đây là một địa chỉ trang; aliases chỉ ghi tên tệp cũ, là phần cuối của địa chỉ cũ',
      en: "this is a page address; aliases take only the former file name, the old address's last part",
    },
    expected: formerName(suggestion),
  }),
  'alias.extension': ({ suggestion }) => ({
    problem: {
      vi: 'tên tệp cũ ghi kèm đuôi tệp; aliases ghi tên không có đuôi .mdx, .yaml',
      en: 'the former file name is written with its extension; aliases take the name without .mdx or .yaml',
    },
    expected: formerName(suggestion),
  }),
  'alias.taken': ({ alias, folder }) => ({
    problem: {
      vi: `"${alias}" đang là địa chỉ của một mục khác trong content/${folder}/`,
      en: `"${alias}" is the address of another item in content/${folder}/`,
    },
    expected: {
      vi: 'tên tệp cũ của chính mục này, không trùng với mục nào đang có',
      en: 'a former file name of this item, not the name of any current item',
    },
  }),
  'alias.claimed': ({ owner }) => ({
    problem: { vi: `địa chỉ cũ này đã được khai báo ở ${owner}`, en: `this former address is already declared by ${owner}` },
    expected: { vi: 'mỗi địa chỉ cũ chỉ dẫn đến một mục', en: 'each former address leads to one item only' },
  }),

  'link.attachment': ({ name }) => ({
    problem: {
      vi: `liên kết tới /tep/${name}, nhưng không văn bản nào đính kèm tệp này nên trang không có nó`,
      en: `the link leads to /tep/${name}, but no document attaches that file, so the site does not publish it`,
    },
    expected: {
      vi: 'địa chỉ /tep/<tên tệp> của một tệp có trong "attachments" của một văn bản (kiểm tra chính tả và đuôi tệp)',
      en: 'the address /tep/<file name> of a file under "attachments" of a document (check spelling and extension)',
    },
  }),
  'link.item': ({ section, slug, folder }) => ({
    problem: {
      vi: `liên kết tới một trang không có: không có mục nào tên "${slug}" trong content/${folder}/`,
      en: `the link leads to a page that does not exist: there is no item "${slug}" in content/${folder}/`,
    },
    expected: {
      vi: `địa chỉ /${section}/<tên tệp không có đuôi>/ của một mục có trong content/${folder}/`,
      en: `the address /${section}/<file name without extension>/ of an item in content/${folder}/`,
    },
  }),

  'document.signedForMissing': ({ authority }) => ({
    expected: {
      vi: `tên cơ quan hoặc chức danh được ký thay sau "${authority}.", ví dụ "Ủy ban nhân dân" hoặc "Chủ tịch"`,
      en: `the body or head signed for after "${authority}.", e.g. "Ủy ban nhân dân" or "Chủ tịch"`,
    },
  }),
  'document.deputyOfWithoutTM': () => ({
    expected: {
      vi: '"deputyOf" chỉ dùng sau "authority: TM"; cấp phó ký thay người đứng đầu (không thay mặt tập thể) thì ghi "authority: KT" và "onBehalfOf: Chủ tịch"',
      en: '"deputyOf" only after "authority: TM"; a deputy signing for the head alone writes "authority: KT" and "onBehalfOf: Chủ tịch"',
    },
  }),
  'document.deputyNeedsKT': ({ position }) => ({
    problem: {
      vi: `cấp phó (${position}) thay mặt tập thể phải ký thay người đứng đầu, có dòng "KT." ở giữa khối chữ ký`,
      en: `a deputy (${position}) signing for the collective body signs for its head, with a "KT." line in the middle of the block`,
    },
    expected: {
      vi: 'thêm deputyOf: "Chủ tịch" để in "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
      en: 'add deputyOf: "Chủ tịch" so the block prints "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
    },
  }),
  'document.referenceBoth': () => ({
    expected: {
      vi: 'hoặc "document" (văn bản có trên trang), hoặc trích dẫn văn bản bên ngoài (kind, number, date, issuer, title), không cả hai',
      en: 'either "document" (a document on this site) or a citation of an outside document (kind, number, date, issuer, title), not both',
    },
  }),
  'document.citationIncomplete': () => ({
    expected: {
      vi: 'trích dẫn cần ít nhất "kind" (loại văn bản) và "title" (tên/trích yếu); hoặc dùng "document" để chỉ văn bản có trên trang',
      en: 'a citation needs at least "kind" and "title"; or use "document" to point at a document on this site',
    },
  }),
  'changes.afterToday': ({ date, today }) => ({
    problem: {
      vi: `lời ghi thay đổi đề ngày ${date}, còn ở sau hôm nay (${formatDateShortVi(toPartialDate(today))})`,
      en: `the change note is dated ${date}, after today (${today})`,
    },
    expected: {
      vi: 'ngày đã sửa nội dung, là hôm nay hoặc một ngày đã qua',
      en: 'the day the content was changed, today or earlier',
    },
  }),
  'followUp.twoDeadlines': () => ({
    problem: { vi: 'hạn báo cáo ghi cả due lẫn before', en: 'the reporting deadline gives both due and before' },
    expected: {
      vi: 'chỉ một trong hai, đúng như văn bản viết: due khi văn bản ghi "chậm nhất ngày …" (tính cả ngày đó), before khi văn bản ghi "trước ngày …"',
      en: 'one of the two, as the document words it: due for "by" a day (that day included), before for "before" a day',
    },
  }),
  'followUp.duplicateId': ({ id }) => ({
    problem: {
      vi: `mã "${id}" đã dùng cho một mục khác trong danh sách này`,
      en: `the id "${id}" is already used by another item of this list`,
    },
    expected: { vi: 'mỗi nhiệm vụ, mỗi kỳ báo cáo một mã riêng', en: 'a distinct id for each task and each reporting duty' },
  }),
  'followUp.kindCannotAssign': ({ kind, kinds }) => ({
    problem: { vi: `loại văn bản "${kind}" không giao nhiệm vụ`, en: `a document of kind "${kind}" does not assign tasks` },
    expected: {
      vi: `chỉ văn bản giao việc mới ghi followUp: ${kinds.join(', ')}`,
      en: `followUp belongs to documents that assign work: ${kinds.join(', ')}`,
    },
  }),
  'followUp.answerNotReport': ({ kind }) => ({
    problem: {
      vi: `văn bản loại "${kind}" ghi answers, nhưng chỉ báo cáo mới trả lời kỳ báo cáo`,
      en: `a document of kind "${kind}" gives answers, which only a report does`,
    },
    expected: { vi: 'đặt kind: bao-cao, hoặc bỏ answers', en: 'kind: bao-cao, or no answers' },
  }),
  'followUp.planWithoutDuties': ({ plan }) => ({
    problem: {
      vi: `văn bản "${plan}" không ghi kỳ báo cáo nào (followUp.reports)`,
      en: `the document "${plan}" lists no reporting duty (followUp.reports)`,
    },
    expected: {
      vi: 'tên tệp của kế hoạch có ghi kỳ báo cáo; hoặc thêm kỳ báo cáo vào kế hoạch đó trước',
      en: 'the file name of a plan that lists reporting duties; or add the duty to that plan first',
    },
  }),
  'followUp.unknownDuty': ({ duty, plan, duties }) => ({
    problem: { vi: `kế hoạch "${plan}" không có kỳ báo cáo mã "${duty}"`, en: `the plan "${plan}" has no reporting duty "${duty}"` },
    expected: { vi: `một trong các mã: ${duties.join(', ')}`, en: `one of: ${duties.join(', ')}` },
  }),
  'followUp.unknownTask': ({ task, plan, tasks }) => ({
    problem: { vi: `kế hoạch "${plan}" không có nhiệm vụ mã "${task}"`, en: `the plan "${plan}" has no task "${task}"` },
    expected: {
      vi:
        tasks.length > 0
          ? `một trong các mã: ${tasks.join(', ')}`
          : 'kế hoạch chưa ghi nhiệm vụ nào (followUp.tasks): thêm vào kế hoạch trước',
      en: tasks.length > 0 ? `one of: ${tasks.join(', ')}` : 'the plan lists no task (followUp.tasks): add it there first',
    },
  }),
  'followUp.duplicateReport': ({ duty, otherFile }) => ({
    problem: {
      vi: `kỳ báo cáo "${duty}" đã có báo cáo trả lời: ${otherFile}`,
      en: `the reporting duty "${duty}" is already answered by ${otherFile}`,
    },
    expected: {
      vi: 'mỗi kỳ báo cáo một báo cáo; báo cáo bổ sung thì ghi implements thay vì answers',
      en: 'one report per duty; a supplementary report gives implements instead of answers',
    },
  }),
  'followUp.late': ({ issued, deadline, days }) => ({
    problem: {
      vi: `báo cáo ban hành ngày ${issued}, sau hạn ${deadline} ${days} ngày: trang sẽ ghi là báo cáo trễ hạn`,
      en: `the report was issued on ${issued}, ${days} days after its deadline ${deadline}: the site shows it as late`,
    },
    expected: {
      vi: 'không phải sửa nếu đúng như vậy; nếu ghi nhầm ngày thì sửa ngày ban hành',
      en: 'nothing to fix if so; if the date is a typo, correct it',
    },
  }),
  'withdrawn.afterToday': ({ date, today }) => ({
    problem: {
      vi: `ngày ngừng công khai ${date} còn ở sau hôm nay (${formatDateShortVi(toPartialDate(today))})`,
      en: `the withdrawal date ${date} is after today (${today})`,
    },
    expected: {
      vi: 'ghi ngày Ủy ban nhân dân quyết định ngừng công khai, là hôm nay hoặc một ngày đã qua; muốn gỡ vào một ngày sau thì đợi đến ngày đó mới thêm withdrawn',
      en: 'write the day the committee decided to withdraw it, today or earlier; to withdraw it later, add withdrawn on that day',
    },
  }),
  'document.issuedAfterToday': ({ issued, today }) => ({
    problem: {
      vi: `ngày ban hành ${issued} còn ở sau hôm nay (${formatDateShortVi(toPartialDate(today))}): văn bản đã ban hành thì ngày ban hành không ở tương lai`,
      en: `the issue date ${issued} is after today (${today}): an issued document is not dated in the future`,
    },
    expected: {
      vi: 'sửa ngày ban hành cho đúng ngày ghi trên văn bản; nếu là dự thảo chưa ký, thêm draft: true',
      en: 'write the issue date printed on the document; if it is an unsigned draft, add draft: true',
    },
  }),
  'document.lookalikeD': () => ({
    problem: {
      vi: 'có chữ Ð (mã U+00D0), trông giống chữ Đ nhưng là chữ khác, thường do chép từ tệp PDF',
      en: 'it has the letter Ð (U+00D0), which looks like the Vietnamese Đ but is another letter, often from text copied out of a PDF',
    },
    expected: { vi: 'gõ lại chữ Đ bằng bàn phím tiếng Việt', en: 'type the Đ again with a Vietnamese keyboard' },
  }),
  'document.numberFormat': () => ({
    expected: {
      vi: 'số ký hiệu dạng 12/KH-UBND, hoặc 15/2023/QĐ-UBND với văn bản quy phạm pháp luật; chỉ ghi số ký hiệu, không ghi chữ "Số"',
      en: 'a number like 12/KH-UBND, or 15/2023/QĐ-UBND for a legal normative document; the number alone, without the word "Số"',
    },
  }),
  'document.signerMissing': () => ({
    expected: {
      vi: 'người ký ("signer"), như in ở khối chữ ký; chỉ dự thảo ("draft: true") mới chưa có người ký',
      en: 'the signer ("signer"), as the signature block prints it; only a draft ("draft: true") is unsigned',
    },
  }),
  'document.draftNumbered': () => ({
    problem: {
      vi: 'dự thảo chưa có số ký hiệu: số chỉ được cấp khi văn bản được ký ban hành',
      en: 'a draft has no number yet: the number is given when the document is signed and issued',
    },
    expected: {
      vi: 'bỏ "number" khi còn là dự thảo, hoặc bỏ "draft: true" nếu văn bản đã ban hành',
      en: 'no "number" while it is a draft, or no "draft: true" once the document is issued',
    },
  }),
  'document.expiryBeforeIssued': ({ issued }) => ({
    expected: {
      vi: `ngày hết hiệu lực không sớm hơn ngày ban hành (${issued})`,
      en: `an expiry date no earlier than the issue date (${issued})`,
    },
  }),
  'document.expiryBeforeEffective': ({ effective }) => ({
    expected: {
      vi: `ngày hết hiệu lực không sớm hơn ngày có hiệu lực (${effective})`,
      en: `an expiry date no earlier than the effective date (${effective})`,
    },
  }),
  'document.replacesLater': ({ issued, replacedFile, replacedIssued }) => ({
    problem: {
      vi: `văn bản này ban hành ngày ${issued}, trước văn bản mà nó thay thế (${replacedFile}, ban hành ${replacedIssued})`,
      en: `this document was issued on ${issued}, before the document it replaces (${replacedFile}, issued ${replacedIssued})`,
    },
    expected: {
      vi: 'văn bản thay thế ban hành cùng ngày hoặc sau văn bản bị thay thế: kiểm tra ngày ban hành của hai văn bản',
      en: 'a replacement issued on or after the document it replaces: check both issue dates',
    },
  }),
  'document.numberTaken': ({ number, issuer, year, otherFile }) => ({
    problem: {
      vi: `số ${number} của ${issuer} năm ${year} đã dùng cho ${otherFile}`,
      en: `number ${number} of ${issuer} in ${year} is already used by ${otherFile}`,
    },
    expected: {
      vi: 'một số ký hiệu chưa dùng trong năm của cơ quan ban hành',
      en: 'a number not yet used by this issuer in that year',
    },
  }),
  'document.numberCodeOfOtherKind': ({ kind, kindName }) => ({
    problem: {
      vi: `số ký hiệu có mã của một loại văn bản khác, mà ${kindName} không có mã loại`,
      en: `the number carries another kind's code, and a ${kind} has none`,
    },
    expected: {
      vi: 'số ký hiệu công văn dạng "số/cơ quan-đơn vị soạn", ví dụ 35/UBND-VP, hoặc sửa "kind"',
      en: 'a công văn number like "n/issuer-unit", e.g. 35/UBND-VP, or correct "kind"',
    },
  }),
  'document.numberCodeMismatch': ({ kind, kindName, code }) => ({
    problem: {
      vi: `số ký hiệu không khớp loại văn bản ${kindName} (${code})`,
      en: `the number does not match the kind ${kind} (${code})`,
    },
    expected: {
      vi: `số ký hiệu dạng "số/${code}-cơ quan", ví dụ 12/${code}-UBND, hoặc sửa "kind"`,
      en: `a number like "n/${code}-issuer", e.g. 12/${code}-UBND, or correct "kind"`,
    },
  }),

  'reception.endBeforeStart': ({ start, end }) => ({
    problem: {
      vi: `giờ kết thúc ${end} không sau giờ bắt đầu ${start}`,
      en: `the end ${end} is not after the start ${start}`,
    },
    expected: TIME_RANGE_EXPECTED,
  }),
  'reception.movedWithoutDate': () => ({
    problem: { vi: 'buổi tiếp đã dời nhưng chưa ghi ngày mới', en: 'the session is moved but has no new date' },
    expected: {
      vi: 'ngày mới của buổi tiếp đã dời (movedTo: { date: 2023-03-24 }, có thể kèm start, end)',
      en: 'the new date of the moved session (movedTo: { date: 2023-03-24 }, optionally start and end)',
    },
  }),
  'reception.movedToNotMoved': ({ status }) => ({
    problem: {
      vi: `có ngày dời (movedTo) nhưng trạng thái là "${status}", không phải "moved": ngày dời sẽ bị bỏ qua`,
      en: `there is a new date (movedTo) but the status is "${status}", not "moved": the new date would be ignored`,
    },
    expected: {
      vi: 'status: moved khi buổi tiếp được dời sang ngày khác; buổi bị hủy (cancelled) hay giữ nguyên thì bỏ movedTo',
      en: 'status: moved when the session moves to another day; for a cancelled or unchanged session, remove movedTo',
    },
  }),
  'reception.movedStartPastEnd': ({ date, start, end }) => ({
    problem: {
      vi: `buổi dời bắt đầu lúc ${start} nhưng vẫn kết thúc lúc ${end} theo giờ cũ, vì movedTo không ghi giờ kết thúc (end)`,
      en: `the moved session starts at ${start} but still ends at ${end}, the planned end, as movedTo gives no end`,
    },
    expected: MOVED_TIMES_EXPECTED(date),
  }),
  'reception.movedEndBeforeStart': ({ date, start, end }) => ({
    problem: {
      vi: `buổi dời kết thúc lúc ${end} nhưng vẫn bắt đầu lúc ${start} theo giờ cũ, vì movedTo không ghi giờ bắt đầu (start)`,
      en: `the moved session ends at ${end} but still starts at ${start}, the planned start, as movedTo gives no start`,
    },
    expected: MOVED_TIMES_EXPECTED(date),
  }),
  'reception.cancelledWithOfficer': () => ({
    problem: {
      vi: 'buổi tiếp đã hủy (cancelled) nhưng có ghi người tiếp thay (officer): người này sẽ bị bỏ qua',
      en: 'the session is cancelled but names an officer receiving instead: the officer would be ignored',
    },
    expected: {
      vi: 'bỏ officer khi buổi bị hủy; nếu có người tiếp thay thì status: substituted (hoặc moved nếu cũng dời ngày)',
      en: 'no officer on a cancelled session; if someone receives instead, status: substituted (or moved if it also moves)',
    },
  }),
  'reception.substituteMissing': () => ({
    expected: {
      vi: 'mã chức danh người tiếp thay (officer), ví dụ pho-chu-tich',
      en: 'the id of the officer receiving instead (officer), e.g. pho-chu-tich',
    },
  }),
  'reception.duplicateException': ({ first }) => ({
    problem: {
      vi: `ngày này đã có ngoại lệ ở exceptions[${first}]; chỉ ngoại lệ đầu tiên được áp dụng`,
      en: `exceptions[${first}] already changes this day; only the first one would apply`,
    },
    expected: {
      vi: 'mỗi ngày một ngoại lệ: gộp lại thành một (dời ngày và có người tiếp thay: status: moved, movedTo và officer)',
      en: 'one exception per day: merge them into one (moved and received by someone else: status: moved, movedTo and officer)',
    },
  }),
  'reception.ruleWithoutEnd': () => ({
    problem: { vi: 'lịch lặp lại chưa có ngày kết thúc', en: 'the recurring rule has no end' },
    expected: {
      vi: 'ngày kết thúc của lịch lặp lại (until: 2023-03-31); lịch lặp lại không được để mở vô thời hạn',
      en: 'the last day of the recurring rule (until: 2023-03-31); a recurring rule must not run forever',
    },
  }),
  'reception.scheduleReversed': ({ from, to }) => ({
    problem: {
      vi: `ngày kết thúc ${to} trước ngày bắt đầu ${from}`,
      en: `the end ${to} is before the start ${from}`,
    },
    expected: { vi: 'ngày kết thúc (to) không sớm hơn ngày bắt đầu (from)', en: 'an end (to) no earlier than the start (from)' },
  }),
  'reception.duplicateId': () => ({
    expected: { vi: 'một mã (id) chưa dùng trong lịch này', en: 'an id not yet used in this schedule' },
  }),
  'reception.outsidePeriod': ({ from, to }) => ({
    problem: { vi: 'ngày nằm ngoài thời gian của lịch', en: 'the day is outside the period of the schedule' },
    expected: { vi: `một ngày từ ${shortVi(from)} đến ${shortVi(to)}`, en: `a day from ${from} to ${to}` },
  }),
  'reception.movedFar': ({ from, to, margin, earliest, latest }) => ({
    problem: {
      vi: `ngày dời cách thời gian của lịch (từ ${shortVi(from)} đến ${shortVi(to)}) hơn ${margin} ngày`,
      en: `the new day is more than ${countEn(margin, 'day', 'days')} outside the period of the schedule (from ${from} to ${to})`,
    },
    expected: {
      vi: `một ngày từ ${shortVi(earliest)} đến ${shortVi(latest)}; kiểm tra lại năm và tháng`,
      en: `a day from ${earliest} to ${latest}; check the year and the month`,
    },
  }),
  'reception.ruleReversed': ({ from, until }) => ({
    problem: {
      vi: `ngày kết thúc ${shortVi(until)} trước ngày bắt đầu ${shortVi(from)} của lịch lặp lại: lịch không có buổi nào`,
      en: `the end ${until} is before the start ${from} of the recurring rule: it gives no session`,
    },
    expected: {
      vi: 'ngày kết thúc (until) không sớm hơn ngày bắt đầu (from, nếu không ghi là ngày đầu của lịch)',
      en: 'an end (until) no earlier than the start (from, or the first day of the schedule when not given)',
    },
  }),
  'reception.ruleNoDay': ({ weekday, from, until }) => {
    const day = weekdayName(weekday);
    return {
      problem: {
        vi: `không có ngày ${day.vi} nào từ ${shortVi(from)} đến ${shortVi(until)}: lịch lặp lại này không có buổi nào`,
        en: `no ${day.en} falls from ${from} to ${until}: this recurring rule gives no session`,
      },
      expected: {
        vi: 'một thứ trong tuần (weekday) có ít nhất một ngày trong khoảng from–until, hoặc sửa lại from, until',
        en: 'a weekday that falls at least once between from and until, or corrected from and until',
      },
    };
  },
  'reception.exceptionNotOnRule': ({ weekday, from, until }) => {
    const day = weekdayName(weekday);
    return {
      problem: {
        vi: 'ngày ngoại lệ không phải là một buổi của lịch lặp lại này',
        en: 'the exception is not a day this recurring rule meets',
      },
      expected: {
        vi: `một ngày ${day.vi} từ ${shortVi(from)} đến ${shortVi(until)}`,
        en: `a ${day.en} from ${from} to ${until}`,
      },
    };
  },
  'reception.overlap': ({ date, start, end, officer, otherFile }) => ({
    problem: {
      vi: `trùng giờ với buổi ${shortVi(date)} ${start}–${end} của cùng chức danh "${officer}" (${otherFile})`,
      en: `overlaps the session on ${date} ${start}–${end} of the same officer "${officer}" (${otherFile})`,
    },
    expected: {
      vi: 'mỗi người tiếp công dân chỉ một buổi tại một thời điểm: sửa giờ, ngày hoặc người tiếp',
      en: 'one session at a time per officer: change the time, the day or the officer',
    },
  }),
  'reception.holiday': ({ date, holiday }) => ({
    problem: {
      vi: `quy tắc đặt một buổi tiếp ngày ${shortVi(date)}, là ngày nghỉ ${holiday}`,
      en: `the rule puts a session on ${date}, a public holiday (${holiday})`,
    },
    expected: {
      vi: 'thêm ngoại lệ cho ngày này trong "exceptions" của quy tắc: hủy (status: cancelled) hoặc dời sang ngày làm việc (status: moved)',
      en: 'an exception for that day under the rule\'s "exceptions": cancelled (status: cancelled) or moved to a working day (status: moved)',
    },
  }),
  'reception.weekWithoutHead': ({ week, monday, sunday }) => ({
    problem: {
      vi: `tuần ${week} (${shortVi(monday)}–${shortVi(sunday)}) không có buổi nào Chủ tịch trực tiếp tiếp công dân`,
      en: `week ${week} (${monday} to ${sunday}) has no session received by the chairman in person`,
    },
    expected: {
      vi: 'Chủ tịch tiếp công dân ít nhất 01 ngày mỗi tuần (Luật Tiếp công dân 2013, Điều 15, khoản 2)',
      en: 'the chairman receives citizens at least one day every week (Law on Citizen Reception 2013, Art. 15.2)',
    },
  }),

  // Each id with its label as the pages show it, so `answer: "tiếp thu"` is answered with `accepted (Tiếp thu), …`.
  'consultation.unknownId': ({ list, ids }) => ({
    expected: {
      vi: `một trong các mã: ${ids.map((id) => `${id} (${t(`${CONSULTATION_LABELS[list]}.${id}` as MessageKey)})`).join(', ')}`,
      en: `one of: ${ids.join(', ')}`,
    },
  }),
  'consultation.replyBeforeSent': ({ sent }) => ({
    problem: {
      vi: `Mặt trận trả lời trước khi nhận dự thảo (ngày gửi: ${shortVi(sent)})`,
      en: `the Front replied before the draft was sent to it (sent: ${sent})`,
    },
    expected: {
      vi: 'ngày nhận được ý kiến phản biện (replied) từ ngày gửi dự thảo (sent) trở đi',
      en: 'a reply day (replied) on or after the day the draft was sent (sent)',
    },
  }),
  'consultation.countsMismatch': ({ sum, total }) => ({
    problem: {
      vi: `các số theo kênh cộng lại được ${sum}, nhưng tổng số ý kiến ghi ${total}`,
      en: `the counts by channel add up to ${sum}, but the total says ${total}`,
    },
    expected: {
      vi: 'số ý kiến theo từng kênh (byChannel) cộng lại bằng tổng số ý kiến (total)',
      en: 'counts by channel (byChannel) that add up to the total (total)',
    },
  }),
  'consultation.pointOverTotal': ({ count, total }) => ({
    problem: {
      vi: `${count} ý kiến nêu nội dung này, nhiều hơn tổng số ý kiến nhận được (total: ${total})`,
      en: `${countEn(count, 'opinion', 'opinions')} made this point, more than the opinions received in all (total: ${total})`,
    },
    expected: {
      vi: `số ý kiến nêu nội dung này (count) không quá tổng số ý kiến (${total})`,
      en: `a count of opinions for this point (count) no greater than the total (${total})`,
    },
  }),
  'consultation.closesBeforeOpens': ({ opens }) => ({
    problem: {
      vi: `hạn cuối không sau thời điểm bắt đầu lấy ý kiến (opens: ${opens})`,
      en: `the closing time is not after the opening time (opens: ${opens})`,
    },
    expected: {
      vi: 'thời điểm kết thúc (closes) sau thời điểm bắt đầu (opens)',
      en: 'a closing time (closes) after the opening time (opens)',
    },
  }),
  'consultation.announcedAfterOpening': ({ openingDay }) => ({
    expected: {
      vi: `ngày đăng thông báo không muộn hơn ngày bắt đầu lấy ý kiến (${openingDay})`,
      en: `an announcement day no later than the opening day (${openingDay})`,
    },
  }),
  'consultation.outcomeBeforeClose': ({ closes, firstDay }) => {
    const last = lastMinute(closes);
    return {
      problem: {
        vi: `ngày công bố kết quả khi còn đang nhận ý kiến (${deadlineText(closes)})`,
        en: `the outcome is dated while opinions were still taken (last minute ${last.date} ${last.time})`,
      },
      expected: {
        vi: `ngày công bố kết quả từ ngày ${shortVi(firstDay)} trở đi, sau khi hết hạn lấy ý kiến`,
        en: `an outcome date on or after ${firstDay}, once the consultation has closed`,
      },
    };
  },
  'consultation.emailMissing': () => ({
    problem: {
      vi: 'không ghi địa chỉ thư, và content/site.yaml cũng chưa có "email"',
      en: 'no address is given, and content/site.yaml has no "email" either',
    },
    expected: {
      vi: 'địa chỉ thư điện tử chính thức của Ủy ban, ghi vào "email" trong content/site.yaml',
      en: 'the committee\'s official e-mail address, under "email" in content/site.yaml',
    },
  }),
  'consultation.phoneMissing': () => ({
    problem: {
      vi: 'không ghi số điện thoại, và content/site.yaml cũng chưa có "phones"',
      en: 'no number is given, and content/site.yaml has no "phones" either',
    },
    expected: {
      vi: 'số điện thoại chính thức của Ủy ban, ghi vào "phones" trong content/site.yaml',
      en: 'the committee\'s official phone number, under "phones" in content/site.yaml',
    },
  }),
  'consultation.outcomeWhileOpen': ({ closes }) => {
    const last = lastMinute(closes);
    return {
      problem: {
        vi: `chưa hết hạn lấy ý kiến (${deadlineText(closes)}) mà đã có kết quả`,
        en: `the consultation has not closed yet (last minute ${last.date} ${last.time}) but has an outcome`,
      },
      expected: {
        vi: 'chỉ ghi phần kết quả (outcome) sau khi hết hạn lấy ý kiến',
        en: 'an outcome only after the consultation has closed',
      },
    };
  },
  'consultation.outcomeInFuture': ({ today }) => {
    const todayVi = shortVi(today);
    return {
      problem: {
        vi: `ngày công bố kết quả sau hôm nay (${todayVi}, ngày tạo trang): không thể công bố kết quả vào một ngày chưa đến`,
        en: `the outcome is dated after today (${today}, the build date): an outcome cannot be published on a day that has not come yet`,
      },
      expected: {
        vi: `ngày đã công bố kết quả, không muộn hơn hôm nay (${todayVi}); kiểm tra lại năm, tháng, ngày`,
        en: `the day the outcome was published, no later than today (${today}); check the year, month and day`,
      },
    };
  },
  'consultation.periodTooLong': ({ days, longest }) => ({
    problem: {
      vi: `lấy ý kiến trong ${days} ngày, dài hơn ${longest} ngày: có thể đã gõ nhầm năm hoặc tháng của hạn cuối`,
      en: `open for ${countEn(days, 'day', 'days')}, longer than ${longest}: the year or month of the deadline may be mistyped`,
    },
    expected: {
      vi: 'hạn cuối đúng như văn bản lấy ý kiến đã ghi; nếu thật sự dài như vậy thì giữ nguyên',
      en: 'the deadline the consultation notice gives; if the period really is this long, leave it',
    },
  }),
  'consultation.periodTooShort': ({ days, minimum }) => ({
    problem: {
      vi: `chỉ lấy ý kiến trong ${days} ngày, ít hơn ${minimum} ngày tối thiểu (consultation.minimumDays trong content/site.yaml)`,
      en: `open for only ${countEn(days, 'day', 'days')}, fewer than the minimum of ${minimum} (consultation.minimumDays in content/site.yaml)`,
    },
    expected: {
      vi: `thời gian lấy ý kiến ít nhất ${minimum} ngày, tính cả ngày bắt đầu và ngày cuối`,
      en: `a period of at least ${countEn(minimum, 'day', 'days')}, counting the first and last day`,
    },
  }),
  'consultation.meetingOutside': ({ first, last }) => ({
    problem: {
      vi: `buổi họp nằm ngoài thời gian lấy ý kiến (${first} đến ${last})`,
      en: `the meeting falls outside the consultation period (${first} to ${last})`,
    },
    expected: { vi: 'một ngày trong thời gian lấy ý kiến', en: 'a day within the consultation period' },
  }),

  'dialogue.issueId': () => ({
    expected: {
      vi: 'mã kiến nghị dạng DT-năm-số thứ tự, ví dụ DT-2023-01 (năm là năm tổ chức đối thoại)',
      en: 'an issue id written DT-year-number, e.g. DT-2023-01 (the year of the dialogue)',
    },
  }),
  'dialogue.resolvedWithoutUpdate': () => ({
    problem: {
      vi: 'kiến nghị ghi "đã giải quyết" nhưng chưa có diễn biến nào có ngày cho biết đã giải quyết ra sao',
      en: 'the issue is marked resolved but has no dated update saying how it was resolved',
    },
    expected: {
      vi: 'thêm vào "updates" ít nhất một mục { date: năm-tháng-ngày, text: "đã làm gì" }, hoặc đổi "status" thành "dang-giai-quyet"',
      en: 'add to "updates" at least one { date: year-month-day, text: "what was done" }, or set "status" to "dang-giai-quyet"',
    },
  }),
  'dialogue.transferredWithoutBody': () => ({
    expected: {
      vi: 'tên cơ quan đã nhận chuyển kiến nghị, ví dụ "UBND huyện Đak Đoa", khi "status" là "da-chuyen"',
      en: 'the body the issue was transferred to, e.g. "UBND huyện Đak Đoa", when "status" is "da-chuyen"',
    },
  }),
  'dialogue.openWithoutDue': () => ({
    expected: {
      vi: 'hạn giải quyết (năm-tháng-ngày, ví dụ 2023-09-30) cho kiến nghị đang giải quyết',
      en: 'a due date (year-month-day, e.g. 2023-09-30) for an issue in progress',
    },
  }),
  'dialogue.openWithoutResponsible': () => ({
    expected: {
      vi: 'chức danh hoặc cơ quan phải thực hiện, ví dụ "Công chức Địa chính – Xây dựng", cho kiến nghị đang giải quyết',
      en: 'the role or body that must act, e.g. "Công chức Địa chính – Xây dựng", for an issue in progress',
    },
  }),
  'dialogue.announcementMissing': () => ({
    expected: {
      vi: 'ngày thông báo thời gian, địa điểm, nội dung hội nghị (năm-tháng-ngày): luật yêu cầu thông báo trước ít nhất 7 ngày',
      en: 'the day the time, place and content were announced (year-month-day): the law asks for at least 7 days before',
    },
  }),
  'dialogue.endBeforeStart': ({ start }) => ({
    expected: { vi: `giờ kết thúc sau giờ bắt đầu (${start})`, en: `an end time after the start time (${start})` },
  }),
  'dialogue.duplicateIssueId': ({ id, firstWritten, otherFile }) => {
    const written = firstWritten === id ? same('') : { vi: ` (viết ${firstWritten})`, en: ` (written ${firstWritten})` };
    const place = otherFile === undefined ? { vi: 'trong tệp này', en: 'in this file' } : same(otherFile);
    return {
      problem: {
        vi: `mã ${id} đã dùng cho một kiến nghị khác${written.vi} (${place.vi})`,
        en: `id ${id} is already used by another issue${written.en} (${place.en})`,
      },
      expected: {
        vi: 'một mã chưa dùng, ví dụ số thứ tự tiếp theo trong năm (DT-năm-số)',
        en: 'an id not yet used, e.g. the next number in that year (DT-year-number)',
      },
    };
  },
  'dialogue.announcedAfter': ({ held }) => ({
    problem: { vi: `ngày thông báo sau ngày đối thoại (${shortVi(held)})`, en: `announced after the dialogue (${held})` },
    expected: {
      vi: 'ngày đã thông báo, trước ngày đối thoại ít nhất 7 ngày',
      en: 'the day it was announced, at least 7 days before the dialogue',
    },
  }),
  'dialogue.resultsBeforeDialogue': ({ held }) => ({
    problem: {
      vi: `ngày công khai kết quả trước ngày đối thoại (${shortVi(held)})`,
      en: `results published before the dialogue (${held})`,
    },
    expected: {
      vi: 'ngày công khai kết quả, từ ngày đối thoại trở đi (chậm nhất 10 ngày sau)',
      en: 'the day the results were published, on or after the dialogue (at most 10 days after)',
    },
  }),
  'dialogue.idYear': ({ idYear, year }) => ({
    problem: {
      vi: `năm trong mã (${idYear}) khác năm tổ chức đối thoại (${year})`,
      en: `the year in the id (${idYear}) is not the year of the dialogue (${year})`,
    },
    expected: { vi: `mã dạng DT-${year}-số thứ tự`, en: `an id written DT-${year}-number` },
  }),
  'dialogue.dueBeforeDialogue': ({ held }) => ({
    problem: {
      vi: `hạn giải quyết trước ngày đối thoại (${shortVi(held)}), khi kiến nghị chưa được nêu`,
      en: `the due date is before the dialogue (${held}), when the issue had not yet been raised`,
    },
    expected: {
      vi: `hạn giải quyết từ ngày ${shortVi(held)} trở đi (năm-tháng-ngày)`,
      en: `a due date on or after ${held} (year-month-day)`,
    },
  }),
  'dialogue.updateBeforeDialogue': ({ held }) => ({
    problem: {
      vi: `diễn biến ghi ngày trước ngày đối thoại (${shortVi(held)}), khi kiến nghị chưa được nêu`,
      en: `the update is dated before the dialogue (${held}), when the issue had not yet been raised`,
    },
    expected: {
      vi: `ngày của diễn biến, từ ngày ${shortVi(held)} trở đi (năm-tháng-ngày)`,
      en: `the day of the update, on or after ${held} (year-month-day)`,
    },
  }),
  'dialogue.futureDate': ({ what, today }) => {
    const todayVi = shortVi(today);
    const subject =
      what === 'results'
        ? { vi: 'ngày công khai kết quả', en: 'the results are dated' }
        : { vi: 'diễn biến ghi ngày', en: 'the update is dated' };
    return {
      problem: {
        vi: `${subject.vi} sau hôm nay (${todayVi}, ngày tạo trang): việc chưa xảy ra thì chưa thể ghi là đã làm`,
        en: `${subject.en} after today (${today}, the build date): what has not happened yet cannot be recorded as done`,
      },
      expected: {
        vi: `ngày đã thực hiện, không muộn hơn hôm nay (${todayVi}); kiểm tra lại năm, tháng, ngày`,
        en: `the day it was done, no later than today (${today}); check the year, month and day`,
      },
    };
  },
  'dialogue.unknownLocality': ({ id, ids, meant }) => ({
    problem:
      meant === undefined
        ? {
            vi: `không có thôn, tổ dân phố nào mã "${id}" trong content/site.yaml`,
            en: `there is no locality "${id}" in content/site.yaml`,
          }
        : nameForId(meant).problem,
    expected: {
      vi: `${SITE_LOCALITY.vi}: ${ids.join(', ')}; bỏ trống nếu là việc chung của cả đơn vị`,
      en: `${SITE_LOCALITY.en}: ${ids.join(', ')}; leave it out for the whole commune`,
    },
  }),
  'dialogue.noConference': ({ year }) => ({
    problem: {
      vi: `năm ${year} không có hội nghị đối thoại nào giữa chính quyền và Nhân dân (luật yêu cầu ít nhất một lần mỗi năm)`,
      en: `${year} had no dialogue conference between the commune and its citizens (the law asks for at least one a year)`,
    },
    expected: {
      vi: `một tệp đối thoại năm ${year} có kind: hoi-nghi-doi-thoai, nếu hội nghị đã được tổ chức mà chưa đăng`,
      en: `a dialogue file for ${year} with kind: hoi-nghi-doi-thoai, if the conference was held but not yet published`,
    },
  }),

  'site.missing': () => ({
    expected: { vi: 'tệp cấu hình content/site.yaml', en: 'the configuration file content/site.yaml' },
  }),
  'site.noHead': () => ({
    problem: { vi: 'không có chức danh nào được ghi head: true', en: 'no officer has head: true' },
    expected: ONE_HEAD,
  }),
  'site.twoHeads': ({ first, extra }) => ({
    problem: {
      vi: `"${first}" và "${extra}" đều ghi head: true`,
      en: `both "${first}" and "${extra}" have head: true`,
    },
    expected: ONE_HEAD,
  }),
  'site.duplicateOfficerId': ({ id, index, label }) => {
    const named = earlierEntry('officers', index, label);
    return {
      problem: { vi: `id "${id}" đã dùng cho ${named}`, en: `the id "${id}" is already used by ${named}` },
      expected: {
        vi: 'một id chưa chức danh nào khác trong "officers" dùng: lịch tiếp công dân gọi chức danh bằng id, hai chức danh cùng id sẽ bị coi là một',
        en: 'an id no other officer under "officers" has: reception schedules name an officer by id, so two with one id would be taken for the same',
      },
    };
  },
  'site.duplicateLocalityId': ({ id, index, label }) => {
    const named = earlierEntry('localities', index, label);
    return {
      problem: { vi: `id "${id}" đã dùng cho ${named}`, en: `the id "${id}" is already used by ${named}` },
      expected: {
        vi: 'một id chưa thôn, tổ dân phố nào khác trong "localities" dùng: văn bản, lấy ý kiến và kiến nghị gọi thôn, tổ dân phố bằng id, hai mục cùng id sẽ bị coi là một',
        en: 'an id no other thôn or tổ dân phố under "localities" has: documents, consultations and issues name a locality by id, so two with one id would be taken for the same',
      },
    };
  },
  'site.duplicateField': ({ field, index }) => ({
    problem: { vi: `"${field}" đã có ở fields[${index}]`, en: `"${field}" is already listed at fields[${index}]` },
    expected: DISTINCT_FIELDS,
  }),
  'site.fieldSharesAddress': ({ field, index, other, slug }) => ({
    problem: {
      vi: `"${field}" và fields[${index}] ("${other}") có chung địa chỉ /kien-nghi/linh-vuc/${slug}/`,
      en: `"${field}" and fields[${index}] ("${other}") share the address /kien-nghi/linh-vuc/${slug}/`,
    },
    expected: DISTINCT_FIELDS,
  }),
  'site.phoneUnquoted': ({ value }) => ({
    problem: {
      vi: `viết không có dấu ngoặc kép nên được đọc thành con số ${value}, mất số 0 hoặc dấu + ở đầu`,
      en: `written without quotes, so it was read as the number ${value}, losing its leading 0 or +`,
    },
    expected: {
      vi: `số điện thoại đặt trong dấu ngoặc kép, ví dụ number: "0269 3833 000"; ${PHONE_EXPECTED.vi}`,
      en: `the phone number in double quotes, e.g. number: "0269 3833 000"; ${PHONE_EXPECTED.en}`,
    },
  }),
  'site.phoneNoDigits': () => phoneProblem({ vi: 'không có chữ số nào', en: 'has no digits' }),
  'site.phoneCharacter': ({ character }) =>
    phoneProblem({
      vi: `có ký tự "${character}", không thuộc một số điện thoại`,
      en: `has the character "${character}", which is no part of a phone number`,
    }),
  'site.phoneStart': () => phoneProblem({ vi: 'không bắt đầu bằng 0 hay +84', en: 'starts with neither 0 nor +84' }),
  'site.phonePlusAndZero': () =>
    phoneProblem({
      vi: 'có cả +84 lẫn số 0 đầu: +84 thay cho số 0 ấy, gọi +84 rồi 0 là sai số',
      en: 'has both +84 and the leading 0: +84 replaces that 0, and dialling +84 then 0 reaches a wrong number',
    }),
  'site.phoneSeparators': () =>
    phoneProblem({
      vi: 'có dấu + ở giữa, hai dấu phân cách liền nhau, hoặc dấu phân cách ở đầu, ở cuối',
      en: 'has a + inside, two separators in a row, or a separator at either end',
    }),
  'site.phoneDigits': ({ digits, plus, start }) => {
    const plusNote = plus ? { vi: ' (kể cả số 0 mà +84 thay)', en: ' (counting the 0 that +84 replaces)' } : same('');
    return phoneProblem({
      vi: `có ${digits} chữ số${plusNote.vi}, bắt đầu bằng ${start}: không phải số cố định hay số di động`,
      en: `has ${countEn(digits, 'digit', 'digits')}${plusNote.en}, starting ${start}: neither a landline nor a mobile number`,
    });
  },
  'site.urlScheme': ({ protocol }) =>
    rootUrlProblem({ vi: `dùng giao thức "${protocol}", không phải https: hay http:`, en: `uses "${protocol}", not https: or http:` }),
  'site.urlCredentials': () =>
    rootUrlProblem({ vi: 'có tên đăng nhập hoặc mật khẩu trước tên miền', en: 'has a user name or password before the host' }),
  'site.urlPath': ({ path }) => rootUrlProblem({ vi: `có đường dẫn "${path}" sau tên miền`, en: `has the path "${path}" after the host` }),
  'site.urlQuery': ({ query }) => rootUrlProblem({ vi: `có phần truy vấn "${query}"`, en: `has the query "${query}"` }),
  'site.urlFragment': ({ fragment }) => rootUrlProblem({ vi: `có phần neo "${fragment}"`, en: `has the fragment "${fragment}"` }),
  'site.holidayReversed': ({ from }) => ({
    expected: {
      vi: `ngày nghỉ cuối (to) từ ngày nghỉ đầu (from: ${from}) trở đi`,
      en: `a last day off (to) on or after the first (from: ${from})`,
    },
  }),

  'site.unitMissing': () => ({
    problem: {
      vi: 'không có "unit" (đơn vị hiện nay) cũng không có "formerUnits" (đơn vị cũ)',
      en: 'neither "unit" (the current unit) nor "formerUnits" (former units) is given',
    },
    expected: {
      vi: '"unit" với loại, tên, ngày thành lập (since) theo nghị quyết; hoặc, khi chưa có, đơn vị cũ mà trang đăng tin trước đây trong "formerUnits"',
      en: '"unit" with its type, name and founding day (since) from the resolution; or, until then, the former unit the site published for under "formerUnits"',
    },
  }),
  'site.unitTypeAbolished': ({ name }) => ({
    problem: {
      vi: `từ ngày 01/7/2025 không còn đơn vị hành chính "thị trấn": "thị trấn ${name}" là đơn vị cũ`,
      en: `since 1 July 2025 there is no "thị trấn" unit: "thị trấn ${name}" is a former unit`,
    },
    expected: {
      vi: 'xã, phường hoặc đặc khu theo nghị quyết sắp xếp; ghi thị trấn cũ vào "formerUnits" (type, name, parent, until: 2025-06-30)',
      en: 'xã, phường or đặc khu as the rearrangement resolution names it; list the former thị trấn under "formerUnits" (type, name, parent, until: 2025-06-30)',
    },
  }),
  'site.unitSinceMissing': () => ({
    problem: { vi: 'chưa ghi ngày đơn vị hiện nay bắt đầu hoạt động', en: 'the current unit has no starting day' },
    expected: {
      vi: 'ngày bắt đầu theo nghị quyết thành lập (thường là since: 2025-07-01); mục ghi ngày trước đó thuộc đơn vị cũ',
      en: 'the starting day set by the resolution that formed it (usually since: 2025-07-01); items dated earlier belong to the former units',
    },
  }),
  'site.formerUnitOverlaps': ({ until, since }) => ({
    problem: {
      vi: `đơn vị cũ còn đến ngày ${shortVi(until)}, không trước ngày đơn vị hiện nay bắt đầu (${shortVi(since)})`,
      en: `the former unit lasts until ${until}, not before the current unit begins (${since})`,
    },
    expected: {
      vi: 'ngày cuối của đơn vị cũ trước ngày "since" của đơn vị hiện nay',
      en: 'a last day of the former unit before the current unit\'s "since"',
    },
  }),
  'site.duplicateFormerUnitId': ({ id, index, label }) => {
    const named = earlierEntry('formerUnits', index, label);
    return {
      problem: { vi: `id "${id}" đã dùng cho ${named}`, en: `the id "${id}" is already used by ${named}` },
      expected: {
        vi: 'một id chưa đơn vị cũ nào khác trong "formerUnits" dùng: mục và thôn, tổ dân phố gọi đơn vị cũ bằng id',
        en: 'an id no other unit under "formerUnits" has: items and localities name a former unit by id',
      },
    };
  },
  'site.localityUnitUnknown': ({ id, ids }) => ({
    problem: { vi: `không có đơn vị cũ nào có id "${id}" trong "formerUnits"`, en: `no unit under "formerUnits" has the id "${id}"` },
    expected: {
      vi: ids.length > 0 ? `id của một đơn vị cũ: ${ids.join(', ')}` : 'bỏ formerUnit, hoặc ghi đơn vị cũ vào "formerUnits" trước',
      en:
        ids.length > 0 ? `the id of a former unit: ${ids.join(', ')}` : 'no formerUnit, or list the former unit under "formerUnits" first',
    },
  }),
  'site.localityNowUnknown': ({ id }) => ({
    problem: {
      vi: `"${id}" không phải thôn, tổ dân phố khác có trong "localities"`,
      en: `"${id}" is not another locality under "localities"`,
    },
    expected: {
      vi: 'id của thôn, tổ dân phố hiện nay mà thôn, tổ dân phố này được sáp nhập vào hoặc đổi tên thành',
      en: 'the id of the current thôn or tổ dân phố this one was merged into or renamed as',
    },
  }),
  'site.localityNowWithoutUntil': () => ({
    problem: {
      vi: 'có "now" nhưng chưa ghi ngày cuối (until) của tên cũ',
      en: '"now" is given without the last day (until) of the former name',
    },
    expected: {
      vi: 'ngày cuối thôn, tổ dân phố mang tên và mã này (ví dụ until: 2025-06-30); mục ghi ngày sau đó dùng mã mới',
      en: 'the last day it had this name and id (for example until: 2025-06-30); items dated later use the new id',
    },
  }),
  'site.languageCode': ({ suggestion }) => ({
    problem: {
      vi: suggestion === undefined ? 'không phải mã ngôn ngữ theo BCP 47' : `mã ngôn ngữ viết theo BCP 47 là "${suggestion}"`,
      en: suggestion === undefined ? 'not a BCP 47 language code' : `BCP 47 writes this language code as "${suggestion}"`,
    },
    expected: {
      vi: `${suggestion === undefined ? 'mã ngôn ngữ theo BCP 47, chữ thường' : `code: ${suggestion}`} (ví dụ bdq cho tiếng Ba Na, jra cho tiếng Gia Rai): mã là thuộc tính lang của trang dịch`,
      en: `${suggestion === undefined ? 'a BCP 47 language code in lower case' : `code: ${suggestion}`} (for example bdq for Bahnar, jra for Jarai): the code is the translated page's lang`,
    },
  }),
  'site.languageVietnamese': () => ({
    problem: {
      vi: 'tiếng Việt là ngôn ngữ của chính trang web, không phải ngôn ngữ dịch',
      en: "Vietnamese is the site's own language, not one of its translations",
    },
    expected: {
      vi: 'mã của ngôn ngữ mà văn bản được dịch sang (ví dụ bdq, jra)',
      en: 'the code of a language texts are translated into (for example bdq, jra)',
    },
  }),
  'site.duplicateLanguage': ({ code, index }) => ({
    problem: { vi: `mã "${code}" đã ghi ở languages[${index}]`, en: `the code "${code}" is already listed at languages[${index}]` },
    expected: { vi: 'mỗi ngôn ngữ ghi một lần', en: 'each language listed once' },
  }),
  'translation.address': ({ sections }) => ({
    problem: {
      vi: 'không đọc được địa chỉ của bản tiếng Việt',
      en: 'the address of the Vietnamese item cannot be read',
    },
    expected: {
      vi: `địa chỉ trang tiếng Việt được dịch, chép từ trình duyệt, ví dụ translates: /van-ban/2023-ke-hoach-dan-van-chinh-quyen/ (mục ${sections.map((s) => `/${s}/`).join(', ')})`,
      en: `the address of the Vietnamese page translated, as the browser shows it, for example translates: /van-ban/2023-ke-hoach-dan-van-chinh-quyen/ (sections ${sections.map((s) => `/${s}/`).join(', ')})`,
    },
  }),
  'translation.language': ({ code, codes }) => ({
    problem: {
      vi: `ngôn ngữ "${code}" chưa có trong "languages" của content/site.yaml`,
      en: `the language "${code}" is not listed under "languages" in content/site.yaml`,
    },
    expected: {
      vi:
        codes.length > 0
          ? `mã của một ngôn ngữ đã khai báo: ${codes.join(', ')}; hoặc khai báo ngôn ngữ mới trong content/site.yaml trước`
          : 'khai báo ngôn ngữ trong content/site.yaml trước (languages: - code, name, vietnameseName)',
      en:
        codes.length > 0
          ? `the code of a listed language: ${codes.join(', ')}; or list the new language in content/site.yaml first`
          : 'list the language in content/site.yaml first (languages: - code, name, vietnameseName)',
    },
  }),
  'translation.itemMissing': ({ address }) => ({
    problem: { vi: `không có trang tiếng Việt nào ở địa chỉ ${address}`, en: `no Vietnamese page is at ${address}` },
    expected: {
      vi: 'địa chỉ hiện nay của văn bản, nội dung lấy ý kiến hoặc hội nghị đối thoại được dịch (tên tệp của nó trong content/)',
      en: 'the current address of the document, consultation or dialogue translated (its file name in content/)',
    },
  }),
  'translation.duplicate': ({ other, address, language }) => ({
    problem: {
      vi: `${other} đã là bản dịch sang "${language}" của ${address}`,
      en: `${other} is already the "${language}" translation of ${address}`,
    },
    expected: {
      vi: 'mỗi mục một bản dịch cho mỗi ngôn ngữ: sửa bản đã có, hoặc xóa một trong hai tệp',
      en: 'one translation of an item per language: revise the one there is, or delete one of the two files',
    },
  }),
  'translation.versionFuture': ({ date, today }) => ({
    problem: { vi: `ngày ${shortVi(date)} chưa tới (hôm nay là ${shortVi(today)})`, en: `${date} has not come yet (today is ${today})` },
    expected: {
      vi: 'ngày của bản tiếng Việt đã dịch, như trang tiếng Việt ghi ("Đăng lần đầu" hoặc "Cập nhật lần cuối")',
      en: 'the day of the Vietnamese text translated, as its page gives it ("Đăng lần đầu" or "Cập nhật lần cuối")',
    },
  }),
  'translation.stale': ({ address, language, version, changed }) => ({
    problem: {
      vi: `bản dịch sang "${language}" dịch bản tiếng Việt ngày ${shortVi(version)}, nhưng ${address} đã được sửa ngày ${shortVi(changed)}`,
      en: `the "${language}" translation is of the Vietnamese text of ${version}, but ${address} was changed on ${changed}`,
    },
    expected: {
      vi: 'nhờ người dịch đối chiếu bản tiếng Việt mới, sửa bản dịch nếu cần, rồi ghi vietnameseVersion là ngày bản tiếng Việt đã đối chiếu; trong khi chờ, trang dịch báo bản tiếng Việt đã được sửa',
      en: 'have the translator compare it with the new Vietnamese text, revise it if needed, and set vietnameseVersion to the day compared; meanwhile the translated page says the Vietnamese text has changed',
    },
  }),
  'languageWords.unknownLanguage': ({ code, codes }) => ({
    problem: {
      vi: `tên tệp "${code}" không phải mã của ngôn ngữ nào trong "languages" của content/site.yaml`,
      en: `the file name "${code}" is not the code of a language under "languages" in content/site.yaml`,
    },
    expected: {
      vi:
        codes.length > 0
          ? `tệp đặt tên theo mã ngôn ngữ: ${codes.map((c) => `${c}.yaml`).join(', ')}`
          : 'khai báo ngôn ngữ trong content/site.yaml trước',
      en:
        codes.length > 0
          ? `a file named by a language's code: ${codes.map((c) => `${c}.yaml`).join(', ')}`
          : 'list the language in content/site.yaml first',
    },
  }),
  'languageWords.unknownKey': ({ key, suggestion }) => ({
    problem: { vi: `"${key}" không phải từ nào của giao diện`, en: `"${key}" is no word of the interface` },
    expected: {
      vi: `${suggestion === undefined ? '' : `có lẽ là "${suggestion}": `}một trong các từ liệt kê trong Hướng dẫn đăng tin (mục Bản dịch)`,
      en: `${suggestion === undefined ? '' : `perhaps "${suggestion}": `}one of the words listed in the publishing guide (Translations)`,
    },
  }),
  'languageWords.placeholders': ({ key, expected }) => ({
    problem: {
      vi: `từ "${key}" không giữ đúng các chỗ điền của bản tiếng Việt`,
      en: `the word "${key}" does not keep the placeholders of its Vietnamese text`,
    },
    expected: {
      vi:
        expected.length > 0
          ? `giữ nguyên ${expected.map((p) => `{${p}}`).join(', ')}, không thêm chỗ điền khác`
          : 'không có chỗ điền nào trong ngoặc nhọn',
      en:
        expected.length > 0
          ? `keep ${expected.map((p) => `{${p}}`).join(', ')} as written, and no other placeholder`
          : 'no placeholder in braces',
    },
  }),
  'broadcast.reversed': ({ from }) => ({
    expected: {
      vi: `ngày phát cuối (to) từ ngày phát đầu (from: ${shortVi(from)}) trở đi`,
      en: `a last day of broadcast (to) on or after the first (from: ${from})`,
    },
  }),
  'broadcast.shortRun': ({ longest, minimum }) => ({
    problem: {
      vi: `các ngày phát đã ghi có nhiều nhất ${String(longest)} ngày liên tục`,
      en: `the broadcast days recorded hold at most ${countEn(longest, 'day', 'days')} in a row`,
    },
    expected: {
      vi: `phát trên hệ thống truyền thanh ít nhất ${String(minimum).padStart(2, '0')} ngày liên tục, rồi ghi các ngày đã phát vào "broadcast.days"`,
      en: `broadcast on the loudspeakers on at least ${String(minimum)} days in a row, then record them under "broadcast.days"`,
    },
  }),
  'province.duplicateCommune': ({ id, index }) => ({
    problem: { vi: `id "${id}" đã dùng cho communes[${index}]`, en: `the id "${id}" is already used by communes[${index}]` },
    expected: {
      vi: 'một id riêng cho mỗi xã, phường: id là giá trị của bộ lọc theo xã trong địa chỉ trang tìm kiếm',
      en: "an id of its own for each commune: the id is the commune filter's value in the search page's address",
    },
  }),
  'province.communeOutput': ({ source, reason }) => ({
    problem: {
      vi: `không đọc được dữ liệu mở của trang xã tại ${source} (${reason})`,
      en: `the commune site's open data could not be read at ${source} (${reason})`,
    },
    expected: {
      vi: 'thư mục trang đã xây dựng (npm run build) của xã, hoặc địa chỉ trang đã công bố, có du-lieu/van-ban.json, du-lieu/lay-y-kien.json và du-lieu/kien-nghi.json',
      en: "the commune's built site folder (npm run build) or its published address, with du-lieu/van-ban.json, du-lieu/lay-y-kien.json and du-lieu/kien-nghi.json",
    },
  }),
  'unit.unknown': ({ id, ids }) => ({
    problem: {
      vi: `không có đơn vị cũ nào có id "${id}" trong "formerUnits" của content/site.yaml`,
      en: `no unit under "formerUnits" in content/site.yaml has the id "${id}"`,
    },
    expected: {
      vi:
        ids.length > 0
          ? `id của một đơn vị cũ: ${ids.join(', ')}; bỏ trống nếu là đơn vị hiện nay`
          : 'bỏ trống: trang chưa ghi đơn vị cũ nào',
      en: ids.length > 0 ? `the id of a former unit: ${ids.join(', ')}; none for the current unit` : 'none: the site lists no former unit',
    },
  }),
  'unit.afterEnd': ({ unit, until, date }) => ({
    problem: {
      vi: `${unit} chỉ tồn tại đến ngày ${shortVi(until)}, mục này ghi ngày ${shortVi(date)}`,
      en: `${unit} existed until ${until}; this item is dated ${date}`,
    },
    expected: {
      vi: 'đơn vị còn tồn tại vào ngày của mục: bỏ "unit" nếu là đơn vị hiện nay, hoặc sửa ngày nếu ghi nhầm',
      en: 'a unit that existed on the item\'s day: no "unit" for the current unit, or correct the date if it is wrong',
    },
  }),
  'unit.issuerAfterEnd': ({ unit, until, date }) => ({
    problem: {
      vi: `cơ quan ban hành là ${unit}, đơn vị chỉ tồn tại đến ngày ${shortVi(until)}, nhưng văn bản ghi ngày ${shortVi(date)}`,
      en: `the issuer is ${unit}, which existed until ${until}, but the document is dated ${date}`,
    },
    expected: {
      vi: 'tên cơ quan đúng như in trên văn bản ở ngày ban hành (đơn vị hiện nay), hoặc sửa ngày ban hành nếu ghi nhầm',
      en: 'the issuer as the document prints it on its day (the current unit), or correct the date if it is wrong',
    },
  }),
  'unit.locality': ({ id, unit, date, until, now, ids }) => ({
    problem:
      until !== undefined
        ? {
            vi: `thôn, tổ dân phố "${id}" chỉ mang mã này đến ngày ${shortVi(until)}${now === undefined ? '' : `, sau đó là "${now}"`}; mục ghi ngày ${shortVi(date)}`,
            en: `the locality "${id}" had this id until ${until}${now === undefined ? '' : `, then "${now}"`}; the item is dated ${date}`,
          }
        : {
            vi: `thôn, tổ dân phố "${id}" không thuộc ${unit} vào ngày ${shortVi(date)}`,
            en: `the locality "${id}" was not part of ${unit} on ${date}`,
          },
    expected: {
      vi:
        ids.length > 0
          ? `mã thôn, tổ dân phố của ${unit} vào ngày đó: ${ids.join(', ')}`
          : `${unit} chưa có thôn, tổ dân phố nào trong content/site.yaml vào ngày đó`,
      en:
        ids.length > 0
          ? `a locality id of ${unit} on that day: ${ids.join(', ')}`
          : `content/site.yaml lists no locality of ${unit} on that day`,
    },
  }),

  'privacy.personalData': ({ kind, unreasoned, comment }) => {
    const name = PERSONAL_DATA_NAMES[kind];
    return {
      problem: {
        vi: `có dạng ${name.vi} của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025)${unreasoned ? '; chú thích privacy-exception bên cạnh chưa ghi lý do (ít nhất bốn từ)' : ''}`,
        en: `looks like a personal ${name.en}: citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025)${unreasoned ? '; the privacy-exception comment next to it gives no reason (four words or more)' : ''}`,
      },
      expected: {
        vi: `xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: ${exceptionComment(comment, 'lý do')}`,
        en: `remove it or write a role or body instead; if it is the committee's public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: ${exceptionComment(comment, 'reason')}`,
      },
    };
  },
  'privacy.strayException': () => ({
    problem: {
      vi: 'chú thích privacy-exception không khớp số, địa chỉ nào trên cùng dòng hoặc dòng ngay dưới',
      en: 'the privacy-exception comment matches no number or address on its line or the line below',
    },
    expected: {
      vi: 'xóa chú thích nếu giá trị đã được bỏ, hoặc đặt nó ngay cạnh giá trị và chép đúng giá trị',
      en: 'remove the comment if the value is gone, or put it right next to the value and copy the value exactly',
    },
  }),
};

/** What a problem says, from its code and parameters. */
export function wordingOf<C extends ProblemCode>(problem: { code: C; params: ProblemParams[C] }): Wording {
  const word: (params: ProblemParams[C]) => Wording = PROBLEM_WORDING[problem.code];
  return word(problem.params);
}

/** The value as the clerk would recognise it in their file. */
export function describeFound(found: unknown): Bilingual {
  if (found === MISSING || found === undefined) return { vi: '(không có)', en: '(missing)' };
  const text = found instanceof Date ? found.toISOString().slice(0, 10) : JSON.stringify(found);
  const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
  return same(short);
}

/** One problem in both languages, Vietnamese first. */
export function formatProblem(problem: ContentProblem): string {
  return formatEntry(problem, '✗');
}

function formatEntry(problem: ContentProblem, mark: '✗' | '!'): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const found = describeFound(problem.found);
  const wording = wordingOf(problem);
  const lines = [`${mark} ${where} — trường "${problem.field}"`];
  if (wording.problem) lines.push(`  ${mark === '✗' ? 'Lỗi' : 'Lưu ý'}: ${wording.problem.vi}`);
  lines.push(`  Giá trị hiện có: ${found.vi}`);
  lines.push(`  Cần: ${wording.expected.vi}`);
  lines.push(`  [EN] ${where} — field "${problem.field}"`);
  if (wording.problem) lines.push(`  Problem: ${wording.problem.en}`);
  lines.push(`  Found: ${found.en}`);
  lines.push(`  Expected: ${wording.expected.en}`);
  return lines.join('\n');
}

/** Every problem, with a heading that says nothing has been published. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const count = problems.length;
  const heading = [
    `Nội dung có ${count} lỗi, chưa xuất bản gì. Sửa các lỗi dưới đây rồi chạy lại.`,
    `Content has ${countEn(count, 'error', 'errors')}; nothing was published. Fix them and run again.`,
  ];
  return [...heading, '', ...problems.map(formatProblem)].join('\n');
}

/**
 * The short error that stops a build once the full report has been logged: kept apart from the
 * report so Astro's own hints and stack trace, printed under it, do not bury the report.
 */
export function buildStoppedMessage(count: number): string {
  return `Dừng xây dựng: ${count} lỗi nội dung, xem ở trên. / Build stopped: ${count} content error(s), see above.`;
}

/** Warnings: the same layout as problems, under a heading that says publishing goes ahead. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  const count = warnings.length;
  const heading = [
    `Cảnh báo (${count}): trang vẫn được xuất bản, nhưng nên xem lại.`,
    `${nounEn(count, 'Warning', 'Warnings')} (${count}): the site is still published, but please review.`,
  ];
  return [...heading, '', ...warnings.map((w) => formatEntry(w, '!'))].join('\n');
}

/**
 * A report as Markdown for a CI job's summary page: its two heading lines as a heading and its
 * entries as they print, in a block that keeps their lines and indents.
 */
export function jobSummaryOf(report: string): string {
  const [vi = '', en = '', , ...entries] = report.split('\n');
  return [`### ${vi}`, '', en, '', '````text', ...entries, '````', ''].join('\n');
}

/** A build that meets bad content stops with this, carrying every problem found and the report as its message. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
