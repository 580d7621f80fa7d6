import { describe, expect, it } from 'vitest';
import { formatReport, formatWarnings, PROBLEM_WORDING, wordingOf, type Wording } from '../../src/messages/problems';
import type { ContentProblem, ProblemCode, ProblemDescriptor, ProblemParams } from '../../src/vocabulary/problems';

/** A sample of a code's parameters, and the exact words the report gives for it. */
type Row<C extends ProblemCode> = { params: ProblemParams[C] } & Wording;

/**
 * Every problem code with at least one sample: TypeScript refuses the table while a code has no
 * row, and the first test fails on it when the table and the catalogue disagree. Where a parameter
 * changes the sentence (a full date or a partial one, a count of one), each variant has its row.
 */
const TABLE: { readonly [C in ProblemCode]: readonly [Row<C>, ...Row<C>[]] } = {
  'date.dayFirst': [
    {
      params: { suggestion: '2023-01-17', full: false },
      problem: {
        vi: 'ngày đang viết theo kiểu ngày/tháng/năm; hãy viết 2023-01-17',
        en: 'the date is written day/month/year; write 2023-01-17',
      },
      expected: {
        vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
        en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
      },
    },
  ],
  'date.unreadable': [
    {
      params: { full: false },
      problem: { vi: 'không đọc được ngày này', en: 'this is not a date we can read' },
      expected: {
        vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
        en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
      },
    },
    {
      params: { full: true },
      problem: { vi: 'không đọc được ngày này', en: 'this is not a date we can read' },
      expected: { vi: 'ngày đầy đủ theo dạng năm-tháng-ngày, ví dụ 2023-03-02', en: 'a full date written year-month-day, e.g. 2023-03-02' },
    },
  ],
  'date.impossible': [
    {
      params: { year: 2023, month: 2, days: 28, full: false },
      problem: { vi: 'ngày không có thật: tháng 2/2023 chỉ có 28 ngày', en: 'impossible date: 2023-02 has only 28 days' },
      expected: {
        vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
        en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
      },
    },
    {
      params: { year: 2024, month: 4, days: 30, full: true },
      problem: { vi: 'ngày không có thật: tháng 4/2024 chỉ có 30 ngày', en: 'impossible date: 2024-04 has only 30 days' },
      expected: { vi: 'ngày đầy đủ theo dạng năm-tháng-ngày, ví dụ 2023-03-02', en: 'a full date written year-month-day, e.g. 2023-03-02' },
    },
  ],
  'date.impossibleMonth': [
    {
      params: { full: false },
      problem: { vi: 'tháng không có thật (tháng phải từ 01 đến 12)', en: 'impossible month (months run from 01 to 12)' },
      expected: {
        vi: 'ngày viết theo dạng năm-tháng-ngày, ví dụ 2023-03-02 (được phép chỉ ghi năm 2023 hoặc năm-tháng 2023-03 khi không rõ ngày)',
        en: 'a date written year-month-day, e.g. 2023-03-02 (a year 2023 or year-month 2023-03 is allowed when the day is unknown)',
      },
    },
  ],
  'date.needsDay': [
    {
      params: {},
      problem: { vi: 'ngày này phải ghi đủ ngày, tháng, năm', en: 'this date needs day, month and year' },
      expected: { vi: 'ngày đầy đủ theo dạng năm-tháng-ngày, ví dụ 2023-03-02', en: 'a full date written year-month-day, e.g. 2023-03-02' },
    },
  ],
  'date.time': [
    {
      params: {},
      expected: {
        vi: 'giờ theo dạng giờ:phút 24 giờ, ví dụ 07:30 hoặc 14:00',
        en: 'a 24-hour time written hours:minutes, e.g. 07:30 or 14:00',
      },
    },
  ],
  'date.dateTime': [
    {
      params: {},
      expected: {
        vi: 'ngày và giờ theo dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2023-03-15T23:59',
        en: 'a date and time written year-month-dayThours:minutes, e.g. 2023-03-15T23:59',
      },
    },
  ],
  'date.dateTimeImpossible': [
    {
      params: {},
      problem: { vi: 'ngày hoặc giờ không có thật', en: 'the date or time does not exist' },
      expected: {
        vi: 'ngày và giờ theo dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2023-03-15T23:59',
        en: 'a date and time written year-month-dayThours:minutes, e.g. 2023-03-15T23:59',
      },
    },
  ],
  'field.required': [
    {
      params: { type: 'string' },
      expected: { vi: 'trường bắt buộc: một đoạn chữ', en: 'a required field: text' },
    },
    {
      params: { type: 'date' },
      expected: { vi: 'trường bắt buộc: date', en: 'a required field: date' },
    },
  ],
  'field.type': [
    {
      params: { type: 'int' },
      expected: { vi: 'một số nguyên, không có phần thập phân', en: 'a whole number, without decimals' },
    },
    {
      params: { type: 'array' },
      expected: { vi: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
    },
  ],
  'field.types': [
    {
      params: { types: ['string', 'number'] },
      expected: { vi: 'một đoạn chữ hoặc một số', en: 'text or a number' },
    },
  ],
  'field.oneOf': [
    {
      params: { values: ['ke-hoach', 'bao-cao', 1] },
      expected: { vi: 'một trong các giá trị: "ke-hoach", "bao-cao", 1', en: 'one of: "ke-hoach", "bao-cao", 1' },
    },
  ],
  'field.unknownKeys': [
    {
      params: { keys: ['chucVu'] },
      problem: {
        vi: 'có trường không thuộc mẫu: chucVu (kiểm tra chính tả tên trường)',
        en: 'unknown field(s): chucVu (check the spelling of the field name)',
      },
      expected: { vi: 'chỉ các trường có trong mẫu', en: 'only the fields the schema defines' },
    },
    {
      params: { keys: ['tittle', 'ngay'] },
      problem: {
        vi: 'có trường không thuộc mẫu: tittle, ngay (kiểm tra chính tả tên trường)',
        en: 'unknown field(s): tittle, ngay (check the spelling of the field name)',
      },
      expected: { vi: 'chỉ các trường có trong mẫu', en: 'only the fields the schema defines' },
    },
  ],
  'field.format': [
    {
      params: { format: 'url' },
      expected: { vi: 'giá trị đúng dạng địa chỉ web (https://…)', en: 'a well-formed url' },
    },
    {
      params: { format: 'email' },
      expected: { vi: 'giá trị đúng dạng thư điện tử', en: 'a well-formed email' },
    },
    {
      params: { format: 'uuid' },
      expected: { vi: 'giá trị đúng dạng uuid', en: 'a well-formed uuid' },
    },
  ],
  'field.empty': [
    {
      params: {},
      expected: { vi: 'không được để trống', en: 'not empty' },
    },
  ],
  'field.tooShort': [
    {
      params: { unit: 'characters', minimum: 3 },
      expected: { vi: 'ít nhất 3 ký tự', en: 'at least 3 character(s)' },
    },
    {
      params: { unit: 'items', minimum: 1 },
      expected: { vi: 'ít nhất 1 mục', en: 'at least 1 item(s)' },
    },
  ],
  'field.tooLong': [
    {
      params: { unit: 'characters', maximum: 3 },
      expected: { vi: 'nhiều nhất 3 ký tự', en: 'at most 3 character(s)' },
    },
    {
      params: { unit: 'items', maximum: 2 },
      expected: { vi: 'nhiều nhất 2 mục', en: 'at most 2 item(s)' },
    },
  ],
  'field.tooSmall': [
    {
      params: { integer: false, minimum: 0, inclusive: true },
      expected: { vi: 'một số từ 0 trở lên', en: 'a number of at least 0' },
    },
    {
      params: { integer: true, minimum: 0, inclusive: false },
      expected: { vi: 'một số nguyên lớn hơn 0', en: 'a whole number greater than 0' },
    },
  ],
  'field.tooLarge': [
    {
      params: { integer: false, maximum: 31, inclusive: true },
      expected: { vi: 'một số không quá 31', en: 'a number of at most 31' },
    },
    {
      params: { integer: true, maximum: 100, inclusive: false },
      expected: { vi: 'một số nguyên nhỏ hơn 100', en: 'a whole number less than 100' },
    },
  ],
  'field.union': [
    {
      params: {
        shapes: [
          [{ field: 'document', need: { code: 'field.required', params: { type: 'string' } } }],
          [{ field: 'file', need: { code: 'field.required', params: { type: 'string' } } }],
        ],
      },
      problem: { vi: 'giá trị không khớp với dạng nào được nhận', en: 'the value matches none of the accepted shapes' },
      expected: {
        vi: 'một trong 2 dạng: (1) document: trường bắt buộc: một đoạn chữ; hoặc (2) file: trường bắt buộc: một đoạn chữ',
        en: 'one of 2 shapes: (1) document: a required field: text; or (2) file: a required field: text',
      },
    },
    {
      params: {
        shapes: [
          [{ without: ['file'] }, { field: 'title', need: { code: 'field.empty', params: {} } }],
          [{ field: '(giá trị)', need: { code: 'field.type', params: { type: 'object' } } }],
        ],
      },
      problem: { vi: 'giá trị không khớp với dạng nào được nhận', en: 'the value matches none of the accepted shapes' },
      expected: {
        vi: 'một trong 2 dạng: (1) không có trường file, title: không được để trống; hoặc (2) (giá trị): một nhóm trường thụt lề bên dưới',
        en: 'one of 2 shapes: (1) without the field(s) file, title: not empty; or (2) (giá trị): a group of indented fields',
      },
    },
  ],
  'field.invalid': [
    {
      params: { message: 'Invalid number: must be a multiple of 5' },
      expected: { vi: 'giá trị đúng theo mẫu (Invalid number: must be a multiple of 5)', en: 'Invalid number: must be a multiple of 5' },
    },
  ],
  'name.slug': [
    {
      params: {},
      expected: {
        vi: 'tên tệp của một mục trong trang (chữ thường không dấu, số và gạch nối), ví dụ 2023-ke-hoach-dan-van-chinh-quyen',
        en: 'the file name of an item on the site (lower-case letters without diacritics, digits and hyphens), e.g. 2023-ke-hoach-dan-van-chinh-quyen',
      },
    },
  ],
  'name.attachment': [
    {
      params: {},
      expected: {
        vi: 'tên một tệp đặt trong thư mục content/files/ (chữ không dấu, số, dấu chấm, gạch nối), ví dụ bao-cao-6-thang.pdf',
        en: 'the name of a file in content/files/ (letters without diacritics, digits, dots, hyphens), e.g. bao-cao-6-thang.pdf',
      },
    },
  ],
  'yaml.tab': [
    {
      params: {},
      problem: { vi: 'dòng này thụt lề bằng phím Tab', en: 'this line is indented with a tab' },
      expected: {
        vi: 'thụt lề bằng dấu cách (hai dấu cách cho mỗi cấp), không dùng phím Tab',
        en: 'indent with spaces (two for each level), never with a tab',
      },
    },
  ],
  'yaml.duplicateKey': [
    {
      params: { key: 'kind', firstLine: 2 },
      problem: { vi: 'khóa "kind" viết hai lần (lần đầu ở dòng 2)', en: 'the key "kind" is written twice (first on line 2)' },
      expected: {
        vi: 'mỗi khóa chỉ viết một lần: xóa một trong hai dòng "kind:", hoặc gộp hai giá trị làm một',
        en: 'each key once: delete one of the two "kind:" lines, or merge the two values into one',
      },
    },
    {
      params: { key: 'title' },
      problem: { vi: 'khóa "title" viết hai lần', en: 'the key "title" is written twice' },
      expected: {
        vi: 'mỗi khóa chỉ viết một lần: xóa một trong hai dòng "title:", hoặc gộp hai giá trị làm một',
        en: 'each key once: delete one of the two "title:" lines, or merge the two values into one',
      },
    },
  ],
  'yaml.unclosedQuote': [
    {
      params: { mark: '"', opened: 'title: "Báo cáo' },
      problem: { vi: 'dấu ngoặc kép " mở đầu giá trị mà chưa được đóng', en: 'a double quote " opens the value but is never closed' },
      expected: {
        vi: 'đóng dấu " ở cuối giá trị, trên cùng dòng: title: "Báo cáo"; muốn có ngoặc kép trong câu thì dùng “ ”',
        en: 'the closing " at the end of the value, on the same line: title: "Báo cáo"; quotes inside the text written “ ”',
      },
    },
    {
      params: { mark: "'", opened: "title: 'Báo cáo" },
      problem: { vi: "dấu nháy đơn ' mở đầu giá trị mà chưa được đóng", en: "a single quote ' opens the value but is never closed" },
      expected: {
        vi: "đóng dấu ' ở cuối giá trị, trên cùng dòng: title: 'Báo cáo'; muốn có ngoặc kép trong câu thì dùng “ ”",
        en: "the closing ' at the end of the value, on the same line: title: 'Báo cáo'; quotes inside the text written “ ”",
      },
    },
  ],
  'yaml.unquotedColon': [
    {
      params: { key: 'title', value: 'Báo cáo: kết quả 6 tháng' },
      problem: {
        vi: 'giá trị có dấu hai chấm ":" mà không đặt trong ngoặc kép, nên phần sau dấu hai chấm bị hiểu là một trường khác',
        en: 'the value contains a colon ":" and is not in double quotes, so what follows the colon is read as another field',
      },
      expected: {
        vi: 'đặt cả giá trị trong ngoặc kép: title: "Báo cáo: kết quả 6 tháng"',
        en: 'the whole value in double quotes: title: "Báo cáo: kết quả 6 tháng"',
      },
    },
  ],
  'yaml.textAfterQuote': [
    {
      params: {},
      problem: {
        vi: 'có chữ sau dấu ngoặc kép đóng: một dấu ngoặc kép giữa câu đã kết thúc giá trị',
        en: 'there is text after the closing quote: a quote inside the text ended the value',
      },
      expected: {
        vi: 'một cặp ngoặc kép bao quanh cả giá trị; ngoặc kép bên trong câu viết “ ” (hoặc \\")',
        en: 'one pair of double quotes around the whole value; quotes inside the text written “ ” (or \\")',
      },
    },
  ],
  'yaml.reservedStart': [
    {
      params: { sign: '@', key: 'title', value: '@UBND "xã"' },
      problem: { vi: 'giá trị bắt đầu bằng "@", một ký hiệu riêng của YAML', en: 'the value starts with "@", a sign YAML reserves' },
      expected: {
        vi: 'đặt cả giá trị trong ngoặc kép: title: "@UBND \\"xã\\""',
        en: 'the whole value in double quotes: title: "@UBND \\"xã\\""',
      },
    },
  ],
  'yaml.listOnKeyLine': [
    {
      params: { key: 'fields' },
      problem: { vi: 'mục danh sách "- " viết cùng dòng với tên trường', en: 'a "- " list item is on the same line as its field name' },
      expected: {
        vi: '"fields:" một mình một dòng, rồi mỗi mục một dòng bên dưới bắt đầu bằng "  - ", hoặc fields: ["…", "…"]',
        en: '"fields:" on a line of its own, then one item per line below starting with "  - ", or fields: ["…", "…"]',
      },
    },
  ],
  'yaml.badEscape': [
    {
      params: {},
      problem: {
        vi: 'dấu \\ trong ngoặc kép mở đầu một ký tự đặc biệt, mà ký tự theo sau không phải loại đó',
        en: 'a \\ inside double quotes starts an escape, and what follows it is not one',
      },
      expected: {
        vi: "viết \\\\ cho một dấu \\, dùng dấu / thay cho \\, hoặc đặt giá trị trong nháy đơn '…'",
        en: "write \\\\ for one \\, use / instead of \\, or put the value in single quotes '…'",
      },
    },
  ],
  'yaml.secondDocument': [
    {
      params: {},
      problem: { vi: 'dòng "---" chia tệp thành hai phần', en: 'a "---" line splits the file in two' },
      expected: { vi: 'xóa dòng "---": tệp chỉ có một phần thông tin', en: 'delete the "---" line: the file holds one set of fields' },
    },
  ],
  'yaml.unclosedGroup': [
    {
      params: {},
      problem: { vi: 'nhóm mở bằng "{" mà chưa đóng bằng "}"', en: 'a group opened with "{" is not closed with "}"' },
      expected: {
        vi: 'đóng "}" ở cuối, trên cùng dòng, các trường cách nhau bằng dấu phẩy, ví dụ - { file: "bao-cao.pdf", title: "Báo cáo" }',
        en: 'the closing "}" at the end, on the same line, fields separated by commas, e.g. - { file: "bao-cao.pdf", title: "Báo cáo" }',
      },
    },
  ],
  'yaml.unclosedList': [
    {
      params: {},
      problem: { vi: 'danh sách mở bằng "[" mà chưa đóng bằng "]"', en: 'a list opened with "[" is not closed with "]"' },
      expected: {
        vi: 'đóng "]" ở cuối, trên cùng dòng, các mục cách nhau bằng dấu phẩy, ví dụ fields: ["Tiếp công dân", "Đất đai"]; hoặc viết mỗi mục một dòng bắt đầu bằng "- "',
        en: 'the closing "]" at the end, on the same line, items separated by commas, e.g. fields: ["Tiếp công dân", "Đất đai"]; or one item per line starting with "- "',
      },
    },
  ],
  'yaml.missingColon': [
    {
      params: {},
      problem: { vi: 'dòng này không có dấu hai chấm sau tên trường', en: 'this line has no colon after the field name' },
      expected: {
        vi: 'mỗi dòng viết "tên: giá trị" (dấu hai chấm rồi một dấu cách); giá trị dài thì viết trên một dòng, trong ngoặc kép',
        en: 'one "name: value" per line (a colon, then a space); a long value on one line, in double quotes',
      },
    },
  ],
  'yaml.colonWithoutSpace': [
    {
      params: { key: 'kind', value: 'ke-hoach' },
      problem: {
        vi: 'thiếu dấu cách sau dấu hai chấm, nên "kind:ke-hoach" bị đọc thành một chữ chứ không phải trường kind',
        en: 'there is no space after the colon, so "kind:ke-hoach" reads as one word, not the field kind',
      },
      expected: { vi: 'kind: ke-hoach (một dấu cách sau dấu hai chấm)', en: 'kind: ke-hoach (a space after the colon)' },
    },
  ],
  'yaml.indentation': [
    {
      params: {},
      problem: {
        vi: 'dòng này thụt lề không khớp với các dòng cùng cấp',
        en: "this line's indentation does not match the lines at its level",
      },
      expected: {
        vi: 'các trường cùng cấp bắt đầu ở cùng một cột; chỉ các dòng bên trong một nhóm (như signer:) mới thụt vào, hai dấu cách cho mỗi cấp',
        en: 'fields at one level start in the same column; only the lines inside a group (such as signer:) are indented, two spaces per level',
      },
    },
  ],
  'yaml.syntax': [
    {
      params: { parserWords: 'Implicit keys of flow sequence pairs need to be on a single line' },
      problem: {
        vi: 'phần đầu tệp sai cú pháp YAML',
        en: 'the YAML could not be read (the parser says: Implicit keys of flow sequence pairs need to be on a single line)',
      },
      expected: {
        vi: 'phần đầu tệp viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu hai chấm thì đặt trong ngoặc kép',
        en: 'valid YAML: one "name: value" per line, indented with spaces, strings containing a colon in double quotes',
      },
    },
  ],
  'yaml.noFrontmatter': [
    {
      params: {},
      expected: {
        vi: 'tệp bắt đầu bằng phần thông tin giữa hai dòng "---"',
        en: 'the file starts with its metadata between two "---" lines',
      },
    },
  ],
  'yaml.astroRefused': [
    {
      params: { reason: 'end of the stream or a document separator is expected' },
      problem: {
        vi: 'trình đọc YAML của Astro không đọc được phần đầu tệp',
        en: "Astro's YAML reader refused the frontmatter: end of the stream or a document separator is expected",
      },
      expected: {
        vi: 'phần đầu tệp viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu hai chấm thì đặt trong ngoặc kép',
        en: 'valid YAML: one "name: value" per line, indented with spaces, strings containing a colon in double quotes',
      },
    },
  ],
  'mdx.voidTag': [
    {
      params: { tag: 'br' },
      problem: { vi: 'thẻ <br> trong MDX phải tự đóng', en: 'in MDX a <br> tag must close itself' },
      expected: { vi: 'viết <br /> thay cho <br>', en: 'write <br /> instead of <br>' },
    },
    {
      params: { tag: 'BR' },
      problem: { vi: 'thẻ <BR> trong MDX phải tự đóng', en: 'in MDX a <BR> tag must close itself' },
      expected: { vi: 'viết <br /> thay cho <BR>', en: 'write <br /> instead of <BR>' },
    },
  ],
  'mdx.unclosedTag': [
    {
      params: { tag: 'b' },
      problem: { vi: 'thẻ <b> mở mà chưa đóng trong cùng đoạn văn', en: 'the <b> tag is opened but not closed within its paragraph' },
      expected: {
        vi: 'đóng thẻ bằng </b> trong cùng đoạn văn, hoặc bỏ thẻ; muốn viết dấu < như chữ thường thì viết \\<',
        en: 'close it with </b> within the same paragraph, or remove the tag; to write < as text, write \\<',
      },
    },
  ],
  'mdx.htmlComment': [
    {
      params: {},
      problem: { vi: 'ghi chú kiểu HTML <!-- … --> không dùng được trong MDX', en: 'HTML comments <!-- … --> cannot be used in MDX' },
      expected: {
        vi: 'viết ghi chú nội bộ trong {/* … */}: nó không hiện trên trang',
        en: 'write notes for the office in {/* … */}: they do not appear on the page',
      },
    },
  ],
  'mdx.brace': [
    {
      params: {},
      problem: { vi: 'dấu { mở một biểu thức (mã) trong MDX', en: 'a { starts an expression (code) in MDX' },
      expected: {
        vi: 'muốn viết dấu { như chữ thường thì viết \\{; ghi chú nội bộ thì viết {/* … */}',
        en: 'to write { as text, write \\{; notes for the office go in {/* … */}',
      },
    },
  ],
  'mdx.angleAddress': [
    {
      params: {},
      problem: { vi: 'địa chỉ đặt trong <…> bị hiểu là một thẻ HTML', en: 'an address inside <…> is read as an HTML tag' },
      expected: {
        vi: 'viết địa chỉ không có dấu <>, ví dụ https://dichvucong.gov.vn, hoặc [chữ hiện ra](https://…)',
        en: 'the address without <>, e.g. https://dichvucong.gov.vn, or [text shown](https://…)',
      },
    },
  ],
  'mdx.tagOrder': [
    {
      params: { closed: 'b', open: 'i' },
      problem: { vi: 'thẻ </b> đóng trước thẻ <i> mở sau nó', en: '</b> closes before the <i> opened after it' },
      expected: {
        vi: 'đóng thẻ theo thứ tự ngược với lúc mở: </i> trước </b>',
        en: 'close tags in the reverse order of opening: </i> before </b>',
      },
    },
  ],
  'mdx.strayClosingTag': [
    {
      params: {},
      problem: { vi: 'thẻ đóng không có thẻ mở tương ứng', en: 'a closing tag without its opening tag' },
      expected: {
        vi: 'xóa thẻ đóng thừa, hoặc thêm thẻ mở; muốn viết dấu < như chữ thường thì viết \\<',
        en: 'remove the extra closing tag, or add the opening one; to write < as text, write \\<',
      },
    },
  ],
  'mdx.unquotedAttribute': [
    {
      params: {},
      problem: { vi: 'giá trị thuộc tính của thẻ không đặt trong dấu nháy', en: 'an attribute value of the tag is not in quotes' },
      expected: {
        vi: 'đặt giá trị thuộc tính trong dấu nháy kép, ví dụ <a href="/van-ban/…">',
        en: 'attribute values in double quotes, e.g. <a href="/van-ban/…">',
      },
    },
  ],
  'mdx.lessThan': [
    {
      params: {},
      problem: { vi: 'dấu < được hiểu là mở một thẻ HTML', en: 'a < is read as the start of an HTML tag' },
      expected: { vi: 'muốn viết dấu < như chữ thường thì viết \\<', en: 'to write < as text, write \\<' },
    },
  ],
  'mdx.syntax': [
    {
      params: {},
      problem: { vi: 'không đọc được nội dung MDX (sai cú pháp)', en: 'the MDX could not be read (syntax error)' },
      expected: {
        vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
        en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
      },
    },
  ],
  'mdx.scriptAddress': [
    {
      params: {},
      problem: {
        vi: 'địa chỉ này chạy mã khi được mở, không dùng được trên trang công khai',
        en: 'this address runs code when opened and is not allowed on the public site',
      },
      expected: {
        vi: 'địa chỉ một trang (https://… hoặc /van-ban/…) hoặc một tệp đính kèm (/tep/<tên tệp>)',
        en: 'the address of a page (https://… or /van-ban/…) or of an attachment (/tep/<file name>)',
      },
    },
  ],
  'mdx.remoteMedia': [
    {
      params: {},
      problem: {
        vi: 'ảnh hoặc tệp nghe nhìn lấy từ trang khác: trang công khai không tải gì từ nơi khác, để không lộ người đọc cho bên thứ ba',
        en: 'an image or media file from another site: the public site loads nothing from elsewhere, so no third party sees its readers',
      },
      expected: {
        vi: 'đặt tệp vào content/files/ và dùng địa chỉ /tep/<tên tệp>, hoặc dẫn liên kết tới trang kia thay vì hiện ảnh',
        en: 'put the file in content/files/ and use /tep/<file name>, or link to the other page instead of showing its image',
      },
    },
  ],
  'mdx.component': [
    {
      params: {},
      problem: {
        vi: 'thành phần MDX (chạy mã) không dùng được trong nội dung',
        en: 'MDX components run code and are not allowed in content',
      },
      expected: {
        vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
        en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
      },
    },
  ],
  'mdx.forbiddenTag': [
    {
      params: { tag: 'script' },
      problem: { vi: 'thẻ <script> không được dùng trên trang công khai', en: 'the <script> tag is not allowed on the public site' },
      expected: {
        vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
        en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
      },
    },
  ],
  'mdx.forbiddenAttribute': [
    {
      params: { tag: 'span', attribute: 'style', allowed: ['id', 'lang', 'title'] },
      problem: {
        vi: 'thẻ <span> không được mang thuộc tính style trên trang công khai: cách trình bày do trang quyết định',
        en: 'the <span> tag may not carry the style attribute on the public site: the site decides how things look',
      },
      expected: {
        vi: 'bỏ thuộc tính style; thẻ <span> chỉ được mang: id, lang, title',
        en: 'remove the style attribute; <span> may carry only: id, lang, title',
      },
    },
    {
      params: { tag: 'a', attribute: 'ping', allowed: ['href', 'title'] },
      problem: {
        vi: 'thẻ <a> không được mang thuộc tính ping trên trang công khai',
        en: 'the <a> tag may not carry the ping attribute on the public site',
      },
      expected: {
        vi: 'bỏ thuộc tính ping; thẻ <a> chỉ được mang: href, title',
        en: 'remove the ping attribute; <a> may carry only: href, title',
      },
    },
  ],
  'mdx.addressProtocol': [
    {
      params: { protocol: 'file' },
      problem: {
        vi: 'liên kết dùng giao thức "file:", không mở được trên điện thoại của người dân',
        en: 'the link uses the "file:" protocol, which a citizen\'s phone does not open',
      },
      expected: {
        vi: 'địa chỉ https://…, mailto:… (thư điện tử), tel:… (số điện thoại), hoặc một trang của trang này (/van-ban/…)',
        en: 'an https://…, mailto:… (e-mail) or tel:… (phone) address, or a page of this site (/van-ban/…)',
      },
    },
  ],
  'mdx.unsafe': [
    {
      params: {},
      problem: {
        vi: 'phần HTML này có điều mà bộ lọc an toàn của trang bỏ đi',
        en: "this HTML holds something the site's safety filter takes out",
      },
      expected: {
        vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
        en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
      },
    },
  ],
  'mdx.scriptedAttribute': [
    {
      params: {},
      problem: { vi: 'thuộc tính có mã hoặc biểu thức không dùng được', en: 'attributes with code or expressions are not allowed' },
      expected: {
        vi: 'thuộc tính là chữ đặt trong dấu nháy, ví dụ title="…"',
        en: 'attribute values written as quoted text, e.g. title="…"',
      },
    },
  ],
  'mdx.expression': [
    {
      params: {},
      problem: { vi: 'biểu thức {…} là mã, không dùng được trong nội dung', en: 'a {…} expression is code and is not allowed in content' },
      expected: {
        vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
        en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
      },
    },
  ],
  'mdx.esm': [
    {
      params: {},
      problem: {
        vi: 'lệnh import/export là mã, không dùng được trong nội dung',
        en: 'import/export statements are code and are not allowed in content',
      },
      expected: {
        vi: 'chữ thường, bảng, chú thích và thẻ HTML đơn giản; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{',
        en: 'plain text, tables, footnotes and simple HTML tags; to write < or { as text, write \\< or \\{',
      },
    },
  ],
  'file.name': [
    {
      params: { extension: '.mdx' },
      expected: {
        vi: 'tên tệp chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ 2023-bao-cao-6-thang.mdx (tên tệp là địa chỉ của trang)',
        en: 'a file name of lower-case letters without diacritics, digits and hyphens, e.g. 2023-bao-cao-6-thang.mdx (it becomes the address)',
      },
    },
  ],
  'file.missing': [
    {
      params: { name: 'phu-luc.xlsx' },
      problem: { vi: 'không tìm thấy tệp content/files/phu-luc.xlsx', en: 'file content/files/phu-luc.xlsx not found' },
      expected: {
        vi: 'tên một tệp đã đặt trong thư mục content/files/ (kiểm tra chính tả và đuôi tệp)',
        en: 'the name of a file placed in content/files/ (check spelling and extension)',
      },
    },
  ],
  'file.tooLarge': [
    {
      params: { limitMiB: 25 },
      problem: {
        vi: 'tệp lớn hơn 25 MiB: nơi lưu trang (như Cloudflare Pages) không nhận tệp lớn như vậy',
        en: 'the file is larger than 25 MiB, which static hosts (Cloudflare Pages, say) refuse',
      },
      expected: {
        vi: 'quét lại ở độ phân giải thấp hơn (150–200 dpi, đen trắng) hoặc nén tệp PDF, hoặc chia thành nhiều tệp',
        en: 'scan again at a lower resolution (150–200 dpi, black and white) or compress the PDF, or split it',
      },
    },
  ],
  'file.heavy': [
    {
      params: { limitMiB: 10 },
      problem: {
        vi: 'tệp lớn hơn 10 MiB: người dân tải bằng điện thoại sẽ chậm và tốn tiền',
        en: 'the file is larger than 10 MiB: slow and costly to download on a phone',
      },
      expected: {
        vi: 'quét lại ở độ phân giải thấp hơn (150–200 dpi, đen trắng) hoặc nén tệp PDF, hoặc chia thành nhiều tệp',
        en: 'scan again at a lower resolution (150–200 dpi, black and white) or compress the PDF, or split it',
      },
    },
  ],
  'file.unread': [
    {
      params: { folder: 'receptions', endings: '.yaml, .yml' },
      problem: {
        vi: 'tệp này không được đọc nên không được xuất bản: content/receptions/ chỉ đọc các tệp có tên kết thúc bằng .yaml, .yml (chữ thường)',
        en: 'this file is not read, so not published: content/receptions/ reads only files whose names end in .yaml, .yml (lower case)',
      },
      expected: {
        vi: 'đổi tên tệp cho đúng đuôi (.yaml, .yml), hoặc chuyển nó ra khỏi content/receptions/',
        en: 'rename the file to end in .yaml, .yml, or move it out of content/receptions/',
      },
    },
  ],
  'item.removed': [
    {
      params: { kind: 'documents', slug: '2023-thong-bao-cu', date: '2026-11-27' },
      problem: {
        vi: '"2023-thong-bao-cu" đã được đăng (git còn thấy nó đến ngày 27/11/2026) mà nay không còn trong content/documents/: địa chỉ của nó đã đến tay người dân, trên giấy và qua liên kết',
        en: '"2023-thong-bao-cu" was published (git last saw it on 2026-11-27) and is no longer in content/documents/: its address is already in people\'s hands, on paper and in links',
      },
      expected: {
        vi: 'khôi phục tệp và đánh dấu rút bằng withdrawn (ngày rút và lý do), để trang vẫn ở địa chỉ cũ kèm thông báo; nếu đã đổi tên tệp thì ghi tên cũ vào aliases của tệp mới',
        en: "restore the file and mark it withdrawn (date and reason), so the page stays at its address with a notice; if the file was renamed, list the old name in the new file's aliases",
      },
    },
    {
      params: { kind: 'documents', slug: '2023-thong-bao-cu', date: '2026-11-27', renamedTo: '2023-thong-bao-moi' },
      problem: {
        vi: '"2023-thong-bao-cu" đã được đăng rồi đổi tên thành "2023-thong-bao-moi" (ngày 27/11/2026) mà không giữ tên cũ: địa chỉ cũ sẽ không còn dẫn tới đâu',
        en: '"2023-thong-bao-cu" was published, then renamed to "2023-thong-bao-moi" (on 2026-11-27) without keeping its old name: the old address would lead nowhere',
      },
      expected: {
        vi: 'thêm tên cũ vào tệp content/documents/2023-thong-bao-moi.mdx: aliases: ["2023-thong-bao-cu"]',
        en: 'add the old name to content/documents/2023-thong-bao-moi.mdx: aliases: ["2023-thong-bao-cu"]',
      },
    },
  ],
  'item.historyUnavailable': [
    {
      params: {},
      problem: {
        vi: 'bản sao kho mã chỉ có một phần lịch sử (shallow clone), nên không kiểm tra được mục nào đã đăng mà nay bị xóa',
        en: 'the repository is a shallow clone, so whether anything published has been deleted cannot be checked',
      },
      expected: {
        vi: 'xây dựng trang từ bản sao đầy đủ lịch sử (git clone không có --depth; trong GitHub Actions: fetch-depth: 0)',
        en: 'build from a full clone (git clone without --depth; in GitHub Actions: fetch-depth: 0)',
      },
    },
  ],
  'yaml.inlineComment': [
    {
      params: { key: 'title', value: 'Kế hoạch Tết Trồng cây', comment: ' 2024' },
      problem: {
        vi: 'giá trị không đặt trong ngoặc kép nên phần sau " #" bị coi là ghi chú: title chỉ còn là "Kế hoạch Tết Trồng cây"',
        en: 'the value is not in quotes, so what follows " #" is taken for a note: title is only "Kế hoạch Tết Trồng cây"',
      },
      expected: {
        vi: 'nếu "# 2024" thuộc giá trị, đặt cả giá trị trong ngoặc kép: title: "Kế hoạch Tết Trồng cây # 2024"; nếu là ghi chú, chuyển ghi chú lên một dòng riêng bắt đầu bằng #',
        en: 'if "# 2024" belongs to the value, put the whole value in double quotes: title: "Kế hoạch Tết Trồng cây # 2024"; if it is a note, move it to a line of its own starting with #',
      },
    },
  ],
  'file.utf16': [
    {
      params: {},
      problem: {
        vi: 'tệp được lưu theo bảng mã UTF-16 ("Unicode" trong Notepad), không phải UTF-8 như mọi tệp nội dung',
        en: 'the file is saved as UTF-16 ("Unicode" in Notepad), not as UTF-8 like every content file',
      },
      expected: {
        vi: 'mở tệp rồi lưu lại với bảng mã UTF-8 (Notepad: File › Save As…, ô Encoding chọn UTF-8)',
        en: 'open the file and save it again as UTF-8 (Notepad: File › Save As…, Encoding: UTF-8)',
      },
    },
  ],
  'file.legacyEncoding': [
    {
      params: { encoding: 'TCVN3' },
      problem: {
        vi: 'chữ được gõ theo bảng mã cũ TCVN3 (ABC, phông .VnTime): chỉ đọc được với phông chữ ấy, trên trang sẽ hiện thành chữ lạ như "KÕ ho¹ch"',
        en: 'the text is typed in the old TCVN3 (ABC, .VnTime fonts) encoding: readable in those fonts only, and garbled on the site, as "KÕ ho¹ch"',
      },
      expected: {
        vi: 'chuyển sang Unicode bằng công cụ chuyển mã của Unikey (Công cụ… › Chuyển mã: nguồn TCVN3 (ABC), đích Unicode) rồi dán lại',
        en: "convert it to Unicode with Unikey's converter (Tools… › Convert: source TCVN3 (ABC), destination Unicode) and paste it back",
      },
    },
    {
      params: { encoding: 'VNI' },
      problem: {
        vi: 'chữ được gõ theo bảng mã cũ VNI (phông VNI-Times): chỉ đọc được với phông chữ ấy, trên trang sẽ hiện thành chữ lạ như "KÕ ho¹ch"',
        en: 'the text is typed in the old VNI (VNI-Times fonts) encoding: readable in those fonts only, and garbled on the site, as "KÕ ho¹ch"',
      },
      expected: {
        vi: 'chuyển sang Unicode bằng công cụ chuyển mã của Unikey (Công cụ… › Chuyển mã: nguồn VNI Windows, đích Unicode) rồi dán lại',
        en: "convert it to Unicode with Unikey's converter (Tools… › Convert: source VNI Windows, destination Unicode) and paste it back",
      },
    },
  ],
  'file.placeholder': [
    {
      params: {},
      problem: {
        vi: 'còn chữ mẫu do npm run new viết sẵn, chưa được thay bằng nội dung thật',
        en: 'text that npm run new wrote as a placeholder is still there, not yet replaced by the real content',
      },
      expected: {
        vi: 'thay chữ mẫu bằng nội dung thật (hoặc xóa dòng ấy)',
        en: 'replace the placeholder with the real content (or remove the line)',
      },
    },
  ],
  'changes.afterToday': [
    {
      params: { date: '2027-01-05', today: '2026-11-26' },
      problem: {
        vi: 'lời ghi thay đổi đề ngày 2027-01-05, còn ở sau hôm nay (26/11/2026)',
        en: 'the change note is dated 2027-01-05, after today (2026-11-26)',
      },
      expected: { vi: 'ngày đã sửa nội dung, là hôm nay hoặc một ngày đã qua', en: 'the day the content was changed, today or earlier' },
    },
  ],
  'followUp.twoDeadlines': [
    {
      params: {},
      problem: { vi: 'hạn báo cáo ghi cả due lẫn before', en: 'the reporting deadline gives both due and before' },
      expected: {
        vi: 'chỉ một trong hai, đúng như văn bản viết: due khi văn bản ghi "chậm nhất ngày …" (tính cả ngày đó), before khi văn bản ghi "trước ngày …"',
        en: 'one of the two, as the document words it: due for "by" a day (that day included), before for "before" a day',
      },
    },
  ],
  'followUp.duplicateId': [
    {
      params: { id: 'III.2' },
      problem: {
        vi: 'mã "III.2" đã dùng cho một mục khác trong danh sách này',
        en: 'the id "III.2" is already used by another item of this list',
      },
      expected: { vi: 'mỗi nhiệm vụ, mỗi kỳ báo cáo một mã riêng', en: 'a distinct id for each task and each reporting duty' },
    },
  ],
  'followUp.kindCannotAssign': [
    {
      params: { kind: 'thong-bao', kinds: ['ke-hoach', 'chuong-trinh', 'quyet-dinh'] },
      problem: { vi: 'loại văn bản "thong-bao" không giao nhiệm vụ', en: 'a document of kind "thong-bao" does not assign tasks' },
      expected: {
        vi: 'chỉ văn bản giao việc mới ghi followUp: ke-hoach, chuong-trinh, quyet-dinh',
        en: 'followUp belongs to documents that assign work: ke-hoach, chuong-trinh, quyet-dinh',
      },
    },
  ],
  'followUp.answerNotReport': [
    {
      params: { kind: 'thong-bao' },
      problem: {
        vi: 'văn bản loại "thong-bao" ghi answers, nhưng chỉ báo cáo mới trả lời kỳ báo cáo',
        en: 'a document of kind "thong-bao" gives answers, which only a report does',
      },
      expected: { vi: 'đặt kind: bao-cao, hoặc bỏ answers', en: 'kind: bao-cao, or no answers' },
    },
  ],
  'followUp.planWithoutDuties': [
    {
      params: { plan: '2023-ke-hoach-khung' },
      problem: {
        vi: 'văn bản "2023-ke-hoach-khung" không ghi kỳ báo cáo nào (followUp.reports)',
        en: 'the document "2023-ke-hoach-khung" lists no reporting duty (followUp.reports)',
      },
      expected: {
        vi: 'tên tệp của kế hoạch có ghi kỳ báo cáo; hoặc thêm kỳ báo cáo vào kế hoạch đó trước',
        en: 'the file name of a plan that lists reporting duties; or add the duty to that plan first',
      },
    },
  ],
  'followUp.unknownDuty': [
    {
      params: { duty: 'quy-3', plan: '2023-ke-hoach-khung', duties: ['6-thang', 'nam'] },
      problem: {
        vi: 'kế hoạch "2023-ke-hoach-khung" không có kỳ báo cáo mã "quy-3"',
        en: 'the plan "2023-ke-hoach-khung" has no reporting duty "quy-3"',
      },
      expected: { vi: 'một trong các mã: 6-thang, nam', en: 'one of: 6-thang, nam' },
    },
  ],
  'followUp.unknownTask': [
    {
      params: { task: 'III.9', plan: '2023-ke-hoach-khung', tasks: ['III.1', 'III.2'] },
      problem: {
        vi: 'kế hoạch "2023-ke-hoach-khung" không có nhiệm vụ mã "III.9"',
        en: 'the plan "2023-ke-hoach-khung" has no task "III.9"',
      },
      expected: { vi: 'một trong các mã: III.1, III.2', en: 'one of: III.1, III.2' },
    },
  ],
  'followUp.duplicateReport': [
    {
      params: { duty: '6-thang', otherFile: 'content/documents/2023-bao-cao-6-thang.mdx' },
      problem: {
        vi: 'kỳ báo cáo "6-thang" đã có báo cáo trả lời: content/documents/2023-bao-cao-6-thang.mdx',
        en: 'the reporting duty "6-thang" is already answered by content/documents/2023-bao-cao-6-thang.mdx',
      },
      expected: {
        vi: 'mỗi kỳ báo cáo một báo cáo; báo cáo bổ sung thì ghi implements thay vì answers',
        en: 'one report per duty; a supplementary report gives implements instead of answers',
      },
    },
  ],
  'followUp.late': [
    {
      params: { issued: '2023-05-08', deadline: '2023-05-04', days: 4 },
      problem: {
        vi: 'báo cáo ban hành ngày 2023-05-08, sau hạn 2023-05-04 4 ngày: trang sẽ ghi là báo cáo trễ hạn',
        en: 'the report was issued on 2023-05-08, 4 days after its deadline 2023-05-04: the site shows it as late',
      },
      expected: {
        vi: 'không phải sửa nếu đúng như vậy; nếu ghi nhầm ngày thì sửa ngày ban hành',
        en: 'nothing to fix if so; if the date is a typo, correct it',
      },
    },
  ],
  'withdrawn.afterToday': [
    {
      params: { date: '2027-01-05', today: '2026-11-26' },
      problem: {
        vi: 'ngày ngừng công khai 2027-01-05 còn ở sau hôm nay (26/11/2026)',
        en: 'the withdrawal date 2027-01-05 is after today (2026-11-26)',
      },
      expected: {
        vi: 'ghi ngày Ủy ban nhân dân quyết định ngừng công khai, là hôm nay hoặc một ngày đã qua; muốn gỡ vào một ngày sau thì đợi đến ngày đó mới thêm withdrawn',
        en: 'write the day the committee decided to withdraw it, today or earlier; to withdraw it later, add withdrawn on that day',
      },
    },
  ],
  'document.issuedAfterToday': [
    {
      params: { issued: '2027-01-05', today: '2026-11-26' },
      problem: {
        vi: 'ngày ban hành 2027-01-05 còn ở sau hôm nay (26/11/2026): văn bản đã ban hành thì ngày ban hành không ở tương lai',
        en: 'the issue date 2027-01-05 is after today (2026-11-26): an issued document is not dated in the future',
      },
      expected: {
        vi: 'sửa ngày ban hành cho đúng ngày ghi trên văn bản; nếu là dự thảo chưa ký, thêm draft: true',
        en: 'write the issue date printed on the document; if it is an unsigned draft, add draft: true',
      },
    },
  ],
  'file.atRoot': [
    {
      params: { name: 'ghi-chu.txt' },
      problem: {
        vi: 'tệp ghi-chu.txt nằm ngay trong content/, nơi chỉ có site.yaml được đọc: tệp này không được xuất bản',
        en: 'the file ghi-chu.txt sits directly in content/, where only site.yaml is read: it is not published',
      },
      expected: {
        vi: 'chuyển tệp vào thư mục của loại nội dung (documents/, receptions/, consultations/, dialogues/, pages/) hoặc vào files/ nếu là tệp đính kèm',
        en: 'move the file into the folder of its kind (documents/, receptions/, consultations/, dialogues/, pages/), or into files/ if it is an attachment',
      },
    },
  ],
  'file.unknownFolder': [
    {
      params: {
        folder: 'document',
        folders: ['documents', 'receptions', 'pages', 'consultations', 'dialogues', 'files'],
        suggestion: 'documents',
      },
      problem: {
        vi: 'thư mục content/document/ không phải thư mục nội dung nào, nên không tệp nào trong đó được xuất bản',
        en: 'content/document/ is no content folder, so nothing in it is published',
      },
      expected: {
        vi: 'có lẽ là content/documents/: chuyển các tệp vào một trong các thư mục documents/, receptions/, pages/, consultations/, dialogues/, files/',
        en: 'perhaps content/documents/: move the files into one of documents/, receptions/, pages/, consultations/, dialogues/, files/',
      },
    },
  ],
  'file.subfolder': [
    {
      params: { folder: 'documents', subfolder: '2026' },
      problem: {
        vi: 'thư mục content/documents/2026/ không được đọc: chỉ các tệp đặt ngay trong content/documents/ mới được xuất bản',
        en: 'content/documents/2026/ is not read: only files directly in content/documents/ are published',
      },
      expected: {
        vi: 'chuyển các tệp ra ngay content/documents/ (tên tệp có thể bắt đầu bằng năm, ví dụ 2026-…) rồi xóa thư mục con',
        en: 'move the files up into content/documents/ (a name may start with the year, e.g. 2026-…) and remove the subfolder',
      },
    },
  ],
  'file.misplacedAttachment': [
    {
      params: { folder: 'documents' },
      problem: {
        vi: 'tệp đính kèm đặt trong content/documents/, nơi chỉ đọc các tệp nội dung: tệp này không được xuất bản',
        en: 'an attachment placed in content/documents/, where only content files are read: it is not published',
      },
      expected: {
        vi: 'chuyển tệp vào content/files/ rồi ghi tên tệp vào attachments của văn bản (hoặc documents của nội dung lấy ý kiến, minutes của hội nghị đối thoại)',
        en: "move the file into content/files/ and name it in a document's attachments (or a consultation's documents, a dialogue's minutes)",
      },
    },
  ],
  'file.unlinked': [
    {
      params: { name: 'ban-scan.pdf' },
      problem: {
        vi: 'không văn bản, nội dung lấy ý kiến hay hội nghị đối thoại nào ghi tên tệp ban-scan.pdf, nên tệp này không được xuất bản',
        en: 'no document, consultation or dialogue names ban-scan.pdf, so it is not published',
      },
      expected: {
        vi: 'ghi tên tệp vào attachments của văn bản cần đính kèm (- file: "ban-scan.pdf"), hoặc xóa tệp nếu không cần',
        en: 'name it in the attachments of its document (- file: "ban-scan.pdf"), or delete it if it is not needed',
      },
    },
  ],
  'file.sameItem': [
    {
      params: { other: 'content/documents/a.md', item: 'a' },
      problem: {
        vi: 'tệp này và tệp content/documents/a.md trùng tên, chỉ khác đuôi, nên là cùng một mục "a": chỉ một trong hai được xuất bản',
        en: 'this file and content/documents/a.md have the same name but for the ending, so they are one item "a": only one of them would be published',
      },
      expected: {
        vi: 'giữ một tệp: chép nội dung cần giữ vào một tệp rồi xóa tệp kia, hoặc đổi tên một tệp nếu đó là hai mục khác nhau',
        en: 'keep one file: copy what should stay into one and delete the other, or rename one if they are two different items',
      },
    },
  ],
  'file.routeTaken': [
    {
      params: { name: 'gioi-thieu', example: 'gioi-thieu-ubnd.mdx', taken: ['/gioi-thieu/', '/van-ban/'] },
      problem: {
        vi: 'địa chỉ /gioi-thieu/ đã là một trang có sẵn của trang web, nên trang này sẽ không bao giờ được xuất bản',
        en: "the address /gioi-thieu/ is already taken by one of the site's own pages, so this page would never be published",
      },
      expected: {
        vi: 'đặt cho tệp một tên khác (tên tệp là địa chỉ của trang), ví dụ gioi-thieu-ubnd.mdx; các địa chỉ đã có: /gioi-thieu/, /van-ban/',
        en: 'give the file another name (it becomes the address), e.g. gioi-thieu-ubnd.mdx; addresses already taken: /gioi-thieu/, /van-ban/',
      },
    },
  ],
  'file.encoding': [
    {
      params: {},
      problem: {
        vi: 'tệp không được lưu theo bảng mã UTF-8 (có lẽ đã lưu là "ANSI" hoặc Windows-1258), nên chữ có dấu sẽ hiện thành ký tự lỗi � trên trang',
        en: 'the file is not saved as UTF-8 (perhaps as "ANSI" or Windows-1258), so letters with diacritics would show as � on the site',
      },
      expected: {
        vi: 'mở tệp rồi lưu lại với bảng mã UTF-8 (Notepad: File › Save As…, ô Encoding chọn UTF-8), kiểm tra lại chữ có dấu rồi chạy lại',
        en: 'open the file and save it again as UTF-8 (Notepad: File › Save As…, Encoding: UTF-8), check the accented letters, then run again',
      },
    },
  ],
  'reference.document': [
    {
      params: { slug: 'ke-hoach-2022' },
      problem: {
        vi: 'không có văn bản nào tên "ke-hoach-2022" trong content/documents/',
        en: 'there is no document "ke-hoach-2022" in content/documents/',
      },
      expected: {
        vi: 'tên tệp (không có đuôi .mdx) của một văn bản có trong content/documents/',
        en: 'the file name (without .mdx) of a document in content/documents/',
      },
    },
  ],
  'reference.self': [
    {
      params: {},
      expected: { vi: 'một văn bản khác, không phải chính văn bản này', en: 'another document, not this one' },
    },
  ],
  'reference.field': [
    {
      params: { fields: ['Tiếp công dân', 'Dân chủ ở cơ sở'] },
      expected: {
        vi: 'một lĩnh vực có trong danh sách "fields" của content/site.yaml: Tiếp công dân; Dân chủ ở cơ sở',
        en: 'a field listed under "fields" in content/site.yaml: Tiếp công dân; Dân chủ ở cơ sở',
      },
    },
  ],
  'reference.locality': [
    {
      params: { ids: ['thon-1', 'thon-2'] },
      expected: {
        vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml: thon-1, thon-2',
        en: 'the id of a locality listed under "localities" in content/site.yaml: thon-1, thon-2',
      },
    },
    {
      params: { ids: ['thon-1', 'thon-2'], meant: 'thon-2' },
      problem: {
        vi: 'đây là tên, không phải mã; trường này ghi mã (id) như trong content/site.yaml, ở đây là thon-2',
        en: 'this is a name, not an id; the field takes the id from content/site.yaml, here thon-2',
      },
      expected: {
        vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml: thon-1, thon-2',
        en: 'the id of a locality listed under "localities" in content/site.yaml: thon-1, thon-2',
      },
    },
  ],
  'reference.officer': [
    {
      params: { officers: ['chu-tich', 'pho-chu-tich'] },
      expected: {
        vi: 'mã chức danh có trong "officers" của content/site.yaml: chu-tich, pho-chu-tich',
        en: 'an officer id listed under "officers" in content/site.yaml: chu-tich, pho-chu-tich',
      },
    },
    {
      params: { officers: ['chu-tich', 'pho-chu-tich'], meant: 'chu-tich' },
      problem: {
        vi: 'đây là tên, không phải mã; trường này ghi mã (id) như trong content/site.yaml, ở đây là chu-tich',
        en: 'this is a name, not an id; the field takes the id from content/site.yaml, here chu-tich',
      },
      expected: {
        vi: 'mã chức danh có trong "officers" của content/site.yaml: chu-tich, pho-chu-tich',
        en: 'an officer id listed under "officers" in content/site.yaml: chu-tich, pho-chu-tich',
      },
    },
  ],
  'deploy.basePath': [
    {
      params: { path: '/trang-xa' },
      problem: {
        vi: 'GitHub Pages sẽ đặt trang ở thư mục con /trang-xa/ của tên miền; mọi liên kết trong trang bắt đầu từ gốc tên miền (như /van-ban/) nên sẽ không tới đúng trang',
        en: 'GitHub Pages would serve the site under /trang-xa/; every link in it starts from the root of the host (as /van-ban/), so each would miss its page',
      },
      expected: {
        vi: 'trang ở gốc một tên miền: trong Settings → Pages của kho, đặt Custom domain (tên miền riêng, ví dụ dakdoa.gialai.gov.vn) và ghi đúng địa chỉ đó vào baseUrl của content/site.yaml; hoặc đăng ở kho <tên>.github.io của người dùng hay tổ chức; hoặc dùng nơi đăng khác (Cloudflare Pages, Netlify, nginx)',
        en: "a site at the root of a host: set a Custom domain in the repository's Settings → Pages (e.g. dakdoa.gialai.gov.vn) and write that address as baseUrl in content/site.yaml; or publish from the <name>.github.io repository of a user or organisation; or use another host (Cloudflare Pages, Netlify, nginx)",
      },
    },
  ],
  'alias.address': [
    {
      params: { suggestion: 'ke-hoach-cu' },
      problem: {
        vi: 'đây là một địa chỉ trang; aliases chỉ ghi tên tệp cũ, là phần cuối của địa chỉ cũ',
        en: "this is a page address; aliases take only the former file name, the old address's last part",
      },
      expected: { vi: 'tên tệp cũ, không có đuôi: ke-hoach-cu', en: 'the former file name without its extension: ke-hoach-cu' },
    },
    {
      params: { suggestion: '' },
      problem: {
        vi: 'đây là một địa chỉ trang; aliases chỉ ghi tên tệp cũ, là phần cuối của địa chỉ cũ',
        en: "this is a page address; aliases take only the former file name, the old address's last part",
      },
      expected: {
        vi: 'tên tệp cũ, không có đuôi, ví dụ 2023-ke-hoach-cu',
        en: 'the former file name without its extension, e.g. 2023-ke-hoach-cu',
      },
    },
  ],
  'alias.extension': [
    {
      params: { suggestion: 'ke-hoach-cu' },
      problem: {
        vi: 'tên tệp cũ ghi kèm đuôi tệp; aliases ghi tên không có đuôi .mdx, .yaml',
        en: 'the former file name is written with its extension; aliases take the name without .mdx or .yaml',
      },
      expected: { vi: 'tên tệp cũ, không có đuôi: ke-hoach-cu', en: 'the former file name without its extension: ke-hoach-cu' },
    },
  ],
  'alias.taken': [
    {
      params: { alias: 'ke-hoach', folder: 'documents' },
      problem: {
        vi: '"ke-hoach" đang là địa chỉ của một mục khác trong content/documents/',
        en: '"ke-hoach" is the address of another item in content/documents/',
      },
      expected: {
        vi: 'tên tệp cũ của chính mục này, không trùng với mục nào đang có',
        en: 'a former file name of this item, not the name of any current item',
      },
    },
  ],
  'alias.claimed': [
    {
      params: { owner: 'content/documents/a.mdx' },
      problem: {
        vi: 'địa chỉ cũ này đã được khai báo ở content/documents/a.mdx',
        en: 'this former address is already declared by content/documents/a.mdx',
      },
      expected: { vi: 'mỗi địa chỉ cũ chỉ dẫn đến một mục', en: 'each former address leads to one item only' },
    },
  ],
  'link.attachment': [
    {
      params: { name: 'mau-don.docx' },
      problem: {
        vi: 'liên kết tới /tep/mau-don.docx, nhưng không văn bản nào đính kèm tệp này nên trang không có nó',
        en: 'the link leads to /tep/mau-don.docx, but no document attaches that file, so the site does not publish it',
      },
      expected: {
        vi: 'địa chỉ /tep/<tên tệp> của một tệp có trong "attachments" của một văn bản (kiểm tra chính tả và đuôi tệp)',
        en: 'the address /tep/<file name> of a file under "attachments" of a document (check spelling and extension)',
      },
    },
  ],
  'link.item': [
    {
      params: { section: 'van-ban', slug: '2023-ke-hoach-khong-co', folder: 'documents' },
      problem: {
        vi: 'liên kết tới một trang không có: không có mục nào tên "2023-ke-hoach-khong-co" trong content/documents/',
        en: 'the link leads to a page that does not exist: there is no item "2023-ke-hoach-khong-co" in content/documents/',
      },
      expected: {
        vi: 'địa chỉ /van-ban/<tên tệp không có đuôi>/ của một mục có trong content/documents/',
        en: 'the address /van-ban/<file name without extension>/ of an item in content/documents/',
      },
    },
  ],
  'document.signedForMissing': [
    {
      params: { authority: 'TM' },
      expected: {
        vi: 'tên cơ quan hoặc chức danh được ký thay sau "TM.", ví dụ "Ủy ban nhân dân" hoặc "Chủ tịch"',
        en: 'the body or head signed for after "TM.", e.g. "Ủy ban nhân dân" or "Chủ tịch"',
      },
    },
  ],
  'document.deputyOfWithoutTM': [
    {
      params: {},
      expected: {
        vi: '"deputyOf" chỉ dùng sau "authority: TM"; cấp phó ký thay người đứng đầu (không thay mặt tập thể) thì ghi "authority: KT" và "onBehalfOf: Chủ tịch"',
        en: '"deputyOf" only after "authority: TM"; a deputy signing for the head alone writes "authority: KT" and "onBehalfOf: Chủ tịch"',
      },
    },
  ],
  'document.deputyNeedsKT': [
    {
      params: { position: 'Phó Chủ tịch' },
      problem: {
        vi: 'cấp phó (Phó Chủ tịch) thay mặt tập thể phải ký thay người đứng đầu, có dòng "KT." ở giữa khối chữ ký',
        en: 'a deputy (Phó Chủ tịch) signing for the collective body signs for its head, with a "KT." line in the middle of the block',
      },
      expected: {
        vi: 'thêm deputyOf: "Chủ tịch" để in "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
        en: 'add deputyOf: "Chủ tịch" so the block prints "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
      },
    },
  ],
  'document.referenceBoth': [
    {
      params: {},
      expected: {
        vi: 'hoặc "document" (văn bản có trên trang), hoặc trích dẫn văn bản bên ngoài (kind, number, date, issuer, title), không cả hai',
        en: 'either "document" (a document on this site) or a citation of an outside document (kind, number, date, issuer, title), not both',
      },
    },
  ],
  'document.citationIncomplete': [
    {
      params: {},
      expected: {
        vi: 'trích dẫn cần ít nhất "kind" (loại văn bản) và "title" (tên/trích yếu); hoặc dùng "document" để chỉ văn bản có trên trang',
        en: 'a citation needs at least "kind" and "title"; or use "document" to point at a document on this site',
      },
    },
  ],
  'document.lookalikeD': [
    {
      params: {},
      problem: {
        vi: 'có chữ Ð (mã U+00D0), trông giống chữ Đ nhưng là chữ khác, thường do chép từ tệp PDF',
        en: 'it has the letter Ð (U+00D0), which looks like the Vietnamese Đ but is another letter, often from text copied out of a PDF',
      },
      expected: { vi: 'gõ lại chữ Đ bằng bàn phím tiếng Việt', en: 'type the Đ again with a Vietnamese keyboard' },
    },
  ],
  'document.numberFormat': [
    {
      params: {},
      expected: {
        vi: 'số ký hiệu dạng 12/KH-UBND, hoặc 15/2023/QĐ-UBND với văn bản quy phạm pháp luật; chỉ ghi số ký hiệu, không ghi chữ "Số"',
        en: 'a number like 12/KH-UBND, or 15/2023/QĐ-UBND for a legal normative document; the number alone, without the word "Số"',
      },
    },
  ],
  'document.signerMissing': [
    {
      params: {},
      expected: {
        vi: 'người ký ("signer"), như in ở khối chữ ký; chỉ dự thảo ("draft: true") mới chưa có người ký',
        en: 'the signer ("signer"), as the signature block prints it; only a draft ("draft: true") is unsigned',
      },
    },
  ],
  'document.draftNumbered': [
    {
      params: {},
      problem: {
        vi: 'dự thảo chưa có số ký hiệu: số chỉ được cấp khi văn bản được ký ban hành',
        en: 'a draft has no number yet: the number is given when the document is signed and issued',
      },
      expected: {
        vi: 'bỏ "number" khi còn là dự thảo, hoặc bỏ "draft: true" nếu văn bản đã ban hành',
        en: 'no "number" while it is a draft, or no "draft: true" once the document is issued',
      },
    },
  ],
  'document.expiryBeforeIssued': [
    {
      params: { issued: '2023-01-17' },
      expected: {
        vi: 'ngày hết hiệu lực không sớm hơn ngày ban hành (2023-01-17)',
        en: 'an expiry date no earlier than the issue date (2023-01-17)',
      },
    },
  ],
  'document.expiryBeforeEffective': [
    {
      params: { effective: '2023-03' },
      expected: {
        vi: 'ngày hết hiệu lực không sớm hơn ngày có hiệu lực (2023-03)',
        en: 'an expiry date no earlier than the effective date (2023-03)',
      },
    },
  ],
  'document.replacesLater': [
    {
      params: { issued: '2023-01-10', replacedFile: 'content/documents/ke-hoach.mdx', replacedIssued: '2023-01-17' },
      problem: {
        vi: 'văn bản này ban hành ngày 2023-01-10, trước văn bản mà nó thay thế (content/documents/ke-hoach.mdx, ban hành 2023-01-17)',
        en: 'this document was issued on 2023-01-10, before the document it replaces (content/documents/ke-hoach.mdx, issued 2023-01-17)',
      },
      expected: {
        vi: 'văn bản thay thế ban hành cùng ngày hoặc sau văn bản bị thay thế: kiểm tra ngày ban hành của hai văn bản',
        en: 'a replacement issued on or after the document it replaces: check both issue dates',
      },
    },
  ],
  'document.numberTaken': [
    {
      params: {
        number: '12/KH-UBND',
        issuer: 'Ủy ban nhân dân thị trấn Đak Đoa',
        year: 2023,
        otherFile: 'content/documents/a-ke-hoach.mdx',
      },
      problem: {
        vi: 'số 12/KH-UBND của Ủy ban nhân dân thị trấn Đak Đoa năm 2023 đã dùng cho content/documents/a-ke-hoach.mdx',
        en: 'number 12/KH-UBND of Ủy ban nhân dân thị trấn Đak Đoa in 2023 is already used by content/documents/a-ke-hoach.mdx',
      },
      expected: { vi: 'một số ký hiệu chưa dùng trong năm của cơ quan ban hành', en: 'a number not yet used by this issuer in that year' },
    },
  ],
  'document.numberCodeOfOtherKind': [
    {
      params: { kind: 'cong-van', kindName: 'Công văn' },
      problem: {
        vi: 'số ký hiệu có mã của một loại văn bản khác, mà Công văn không có mã loại',
        en: "the number carries another kind's code, and a cong-van has none",
      },
      expected: {
        vi: 'số ký hiệu công văn dạng "số/cơ quan-đơn vị soạn", ví dụ 35/UBND-VP, hoặc sửa "kind"',
        en: 'a công văn number like "n/issuer-unit", e.g. 35/UBND-VP, or correct "kind"',
      },
    },
  ],
  'document.numberCodeMismatch': [
    {
      params: { kind: 'ke-hoach', kindName: 'Kế hoạch', code: 'KH' },
      problem: { vi: 'số ký hiệu không khớp loại văn bản Kế hoạch (KH)', en: 'the number does not match the kind ke-hoach (KH)' },
      expected: {
        vi: 'số ký hiệu dạng "số/KH-cơ quan", ví dụ 12/KH-UBND, hoặc sửa "kind"',
        en: 'a number like "n/KH-issuer", e.g. 12/KH-UBND, or correct "kind"',
      },
    },
  ],
  'reception.endBeforeStart': [
    {
      params: { start: '16:00', end: '14:00' },
      problem: { vi: 'giờ kết thúc 14:00 không sau giờ bắt đầu 16:00', en: 'the end 14:00 is not after the start 16:00' },
      expected: {
        vi: 'giờ kết thúc muộn hơn giờ bắt đầu, ví dụ start: "07:30", end: "11:00"',
        en: 'an end later than the start, e.g. start: "07:30", end: "11:00"',
      },
    },
  ],
  'reception.movedWithoutDate': [
    {
      params: {},
      problem: { vi: 'buổi tiếp đã dời nhưng chưa ghi ngày mới', en: 'the session is moved but has no new date' },
      expected: {
        vi: 'ngày mới của buổi tiếp đã dời (movedTo: { date: 2023-03-24 }, có thể kèm start, end)',
        en: 'the new date of the moved session (movedTo: { date: 2023-03-24 }, optionally start and end)',
      },
    },
  ],
  'reception.movedToNotMoved': [
    {
      params: { status: 'cancelled' },
      problem: {
        vi: 'có ngày dời (movedTo) nhưng trạng thái là "cancelled", không phải "moved": ngày dời sẽ bị bỏ qua',
        en: 'there is a new date (movedTo) but the status is "cancelled", not "moved": the new date would be ignored',
      },
      expected: {
        vi: 'status: moved khi buổi tiếp được dời sang ngày khác; buổi bị hủy (cancelled) hay giữ nguyên thì bỏ movedTo',
        en: 'status: moved when the session moves to another day; for a cancelled or unchanged session, remove movedTo',
      },
    },
  ],
  'reception.movedStartPastEnd': [
    {
      params: { date: '2023-03-24', start: '14:00', end: '11:00' },
      problem: {
        vi: 'buổi dời bắt đầu lúc 14:00 nhưng vẫn kết thúc lúc 11:00 theo giờ cũ, vì movedTo không ghi giờ kết thúc (end)',
        en: 'the moved session starts at 14:00 but still ends at 11:00, the planned end, as movedTo gives no end',
      },
      expected: {
        vi: 'giờ kết thúc mới muộn hơn giờ bắt đầu mới: ghi cả hai, ví dụ movedTo: { date: 2023-03-24, start: "14:00", end: "16:30" }',
        en: 'a new end later than the new start: write both, e.g. movedTo: { date: 2023-03-24, start: "14:00", end: "16:30" }',
      },
    },
  ],
  'reception.movedEndBeforeStart': [
    {
      params: { date: '2023-03-17', start: '07:30', end: '07:00' },
      problem: {
        vi: 'buổi dời kết thúc lúc 07:00 nhưng vẫn bắt đầu lúc 07:30 theo giờ cũ, vì movedTo không ghi giờ bắt đầu (start)',
        en: 'the moved session ends at 07:00 but still starts at 07:30, the planned start, as movedTo gives no start',
      },
      expected: {
        vi: 'giờ kết thúc mới muộn hơn giờ bắt đầu mới: ghi cả hai, ví dụ movedTo: { date: 2023-03-17, start: "14:00", end: "16:30" }',
        en: 'a new end later than the new start: write both, e.g. movedTo: { date: 2023-03-17, start: "14:00", end: "16:30" }',
      },
    },
  ],
  'reception.cancelledWithOfficer': [
    {
      params: {},
      problem: {
        vi: 'buổi tiếp đã hủy (cancelled) nhưng có ghi người tiếp thay (officer): người này sẽ bị bỏ qua',
        en: 'the session is cancelled but names an officer receiving instead: the officer would be ignored',
      },
      expected: {
        vi: 'bỏ officer khi buổi bị hủy; nếu có người tiếp thay thì status: substituted (hoặc moved nếu cũng dời ngày)',
        en: 'no officer on a cancelled session; if someone receives instead, status: substituted (or moved if it also moves)',
      },
    },
  ],
  'reception.substituteMissing': [
    {
      params: {},
      expected: {
        vi: 'mã chức danh người tiếp thay (officer), ví dụ pho-chu-tich',
        en: 'the id of the officer receiving instead (officer), e.g. pho-chu-tich',
      },
    },
  ],
  'reception.duplicateException': [
    {
      params: { first: 0 },
      problem: {
        vi: 'ngày này đã có ngoại lệ ở exceptions[0]; chỉ ngoại lệ đầu tiên được áp dụng',
        en: 'exceptions[0] already changes this day; only the first one would apply',
      },
      expected: {
        vi: 'mỗi ngày một ngoại lệ: gộp lại thành một (dời ngày và có người tiếp thay: status: moved, movedTo và officer)',
        en: 'one exception per day: merge them into one (moved and received by someone else: status: moved, movedTo and officer)',
      },
    },
  ],
  'reception.ruleWithoutEnd': [
    {
      params: {},
      problem: { vi: 'lịch lặp lại chưa có ngày kết thúc', en: 'the recurring rule has no end' },
      expected: {
        vi: 'ngày kết thúc của lịch lặp lại (until: 2023-03-31); lịch lặp lại không được để mở vô thời hạn',
        en: 'the last day of the recurring rule (until: 2023-03-31); a recurring rule must not run forever',
      },
    },
  ],
  'reception.scheduleReversed': [
    {
      params: { from: '2023-03-31', to: '2023-03-01' },
      problem: { vi: 'ngày kết thúc 2023-03-01 trước ngày bắt đầu 2023-03-31', en: 'the end 2023-03-01 is before the start 2023-03-31' },
      expected: { vi: 'ngày kết thúc (to) không sớm hơn ngày bắt đầu (from)', en: 'an end (to) no earlier than the start (from)' },
    },
  ],
  'reception.duplicateId': [
    {
      params: {},
      expected: { vi: 'một mã (id) chưa dùng trong lịch này', en: 'an id not yet used in this schedule' },
    },
  ],
  'reception.outsidePeriod': [
    {
      params: { from: '2023-03-01', to: '2023-03-31' },
      problem: { vi: 'ngày nằm ngoài thời gian của lịch', en: 'the day is outside the period of the schedule' },
      expected: { vi: 'một ngày từ 01/03/2023 đến 31/03/2023', en: 'a day from 2023-03-01 to 2023-03-31' },
    },
  ],
  'reception.movedFar': [
    {
      params: { from: '2023-03-01', to: '2023-03-31', margin: 31, earliest: '2023-01-29', latest: '2023-05-01' },
      problem: {
        vi: 'ngày dời cách thời gian của lịch (từ 01/03/2023 đến 31/03/2023) hơn 31 ngày',
        en: 'the new day is more than 31 days outside the period of the schedule (from 2023-03-01 to 2023-03-31)',
      },
      expected: {
        vi: 'một ngày từ 29/01/2023 đến 01/05/2023; kiểm tra lại năm và tháng',
        en: 'a day from 2023-01-29 to 2023-05-01; check the year and the month',
      },
    },
  ],
  'reception.ruleReversed': [
    {
      params: { from: '2023-03-20', until: '2023-03-10' },
      problem: {
        vi: 'ngày kết thúc 10/03/2023 trước ngày bắt đầu 20/03/2023 của lịch lặp lại: lịch không có buổi nào',
        en: 'the end 2023-03-10 is before the start 2023-03-20 of the recurring rule: it gives no session',
      },
      expected: {
        vi: 'ngày kết thúc (until) không sớm hơn ngày bắt đầu (from, nếu không ghi là ngày đầu của lịch)',
        en: 'an end (until) no earlier than the start (from, or the first day of the schedule when not given)',
      },
    },
  ],
  'reception.ruleNoDay': [
    {
      params: { weekday: 'thu-nam', from: '2023-03-24', until: '2023-03-28' },
      problem: {
        vi: 'không có ngày Thứ Năm nào từ 24/03/2023 đến 28/03/2023: lịch lặp lại này không có buổi nào',
        en: 'no Thursday (thu-nam) falls from 2023-03-24 to 2023-03-28: this recurring rule gives no session',
      },
      expected: {
        vi: 'một thứ trong tuần (weekday) có ít nhất một ngày trong khoảng from–until, hoặc sửa lại from, until',
        en: 'a weekday that falls at least once between from and until, or corrected from and until',
      },
    },
  ],
  'reception.exceptionNotOnRule': [
    {
      params: { weekday: 'chu-nhat', from: '2023-03-01', until: '2023-03-31' },
      problem: {
        vi: 'ngày ngoại lệ không phải là một buổi của lịch lặp lại này',
        en: 'the exception is not a day this recurring rule meets',
      },
      expected: { vi: 'một ngày Chủ Nhật từ 01/03/2023 đến 31/03/2023', en: 'a Sunday (chu-nhat) from 2023-03-01 to 2023-03-31' },
    },
  ],
  'reception.overlap': [
    {
      params: { date: '2023-03-02', start: '07:30', end: '11:00', officer: 'chu-tich', otherFile: 'content/receptions/2023-03.yaml' },
      problem: {
        vi: 'trùng giờ với buổi 02/03/2023 07:30–11:00 của cùng chức danh "chu-tich" (content/receptions/2023-03.yaml)',
        en: 'overlaps the session on 2023-03-02 07:30–11:00 of the same officer "chu-tich" (content/receptions/2023-03.yaml)',
      },
      expected: {
        vi: 'mỗi người tiếp công dân chỉ một buổi tại một thời điểm: sửa giờ, ngày hoặc người tiếp',
        en: 'one session at a time per officer: change the time, the day or the officer',
      },
    },
  ],
  'reception.holiday': [
    {
      params: { date: '2023-03-09', holiday: 'Ngày nghỉ thử' },
      problem: {
        vi: 'quy tắc đặt một buổi tiếp ngày 09/03/2023, là ngày nghỉ Ngày nghỉ thử',
        en: 'the rule puts a session on 2023-03-09, a public holiday (Ngày nghỉ thử)',
      },
      expected: {
        vi: 'thêm ngoại lệ cho ngày này trong "exceptions" của quy tắc: hủy (status: cancelled) hoặc dời sang ngày làm việc (status: moved)',
        en: 'an exception for that day under the rule\'s "exceptions": cancelled (status: cancelled) or moved to a working day (status: moved)',
      },
    },
  ],
  'reception.weekWithoutHead': [
    {
      params: { week: '2023-W12', monday: '2023-03-20', sunday: '2023-03-26' },
      problem: {
        vi: 'tuần 2023-W12 (20/03/2023–26/03/2023) không có buổi nào Chủ tịch trực tiếp tiếp công dân',
        en: 'week 2023-W12 (2023-03-20 to 2023-03-26) has no session received by the chairman in person',
      },
      expected: {
        vi: 'Chủ tịch tiếp công dân ít nhất 01 ngày mỗi tuần (Luật Tiếp công dân 2013, Điều 15, khoản 2)',
        en: 'the chairman receives citizens at least one day every week (Law on Citizen Reception 2013, Art. 15.2)',
      },
    },
  ],
  'consultation.unknownId': [
    {
      params: { list: 'answer', ids: ['accepted', 'partly-accepted', 'explained'] },
      expected: {
        vi: 'một trong các mã: accepted (Tiếp thu), partly-accepted (Tiếp thu một phần), explained (Giải trình)',
        en: 'one of: accepted, partly-accepted, explained',
      },
    },
    {
      params: { list: 'subject', ids: ['plan', 'policy'] },
      expected: { vi: 'một trong các mã: plan (Dự thảo kế hoạch), policy (Chủ trương, chính sách)', en: 'one of: plan, policy' },
    },
    {
      params: { list: 'channel', ids: ['in-person', 'suggestion-box'] },
      expected: {
        vi: 'một trong các mã: in-person (Góp ý trực tiếp), suggestion-box (Hòm thư góp ý)',
        en: 'one of: in-person, suggestion-box',
      },
    },
  ],
  'consultation.replyBeforeSent': [
    {
      params: { sent: '2023-10-17' },
      problem: {
        vi: 'Mặt trận trả lời trước khi nhận dự thảo (ngày gửi: 17/10/2023)',
        en: 'the Front replied before the draft was sent to it (sent: 2023-10-17)',
      },
      expected: {
        vi: 'ngày nhận được ý kiến phản biện (replied) từ ngày gửi dự thảo (sent) trở đi',
        en: 'a reply day (replied) on or after the day the draft was sent (sent)',
      },
    },
  ],
  'consultation.countsMismatch': [
    {
      params: { sum: 52, total: 57 },
      problem: {
        vi: 'các số theo kênh cộng lại được 52, nhưng tổng số ý kiến ghi 57',
        en: 'the counts by channel add up to 52, but the total says 57',
      },
      expected: {
        vi: 'số ý kiến theo từng kênh (byChannel) cộng lại bằng tổng số ý kiến (total)',
        en: 'counts by channel (byChannel) that add up to the total (total)',
      },
    },
  ],
  'consultation.pointOverTotal': [
    {
      params: { count: 310, total: 57 },
      problem: {
        vi: '310 ý kiến nêu nội dung này, nhiều hơn tổng số ý kiến nhận được (total: 57)',
        en: '310 opinions made this point, more than the opinions received in all (total: 57)',
      },
      expected: {
        vi: 'số ý kiến nêu nội dung này (count) không quá tổng số ý kiến (57)',
        en: 'a count of opinions for this point (count) no greater than the total (57)',
      },
    },
    {
      params: { count: 1, total: 0 },
      problem: {
        vi: '1 ý kiến nêu nội dung này, nhiều hơn tổng số ý kiến nhận được (total: 0)',
        en: '1 opinion made this point, more than the opinions received in all (total: 0)',
      },
      expected: {
        vi: 'số ý kiến nêu nội dung này (count) không quá tổng số ý kiến (0)',
        en: 'a count of opinions for this point (count) no greater than the total (0)',
      },
    },
  ],
  'consultation.closesBeforeOpens': [
    {
      params: { opens: '2023-10-16T07:00' },
      problem: {
        vi: 'hạn cuối không sau thời điểm bắt đầu lấy ý kiến (opens: 2023-10-16T07:00)',
        en: 'the closing time is not after the opening time (opens: 2023-10-16T07:00)',
      },
      expected: {
        vi: 'thời điểm kết thúc (closes) sau thời điểm bắt đầu (opens)',
        en: 'a closing time (closes) after the opening time (opens)',
      },
    },
  ],
  'consultation.announcedAfterOpening': [
    {
      params: { openingDay: '2023-10-16' },
      expected: {
        vi: 'ngày đăng thông báo không muộn hơn ngày bắt đầu lấy ý kiến (2023-10-16)',
        en: 'an announcement day no later than the opening day (2023-10-16)',
      },
    },
  ],
  'consultation.outcomeBeforeClose': [
    {
      params: { closes: '2023-11-15T23:59', firstDay: '2023-11-16' },
      problem: {
        vi: 'ngày công bố kết quả khi còn đang nhận ý kiến (hạn cuối 23:59 ngày 15/11/2023)',
        en: 'the outcome is dated while opinions were still taken (last minute 2023-11-15 23:59)',
      },
      expected: {
        vi: 'ngày công bố kết quả từ ngày 16/11/2023 trở đi, sau khi hết hạn lấy ý kiến',
        en: 'an outcome date on or after 2023-11-16, once the consultation has closed',
      },
    },
    {
      params: { closes: '2023-11-16T00:00', firstDay: '2023-11-16' },
      problem: {
        vi: 'ngày công bố kết quả khi còn đang nhận ý kiến (hạn cuối 23:59 ngày 15/11/2023)',
        en: 'the outcome is dated while opinions were still taken (last minute 2023-11-15 23:59)',
      },
      expected: {
        vi: 'ngày công bố kết quả từ ngày 16/11/2023 trở đi, sau khi hết hạn lấy ý kiến',
        en: 'an outcome date on or after 2023-11-16, once the consultation has closed',
      },
    },
  ],
  'consultation.emailMissing': [
    {
      params: {},
      problem: {
        vi: 'không ghi địa chỉ thư, và content/site.yaml cũng chưa có "email"',
        en: 'no address is given, and content/site.yaml has no "email" either',
      },
      expected: {
        vi: 'địa chỉ thư điện tử chính thức của Ủy ban, ghi vào "email" trong content/site.yaml',
        en: 'the committee\'s official e-mail address, under "email" in content/site.yaml',
      },
    },
  ],
  'consultation.phoneMissing': [
    {
      params: {},
      problem: {
        vi: 'không ghi số điện thoại, và content/site.yaml cũng chưa có "phones"',
        en: 'no number is given, and content/site.yaml has no "phones" either',
      },
      expected: {
        vi: 'số điện thoại chính thức của Ủy ban, ghi vào "phones" trong content/site.yaml',
        en: 'the committee\'s official phone number, under "phones" in content/site.yaml',
      },
    },
  ],
  'consultation.outcomeWhileOpen': [
    {
      params: { closes: '2026-12-15T23:59' },
      problem: {
        vi: 'chưa hết hạn lấy ý kiến (hạn cuối 23:59 ngày 15/12/2026) mà đã có kết quả',
        en: 'the consultation has not closed yet (last minute 2026-12-15 23:59) but has an outcome',
      },
      expected: {
        vi: 'chỉ ghi phần kết quả (outcome) sau khi hết hạn lấy ý kiến',
        en: 'an outcome only after the consultation has closed',
      },
    },
  ],
  'consultation.outcomeInFuture': [
    {
      params: { today: '2026-11-26' },
      problem: {
        vi: 'ngày công bố kết quả sau hôm nay (26/11/2026, ngày tạo trang): không thể công bố kết quả vào một ngày chưa đến',
        en: 'the outcome is dated after today (2026-11-26, the build date): an outcome cannot be published on a day that has not come yet',
      },
      expected: {
        vi: 'ngày đã công bố kết quả, không muộn hơn hôm nay (26/11/2026); kiểm tra lại năm, tháng, ngày',
        en: 'the day the outcome was published, no later than today (2026-11-26); check the year, month and day',
      },
    },
  ],
  'consultation.periodTooLong': [
    {
      params: { days: 391, longest: 120 },
      problem: {
        vi: 'lấy ý kiến trong 391 ngày, dài hơn 120 ngày: có thể đã gõ nhầm năm hoặc tháng của hạn cuối',
        en: 'open for 391 days, longer than 120: the year or month of the deadline may be mistyped',
      },
      expected: {
        vi: 'hạn cuối đúng như văn bản lấy ý kiến đã ghi; nếu thật sự dài như vậy thì giữ nguyên',
        en: 'the deadline the consultation notice gives; if the period really is this long, leave it',
      },
    },
  ],
  'consultation.periodTooShort': [
    {
      params: { days: 20, minimum: 30 },
      problem: {
        vi: 'chỉ lấy ý kiến trong 20 ngày, ít hơn 30 ngày tối thiểu (consultation.minimumDays trong content/site.yaml)',
        en: 'open for only 20 days, fewer than the minimum of 30 (consultation.minimumDays in content/site.yaml)',
      },
      expected: {
        vi: 'thời gian lấy ý kiến ít nhất 30 ngày, tính cả ngày bắt đầu và ngày cuối',
        en: 'a period of at least 30 days, counting the first and last day',
      },
    },
    {
      params: { days: 1, minimum: 1 },
      problem: {
        vi: 'chỉ lấy ý kiến trong 1 ngày, ít hơn 1 ngày tối thiểu (consultation.minimumDays trong content/site.yaml)',
        en: 'open for only 1 day, fewer than the minimum of 1 (consultation.minimumDays in content/site.yaml)',
      },
      expected: {
        vi: 'thời gian lấy ý kiến ít nhất 1 ngày, tính cả ngày bắt đầu và ngày cuối',
        en: 'a period of at least 1 day, counting the first and last day',
      },
    },
  ],
  'consultation.meetingOutside': [
    {
      params: { first: '2023-10-16', last: '2023-11-15' },
      problem: {
        vi: 'buổi họp nằm ngoài thời gian lấy ý kiến (2023-10-16 đến 2023-11-15)',
        en: 'the meeting falls outside the consultation period (2023-10-16 to 2023-11-15)',
      },
      expected: { vi: 'một ngày trong thời gian lấy ý kiến', en: 'a day within the consultation period' },
    },
  ],
  'dialogue.issueId': [
    {
      params: {},
      expected: {
        vi: 'mã kiến nghị dạng DT-năm-số thứ tự, ví dụ DT-2023-01 (năm là năm tổ chức đối thoại)',
        en: 'an issue id written DT-year-number, e.g. DT-2023-01 (the year of the dialogue)',
      },
    },
  ],
  'dialogue.resolvedWithoutUpdate': [
    {
      params: {},
      problem: {
        vi: 'kiến nghị ghi "đã giải quyết" nhưng chưa có diễn biến nào có ngày cho biết đã giải quyết ra sao',
        en: 'the issue is marked resolved but has no dated update saying how it was resolved',
      },
      expected: {
        vi: 'thêm vào "updates" ít nhất một mục { date: năm-tháng-ngày, text: "đã làm gì" }, hoặc đổi "status" thành "dang-giai-quyet"',
        en: 'add to "updates" at least one { date: year-month-day, text: "what was done" }, or set "status" to "dang-giai-quyet"',
      },
    },
  ],
  'dialogue.transferredWithoutBody': [
    {
      params: {},
      expected: {
        vi: 'tên cơ quan đã nhận chuyển kiến nghị, ví dụ "UBND huyện Đak Đoa", khi "status" là "da-chuyen"',
        en: 'the body the issue was transferred to, e.g. "UBND huyện Đak Đoa", when "status" is "da-chuyen"',
      },
    },
  ],
  'dialogue.openWithoutDue': [
    {
      params: {},
      expected: {
        vi: 'hạn giải quyết (năm-tháng-ngày, ví dụ 2023-09-30) cho kiến nghị đang giải quyết',
        en: 'a due date (year-month-day, e.g. 2023-09-30) for an issue in progress',
      },
    },
  ],
  'dialogue.openWithoutResponsible': [
    {
      params: {},
      expected: {
        vi: 'chức danh hoặc cơ quan phải thực hiện, ví dụ "Công chức Địa chính – Xây dựng", cho kiến nghị đang giải quyết',
        en: 'the role or body that must act, e.g. "Công chức Địa chính – Xây dựng", for an issue in progress',
      },
    },
  ],
  'dialogue.announcementMissing': [
    {
      params: {},
      expected: {
        vi: 'ngày thông báo thời gian, địa điểm, nội dung hội nghị (năm-tháng-ngày): luật yêu cầu thông báo trước ít nhất 7 ngày',
        en: 'the day the time, place and content were announced (year-month-day): the law asks for at least 7 days before',
      },
    },
  ],
  'dialogue.endBeforeStart': [
    {
      params: { start: '07:30' },
      expected: { vi: 'giờ kết thúc sau giờ bắt đầu (07:30)', en: 'an end time after the start time (07:30)' },
    },
  ],
  'dialogue.duplicateIssueId': [
    {
      params: { id: 'DT-2023-01', firstWritten: 'DT-2023-01', otherFile: 'content/dialogues/a-2023.mdx' },
      problem: {
        vi: 'mã DT-2023-01 đã dùng cho một kiến nghị khác (content/dialogues/a-2023.mdx)',
        en: 'id DT-2023-01 is already used by another issue (content/dialogues/a-2023.mdx)',
      },
      expected: {
        vi: 'một mã chưa dùng, ví dụ số thứ tự tiếp theo trong năm (DT-năm-số)',
        en: 'an id not yet used, e.g. the next number in that year (DT-year-number)',
      },
    },
    {
      params: { id: 'DT-2023-004', firstWritten: 'DT-2023-04' },
      problem: {
        vi: 'mã DT-2023-004 đã dùng cho một kiến nghị khác (viết DT-2023-04) (trong tệp này)',
        en: 'id DT-2023-004 is already used by another issue (written DT-2023-04) (in this file)',
      },
      expected: {
        vi: 'một mã chưa dùng, ví dụ số thứ tự tiếp theo trong năm (DT-năm-số)',
        en: 'an id not yet used, e.g. the next number in that year (DT-year-number)',
      },
    },
  ],
  'dialogue.announcedAfter': [
    {
      params: { held: '2023-05-20' },
      problem: { vi: 'ngày thông báo sau ngày đối thoại (20/05/2023)', en: 'announced after the dialogue (2023-05-20)' },
      expected: {
        vi: 'ngày đã thông báo, trước ngày đối thoại ít nhất 7 ngày',
        en: 'the day it was announced, at least 7 days before the dialogue',
      },
    },
  ],
  'dialogue.resultsBeforeDialogue': [
    {
      params: { held: '2023-06-15' },
      problem: { vi: 'ngày công khai kết quả trước ngày đối thoại (15/06/2023)', en: 'results published before the dialogue (2023-06-15)' },
      expected: {
        vi: 'ngày công khai kết quả, từ ngày đối thoại trở đi (chậm nhất 10 ngày sau)',
        en: 'the day the results were published, on or after the dialogue (at most 10 days after)',
      },
    },
  ],
  'dialogue.idYear': [
    {
      params: { idYear: '2022', year: 2023 },
      problem: {
        vi: 'năm trong mã (2022) khác năm tổ chức đối thoại (2023)',
        en: 'the year in the id (2022) is not the year of the dialogue (2023)',
      },
      expected: { vi: 'mã dạng DT-2023-số thứ tự', en: 'an id written DT-2023-number' },
    },
  ],
  'dialogue.dueBeforeDialogue': [
    {
      params: { held: '2023-06-15' },
      problem: {
        vi: 'hạn giải quyết trước ngày đối thoại (15/06/2023), khi kiến nghị chưa được nêu',
        en: 'the due date is before the dialogue (2023-06-15), when the issue had not yet been raised',
      },
      expected: {
        vi: 'hạn giải quyết từ ngày 15/06/2023 trở đi (năm-tháng-ngày)',
        en: 'a due date on or after 2023-06-15 (year-month-day)',
      },
    },
  ],
  'dialogue.updateBeforeDialogue': [
    {
      params: { held: '2023-06-15' },
      problem: {
        vi: 'diễn biến ghi ngày trước ngày đối thoại (15/06/2023), khi kiến nghị chưa được nêu',
        en: 'the update is dated before the dialogue (2023-06-15), when the issue had not yet been raised',
      },
      expected: {
        vi: 'ngày của diễn biến, từ ngày 15/06/2023 trở đi (năm-tháng-ngày)',
        en: 'the day of the update, on or after 2023-06-15 (year-month-day)',
      },
    },
  ],
  'dialogue.futureDate': [
    {
      params: { what: 'results', today: '2026-11-26' },
      problem: {
        vi: 'ngày công khai kết quả sau hôm nay (26/11/2026, ngày tạo trang): việc chưa xảy ra thì chưa thể ghi là đã làm',
        en: 'the results are dated after today (2026-11-26, the build date): what has not happened yet cannot be recorded as done',
      },
      expected: {
        vi: 'ngày đã thực hiện, không muộn hơn hôm nay (26/11/2026); kiểm tra lại năm, tháng, ngày',
        en: 'the day it was done, no later than today (2026-11-26); check the year, month and day',
      },
    },
    {
      params: { what: 'update', today: '2026-11-26' },
      problem: {
        vi: 'diễn biến ghi ngày sau hôm nay (26/11/2026, ngày tạo trang): việc chưa xảy ra thì chưa thể ghi là đã làm',
        en: 'the update is dated after today (2026-11-26, the build date): what has not happened yet cannot be recorded as done',
      },
      expected: {
        vi: 'ngày đã thực hiện, không muộn hơn hôm nay (26/11/2026); kiểm tra lại năm, tháng, ngày',
        en: 'the day it was done, no later than today (2026-11-26); check the year, month and day',
      },
    },
  ],
  'dialogue.unknownLocality': [
    {
      params: { id: 'thon-7', ids: ['thon-1', 'thon-2'] },
      problem: {
        vi: 'không có thôn, tổ dân phố nào mã "thon-7" trong content/site.yaml',
        en: 'there is no locality "thon-7" in content/site.yaml',
      },
      expected: {
        vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml: thon-1, thon-2; bỏ trống nếu là việc chung của cả đơn vị',
        en: 'the id of a locality listed under "localities" in content/site.yaml: thon-1, thon-2; leave it out for the whole commune',
      },
    },
    {
      params: { id: 'Thôn 2', ids: ['thon-1', 'thon-2'], meant: 'thon-2' },
      problem: {
        vi: 'đây là tên, không phải mã; trường này ghi mã (id) như trong content/site.yaml, ở đây là thon-2',
        en: 'this is a name, not an id; the field takes the id from content/site.yaml, here thon-2',
      },
      expected: {
        vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml: thon-1, thon-2; bỏ trống nếu là việc chung của cả đơn vị',
        en: 'the id of a locality listed under "localities" in content/site.yaml: thon-1, thon-2; leave it out for the whole commune',
      },
    },
  ],
  'dialogue.noConference': [
    {
      params: { year: 2024 },
      problem: {
        vi: 'năm 2024 không có hội nghị đối thoại nào giữa chính quyền và Nhân dân (luật yêu cầu ít nhất một lần mỗi năm)',
        en: '2024 had no dialogue conference between the commune and its citizens (the law asks for at least one a year)',
      },
      expected: {
        vi: 'một tệp đối thoại năm 2024 có kind: hoi-nghi-doi-thoai, nếu hội nghị đã được tổ chức mà chưa đăng',
        en: 'a dialogue file for 2024 with kind: hoi-nghi-doi-thoai, if the conference was held but not yet published',
      },
    },
  ],
  'site.missing': [
    {
      params: {},
      expected: { vi: 'tệp cấu hình content/site.yaml', en: 'the configuration file content/site.yaml' },
    },
  ],
  'site.noHead': [
    {
      params: {},
      problem: { vi: 'không có chức danh nào được ghi head: true', en: 'no officer has head: true' },
      expected: {
        vi: 'đúng một chức danh trong "officers" của content/site.yaml có head: true: Chủ tịch UBND, người tiếp công dân ít nhất 01 ngày mỗi tuần',
        en: 'exactly one officer under "officers" in content/site.yaml with head: true: the chairman, who receives citizens at least one day every week',
      },
    },
  ],
  'site.twoHeads': [
    {
      params: { first: 'chu-tich', extra: 'pho-chu-tich' },
      problem: { vi: '"chu-tich" và "pho-chu-tich" đều ghi head: true', en: 'both "chu-tich" and "pho-chu-tich" have head: true' },
      expected: {
        vi: 'đúng một chức danh trong "officers" của content/site.yaml có head: true: Chủ tịch UBND, người tiếp công dân ít nhất 01 ngày mỗi tuần',
        en: 'exactly one officer under "officers" in content/site.yaml with head: true: the chairman, who receives citizens at least one day every week',
      },
    },
  ],
  'site.duplicateOfficerId': [
    {
      params: { id: 'pho-chu-tich', index: 1, label: 'Phó Chủ tịch' },
      problem: {
        vi: 'id "pho-chu-tich" đã dùng cho officers[1] (Phó Chủ tịch)',
        en: 'the id "pho-chu-tich" is already used by officers[1] (Phó Chủ tịch)',
      },
      expected: {
        vi: 'một id chưa chức danh nào khác trong "officers" dùng: lịch tiếp công dân gọi chức danh bằng id, hai chức danh cùng id sẽ bị coi là một',
        en: 'an id no other officer under "officers" has: reception schedules name an officer by id, so two with one id would be taken for the same',
      },
    },
    {
      params: { id: 'chu-tich', index: 0 },
      problem: { vi: 'id "chu-tich" đã dùng cho officers[0]', en: 'the id "chu-tich" is already used by officers[0]' },
      expected: {
        vi: 'một id chưa chức danh nào khác trong "officers" dùng: lịch tiếp công dân gọi chức danh bằng id, hai chức danh cùng id sẽ bị coi là một',
        en: 'an id no other officer under "officers" has: reception schedules name an officer by id, so two with one id would be taken for the same',
      },
    },
  ],
  'site.duplicateLocalityId': [
    {
      params: { id: 'thon-1', index: 0, label: 'Thôn 1' },
      problem: { vi: 'id "thon-1" đã dùng cho localities[0] (Thôn 1)', en: 'the id "thon-1" is already used by localities[0] (Thôn 1)' },
      expected: {
        vi: 'một id chưa thôn, tổ dân phố nào khác trong "localities" dùng: văn bản, lấy ý kiến và kiến nghị gọi thôn, tổ dân phố bằng id, hai mục cùng id sẽ bị coi là một',
        en: 'an id no other thôn or tổ dân phố under "localities" has: documents, consultations and issues name a locality by id, so two with one id would be taken for the same',
      },
    },
  ],
  'site.duplicateField': [
    {
      params: { field: 'Đất đai', index: 0 },
      problem: { vi: '"Đất đai" đã có ở fields[0]', en: '"Đất đai" is already listed at fields[0]' },
      expected: {
        vi: 'mỗi lĩnh vực ghi một lần trong "fields", khác các lĩnh vực kia không chỉ ở dấu, chữ hoa hay dấu câu: văn bản và kiến nghị gọi lĩnh vực bằng tên, mỗi lĩnh vực có một trang kiến nghị riêng',
        en: 'each field once under "fields", differing from the others by more than accents, case or punctuation: documents and issues name a field by its text, and each field has its own page of issues',
      },
    },
  ],
  'site.fieldSharesAddress': [
    {
      params: { field: 'Đất Đai', index: 0, other: 'Đất đai', slug: 'dat-dai' },
      problem: {
        vi: '"Đất Đai" và fields[0] ("Đất đai") có chung địa chỉ /kien-nghi/linh-vuc/dat-dai/',
        en: '"Đất Đai" and fields[0] ("Đất đai") share the address /kien-nghi/linh-vuc/dat-dai/',
      },
      expected: {
        vi: 'mỗi lĩnh vực ghi một lần trong "fields", khác các lĩnh vực kia không chỉ ở dấu, chữ hoa hay dấu câu: văn bản và kiến nghị gọi lĩnh vực bằng tên, mỗi lĩnh vực có một trang kiến nghị riêng',
        en: 'each field once under "fields", differing from the others by more than accents, case or punctuation: documents and issues name a field by its text, and each field has its own page of issues',
      },
    },
  ],
  'site.phoneUnquoted': [
    {
      params: { value: 912345678 },
      problem: {
        vi: 'viết không có dấu ngoặc kép nên được đọc thành con số 912345678, mất số 0 hoặc dấu + ở đầu',
        en: 'written without quotes, so it was read as the number 912345678, losing its leading 0 or +',
      },
      expected: {
        vi: 'số điện thoại đặt trong dấu ngoặc kép, ví dụ number: "0269 3833 000"; một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'the phone number in double quotes, e.g. number: "0269 3833 000"; one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.phoneNoDigits': [
    {
      params: {},
      problem: { vi: 'không có chữ số nào', en: 'has no digits' },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.phoneCharacter': [
    {
      params: { character: ',' },
      problem: { vi: 'có ký tự ",", không thuộc một số điện thoại', en: 'has the character ",", which is no part of a phone number' },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.phoneStart': [
    {
      params: {},
      problem: { vi: 'không bắt đầu bằng 0 hay +84', en: 'starts with neither 0 nor +84' },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.phonePlusAndZero': [
    {
      params: {},
      problem: {
        vi: 'có cả +84 lẫn số 0 đầu: +84 thay cho số 0 ấy, gọi +84 rồi 0 là sai số',
        en: 'has both +84 and the leading 0: +84 replaces that 0, and dialling +84 then 0 reaches a wrong number',
      },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.phoneSeparators': [
    {
      params: {},
      problem: {
        vi: 'có dấu + ở giữa, hai dấu phân cách liền nhau, hoặc dấu phân cách ở đầu, ở cuối',
        en: 'has a + inside, two separators in a row, or a separator at either end',
      },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.phoneDigits': [
    {
      params: { digits: 10, plus: false, start: '02' },
      problem: {
        vi: 'có 10 chữ số, bắt đầu bằng 02: không phải số cố định hay số di động',
        en: 'has 10 digits, starting 02: neither a landline nor a mobile number',
      },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
    {
      params: { digits: 10, plus: true, start: '02' },
      problem: {
        vi: 'có 10 chữ số (kể cả số 0 mà +84 thay), bắt đầu bằng 02: không phải số cố định hay số di động',
        en: 'has 10 digits (counting the 0 that +84 replaces), starting 02: neither a landline nor a mobile number',
      },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
    {
      params: { digits: 1, plus: false, start: '0' },
      problem: {
        vi: 'có 1 chữ số, bắt đầu bằng 0: không phải số cố định hay số di động',
        en: 'has 1 digit, starting 0: neither a landline nor a mobile number',
      },
      expected: {
        vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
        en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
      },
    },
  ],
  'site.urlScheme': [
    {
      params: { protocol: 'ftp:' },
      problem: { vi: 'dùng giao thức "ftp:", không phải https: hay http:', en: 'uses "ftp:", not https: or http:' },
      expected: {
        vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
        en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
      },
    },
  ],
  'site.urlCredentials': [
    {
      params: {},
      problem: { vi: 'có tên đăng nhập hoặc mật khẩu trước tên miền', en: 'has a user name or password before the host' },
      expected: {
        vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
        en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
      },
    },
  ],
  'site.urlPath': [
    {
      params: { path: '/dakdoa' },
      problem: { vi: 'có đường dẫn "/dakdoa" sau tên miền', en: 'has the path "/dakdoa" after the host' },
      expected: {
        vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
        en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
      },
    },
  ],
  'site.urlQuery': [
    {
      params: { query: '?lang=vi' },
      problem: { vi: 'có phần truy vấn "?lang=vi"', en: 'has the query "?lang=vi"' },
      expected: {
        vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
        en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
      },
    },
  ],
  'site.urlFragment': [
    {
      params: { fragment: '#top' },
      problem: { vi: 'có phần neo "#top"', en: 'has the fragment "#top"' },
      expected: {
        vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
        en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
      },
    },
  ],
  'site.holidayReversed': [
    {
      params: { from: '2026-02-22' },
      expected: {
        vi: 'ngày nghỉ cuối (to) từ ngày nghỉ đầu (from: 2026-02-22) trở đi',
        en: 'a last day off (to) on or after the first (from: 2026-02-22)',
      },
    },
  ],
  'site.unitMissing': [
    {
      params: {},
      problem: {
        vi: 'không có "unit" (đơn vị hiện nay) cũng không có "formerUnits" (đơn vị cũ)',
        en: 'neither "unit" (the current unit) nor "formerUnits" (former units) is given',
      },
      expected: {
        vi: '"unit" với loại, tên, ngày thành lập (since) theo nghị quyết; hoặc, khi chưa có, đơn vị cũ mà trang đăng tin trước đây trong "formerUnits"',
        en: '"unit" with its type, name and founding day (since) from the resolution; or, until then, the former unit the site published for under "formerUnits"',
      },
    },
  ],
  'site.unitTypeAbolished': [
    {
      params: {
        name: 'Đak Đoa',
      },
      problem: {
        vi: 'từ ngày 01/7/2025 không còn đơn vị hành chính "thị trấn": "thị trấn Đak Đoa" là đơn vị cũ',
        en: 'since 1 July 2025 there is no "thị trấn" unit: "thị trấn Đak Đoa" is a former unit',
      },
      expected: {
        vi: 'xã, phường hoặc đặc khu theo nghị quyết sắp xếp; ghi thị trấn cũ vào "formerUnits" (type, name, parent, until: 2025-06-30)',
        en: 'xã, phường or đặc khu as the rearrangement resolution names it; list the former thị trấn under "formerUnits" (type, name, parent, until: 2025-06-30)',
      },
    },
  ],
  'site.unitSinceMissing': [
    {
      params: {},
      problem: {
        vi: 'chưa ghi ngày đơn vị hiện nay bắt đầu hoạt động',
        en: 'the current unit has no starting day',
      },
      expected: {
        vi: 'ngày bắt đầu theo nghị quyết thành lập (thường là since: 2025-07-01); mục ghi ngày trước đó thuộc đơn vị cũ',
        en: 'the starting day set by the resolution that formed it (usually since: 2025-07-01); items dated earlier belong to the former units',
      },
    },
  ],
  'site.formerUnitOverlaps': [
    {
      params: {
        until: '2025-07-01',
        since: '2025-07-01',
      },
      problem: {
        vi: 'đơn vị cũ còn đến ngày 01/07/2025, không trước ngày đơn vị hiện nay bắt đầu (01/07/2025)',
        en: 'the former unit lasts until 2025-07-01, not before the current unit begins (2025-07-01)',
      },
      expected: {
        vi: 'ngày cuối của đơn vị cũ trước ngày "since" của đơn vị hiện nay',
        en: 'a last day of the former unit before the current unit\'s "since"',
      },
    },
  ],
  'site.duplicateFormerUnitId': [
    {
      params: {
        id: 'xa-glar',
        index: 0,
        label: 'Glar',
      },
      problem: {
        vi: 'id "xa-glar" đã dùng cho formerUnits[0] (Glar)',
        en: 'the id "xa-glar" is already used by formerUnits[0] (Glar)',
      },
      expected: {
        vi: 'một id chưa đơn vị cũ nào khác trong "formerUnits" dùng: mục và thôn, tổ dân phố gọi đơn vị cũ bằng id',
        en: 'an id no other unit under "formerUnits" has: items and localities name a former unit by id',
      },
    },
  ],
  'site.localityUnitUnknown': [
    {
      params: {
        id: 'thi-tran',
        ids: ['thi-tran-dak-doa', 'xa-glar'],
      },
      problem: {
        vi: 'không có đơn vị cũ nào có id "thi-tran" trong "formerUnits"',
        en: 'no unit under "formerUnits" has the id "thi-tran"',
      },
      expected: {
        vi: 'id của một đơn vị cũ: thi-tran-dak-doa, xa-glar',
        en: 'the id of a former unit: thi-tran-dak-doa, xa-glar',
      },
    },
    {
      params: {
        id: 'thi-tran',
        ids: [],
      },
      problem: {
        vi: 'không có đơn vị cũ nào có id "thi-tran" trong "formerUnits"',
        en: 'no unit under "formerUnits" has the id "thi-tran"',
      },
      expected: {
        vi: 'bỏ formerUnit, hoặc ghi đơn vị cũ vào "formerUnits" trước',
        en: 'no formerUnit, or list the former unit under "formerUnits" first',
      },
    },
  ],
  'site.localityNowUnknown': [
    {
      params: {
        id: 'thon-moi',
      },
      problem: {
        vi: '"thon-moi" không phải thôn, tổ dân phố khác có trong "localities"',
        en: '"thon-moi" is not another locality under "localities"',
      },
      expected: {
        vi: 'id của thôn, tổ dân phố hiện nay mà thôn, tổ dân phố này được sáp nhập vào hoặc đổi tên thành',
        en: 'the id of the current thôn or tổ dân phố this one was merged into or renamed as',
      },
    },
  ],
  'site.localityNowWithoutUntil': [
    {
      params: {},
      problem: {
        vi: 'có "now" nhưng chưa ghi ngày cuối (until) của tên cũ',
        en: '"now" is given without the last day (until) of the former name',
      },
      expected: {
        vi: 'ngày cuối thôn, tổ dân phố mang tên và mã này (ví dụ until: 2025-06-30); mục ghi ngày sau đó dùng mã mới',
        en: 'the last day it had this name and id (for example until: 2025-06-30); items dated later use the new id',
      },
    },
  ],
  'broadcast.reversed': [
    {
      params: {
        from: '2026-11-18',
      },
      expected: {
        vi: 'ngày phát cuối (to) từ ngày phát đầu (from: 18/11/2026) trở đi',
        en: 'a last day of broadcast (to) on or after the first (from: 2026-11-18)',
      },
    },
  ],
  'site.languageCode': [
    {
      params: {
        suggestion: 'bdq',
      },
      problem: {
        vi: 'mã ngôn ngữ viết theo BCP 47 là "bdq"',
        en: 'BCP 47 writes this language code as "bdq"',
      },
      expected: {
        vi: 'code: bdq (ví dụ bdq cho tiếng Ba Na, jra cho tiếng Gia Rai): mã là thuộc tính lang của trang dịch',
        en: "code: bdq (for example bdq for Bahnar, jra for Jarai): the code is the translated page's lang",
      },
    },
    {
      params: {},
      problem: {
        vi: 'không phải mã ngôn ngữ theo BCP 47',
        en: 'not a BCP 47 language code',
      },
      expected: {
        vi: 'mã ngôn ngữ theo BCP 47, chữ thường (ví dụ bdq cho tiếng Ba Na, jra cho tiếng Gia Rai): mã là thuộc tính lang của trang dịch',
        en: "a BCP 47 language code in lower case (for example bdq for Bahnar, jra for Jarai): the code is the translated page's lang",
      },
    },
  ],
  'site.languageVietnamese': [
    {
      params: {},
      problem: {
        vi: 'tiếng Việt là ngôn ngữ của chính trang web, không phải ngôn ngữ dịch',
        en: "Vietnamese is the site's own language, not one of its translations",
      },
      expected: {
        vi: 'mã của ngôn ngữ mà văn bản được dịch sang (ví dụ bdq, jra)',
        en: 'the code of a language texts are translated into (for example bdq, jra)',
      },
    },
  ],
  'site.duplicateLanguage': [
    {
      params: {
        code: 'bdq',
        index: 0,
      },
      problem: {
        vi: 'mã "bdq" đã ghi ở languages[0]',
        en: 'the code "bdq" is already listed at languages[0]',
      },
      expected: {
        vi: 'mỗi ngôn ngữ ghi một lần',
        en: 'each language listed once',
      },
    },
  ],
  'translation.address': [
    {
      params: {
        sections: ['van-ban', 'lay-y-kien', 'doi-thoai'],
      },
      problem: {
        vi: 'không đọc được địa chỉ của bản tiếng Việt',
        en: 'the address of the Vietnamese item cannot be read',
      },
      expected: {
        vi: 'địa chỉ trang tiếng Việt được dịch, chép từ trình duyệt, ví dụ translates: /van-ban/2023-ke-hoach-dan-van-chinh-quyen/ (mục /van-ban/, /lay-y-kien/, /doi-thoai/)',
        en: 'the address of the Vietnamese page translated, as the browser shows it, for example translates: /van-ban/2023-ke-hoach-dan-van-chinh-quyen/ (sections /van-ban/, /lay-y-kien/, /doi-thoai/)',
      },
    },
  ],
  'translation.language': [
    {
      params: {
        code: 'jra',
        codes: ['bdq'],
      },
      problem: {
        vi: 'ngôn ngữ "jra" chưa có trong "languages" của content/site.yaml',
        en: 'the language "jra" is not listed under "languages" in content/site.yaml',
      },
      expected: {
        vi: 'mã của một ngôn ngữ đã khai báo: bdq; hoặc khai báo ngôn ngữ mới trong content/site.yaml trước',
        en: 'the code of a listed language: bdq; or list the new language in content/site.yaml first',
      },
    },
    {
      params: {
        code: 'jra',
        codes: [],
      },
      problem: {
        vi: 'ngôn ngữ "jra" chưa có trong "languages" của content/site.yaml',
        en: 'the language "jra" is not listed under "languages" in content/site.yaml',
      },
      expected: {
        vi: 'khai báo ngôn ngữ trong content/site.yaml trước (languages: - code, name, vietnameseName)',
        en: 'list the language in content/site.yaml first (languages: - code, name, vietnameseName)',
      },
    },
  ],
  'translation.itemMissing': [
    {
      params: {
        address: '/van-ban/x/',
      },
      problem: {
        vi: 'không có trang tiếng Việt nào ở địa chỉ /van-ban/x/',
        en: 'no Vietnamese page is at /van-ban/x/',
      },
      expected: {
        vi: 'địa chỉ hiện nay của văn bản, nội dung lấy ý kiến hoặc hội nghị đối thoại được dịch (tên tệp của nó trong content/)',
        en: 'the current address of the document, consultation or dialogue translated (its file name in content/)',
      },
    },
  ],
  'translation.duplicate': [
    {
      params: {
        other: 'content/translations/a.mdx',
        address: '/van-ban/x/',
        language: 'bdq',
      },
      problem: {
        vi: 'content/translations/a.mdx đã là bản dịch sang "bdq" của /van-ban/x/',
        en: 'content/translations/a.mdx is already the "bdq" translation of /van-ban/x/',
      },
      expected: {
        vi: 'mỗi mục một bản dịch cho mỗi ngôn ngữ: sửa bản đã có, hoặc xóa một trong hai tệp',
        en: 'one translation of an item per language: revise the one there is, or delete one of the two files',
      },
    },
  ],
  'translation.versionFuture': [
    {
      params: {
        date: '2027-01-02',
        today: '2026-12-07',
      },
      problem: {
        vi: 'ngày 02/01/2027 chưa tới (hôm nay là 07/12/2026)',
        en: '2027-01-02 has not come yet (today is 2026-12-07)',
      },
      expected: {
        vi: 'ngày của bản tiếng Việt đã dịch, như trang tiếng Việt ghi ("Đăng lần đầu" hoặc "Cập nhật lần cuối")',
        en: 'the day of the Vietnamese text translated, as its page gives it ("Đăng lần đầu" or "Cập nhật lần cuối")',
      },
    },
  ],
  'translation.stale': [
    {
      params: {
        address: '/van-ban/x/',
        language: 'bdq',
        version: '2026-11-10',
        changed: '2026-11-20',
      },
      problem: {
        vi: 'bản dịch sang "bdq" dịch bản tiếng Việt ngày 10/11/2026, nhưng /van-ban/x/ đã được sửa ngày 20/11/2026',
        en: 'the "bdq" translation is of the Vietnamese text of 2026-11-10, but /van-ban/x/ was changed on 2026-11-20',
      },
      expected: {
        vi: 'nhờ người dịch đối chiếu bản tiếng Việt mới, sửa bản dịch nếu cần, rồi ghi vietnameseVersion là ngày bản tiếng Việt đã đối chiếu; trong khi chờ, trang dịch báo bản tiếng Việt đã được sửa',
        en: 'have the translator compare it with the new Vietnamese text, revise it if needed, and set vietnameseVersion to the day compared; meanwhile the translated page says the Vietnamese text has changed',
      },
    },
  ],
  'languageWords.unknownLanguage': [
    {
      params: {
        code: 'jra',
        codes: ['bdq'],
      },
      problem: {
        vi: 'tên tệp "jra" không phải mã của ngôn ngữ nào trong "languages" của content/site.yaml',
        en: 'the file name "jra" is not the code of a language under "languages" in content/site.yaml',
      },
      expected: {
        vi: 'tệp đặt tên theo mã ngôn ngữ: bdq.yaml',
        en: "a file named by a language's code: bdq.yaml",
      },
    },
    {
      params: {
        code: 'jra',
        codes: [],
      },
      problem: {
        vi: 'tên tệp "jra" không phải mã của ngôn ngữ nào trong "languages" của content/site.yaml',
        en: 'the file name "jra" is not the code of a language under "languages" in content/site.yaml',
      },
      expected: {
        vi: 'khai báo ngôn ngữ trong content/site.yaml trước',
        en: 'list the language in content/site.yaml first',
      },
    },
  ],
  'languageWords.unknownKey': [
    {
      params: {
        key: 'nav.documets',
        suggestion: 'nav.documents',
      },
      problem: {
        vi: '"nav.documets" không phải từ nào của giao diện',
        en: '"nav.documets" is no word of the interface',
      },
      expected: {
        vi: 'có lẽ là "nav.documents": một trong các từ liệt kê trong Hướng dẫn đăng tin (mục Bản dịch)',
        en: 'perhaps "nav.documents": one of the words listed in the publishing guide (Translations)',
      },
    },
    {
      params: {
        key: 'x',
      },
      problem: {
        vi: '"x" không phải từ nào của giao diện',
        en: '"x" is no word of the interface',
      },
      expected: {
        vi: 'một trong các từ liệt kê trong Hướng dẫn đăng tin (mục Bản dịch)',
        en: 'one of the words listed in the publishing guide (Translations)',
      },
    },
  ],
  'languageWords.placeholders': [
    {
      params: {
        key: 'translation.version',
        expected: ['date'],
      },
      problem: {
        vi: 'từ "translation.version" không giữ đúng các chỗ điền của bản tiếng Việt',
        en: 'the word "translation.version" does not keep the placeholders of its Vietnamese text',
      },
      expected: {
        vi: 'giữ nguyên {date}, không thêm chỗ điền khác',
        en: 'keep {date} as written, and no other placeholder',
      },
    },
    {
      params: {
        key: 'nav.menu',
        expected: [],
      },
      problem: {
        vi: 'từ "nav.menu" không giữ đúng các chỗ điền của bản tiếng Việt',
        en: 'the word "nav.menu" does not keep the placeholders of its Vietnamese text',
      },
      expected: {
        vi: 'không có chỗ điền nào trong ngoặc nhọn',
        en: 'no placeholder in braces',
      },
    },
  ],
  'broadcast.shortRun': [
    {
      params: {
        longest: 2,
        minimum: 3,
      },
      problem: {
        vi: 'các ngày phát đã ghi có nhiều nhất 2 ngày liên tục',
        en: 'the broadcast days recorded hold at most 2 days in a row',
      },
      expected: {
        vi: 'phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục, rồi ghi các ngày đã phát vào "broadcast.days"',
        en: 'broadcast on the loudspeakers on at least 3 days in a row, then record them under "broadcast.days"',
      },
    },
    {
      params: {
        longest: 1,
        minimum: 3,
      },
      problem: {
        vi: 'các ngày phát đã ghi có nhiều nhất 1 ngày liên tục',
        en: 'the broadcast days recorded hold at most 1 day in a row',
      },
      expected: {
        vi: 'phát trên hệ thống truyền thanh ít nhất 03 ngày liên tục, rồi ghi các ngày đã phát vào "broadcast.days"',
        en: 'broadcast on the loudspeakers on at least 3 days in a row, then record them under "broadcast.days"',
      },
    },
  ],
  'province.duplicateCommune': [
    {
      params: {
        id: 'dak-doa',
        index: 0,
      },
      problem: {
        vi: 'id "dak-doa" đã dùng cho communes[0]',
        en: 'the id "dak-doa" is already used by communes[0]',
      },
      expected: {
        vi: 'một id riêng cho mỗi xã, phường: id là giá trị của bộ lọc theo xã trong địa chỉ trang tìm kiếm',
        en: "an id of its own for each commune: the id is the commune filter's value in the search page's address",
      },
    },
  ],
  'province.communeOutput': [
    {
      params: {
        source: 'http://127.0.0.1:4321/',
        reason: 'HTTP 404 http://127.0.0.1:4321/du-lieu/van-ban.json',
      },
      problem: {
        vi: 'không đọc được dữ liệu mở của trang xã tại http://127.0.0.1:4321/ (HTTP 404 http://127.0.0.1:4321/du-lieu/van-ban.json)',
        en: "the commune site's open data could not be read at http://127.0.0.1:4321/ (HTTP 404 http://127.0.0.1:4321/du-lieu/van-ban.json)",
      },
      expected: {
        vi: 'thư mục trang đã xây dựng (npm run build) của xã, hoặc địa chỉ trang đã công bố, có du-lieu/van-ban.json, du-lieu/lay-y-kien.json và du-lieu/kien-nghi.json',
        en: "the commune's built site folder (npm run build) or its published address, with du-lieu/van-ban.json, du-lieu/lay-y-kien.json and du-lieu/kien-nghi.json",
      },
    },
  ],
  'unit.unknown': [
    {
      params: {
        id: 'xa-glar',
        ids: ['thi-tran-dak-doa'],
      },
      problem: {
        vi: 'không có đơn vị cũ nào có id "xa-glar" trong "formerUnits" của content/site.yaml',
        en: 'no unit under "formerUnits" in content/site.yaml has the id "xa-glar"',
      },
      expected: {
        vi: 'id của một đơn vị cũ: thi-tran-dak-doa; bỏ trống nếu là đơn vị hiện nay',
        en: 'the id of a former unit: thi-tran-dak-doa; none for the current unit',
      },
    },
    {
      params: {
        id: 'xa-glar',
        ids: [],
      },
      problem: {
        vi: 'không có đơn vị cũ nào có id "xa-glar" trong "formerUnits" của content/site.yaml',
        en: 'no unit under "formerUnits" in content/site.yaml has the id "xa-glar"',
      },
      expected: {
        vi: 'bỏ trống: trang chưa ghi đơn vị cũ nào',
        en: 'none: the site lists no former unit',
      },
    },
  ],
  'unit.afterEnd': [
    {
      params: {
        unit: 'UBND xã Glar',
        until: '2025-06-30',
        date: '2025-08-04',
      },
      problem: {
        vi: 'UBND xã Glar chỉ tồn tại đến ngày 30/06/2025, mục này ghi ngày 04/08/2025',
        en: 'UBND xã Glar existed until 2025-06-30; this item is dated 2025-08-04',
      },
      expected: {
        vi: 'đơn vị còn tồn tại vào ngày của mục: bỏ "unit" nếu là đơn vị hiện nay, hoặc sửa ngày nếu ghi nhầm',
        en: 'a unit that existed on the item\'s day: no "unit" for the current unit, or correct the date if it is wrong',
      },
    },
  ],
  'unit.issuerAfterEnd': [
    {
      params: {
        unit: 'UBND thị trấn Đak Đoa',
        until: '2025-06-30',
        date: '2025-09-12',
      },
      problem: {
        vi: 'cơ quan ban hành là UBND thị trấn Đak Đoa, đơn vị chỉ tồn tại đến ngày 30/06/2025, nhưng văn bản ghi ngày 12/09/2025',
        en: 'the issuer is UBND thị trấn Đak Đoa, which existed until 2025-06-30, but the document is dated 2025-09-12',
      },
      expected: {
        vi: 'tên cơ quan đúng như in trên văn bản ở ngày ban hành (đơn vị hiện nay), hoặc sửa ngày ban hành nếu ghi nhầm',
        en: 'the issuer as the document prints it on its day (the current unit), or correct the date if it is wrong',
      },
    },
  ],
  'unit.locality': [
    {
      params: {
        id: 'lang-cu',
        unit: 'UBND xã Mẫu',
        date: '2025-09-12',
        until: '2025-06-30',
        now: 'thon-moi',
        ids: ['thon-moi', 'thon-2'],
      },
      problem: {
        vi: 'thôn, tổ dân phố "lang-cu" chỉ mang mã này đến ngày 30/06/2025, sau đó là "thon-moi"; mục ghi ngày 12/09/2025',
        en: 'the locality "lang-cu" had this id until 2025-06-30, then "thon-moi"; the item is dated 2025-09-12',
      },
      expected: {
        vi: 'mã thôn, tổ dân phố của UBND xã Mẫu vào ngày đó: thon-moi, thon-2',
        en: 'a locality id of UBND xã Mẫu on that day: thon-moi, thon-2',
      },
    },
    {
      params: {
        id: 'thon-glar-1',
        unit: 'UBND thị trấn Mẫu',
        date: '2024-03-02',
        ids: ['thon-1'],
      },
      problem: {
        vi: 'thôn, tổ dân phố "thon-glar-1" không thuộc UBND thị trấn Mẫu vào ngày 02/03/2024',
        en: 'the locality "thon-glar-1" was not part of UBND thị trấn Mẫu on 2024-03-02',
      },
      expected: {
        vi: 'mã thôn, tổ dân phố của UBND thị trấn Mẫu vào ngày đó: thon-1',
        en: 'a locality id of UBND thị trấn Mẫu on that day: thon-1',
      },
    },
    {
      params: {
        id: 'thon-glar-1',
        unit: 'UBND thị trấn Mẫu',
        date: '2024-03-02',
        ids: [],
      },
      problem: {
        vi: 'thôn, tổ dân phố "thon-glar-1" không thuộc UBND thị trấn Mẫu vào ngày 02/03/2024',
        en: 'the locality "thon-glar-1" was not part of UBND thị trấn Mẫu on 2024-03-02',
      },
      expected: {
        vi: 'UBND thị trấn Mẫu chưa có thôn, tổ dân phố nào trong content/site.yaml vào ngày đó',
        en: 'content/site.yaml lists no locality of UBND thị trấn Mẫu on that day',
      },
    },
  ],
  'privacy.personalData': [
    {
      params: { kind: 'homeAddress', unreasoned: false, comment: 'mdx' },
      problem: {
        vi: 'có dạng họ tên kèm địa chỉ nhà của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025)',
        en: "looks like a personal name with a home address: citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025)",
      },
      expected: {
        vi: 'xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: {/* privacy-exception: "…" -- lý do */}',
        en: 'remove it or write a role or body instead; if it is the committee\'s public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: {/* privacy-exception: "…" -- reason */}',
      },
    },
    {
      params: { kind: 'mobile', unreasoned: false, comment: 'mdx' },
      problem: {
        vi: 'có dạng số điện thoại di động của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025)',
        en: "looks like a personal mobile phone number: citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025)",
      },
      expected: {
        vi: 'xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: {/* privacy-exception: "…" -- lý do */}',
        en: 'remove it or write a role or body instead; if it is the committee\'s public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: {/* privacy-exception: "…" -- reason */}',
      },
    },
    {
      params: { kind: 'cccd', unreasoned: true, comment: 'html' },
      problem: {
        vi: 'có dạng số căn cước công dân (CCCD, 12 chữ số) của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025); chú thích privacy-exception bên cạnh chưa ghi lý do (ít nhất bốn từ)',
        en: "looks like a personal citizen identity card number (CCCD, 12 digits): citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025); the privacy-exception comment next to it gives no reason (four words or more)",
      },
      expected: {
        vi: 'xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: <!-- privacy-exception: "…" -- lý do -->',
        en: 'remove it or write a role or body instead; if it is the committee\'s public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: <!-- privacy-exception: "…" -- reason -->',
      },
    },
    {
      params: { kind: 'cmnd', unreasoned: false, comment: 'yaml' },
      problem: {
        vi: 'có dạng số chứng minh nhân dân (CMND, 9 chữ số) của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025)',
        en: "looks like a personal people's identity card number (CMND, 9 digits): citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025)",
      },
      expected: {
        vi: 'xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: # privacy-exception: "…" -- lý do',
        en: 'remove it or write a role or body instead; if it is the committee\'s public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: # privacy-exception: "…" -- reason',
      },
    },
    {
      params: { kind: 'landline', unreasoned: false, comment: 'yaml' },
      problem: {
        vi: 'có dạng số điện thoại cố định của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025)',
        en: "looks like a personal landline phone number: citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025)",
      },
      expected: {
        vi: 'xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: # privacy-exception: "…" -- lý do',
        en: 'remove it or write a role or body instead; if it is the committee\'s public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: # privacy-exception: "…" -- reason',
      },
    },
    {
      params: { kind: 'email', unreasoned: false, comment: 'mdx' },
      problem: {
        vi: 'có dạng địa chỉ thư điện tử của một cá nhân: không được công bố dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025)',
        en: "looks like a personal e-mail address: citizens' personal data must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law 2025)",
      },
      expected: {
        vi: 'xóa giá trị này hoặc thay bằng chức danh, cơ quan; nếu là liên hệ công khai của Ủy ban thì ghi vào "phones"/"email" trong content/site.yaml; nếu cố ý công bố thì ghi ngay trên cùng dòng hoặc dòng ngay trên: {/* privacy-exception: "…" -- lý do */}',
        en: 'remove it or write a role or body instead; if it is the committee\'s public contact, list it under "phones"/"email" in content/site.yaml; if publishing it is deliberate, write on the same line or the line above: {/* privacy-exception: "…" -- reason */}',
      },
    },
  ],
  'privacy.strayException': [
    {
      params: {},
      problem: {
        vi: 'chú thích privacy-exception không khớp số, địa chỉ nào trên cùng dòng hoặc dòng ngay dưới',
        en: 'the privacy-exception comment matches no number or address on its line or the line below',
      },
      expected: {
        vi: 'xóa chú thích nếu giá trị đã được bỏ, hoặc đặt nó ngay cạnh giá trị và chép đúng giá trị',
        en: 'remove the comment if the value is gone, or put it right next to the value and copy the value exactly',
      },
    },
  ],
};

const ROWS = Object.entries(TABLE).flatMap(([code, rows]) =>
  rows.map((row, index) => ({ code, sample: `${index + 1} of ${rows.length}`, row: row })),
);

describe('the message catalogue', () => {
  it('has a row in this table for every problem code, and no row for a code it does not word', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(PROBLEM_WORDING).sort());
  });

  it.each(ROWS)('words $code (sample $sample) in Vietnamese and in English', ({ code, row }) => {
    const { params, ...words } = row;
    expect(wordingOf({ code, params } as ProblemDescriptor)).toEqual(words);
  });
});

describe('the English counts of the report', () => {
  const problem: ContentProblem = { file: 'content/site.yaml', field: '(tệp)', found: undefined, code: 'site.missing', params: {} };

  it.each([
    [1, 'Content has 1 error; nothing was published. Fix them and run again.'],
    [2, 'Content has 2 errors; nothing was published. Fix them and run again.'],
  ])('heads a report of %i problem(s) with "%s"', (count, heading) => {
    expect(formatReport(Array.from({ length: count }, () => problem)).split('\n')[1]).toBe(heading);
  });

  it.each([
    [1, 'Warning (1): the site is still published, but please review.'],
    [2, 'Warnings (2): the site is still published, but please review.'],
  ])('heads %i warning(s) with "%s"', (count, heading) => {
    expect(formatWarnings(Array.from({ length: count }, () => problem)).split('\n')[1]).toBe(heading);
  });
});
