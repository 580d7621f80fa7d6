/**
 * Vietnamese as an announcer reads it on the commune's loudspeakers: numbers, dates, times, money,
 * percentages, telephone numbers, document numbers and abbreviations written out as words, the way
 * they are said. Pure and table-tested; the choices that differ between regions and offices
 * ("hai mươi mốt" or "hai mươi một", "một trăm linh năm" or "lẻ năm") come from site.yaml.
 */

/** How the office reads the digits that Vietnamese says in more than one way. */
export interface SpokenStyle {
  /** 1 after "mươi": "hai mươi mốt" or "hai mươi một". */
  one: 'mốt' | 'một';
  /** 4 after "mươi": "hai mươi tư" or "hai mươi bốn". */
  four: 'tư' | 'bốn';
  /** 5 after "mười" or "mươi": "mười lăm" or "mười năm". */
  five: 'lăm' | 'năm';
  /** A zero tens digit before a unit: "một trăm linh năm" or "một trăm lẻ năm". */
  zeroTens: 'linh' | 'lẻ';
}

/** The reading of most offices in the north and centre, and of the national broadcaster. */
export const DEFAULT_SPOKEN_STYLE: SpokenStyle = { one: 'mốt', four: 'tư', five: 'lăm', zeroTens: 'linh' };

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const digit = (n: number): string => DIGITS[n] ?? '';

/** 0–99, as said on its own or at the end of a larger number. */
function belowHundred(n: number, style: SpokenStyle): string {
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 1 ? 'mười' : `${digit(tens)} mươi`;
  if (units === 0) return head;
  if (units === 5) return `${head} ${style.five}`;
  if (units === 1 && tens > 1) return `${head} ${style.one}`;
  if (units === 4 && tens > 1) return `${head} ${style.four}`;
  return `${head} ${digit(units)}`;
}

/** 0–999; `full` says "không trăm" and "linh" where a number of more groups needs them (1.005: "một nghìn không trăm linh năm"). */
function belowThousand(n: number, full: boolean, style: SpokenStyle): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0 && !full) return belowHundred(rest, style);
  const head = `${digit(hundreds)} trăm`;
  if (rest === 0) return head;
  if (rest < 10) return `${head} ${style.zeroTens} ${digit(rest)}`;
  return `${head} ${belowHundred(rest, style)}`;
}

const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'] as const;

/** A whole number as said: 2026 → "hai nghìn không trăm hai mươi sáu". */
export function readNumber(n: number, style: SpokenStyle = DEFAULT_SPOKEN_STYLE): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`cannot read ${String(n)}`);
  if (n === 0) return 'không';
  // Past "tỷ", Vietnamese says "nghìn tỷ", "triệu tỷ": read the billions as a number of their own.
  if (n >= 1e12) return `${readNumber(Math.floor(n / 1e9), style)} tỷ${n % 1e9 === 0 ? '' : ` ${readNumber(n % 1e9, style)}`}`;
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) continue;
    const leading = i === groups.length - 1;
    words.push(belowThousand(group, !leading, style), GROUPS[i] ?? '');
  }
  return words.filter(Boolean).join(' ');
}

/** A number written with a decimal comma: "2,5" → "hai phẩy năm"; the decimals digit by digit after a zero ("0,05": "không phẩy không năm"). */
export function readDecimal(text: string, style: SpokenStyle = DEFAULT_SPOKEN_STYLE): string {
  const [whole = '0', fraction] = text.split(',');
  const head = readNumber(Number(whole.replace(/\./gu, '')), style);
  if (fraction === undefined || fraction === '') return head;
  const tail = fraction.startsWith('0')
    ? (fraction.match(/\d/gu) ?? []).map((d) => digit(Number(d))).join(' ')
    : readNumber(Number(fraction), style);
  return `${head} phẩy ${tail}`;
}

/** Ordinals: "thứ nhất", "thứ hai", "thứ tư" (never "thứ bốn"), then "thứ mười lăm". */
export function readOrdinal(n: number, style: SpokenStyle = DEFAULT_SPOKEN_STYLE): string {
  if (n === 1) return 'thứ nhất';
  if (n === 4) return 'thứ tư';
  return `thứ ${readNumber(n, style)}`;
}

