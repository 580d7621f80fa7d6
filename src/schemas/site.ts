import { z } from 'astro/zod';
import { slugify } from '../vocabulary/slug';
import { nonEmptyText, slugSchema } from './common';
import { fullDateSchema } from './dates';
import { phoneProblem, type PhoneReading } from './phone';
import { addProblem } from './problems';

/** Kinds of commune-level unit; thị trấn remains for the former units of before July 2025. */
export const UNIT_TYPES = ['xã', 'phường', 'thị trấn', 'đặc khu'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** The kind that the 2025 rearrangement abolished: a former unit may be one, the current unit may not. */
export const ABOLISHED_UNIT_TYPE = 'thị trấn';

/**
 * A thôn or tổ dân phố, current or former. One list holds both, so an issue raised in a village
 * that was later merged or renamed keeps its id and still finds where it is now.
 */
export const localitySchema = z.strictObject({
  id: slugSchema,
  name: nonEmptyText,
  /** True while the real name has not been entered: shown as such, never passed off as real. */
  placeholder: z.boolean().default(false),
  /** The former unit (formerUnits id) it belonged to before July 2025; left out for one formed since. */
  formerUnit: slugSchema.optional(),
  /** Its last day under this id and name, if it was merged or renamed; left out while it exists. */
  until: fullDateSchema.optional(),
  /** The current thôn or tổ dân phố it became, after `until`. */
  now: slugSchema.optional(),
});

/**
 * The unit the site speaks for since the 2025 rearrangement: a xã, phường or đặc khu directly
 * under the province, as the resolution that formed it names it.
 */
export const currentUnitSchema = z
  .strictObject({
    type: z.enum(UNIT_TYPES),
    name: nonEmptyText,
    /** The body's name in English, for the English contact page (Nghị định 42/2022). */
    nameEn: nonEmptyText,
    /** The day it came into being: 2025-07-01 for the units of the 2025 rearrangement. */
    since: fullDateSchema.optional(),
    /** The resolution that formed it: "Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội". */
    formedBy: nonEmptyText.optional(),
  })
  .superRefine((unit, ctx) => {
    if (unit.type === ABOLISHED_UNIT_TYPE) addProblem(ctx, 'site.unitTypeAbolished', { name: unit.name }, ['type']);
    if (unit.since === undefined) addProblem(ctx, 'site.unitSinceMissing', {}, ['since']);
  });

/** A unit merged into the current one: its records stay on the site under its own name. */
export const formerUnitSchema = z.strictObject({
  /** Short id that items and localities refer to: `thi-tran-dak-doa`. */
  id: slugSchema,
  type: z.enum(UNIT_TYPES),
  name: nonEmptyText,
  /** The body above it at the time, as its documents print it: "UBND huyện Đak Đoa". */
  parent: nonEmptyText.optional(),
  /** Its last day: 2025-06-30 for the units of the 2025 rearrangement. */
  until: fullDateSchema,
  /** Its name in English, shown on the English page while the current unit's is not entered. */
  nameEn: nonEmptyText.optional(),
});

export type CurrentUnit = z.output<typeof currentUnitSchema>;
export type FormerUnit = z.output<typeof formerUnitSchema>;
export type Locality = z.output<typeof localitySchema>;

/** An office position and, only where it is public, the holder's name. */
export const officerSchema = z.strictObject({
  /** Short id that schedules refer to: `chu-tich`. */
  id: slugSchema,
  role: nonEmptyText,
  name: nonEmptyText.optional(),
  /** The head of the People's Committee, who must receive citizens at least one day a week. */
  head: z.boolean().default(false),
});

/**
 * The chairman's weekly duty is judged on the sessions of the one head: with none, every week
 * reads as missed; with two, a vice-chairman's sessions would count as the chairman's. A site
 * that lists no officers yet can name nobody in a schedule (the reception checks refuse it), so
 * it may leave the list out.
 */
function requireOneHead(officers: readonly { id: string; head: boolean }[], ctx: z.core.$RefinementCtx): void {
  const heads = officers.flatMap((officer, index) => (officer.head ? [{ ...officer, index }] : []));
  if (officers.length > 0 && heads.length === 0) addProblem(ctx, 'site.noHead', {}, []);
  for (const extra of heads.slice(1)) {
    addProblem(ctx, 'site.twoHeads', { first: String(heads[0]?.id), extra: extra.id }, [extra.index, 'head']);
  }
}

/**
 * Refuses an entry whose id an earlier entry already has, at the later one's id: pages, schedules
 * and checks look an id up with the first match, so the later entry would silently vanish behind
 * the earlier one.
 */
function requireUniqueIds(code: 'site.duplicateOfficerId' | 'site.duplicateLocalityId' | 'site.duplicateFormerUnitId') {
  // Typed as Zod may hand them: an entry that failed its own schema comes as it was written.
  return (
    entries: readonly ({ id?: unknown; name?: string | undefined; role?: string | undefined } | undefined)[],
    ctx: z.core.$RefinementCtx,
  ): void => {
    const first = new Map<string, number>();
    entries.forEach((entry, index) => {
      // An entry that failed its own schema has been reported already; it may lack an id.
      if (typeof entry?.id !== 'string') return;
      const earlier = first.get(entry.id);
      if (earlier === undefined) {
        first.set(entry.id, index);
        return;
      }
      const label = entries[earlier]?.role ?? entries[earlier]?.name;
      addProblem(ctx, code, { id: entry.id, index: earlier, ...(label === undefined ? {} : { label }) }, [index, 'id']);
    });
  };
}

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
    if (other.normalize('NFC') === field.normalize('NFC')) addProblem(ctx, 'site.duplicateField', { field, index: earlier }, [index]);
    else addProblem(ctx, 'site.fieldSharesAddress', { field, index: earlier, other, slug }, [index]);
  });
}

