import type { DialogueData } from '../schemas/dialogue';
import { ISSUE_ID_PATTERN } from '../schemas/dialogue';
import type { SiteConfig } from '../schemas/site';
import { periodEnd, toPartialDate, vietnamDate } from '../dates/calendar';
import { dialogueDate, dialogueYear, yearsWithoutConference } from '../lib/dialogues';
import type { ContentProblem } from '../vocabulary/problems';
import { localityHint, problemAt, type CheckedEntry } from './cross-checks';

export type CheckedDialogue = CheckedEntry<DialogueData>;

/** An issue id as citizens would say it: `DT-2023-04` and `DT-2023-004` are both issue 4 of 2023. */
function spokenIssueId(id: string): string {
  const match = ISSUE_ID_PATTERN.exec(id);
  return match ? `${match[1]}-${Number(match[2])}` : id;
}

/** Issue ids are quoted by citizens and in follow-up letters, so one id means one issue across the whole site. */
export function checkDuplicateIssueIds(dialogues: readonly CheckedDialogue[]): ContentProblem[] {
  const first = new Map<string, { dialogue: CheckedDialogue; id: string }>();
  const problems: ContentProblem[] = [];
  for (const dialogue of [...dialogues].sort((a, b) => a.file.localeCompare(b.file))) {
    dialogue.data.issues.forEach((issue, index) => {
      const seen = first.get(spokenIssueId(issue.id));
      if (!seen) {
        first.set(spokenIssueId(issue.id), { dialogue, id: issue.id });
        return;
      }
      const otherFile = seen.dialogue === dialogue ? {} : { otherFile: seen.dialogue.file };
      problems.push(
        problemAt(dialogue, ['issues', index, 'id'], issue.id, {
          code: 'dialogue.duplicateIssueId',
          params: { id: issue.id, firstWritten: seen.id, ...otherFile },
        }),
      );
    });
  }
  return problems;
}

/**
 * Dates that cannot be true of a dialogue: an issue due before it was raised,
 * a follow-up before the meeting, an announcement after it, results published
 * before it; and an id whose year is not the dialogue's.
 */
export function checkDialogueDates(dialogues: readonly CheckedDialogue[]): ContentProblem[] {
  return dialogues.flatMap((dialogue) => {
    const { data } = dialogue;
    const held = dialogueDate(data);
    const year = dialogueYear(data);
    const problems: ContentProblem[] = [];
    if (data.announced !== undefined && data.announced > held) {
      problems.push(problemAt(dialogue, ['announced'], data.announced, { code: 'dialogue.announcedAfter', params: { held } }));
    }
    if (data.resultsPublished !== undefined && data.resultsPublished < held) {
      problems.push(
        problemAt(dialogue, ['resultsPublished'], data.resultsPublished, { code: 'dialogue.resultsBeforeDialogue', params: { held } }),
      );
    }
    data.issues.forEach((issue, index) => {
      const idYear = ISSUE_ID_PATTERN.exec(issue.id)?.[1];
      if (idYear !== undefined && Number(idYear) !== year) {
        problems.push(problemAt(dialogue, ['issues', index, 'id'], issue.id, { code: 'dialogue.idYear', params: { idYear, year } }));
      }
      if (issue.due !== undefined && periodEnd(toPartialDate(issue.due)) < held) {
        problems.push(problemAt(dialogue, ['issues', index, 'due'], issue.due, { code: 'dialogue.dueBeforeDialogue', params: { held } }));
      }
      issue.updates.forEach((update, updateIndex) => {
        if (update.date < held) {
          problems.push(
            problemAt(dialogue, ['issues', index, 'updates', updateIndex, 'date'], update.date, {
              code: 'dialogue.updateBeforeDialogue',
              params: { held },
            }),
          );
        }
      });
    });
    return problems;
  });
}

/**
 * Dates a file cannot hold yet at the build's "now": results published, or a
 * follow-up done, after today. Pages and the tracker show them as done, so a
 * mistyped year (2032 for 2023) would claim work that has not happened. A due
 * date ahead is normal and is not checked here.
 */
