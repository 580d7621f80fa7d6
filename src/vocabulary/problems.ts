/**
 * What the content check can find wrong, as data: each problem is a code and the parameters its
 * wording needs. The words themselves live in one catalogue (src/messages/problems.ts), so the
 * schemas and checks that find a problem say nothing about how it reads, and a test can assert
 * what was found without quoting a sentence.
 *
 * A leaf: it imports nothing of the project, so every layer may name a problem.
 */

/** A code that takes no parameters. */
type NoParams = Record<string, never>;

/** Kinds of personal data the privacy scan recognises. */
export type PersonalDataKind = 'cccd' | 'cmnd' | 'mobile' | 'landline' | 'email' | 'homeAddress';

/** How a file of its kind writes a comment: the form a privacy exception takes in it. */
export type CommentStyle = 'mdx' | 'html' | 'yaml';

/** One part of what a branch of a union needs: a field and its own problem, or fields to leave out. */
export type UnionPart = { field: string; need: ProblemDescriptor } | { without: readonly string[] };

/** One problem code per entry, with the parameters its wording needs. */
export interface ProblemParams {
  // Dates and times (src/schemas/dates.ts). `full`: the field needs a whole date, not a year or month.
  'date.dayFirst': { suggestion: string; full: boolean };
  'date.unreadable': { full: boolean };
  /** A day past the end of its month: `days` is the month's length. */
  'date.impossible': { year: number; month: number; days: number; full: boolean };
  /** A month outside 01–12. */
  'date.impossibleMonth': { full: boolean };
  'date.needsDay': NoParams;
  'date.time': NoParams;
  'date.dateTime': NoParams;
  'date.dateTimeImpossible': NoParams;

  // Zod's own issues, read by src/check/zod-problems.ts. A type is Zod's name: string, number, array…
  'field.required': { type: string };
  'field.type': { type: string };
  /** A union of plain types, none of which the value has. */
  'field.types': { types: readonly string[] };
  'field.oneOf': { values: readonly unknown[] };
  'field.unknownKeys': { keys: readonly string[] };
  'field.format': { format: string };
  'field.empty': NoParams;
  'field.tooShort': { unit: 'characters' | 'items'; minimum: number };
  'field.tooLong': { unit: 'characters' | 'items'; maximum: number };
  'field.tooSmall': { integer: boolean; minimum: number; inclusive: boolean };
  'field.tooLarge': { integer: boolean; maximum: number; inclusive: boolean };
  /** A value that matches none of a union's shapes: what each shape would need of it. */
  'field.union': { shapes: readonly (readonly UnionPart[])[] };
  /** A Zod issue with no words of ours: Zod's own message, in English. */
  'field.invalid': { message: string };

  // Names of items and files written in fields.
  'name.slug': NoParams;
  'name.attachment': NoParams;

  // The YAML of a frontmatter or a .yaml file (src/check/frontmatter.ts).
  'yaml.tab': NoParams;
  /** `firstLine`: where the key was first written, in the file. */
  'yaml.duplicateKey': { key: string; firstLine?: number };
  /** `opened`: the line the quote opens on, as written. */
  'yaml.unclosedQuote': { mark: '"' | "'"; opened: string };
  'yaml.unquotedColon': { key: string; value: string };
  'yaml.textAfterQuote': NoParams;
  'yaml.reservedStart': { sign: string; key: string; value: string };
  'yaml.listOnKeyLine': { key: string };
  'yaml.badEscape': NoParams;
  'yaml.secondDocument': NoParams;
  'yaml.unclosedGroup': NoParams;
  'yaml.unclosedList': NoParams;
  'yaml.missingColon': NoParams;
  'yaml.colonWithoutSpace': { key: string; value: string };
  'yaml.indentation': NoParams;
  /** A fault no reading explains: the parser's own words, in English. */
  'yaml.syntax': { parserWords: string };
  'yaml.noFrontmatter': NoParams;
  /** An unquoted value followed by ` #`: YAML takes the rest of the line for a note, not for the value. */
  'yaml.inlineComment': { key: string; value: string; comment: string };
  /** What Astro's YAML reader refused and the check's parser read: its own words. */
  'yaml.astroRefused': { reason: string };

