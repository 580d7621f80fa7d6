import { z } from 'astro/zod';
import { slugify } from '../vocabulary/slug';
import { dialledDigits } from '../lib/phone';
import { findPersonalData } from '../check/privacy';
import { nonEmptyText, slugSchema } from './common';
import { fullDateSchema } from './dates';
import { addBilingualIssue, type Bilingual } from './issues';

/** Kinds of commune-level unit; thị trấn remains for documents and sites from before July 2025. */
export const UNIT_TYPES = ['xã', 'phường', 'thị trấn', 'đặc khu'] as const;

/** A thôn or tổ dân phố. */
export const localitySchema = z.strictObject({
  id: slugSchema,
  name: nonEmptyText,
  /** True while the real name has not been entered: shown as such, never passed off as real. */
  placeholder: z.boolean().default(false),
});

/** An office position and, only where it is public, the holder's name. */
export const officerSchema = z.strictObject({
  /** Short id that schedules refer to: `chu-tich`. */
  id: slugSchema,
  role: nonEmptyText,
  name: nonEmptyText.optional(),
  /** The head of the People's Committee, who must receive citizens at least one day a week. */
  head: z.boolean().default(false),
});

const ONE_HEAD = {
  vi: 'đúng một chức danh trong "officers" của content/site.yaml có head: true: Chủ tịch UBND, người tiếp công dân ít nhất 01 ngày mỗi tuần',
  en: 'exactly one officer under "officers" in content/site.yaml with head: true: the chairman, who receives citizens at least one day every week',
};

/**
 * The chairman's weekly duty is judged on the sessions of the one head: with none, every week
 * reads as missed; with two, a vice-chairman's sessions would count as the chairman's. A site
 * that lists no officers yet can name nobody in a schedule (the reception checks refuse it), so
 * it may leave the list out.
 */
function requireOneHead(officers: ReadonlyArray<{ id: string; head: boolean }>, ctx: z.core.$RefinementCtx): void {
  const heads = officers.flatMap((officer, index) => (officer.head ? [{ ...officer, index }] : []));
  if (officers.length > 0 && heads.length === 0) {
    addBilingualIssue(
      ctx,
      {
        problem: { vi: 'không có chức danh nào được ghi head: true', en: 'no officer has head: true' },
        expected: ONE_HEAD,
      },
      [],
    );
  }
  for (const extra of heads.slice(1)) {
    addBilingualIssue(
      ctx,
      {
        problem: {
          vi: `"${heads[0]?.id}" và "${extra.id}" đều ghi head: true`,
          en: `both "${heads[0]?.id}" and "${extra.id}" have head: true`,
        },
        expected: ONE_HEAD,
      },
      [extra.index, 'head'],
    );
  }
}

/**
 * Refuses an entry whose id an earlier entry already has, at the later one's id: pages, schedules
 * and checks look an id up with the first match, so the later entry would silently vanish behind
 * the earlier one.
 */
function requireUniqueIds(list: string, why: Bilingual) {
  return (entries: ReadonlyArray<{ id: string; name?: string; role?: string }>, ctx: z.core.$RefinementCtx): void => {
    const first = new Map<string, number>();
    entries.forEach((entry, index) => {
      // An entry that failed its own schema has been reported already; it may lack an id.
      if (typeof entry?.id !== 'string') return;
      const earlier = first.get(entry.id);
      if (earlier === undefined) {
        first.set(entry.id, index);
        return;
      }
      const shown = `${list}[${earlier}]`;
      const label = entries[earlier]?.role ?? entries[earlier]?.name;
      const named = label === undefined ? shown : `${shown} (${label})`;
      addBilingualIssue(
        ctx,
        {
          problem: {
            vi: `id "${entry.id}" đã dùng cho ${named}`,
            en: `the id "${entry.id}" is already used by ${named}`,
          },
          expected: why,
        },
        [index, 'id'],
      );
    });
  };
}

const UNIQUE_OFFICER_IDS = requireUniqueIds('officers', {
  vi: 'một id chưa chức danh nào khác trong "officers" dùng: lịch tiếp công dân gọi chức danh bằng id, hai chức danh cùng id sẽ bị coi là một',
  en: 'an id no other officer under "officers" has: reception schedules name an officer by id, so two with one id would be taken for the same',
});

const UNIQUE_LOCALITY_IDS = requireUniqueIds('localities', {
  vi: 'một id chưa thôn, tổ dân phố nào khác trong "localities" dùng: văn bản, lấy ý kiến và kiến nghị gọi thôn, tổ dân phố bằng id, hai mục cùng id sẽ bị coi là một',
  en: 'an id no other thôn or tổ dân phố under "localities" has: documents, consultations and issues name a locality by id, so two with one id would be taken for the same',
});