/**
 * One office phone number, shown as written and dialled through `tel:`. Written without quotes,
 * YAML reads 02693833000 as the number 2693833000, so a number arrives without its 0 or its +.
 */
function phoneNumberSchema(readsWhole: PhoneReading) {
  return z.preprocess(
    (value, ctx) => {
      if (typeof value === 'number') addProblem(ctx, 'site.phoneUnquoted', { value });
      return value;
    },
    nonEmptyText.superRefine((text, ctx) => {
      // An empty number has been reported as empty.
      if (text === '') return;
      const problem = phoneProblem(text, readsWhole);
      if (problem) addProblem(ctx, problem.code, problem.params);
    }),
  );
}

/**
 * The pages link from the root of the host (`/van-ban/`), so a site served under a path would have
 * every link leave it; a query or a fragment in baseUrl would end up in every absolute address.
 */
function requireRootUrl(text: string, ctx: z.core.$RefinementCtx): void {
  // A value that is no URL at all has been reported as such.
  if (!URL.canParse(text)) return;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') addProblem(ctx, 'site.urlScheme', { protocol: url.protocol });
  else if (url.username !== '' || url.password !== '') addProblem(ctx, 'site.urlCredentials', {});
  else if (url.pathname !== '/') addProblem(ctx, 'site.urlPath', { path: url.pathname });
  else if (url.href.includes('?')) addProblem(ctx, 'site.urlQuery', { query: url.search || '?' });
  else if (url.href.includes('#')) addProblem(ctx, 'site.urlFragment', { fragment: url.hash || '#' });
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
 * How the office reads numbers in its loudspeaker bulletins (src/lib/spoken.ts), under `spoken:`
 * in content/site.yaml: "hai mươi mốt" or "hai mươi một", "tư" or "bốn", "lăm" or "năm", "linh" or "lẻ".
 */
export const spokenStyleSchema = z.strictObject({
  one: z.enum(['mốt', 'một']).default('mốt'),
  four: z.enum(['tư', 'bốn']).default('tư'),
  five: z.enum(['lăm', 'năm']).default('lăm'),
  zeroTens: z.enum(['linh', 'lẻ']).default('linh'),
});

/**
 * A language the office publishes translations in (content/translations/): its BCP 47 code, as
 * the pages' `lang` and `hreflang` give it (`bdq` Bahnar, `jra` Jarai), its own name as its
 * speakers write it, and its name in Vietnamese.
 */
export const languageSchema = z.strictObject({
  code: z.string().superRefine((code, ctx) => {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(code)[0];
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined) addProblem(ctx, 'site.languageCode', {});
    else if (canonical.toLowerCase() === 'vi' || canonical.toLowerCase().startsWith('vi-')) addProblem(ctx, 'site.languageVietnamese', {});
    else if (canonical !== code) addProblem(ctx, 'site.languageCode', { suggestion: canonical });
  }),
  name: nonEmptyText,
  vietnameseName: nonEmptyText,
});

export type Language = z.output<typeof languageSchema>;

/** Each language once: a code is the address of its translations. */
function requireDistinctLanguages(languages: readonly ({ code?: unknown } | undefined)[], ctx: z.core.$RefinementCtx): void {
  const first = new Map<string, number>();
  languages.forEach((language, index) => {
    if (typeof language?.code !== 'string') return;
    const earlier = first.get(language.code.toLowerCase());
    if (earlier === undefined) first.set(language.code.toLowerCase(), index);
    else addProblem(ctx, 'site.duplicateLanguage', { code: language.code, index: earlier }, [index, 'code']);
  });
}

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
    addProblem(ctx, 'site.holidayReversed', { from: holiday.from }, ['to']);
  });