  // The prose of a Markdown or MDX file (src/lib/prose.ts, src/check/mdx-syntax.ts).
  'mdx.voidTag': { tag: string };
  'mdx.unclosedTag': { tag: string };
  'mdx.htmlComment': NoParams;
  'mdx.brace': NoParams;
  'mdx.angleAddress': NoParams;
  'mdx.tagOrder': { closed: string; open: string };
  'mdx.strayClosingTag': NoParams;
  'mdx.unquotedAttribute': NoParams;
  'mdx.lessThan': NoParams;
  /** MDX the parser could not read, with a message no reading explains. */
  'mdx.syntax': NoParams;
  'mdx.scriptAddress': NoParams;
  'mdx.remoteMedia': NoParams;
  'mdx.component': NoParams;
  'mdx.forbiddenTag': { tag: string };
  /** An attribute the tag may not carry, and those it may. */
  'mdx.forbiddenAttribute': { tag: string; attribute: string; allowed: string[] };
  /** A link by a protocol other than http, https, mailto and tel (`file:`, `ftp:`). */
  'mdx.addressProtocol': { protocol: string };
  /** Something the HTML cleaner took away that no other fault names: a hole in the screen, reported, never dropped. */
  'mdx.unsafe': NoParams;
  'mdx.scriptedAttribute': NoParams;
  'mdx.expression': NoParams;
  'mdx.esm': NoParams;

  // Content files and their names (src/check/check-content.ts).
  /** `extension`: the file's own, kept in the example name. */
  'file.name': { extension: string };
  'file.missing': { name: string };
  'file.tooLarge': { limitMiB: number };
  'file.heavy': { limitMiB: number };
  /** `endings`: the endings the folder reads, as a list to show. */
  'file.unread': { folder: string; endings: string };
  /** Saved as UTF-16 ("Unicode" in Notepad). */
  'file.utf16': NoParams;
  /** Typed in an encoding from before Unicode: "KÕ ho¹ch" (TCVN3), "Keá hoaïch" (VNI). */
  'file.legacyEncoding': { encoding: 'TCVN3' | 'VNI' };
  /** Text `npm run new` wrote for the clerk to replace, still there. */
  'file.placeholder': NoParams;
  /** An item git says was published, now neither in its folder nor kept by an alias; `renamedTo` when git saw it renamed. */
  'item.removed': { kind: string; slug: string; date: string; renamedTo?: string };
  /** A shallow clone: what was published before cannot be told. */
  'item.historyUnavailable': NoParams;
  /** A file at the root of content/ other than site.yaml. */
  'file.atRoot': { name: string };
  /** A folder of content/ that no kind of content is read from; the known one it was likely meant as. */
  'file.unknownFolder': { folder: string; folders: readonly string[]; suggestion?: string };
  /** A folder inside a kind's folder (`documents/2026/`): only the kind's folder itself is read. */
  'file.subfolder': { folder: string; subfolder: string };
  /** A scan or an office file among the texts of a kind, where attachments do not belong. */
  'file.misplacedAttachment': { folder: string };
  /** A file of content/files/ that no document, consultation or dialogue names. */
  'file.unlinked': { name: string };
  'file.sameItem': { other: string; item: string };
  'file.routeTaken': { name: string; example: string; taken: readonly string[] };
  'file.encoding': NoParams;