export function checkFutureDates(dialogues: readonly CheckedDialogue[], now: Date): ContentProblem[] {
  const today = vietnamDate(now);
  const future = (dialogue: CheckedDialogue, path: PropertyKey[], date: string, what: 'results' | 'update'): ContentProblem =>
    problemAt(dialogue, path, date, { code: 'dialogue.futureDate', params: { what, today } });
  return dialogues.flatMap((dialogue) => {
    const { data } = dialogue;
    const problems: ContentProblem[] = [];
    if (data.resultsPublished !== undefined && data.resultsPublished > today) {
      problems.push(future(dialogue, ['resultsPublished'], data.resultsPublished, 'results'));
    }
    data.issues.forEach((issue, index) => {
      issue.updates.forEach((update, updateIndex) => {
        if (update.date > today) {
          problems.push(future(dialogue, ['issues', index, 'updates', updateIndex, 'date'], update.date, 'update'));
        }
      });
    });
    return problems;
  });
}

/** The minutes must be a file placed in content/files/. */
export function checkMinutes(dialogues: readonly CheckedDialogue[], fileExists: (name: string) => boolean): ContentProblem[] {
  return dialogues.flatMap((dialogue) => {
    const minutes = dialogue.data.minutes;
    if (minutes === undefined || fileExists(minutes.file)) return [];
    return [problemAt(dialogue, ['minutes', 'file'], minutes.file, { code: 'file.missing', params: { name: minutes.file } })];
  });
}

/** Localities and fields come from content/site.yaml, so the tracker's filters never split on a typo. */
export function checkDialogueVocabulary(dialogues: readonly CheckedDialogue[], site: SiteConfig): ContentProblem[] {
  const fields = new Set(site.fields);
  const localities = new Set(site.localities.map((l) => l.id));
  const unknownLocality = (dialogue: CheckedDialogue, path: PropertyKey[], id: string): ContentProblem =>
    problemAt(dialogue, path, id, { code: 'dialogue.unknownLocality', params: { id, ...localityHint(site, id) } });
  return dialogues.flatMap((dialogue) => [
    ...dialogue.data.participation.localities.flatMap((id, index) =>
      localities.has(id) ? [] : [unknownLocality(dialogue, ['participation', 'localities', index], id)],
    ),
    ...dialogue.data.issues.flatMap((issue, index) => [
      ...(issue.locality === undefined || localities.has(issue.locality)
        ? []
        : [unknownLocality(dialogue, ['issues', index, 'locality'], issue.locality)]),
      ...(fields.has(issue.field)
        ? []
        : [problemAt(dialogue, ['issues', index, 'field'], issue.field, { code: 'reference.field', params: { fields: site.fields } })]),
    ]),
  ]);
}

/**
 * Every check across dialogue files; vocabulary only when site.yaml itself is
 * valid. `now` is the build's, so dates after it can be refused.
 */
export function checkDialogues(
  dialogues: readonly CheckedDialogue[],
  site: SiteConfig | undefined,
  fileExists: (name: string) => boolean,
  now: Date,
): ContentProblem[] {
  return [
    ...checkDialogueDates(dialogues),
    ...checkFutureDates(dialogues, now),
    ...checkDuplicateIssueIds(dialogues),
    ...checkMinutes(dialogues, fileExists),
    ...(site ? checkDialogueVocabulary(dialogues, site) : []),
  ];
}

/**
 * Warnings, not errors: a past year without a dialogue conference is a fact
 * the site must show, not a reason to stop publishing everything else.
 */
export function dialogueWarnings(dialogues: readonly CheckedDialogue[], folder: string, today: string): ContentProblem[] {
  return yearsWithoutConference(
    dialogues.map((d) => d.data),
    today,
  ).map((year): ContentProblem => ({ file: folder, field: 'kind', found: year, code: 'dialogue.noConference', params: { year } }));
}