/** April is "tháng tư", never "tháng bốn"; the others are their numbers. */
const monthName = (month: number, style: SpokenStyle): string => (month === 4 ? 'tư' : readNumber(month, style));

/** A date: "ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu"; without its year when `year` is undefined. */
export function readDate(day: number, month: number, year: number | undefined, style: SpokenStyle = DEFAULT_SPOKEN_STYLE): string {
  const head = `ngày ${readNumber(day, style)} tháng ${monthName(month, style)}`;
  return year === undefined ? head : `${head} năm ${readNumber(year, style)}`;
}

/** The part of the day a clock hour falls in, as announcements say it. */
function partOfDay(hour: number): string {
  if (hour < 4) return 'đêm';
  if (hour < 11) return 'sáng';
  if (hour < 13) return 'trưa';
  if (hour < 18) return 'chiều';
  if (hour < 22) return 'tối';
  return 'đêm';
}

/** A time of day on the 12-hour clock with its part of the day: "13:30" → "một giờ ba mươi phút chiều". */
export function readTime(hour: number, minute: number, style: SpokenStyle = DEFAULT_SPOKEN_STYLE): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? '' : ` ${readNumber(minute, style)} phút`;
  return `${readNumber(twelve, style)} giờ${minutes} ${partOfDay(hour)}`;
}

/** A telephone number digit by digit, in the groups it is written in: "0269 3833 000". */
export function readPhone(text: string): string {
  return text
    .trim()
    .split(/[\s.]+/u)
    .map((group) => (group.replace(/^\+84/u, '0').match(/\d/gu) ?? []).map((c) => digit(Number(c))).join(' '))
    .filter(Boolean)
    .join(', ');
}

/**
 * Abbreviations of administrative writing, expanded as announcers say them; the longer first,
 * so that UBMTTQ is not read as U + BMTTQ.
 */
export const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TDP', 'tổ dân phố'],
  ['CCCD', 'căn cước công dân'],
  ['BHYT', 'bảo hiểm y tế'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['THCS', 'trung học cơ sở'],
  ['THPT', 'trung học phổ thông'],
  ['KT-XH', 'kinh tế – xã hội'],
  ['KH', 'kế hoạch'],
  ['QĐ', 'quyết định'],
  ['TB', 'thông báo'],
  ['BC', 'báo cáo'],
  ['CT', 'chỉ thị'],
  ['NQ', 'nghị quyết'],
  ['CV', 'công văn'],
  ['VP', 'văn phòng'],
];

/** What a document number's kind code says: "12/KH-UBND" is "kế hoạch số mười hai". */
const KIND_OF_CODE = new Map(ABBREVIATIONS.filter(([code]) => ['KH', 'QĐ', 'TB', 'BC', 'CT', 'NQ', 'CV'].includes(code)));

/** Kinds of document that may be written before a number ("Kế hoạch 12/KH-UBND"), either case at the start. */
const KIND_WORDS = ['kế hoạch', 'quyết định', 'thông báo', 'báo cáo', 'chỉ thị', 'nghị quyết', 'công văn', 'nghị định', 'thông tư', 'luật']
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Letters and digits of Vietnamese, for telling a whole word from part of one. */
const WORD = '\\p{L}\\p{N}';

/** Replaces `pattern` only where it stands as whole words. */
function wholeWords(text: string, pattern: string, replace: (match: RegExpExecArray) => string): string {
  const regex = new RegExp(`(?<![${WORD}])(?:${pattern})(?![${WORD}])`, 'gu');
  return text.replace(regex, (...args) => {
    const groups = args.slice(0, -2) as string[];
    const match = Object.assign([...groups], { index: 0, input: text }) as unknown as RegExpExecArray;
    return replace(match);
  });
}

/**
 * A sentence of a notice as it is read aloud: dates, times, money, percentages, telephone numbers,
 * document numbers, ordinals, abbreviations and the numbers left, each written out.
 */