/**
 * Each field (lĩnh vực) has its own page of issues at /kien-nghi/linh-vuc/<slug>/, so two that
 * differ only in accents, case or punctuation ("Giao thông, hạ tầng", "Giao thông - hạ tầng")
 * would share one address as surely as a field written twice.
 */
function requireDistinctFields(fields: readonly string[], ctx: z.core.$RefinementCtx): void {
  const first = new Map<string, number>();
  fields.forEach((field, index) => {
    const slug = typeof field === 'string' ? slugify(field) : '';
    // A field without a letter or digit has no address to share (an empty one is reported as empty).
    if (slug === '') return;
    const earlier = first.get(slug);
    if (earlier === undefined) {
      first.set(slug, index);
      return;
    }
    const other = fields[earlier] ?? '';
    const same = other.normalize('NFC') === field.normalize('NFC');
    addBilingualIssue(
      ctx,
      {
        problem: same
          ? { vi: `"${field}" đã có ở fields[${earlier}]`, en: `"${field}" is already listed at fields[${earlier}]` }
          : {
              vi: `"${field}" và fields[${earlier}] ("${other}") có chung địa chỉ /kien-nghi/linh-vuc/${slug}/`,
              en: `"${field}" and fields[${earlier}] ("${other}") share the address /kien-nghi/linh-vuc/${slug}/`,
            },
        expected: {
          vi: 'mỗi lĩnh vực ghi một lần trong "fields", khác các lĩnh vực kia không chỉ ở dấu, chữ hoa hay dấu câu: văn bản và kiến nghị gọi lĩnh vực bằng tên, mỗi lĩnh vực có một trang kiến nghị riêng',
          en: 'each field once under "fields", differing from the others by more than accents, case or punctuation: documents and issues name a field by its text, and each field has its own page of issues',
        },
      },
      [index],
    );
  });
}

/**
 * Digits, + for +84, and what a clerk writes between digit groups: a space, a dot, a hyphen; the
 * non-breaking and thin spaces come with pasted text and look like a space.
 */
const PHONE_CHARACTER = /[\d+ .\-\u00a0\u2009\u202f]/u;
/** Digit groups with one separator between them, led by 0 or by +84 in its place. */
const PHONE_SPELLING = /^(?:\+84[ .\-\u00a0\u2009\u202f]?)?\d+(?:[ .\-\u00a0\u2009\u202f]\d+)*$/u;
/** +84 followed by the trunk 0 that it replaces. */
const PLUS_84_THEN_0 = /^\+84[ .\-\u00a0\u2009\u202f]?0/u;
/** The numbering plan since 2017–2018: a landline 0 + 10 digits from 02 (area code and number), a mobile 0 + 9 digits. */
const PHONE_PLAN = /^0(?:2\d{9}|[35789]\d{8})$/;
/**
 * A hotline a commune may publish beside its office numbers: 1800 (free) or 1900 numbers of 8 or
 * 10 digits, or a short number of 3 or 4 digits starting 1 (111, 1022), dialled as they stand.
 */
const HOTLINE = /^(?:1[89]00\d{4}(?:\d{2})?|1\d{2,3})$/;

const PHONE_EXPECTED: Bilingual = {
  vi: 'một số điện thoại Việt Nam và không gì khác: số cố định 11 chữ số bắt đầu bằng 02 (mã vùng và số máy, ví dụ "0269 3833 000"), số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (ví dụ "0912 345 678") hoặc số đường dây nóng 1800, 1900 hay số ngắn như 1022; có thể viết +84 thay cho số 0 đầu ("+84 269 3833 000"); giữa các nhóm số chỉ dùng dấu cách, dấu chấm hoặc gạch nối; máy lẻ, ghi chú thì ghi vào label',
  en: 'one Vietnamese phone number and nothing else: a landline of 11 digits starting 02 (area code and number, e.g. "0269 3833 000") or a mobile of 10 digits starting 03, 05, 07, 08 or 09 (e.g. "0912 345 678") or a 1800, 1900 or short hotline such as 1022; +84 may replace the leading 0 ("+84 269 3833 000"); only spaces, dots or hyphens between groups; an extension or a note goes in label',
};