  // References between items and to the lists of content/site.yaml.
  'reference.document': { slug: string };
  'reference.self': NoParams;
  'reference.field': { fields: readonly string[] };
  /** `meant`: the id whose name was written instead, when exactly one fits. */
  'reference.locality': { ids: readonly string[]; meant?: string };
  'reference.officer': { officers: readonly string[]; meant?: string };
  'alias.taken': { alias: string; folder: string };
  /** `path`: where GitHub Pages would serve the site, `/<repository>`. */
  'deploy.basePath': { path: string };
  /** `suggestion`: the former file name read from what was written, '' when none can be. */
  'alias.address': { suggestion: string };
  'alias.extension': { suggestion: string };
  'alias.claimed': { owner: string };

  // Links in the prose to pages and files of this site (src/check/link-checks.ts).
  'link.attachment': { name: string };
  'link.item': { section: string; slug: string; folder: string };

  // Documents (src/schemas/document.ts, src/check/cross-checks.ts).
  'document.signedForMissing': { authority: string };
  'document.deputyOfWithoutTM': NoParams;
  'document.deputyNeedsKT': { position: string };
  'document.referenceBoth': NoParams;
  'document.citationIncomplete': NoParams;
  'document.lookalikeD': NoParams;
  /** An issued (not draft) document dated after the build's day. */
  'document.issuedAfterToday': { issued: string; today: string };
  'withdrawn.afterToday': { date: string; today: string };

  // Plan follow-through: a plan's tasks and reporting duties, the reports that answer them
  // (src/schemas/follow-up.ts, src/check/follow-up-checks.ts).
  'followUp.twoDeadlines': NoParams;
  'followUp.duplicateId': { id: string };
  'followUp.kindCannotAssign': { kind: string; kinds: readonly string[] };
  'followUp.answerNotReport': { kind: string };
  'followUp.planWithoutDuties': { plan: string };
  'followUp.unknownDuty': { duty: string; plan: string; duties: readonly string[] };
  'followUp.unknownTask': { task: string; plan: string; tasks: readonly string[] };
  'followUp.duplicateReport': { duty: string; otherFile: string };
  /** A warning: the report is published and shown as late. */
  'followUp.late': { issued: string; deadline: string; days: number };
  'changes.afterToday': { date: string; today: string };
  'document.numberFormat': NoParams;
  'document.signerMissing': NoParams;
  'document.draftNumbered': NoParams;
  'document.expiryBeforeIssued': { issued: string };
  'document.expiryBeforeEffective': { effective: string };
  'document.replacesLater': { issued: string; replacedFile: string; replacedIssued: string };
  'document.numberTaken': { number: string; issuer: string; year: number; otherFile: string };
  /** `kindName`: the kind's Vietnamese name, from the vocabulary of kinds. */
  'document.numberCodeOfOtherKind': { kind: string; kindName: string };
  'document.numberCodeMismatch': { kind: string; kindName: string; code: string };

  // Reception schedules (src/schemas/reception.ts, src/check/reception-checks.ts).
  'reception.endBeforeStart': { start: string; end: string };
  'reception.movedWithoutDate': NoParams;
  'reception.movedToNotMoved': { status: string };
  /** A moved session given a new start alone, which falls at or after the end kept from the plan. */
  'reception.movedStartPastEnd': { date: string; start: string; end: string };
  /** A moved session given a new end alone, which falls at or before the start kept from the plan. */
  'reception.movedEndBeforeStart': { date: string; start: string; end: string };
  'reception.cancelledWithOfficer': NoParams;
  'reception.substituteMissing': NoParams;
  'reception.duplicateException': { first: number };
  'reception.ruleWithoutEnd': NoParams;
  'reception.scheduleReversed': { from: string; to: string };
  'reception.duplicateId': NoParams;
  'reception.outsidePeriod': { from: string; to: string };
  'reception.movedFar': { from: string; to: string; margin: number; earliest: string; latest: string };
  'reception.ruleReversed': { from: string; until: string };
  /** `weekday`: the slug written (`thu-nam`). */
  'reception.ruleNoDay': { weekday: string; from: string; until: string };
  'reception.exceptionNotOnRule': { weekday: string; from: string; until: string };
  'reception.overlap': { date: string; start: string; end: string; officer: string; otherFile: string };
  'reception.holiday': { date: string; holiday: string };
  'reception.weekWithoutHead': { week: string; monday: string; sunday: string };