export type Holiday = z.output<typeof holidaySchema>;

/**
 * The site needs a unit to speak for: the current one, or until it is entered the former one
 * it published for. Former units end before the current one begins, and localities name only
 * units and localities that are listed.
 */
function requireUnitHistory(
  site: { unit?: CurrentUnit | undefined; formerUnits: readonly FormerUnit[]; localities: readonly Locality[] },
  ctx: z.core.$RefinementCtx,
): void {
  if (site.unit === undefined && site.formerUnits.length === 0) addProblem(ctx, 'site.unitMissing', {}, []);
  const since = site.unit?.since;
  site.formerUnits.forEach((former, index) => {
    if (since !== undefined && former.until >= since) {
      addProblem(ctx, 'site.formerUnitOverlaps', { until: former.until, since }, ['formerUnits', index, 'until']);
    }
  });
  const unitIds = site.formerUnits.map((former) => former.id);
  const localityIds = new Set(site.localities.map((locality) => locality.id));
  site.localities.forEach((locality, index) => {
    if (locality.formerUnit !== undefined && !unitIds.includes(locality.formerUnit)) {
      addProblem(ctx, 'site.localityUnitUnknown', { id: locality.formerUnit, ids: unitIds }, ['localities', index, 'formerUnit']);
    }
    if (locality.now !== undefined && (!localityIds.has(locality.now) || locality.now === locality.id)) {
      addProblem(ctx, 'site.localityNowUnknown', { id: locality.now }, ['localities', index, 'now']);
    } else if (locality.now !== undefined && locality.until === undefined) {
      addProblem(ctx, 'site.localityNowWithoutUntil', {}, ['localities', index, 'until']);
    }
  });
}

/**
 * The site's own identity and contact details (content/site.yaml). `readsWhole` is a further test
 * of each office number spelt as a landline or mobile: the content check gives one of its own.
 */
export function createSiteSchema(readsWhole: PhoneReading = () => true) {
  return z
    .strictObject({
      /** The unit as it is now; left out until the office enters it from the resolution. */
      unit: currentUnitSchema.optional(),
      /** The units it was formed from; the first is the one whose records this site published before. */
      formerUnits: z.array(formerUnitSchema).default([]).superRefine(requireUniqueIds('site.duplicateFormerUnitId')),
      province: nonEmptyText,
      address: nonEmptyText,
      phones: z.array(z.strictObject({ label: nonEmptyText, number: phoneNumberSchema(readsWhole) })).default([]),
      email: z.email().optional(),
      officeHours: z.array(z.strictObject({ days: nonEmptyText, hours: nonEmptyText })).min(1),
      officers: z.array(officerSchema).default([]).superRefine(requireOneHead).superRefine(requireUniqueIds('site.duplicateOfficerId')),
      localities: z.array(localitySchema).default([]).superRefine(requireUniqueIds('site.duplicateLocalityId')),
      /** Lĩnh vực that documents may name. */
      fields: z.array(nonEmptyText).default([]).superRefine(requireDistinctFields),
      /** Where the site is served: the root of its own host, `https://dakdoa.example.org/`. */
      baseUrl: z.url().superRefine(requireRootUrl),
      repositoryUrl: z.url().optional(),
      /** The web editor at /quan-tri/: the GitHub repository it commits to, and its sign-in helper. */
      editor: z
        .strictObject({
          /** `owner/name` of the site's repository on GitHub. */
          repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
          branch: nonEmptyText.default('main'),
          /** The OAuth helper that signs staff in with GitHub accounts (its root address). */
          signInUrl: z.url().optional(),
        })
        .optional(),
      /** Languages of the translations the office publishes; none until it has one written by a person. */
      languages: z.array(languageSchema).default([]).superRefine(requireDistinctLanguages),
      /** How numbers are read in loudspeaker bulletins; left out, "mốt", "tư", "lăm", "linh". */
      spoken: spokenStyleSchema.optional(),
      /** Consultation yardsticks; left out, the defaults of consultationRulesSchema apply. */
      consultation: consultationRulesSchema.optional(),
      /**
       * Public holidays: a reception session a rule puts on one is a build warning, and a week
       * whose working days are all holidays (Tết) is not counted against the chairman.
       */
      holidays: z.array(holidaySchema).default([]),
    })
    .superRefine(requireUnitHistory);
}

export const siteSchema = createSiteSchema();

export type SiteConfig = z.output<typeof siteSchema>;