/** What is wrong with `text` as one office phone number, or undefined when it is one. */
function phoneProblem(text: string): Bilingual | undefined {
  if (!/\d/.test(text)) return { vi: 'không có chữ số nào', en: 'has no digits' };
  const odd = [...text].find((c) => !PHONE_CHARACTER.test(c));
  if (odd !== undefined) {
    return {
      vi: `có ký tự "${odd}", không thuộc một số điện thoại`,
      en: `has the character "${odd}", which is no part of a phone number`,
    };
  }
  if (PHONE_SPELLING.test(text) && HOTLINE.test(text.replace(/\D/g, ''))) return undefined;
  if (!/^(?:\+84|0)/.test(text)) return { vi: 'không bắt đầu bằng 0 hay +84', en: 'starts with neither 0 nor +84' };
  if (PLUS_84_THEN_0.test(text)) {
    return {
      vi: 'có cả +84 lẫn số 0 đầu: +84 thay cho số 0 ấy, gọi +84 rồi 0 là sai số',
      en: 'has both +84 and the leading 0: +84 replaces that 0, and dialling +84 then 0 reaches a wrong number',
    };
  }
  if (!PHONE_SPELLING.test(text)) {
    return {
      vi: 'có dấu + ở giữa, hai dấu phân cách liền nhau, hoặc dấu phân cách ở đầu, ở cuối',
      en: 'has a + inside, two separators in a row, or a separator at either end',
    };
  }
  const dialled = dialledDigits(text);
  // The privacy scan allows the office's own numbers by what it recognises in them, so a number
  // accepted here must be one it reads whole, as this one number, and as written (not 0084…).
  const [phone, ...more] = findPersonalData(text);
  const whole = phone !== undefined && more.length === 0 && phone.start === 0 && phone.end === text.length;
  if (whole && phone.normalized === dialled && PHONE_PLAN.test(dialled)) return undefined;
  const plusNote = text.startsWith('+84')
    ? { vi: ' (kể cả số 0 mà +84 thay)', en: ' (counting the 0 that +84 replaces)' }
    : { vi: '', en: '' };
  return {
    vi: `có ${dialled.length} chữ số${plusNote.vi}, bắt đầu bằng ${dialled.slice(0, 2)}: không phải số cố định hay số di động`,
    en: `has ${dialled.length} digits${plusNote.en}, starting ${dialled.slice(0, 2)}: neither a landline nor a mobile number`,
  };
}

/**
 * One office phone number, shown as written and dialled through `tel:`. Written without quotes,
 * YAML reads 02693833000 as the number 2693833000, so a number arrives without its 0 or its +.
 */
export const phoneNumberSchema = z.preprocess(
  (value, ctx) => {
    if (typeof value === 'number') {
      addBilingualIssue(ctx, {
        problem: {
          vi: `viết không có dấu ngoặc kép nên được đọc thành con số ${value}, mất số 0 hoặc dấu + ở đầu`,
          en: `written without quotes, so it was read as the number ${value}, losing its leading 0 or +`,
        },
        expected: {
          vi: `số điện thoại đặt trong dấu ngoặc kép, ví dụ number: "0269 3833 000"; ${PHONE_EXPECTED.vi}`,
          en: `the phone number in double quotes, e.g. number: "0269 3833 000"; ${PHONE_EXPECTED.en}`,
        },
      });
    }
    return value;
  },
  nonEmptyText.superRefine((text, ctx) => {
    // An empty number has been reported as empty.
    if (text === '') return;
    const problem = phoneProblem(text);
    if (problem) addBilingualIssue(ctx, { problem, expected: PHONE_EXPECTED });
  }),
);

const ROOT_URL_EXPECTED: Bilingual = {
  vi: 'địa chỉ gốc của trang trên tên miền (hoặc tên miền con) riêng, chỉ gồm https:// (hoặc http://) và tên miền, ví dụ "https://dakdoa.gialai.gov.vn/": trang được xây dựng để đặt ở gốc tên miền: mọi liên kết trong trang bắt đầu từ gốc (như /van-ban/), nên đặt trang trong một thư mục con thì các liên kết ấy ra khỏi thư mục và không tới đúng trang',
  en: 'the root address of the site on its own domain (or subdomain), https:// (or http://) and the host only, e.g. "https://dakdoa.gialai.gov.vn/": the site is built to be served at the root of its host: every link in it starts from the root (as /van-ban/), so in a sub-folder those links would leave the folder and miss their pages',
};

/**
 * The pages link from the root of the host (`/van-ban/`), so a site served under a path would have
 * every link leave it; a query or a fragment in baseUrl would end up in every absolute address.
 */