export function spokenText(text: string, style: SpokenStyle = DEFAULT_SPOKEN_STYLE): string {
  let out = text.normalize('NFC');
  // Document numbers, before their codes are expanded as abbreviations: "Kế hoạch số 12/KH-UBND".
  // The kind is said once: written before the number, or read from its code when it is not.
  out = wholeWords(
    out,
    `((?:${KIND_WORDS})\\s+)?(số\\s+)?(\\d+)/(?:(\\d{4})/)?([A-ZĐ]+)(?:-[A-ZĐ0-9]+)+`,
    ([, kindBefore = '', numbered, n = '0', year, code = '']) => {
      const kind = KIND_OF_CODE.get(code);
      const said = `số ${readNumber(Number(n), style)}${year ? ` năm ${readNumber(Number(year), style)}` : ''}`;
      return kindBefore || numbered || kind === undefined ? `${kindBefore}${said}` : `${kind} ${said}`;
    },
  );
  // Telephone numbers: ten or eleven digits from a leading 0 or +84, in written groups.
  out = wholeWords(out, '(?:0|\\+84)\\d{2,3}(?:[ .]?\\d){6,8}', ([phone = '']) => readPhone(phone));
  // Dates: 15/12/2026, 15-12-2026, 2026-12-15, and 15/12 after "ngày" (which is not said twice);
  // without either, 1/2 is a fraction: "một phần hai".
  out = out.replace(
    /(?<![\p{L}\p{N}])(ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\p{L}\p{N}/])/gu,
    (whole, ngay: string | undefined, d: string, m: string, y?: string) => {
      const day = Number(d);
      const month = Number(m);
      if (ngay === undefined && y === undefined)
        return whole.includes('/') ? `${readNumber(day, style)} phần ${readNumber(month, style)}` : whole;
      if (day < 1 || day > 31 || month < 1 || month > 12) return whole;
      return readDate(day, month, y === undefined ? undefined : Number(y), style);
    },
  );
  out = out.replace(
    /(?<![\p{L}\p{N}])(ngày\s+)?(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/gu,
    (_whole, _ngay, y: string, m: string, d: string) => readDate(Number(d), Number(m), Number(y), style),
  );
  // A month of a year: "tháng 01/2027", "01/2027".
  out = out.replace(/(?<![\p{L}\p{N}/])(tháng\s+)?(\d{1,2})\/(\d{4})(?![\p{L}\p{N}/])/gu, (whole, _thang, m: string, y: string) => {
    const month = Number(m);
    return month < 1 || month > 12 ? whole : `tháng ${monthName(month, style)} năm ${readNumber(Number(y), style)}`;
  });
  // Times: 07:30, 7h30, 7h, 7 giờ 30 (phút).
  out = out.replace(/(?<![\p{L}\p{N}])(\d{1,2})(?::|h|\s*giờ\s*)(\d{2})?(?:\s*phút)?(?![\p{L}\p{N}])/gu, (whole, h: string, m?: string) => {
    const hour = Number(h);
    const minute = m === undefined ? 0 : Number(m);
    if (hour > 23 || minute > 59) return whole;
    return readTime(hour, minute, style);
  });
  // Money: 1.500.000 đồng, 1.500.000đ, 2,5 triệu đồng.
  out = out.replace(
    /(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(đồng|đ)(?![\p{L}\p{N}])/gu,
    (_whole, amount: string) => `${readDecimal(amount, style)} đồng`,
  );
  // Percentages: 12,5%, 30 %.
  out = out.replace(/(?<![\p{L}\p{N}])(\d+(?:,\d+)?)\s*%/gu, (_whole, amount: string) => `${readDecimal(amount, style)} phần trăm`);
  // Ordinals: "thứ 1", "lần thứ 4".
  out = out.replace(/(?<![\p{L}\p{N}])thứ\s+(\d+)(?![\p{L}\p{N}])/gu, (_whole, n: string) => readOrdinal(Number(n), style));
  for (const [short, long] of ABBREVIATIONS) out = wholeWords(out, escapeRegExp(short), () => long);
  // Whatever numbers are left: thousands written with dots, decimals with a comma.
  out = out.replace(/(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\p{L}\p{N}])/gu, (_whole, number: string) =>
    readDecimal(number, style),
  );
  return out;
}

/** Syllables an announcer reads in a minute: a slow, clear pace for loudspeakers. */
export const SYLLABLES_PER_MINUTE = 160;

/** Minutes to read a spoken text aloud, rounded up to the half minute. */
export function readingMinutes(spoken: string): number {
  const syllables = spoken.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(0.5, Math.ceil((syllables / SYLLABLES_PER_MINUTE) * 2) / 2);
}