  // Consultations (src/schemas/consultation.ts, src/check/consultation-checks.ts).
  'consultation.unknownId': { list: 'subject' | 'channel' | 'answer'; ids: readonly string[] };
  'consultation.replyBeforeSent': { sent: string };
  'consultation.countsMismatch': { sum: number; total: number };
  'consultation.pointOverTotal': { count: number; total: number };
  'consultation.closesBeforeOpens': { opens: string };
  'consultation.announcedAfterOpening': { openingDay: string };
  /** `firstDay`: the first day an outcome can carry, once opinions are no longer taken. */
  'consultation.outcomeBeforeClose': { closes: string; firstDay: string };
  'consultation.emailMissing': NoParams;
  'consultation.phoneMissing': NoParams;
  'consultation.outcomeWhileOpen': { closes: string };
  'consultation.outcomeInFuture': { today: string };
  'consultation.periodTooLong': { days: number; longest: number };
  'consultation.periodTooShort': { days: number; minimum: number };
  'consultation.meetingOutside': { first: string; last: string };

  // Dialogues and the issues raised at them (src/schemas/dialogue.ts, src/check/dialogue-checks.ts).
  'dialogue.issueId': NoParams;
  'dialogue.resolvedWithoutUpdate': NoParams;
  'dialogue.transferredWithoutBody': NoParams;
  'dialogue.openWithoutDue': NoParams;
  'dialogue.openWithoutResponsible': NoParams;
  'dialogue.announcementMissing': NoParams;
  'dialogue.endBeforeStart': { start: string };
  /** `firstWritten`: the id as the first issue writes it; `otherFile` unless both are in one file. */
  'dialogue.duplicateIssueId': { id: string; firstWritten: string; otherFile?: string };
  'dialogue.announcedAfter': { held: string };
  'dialogue.resultsBeforeDialogue': { held: string };
  'dialogue.idYear': { idYear: string; year: number };
  'dialogue.dueBeforeDialogue': { held: string };
  'dialogue.updateBeforeDialogue': { held: string };
  'dialogue.futureDate': { what: 'results' | 'update'; today: string };
  'dialogue.unknownLocality': { id: string; ids: readonly string[]; meant?: string };
  'dialogue.noConference': { year: number };

  // The site's own configuration, content/site.yaml (src/schemas/site.ts, src/check/site-checks.ts).
  'site.missing': NoParams;
  'site.noHead': NoParams;
  'site.twoHeads': { first: string; extra: string };
  /** `index` and `label` name the earlier entry: `officers[1] (Phó Chủ tịch)`. */
  'site.duplicateOfficerId': { id: string; index: number; label?: string };
  'site.duplicateLocalityId': { id: string; index: number; label?: string };
  'site.duplicateField': { field: string; index: number };
  'site.fieldSharesAddress': { field: string; index: number; other: string; slug: string };
  'site.phoneUnquoted': { value: number };
  'site.phoneNoDigits': NoParams;
  'site.phoneCharacter': { character: string };
  'site.phoneStart': NoParams;
  'site.phonePlusAndZero': NoParams;
  'site.phoneSeparators': NoParams;
  /** `plus`: written with +84, whose trunk 0 the count includes; `start`: the first two digits dialled. */
  'site.phoneDigits': { digits: number; plus: boolean; start: string };
  'site.urlScheme': { protocol: string };
  'site.urlCredentials': NoParams;
  'site.urlPath': { path: string };
  'site.urlQuery': { query: string };
  'site.urlFragment': { fragment: string };
  'site.holidayReversed': { from: string };
  'site.unitMissing': NoParams;
  /** The current unit written as a thị trấn, a type the 2025 rearrangement abolished. */
  'site.unitTypeAbolished': { name: string };
  'site.unitSinceMissing': NoParams;
  'site.formerUnitOverlaps': { until: string; since: string };
  'site.duplicateFormerUnitId': { id: string; index: number; label?: string };
  'site.localityUnitUnknown': { id: string; ids: readonly string[] };
  'site.localityNowUnknown': { id: string };
  'site.localityNowWithoutUntil': NoParams;