function requireRootUrl(text: string, ctx: z.core.$RefinementCtx): void {
  // A value that is no URL at all has been reported as such.
  if (!URL.canParse(text)) return;
  const url = new URL(text);
  let problem: Bilingual | undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problem = {
      vi: `dùng giao thức "${url.protocol}", không phải https: hay http:`,
      en: `uses "${url.protocol}", not https: or http:`,
    };
  } else if (url.username !== '' || url.password !== '') {
    problem = {
      vi: 'có tên đăng nhập hoặc mật khẩu trước tên miền',
      en: 'has a user name or password before the host',
    };
  } else if (url.pathname !== '/') {
    problem = {
      vi: `có đường dẫn "${url.pathname}" sau tên miền`,
      en: `has the path "${url.pathname}" after the host`,
    };
  } else if (url.href.includes('?')) {
    problem = { vi: `có phần truy vấn "${url.search || '?'}"`, en: `has the query "${url.search || '?'}"` };
  } else if (url.href.includes('#')) {
    problem = { vi: `có phần neo "${url.hash || '#'}"`, en: `has the fragment "${url.hash || '#'}"` };
  }
  if (problem) addBilingualIssue(ctx, { problem, expected: ROOT_URL_EXPECTED });
}

/**
 * The commune's own yardsticks for consultations (lấy ý kiến Nhân dân), under
 * `consultation:` in content/site.yaml; each may be left out for its default.
 */
export const consultationRulesSchema = z.strictObject({
  /** Calendar days a consultation should stay open; a shorter one is a build warning, not an error. */
  minimumDays: z.number().int().min(1).default(30),
  /** Days after closing by which the outcome is due; later, pages say "chậm công bố kết quả". */
  outcomeDueDays: z.number().int().min(1).default(30),
});

export type ConsultationRules = z.output<typeof consultationRulesSchema>;

/**
 * Days off by law (Bộ luật Lao động 2019, Điều 112), as the government announces them each
 * year: Tết Nguyên đán and Giỗ Tổ follow the lunar calendar and days are swapped, so the
 * office lists them rather than the site computing them.
 */
export const holidaySchema = z
  .strictObject({
    /** First day off. */
    from: fullDateSchema,
    /** Last day off; left out for a single day. */
    to: fullDateSchema.optional(),
    /** `Tết Nguyên đán`, `Ngày Quốc khánh`… */
    name: nonEmptyText,
  })
  .superRefine((holiday, ctx) => {
    if (holiday.to === undefined || holiday.to >= holiday.from) return;
    addBilingualIssue(
      ctx,
      {
        expected: {
          vi: `ngày nghỉ cuối (to) từ ngày nghỉ đầu (from: ${holiday.from}) trở đi`,
          en: `a last day off (to) on or after the first (from: ${holiday.from})`,
        },
      },
      ['to'],
    );
  });

export type Holiday = z.output<typeof holidaySchema>;

/** The site's own identity and contact details (content/site.yaml). */
export const siteSchema = z.strictObject({
  unit: z.strictObject({
    type: z.enum(UNIT_TYPES),
    name: nonEmptyText,
    /** The body's name in English, for the English contact page (Nghị định 42/2022). */
    nameEn: nonEmptyText,
  }),
  /** The body above the commune, if any (UBND huyện before July 2025). */
  parent: nonEmptyText.optional(),
  province: nonEmptyText,
  address: nonEmptyText,
  phones: z.array(z.strictObject({ label: nonEmptyText, number: phoneNumberSchema })).default([]),
  email: z.email().optional(),
  officeHours: z.array(z.strictObject({ days: nonEmptyText, hours: nonEmptyText })).min(1),
  officers: z.array(officerSchema).default([]).superRefine(requireOneHead).superRefine(UNIQUE_OFFICER_IDS),
  localities: z.array(localitySchema).default([]).superRefine(UNIQUE_LOCALITY_IDS),
  /** Lĩnh vực that documents may name. */
  fields: z.array(nonEmptyText).default([]).superRefine(requireDistinctFields),
  /** Where the site is served: the root of its own host, `https://dakdoa.example.org/`. */
  baseUrl: z.url().superRefine(requireRootUrl),
  repositoryUrl: z.url().optional(),
  /** Consultation yardsticks; left out, the defaults of consultationRulesSchema apply. */
  consultation: consultationRulesSchema.optional(),
  /**
   * Public holidays: a reception session a rule puts on one is a build warning, and a week
   * whose working days are all holidays (Tết) is not counted against the chairman.
   */
  holidays: z.array(holidaySchema).default([]),
});

export type SiteConfig = z.output<typeof siteSchema>;