  // Languages of translations (src/schemas/site.ts). `suggestion`: the code as BCP 47 writes it.
  'site.languageCode': { suggestion?: string };
  'site.languageVietnamese': NoParams;
  'site.duplicateLanguage': { code: string; index: number };

  // Translations and a language's interface words (src/schemas/translation.ts, src/check/translation-checks.ts).
  'translation.address': { sections: readonly string[] };
  /** A language content/site.yaml does not list; `codes` are those it lists. */
  'translation.language': { code: string; codes: readonly string[] };
  'translation.itemMissing': { address: string };
  /** A second translation of one item into one language; `other` is the first's file. */
  'translation.duplicate': { other: string; address: string; language: string };
  'translation.versionFuture': { date: string; today: string };
  /** A warning: the Vietnamese text changed after the day the translation says it translates. */
  'translation.stale': { address: string; language: string; version: string; changed: string };
  'languageWords.unknownLanguage': { code: string; codes: readonly string[] };
  'languageWords.unknownKey': { key: string; suggestion?: string };
  /** A word that leaves out a placeholder of its Vietnamese text, or adds one. */
  'languageWords.placeholders': { key: string; expected: readonly string[] };

  // Loudspeaker bulletins (src/schemas/broadcast.ts, src/check/broadcast-checks.ts).
  'broadcast.reversed': { from: string };
  /** A warning: the days recorded hold no run of the legal minimum of consecutive days. */
  'broadcast.shortRun': { longest: number; minimum: number };

  // The province's list of commune sites (src/schemas/province.ts, src/cli/province.ts).
  'province.duplicateCommune': { id: string; index: number };
  /** A commune's published open data could not be read from where province.yaml says its site is. */
  'province.communeOutput': { source: string; reason: string };

  // Which unit an item belongs to (src/check/unit-checks.ts). `unit` is a committee's name.
  'unit.unknown': { id: string; ids: readonly string[] };
  /** An item that names a former unit as its own, dated after that unit's last day. */
  'unit.afterEnd': { unit: string; until: string; date: string };
  /** A document whose issuer is a former unit's committee, dated after that unit's last day. */
  'unit.issuerAfterEnd': { unit: string; until: string; date: string };
  /** A locality listed in site.yaml, but not one of the item's unit at the item's date. */
  'unit.locality': { id: string; unit: string; date: string; until?: string; now?: string; ids: readonly string[] };

  // Personal data in any text file (src/check/privacy.ts).
  /** `unreasoned`: a privacy-exception comment stands beside it without its reason. */
  'privacy.personalData': { kind: PersonalDataKind; unreasoned: boolean; comment: CommentStyle };
  'privacy.strayException': NoParams;
}

export type ProblemCode = keyof ProblemParams;

/** A problem as a code and its parameters; for a union of codes, a union of such pairs. */
export type ProblemDescriptor<C extends ProblemCode = ProblemCode> = { [K in C]: { code: K; params: ProblemParams[K] } }[C];

/** Marks a field that is not there at all, as opposed to one that is empty. */
// From the global registry: `astro dev` loads this module twice (once for the check, once in Vite's
// graph for the report), and a symbol of each copy must still be the same one.
export const MISSING: unique symbol = Symbol.for('minh-bach-xa.missing');

/** One thing wrong with the content, where it is and what it is. */
export type ContentProblem = ProblemDescriptor & {
  /** Path of the file, relative to the project. */
  file: string;
  /** Line in the file, where it can be known. */
  line?: number;
  /** Dotted path of the field: `signer.position`, `legalBases[2].document`. */
  field: string;
  /** The value as written, or MISSING. */
  found: unknown;
};
