import type { DialogueData } from '../schemas/dialogue';
import { ISSUE_ID_PATTERN } from '../schemas/dialogue';
import type { SiteConfig } from '../schemas/site';
import { periodEnd, toPartialDate, vietnamDate } from '../dates/calendar';
import { formatDateShortVi } from '../messages/dates';
import { dialogueDate, dialogueYear, yearsWithoutConference } from '../lib/dialogues';
import { problemAt, type CheckedEntry } from './cross-checks';
import type { ContentProblem } from './problems';

export type CheckedDialogue = CheckedEntry<DialogueData>;

const shortDate = (iso: string): string => formatDateShortVi(toPartialDate(iso));

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
      const sameFile = seen.dialogue === dialogue;
      problems.push(
        problemAt(dialogue, ['issues', index, 'id'], issue.id, {
          problem: {
            vi: `mã ${issue.id} đã dùng cho một kiến nghị khác${seen.id === issue.id ? '' : ` (viết ${seen.id})`} (${sameFile ? 'trong tệp này' : seen.dialogue.file})`,
            en: `id ${issue.id} is already used by another issue${seen.id === issue.id ? '' : ` (written ${seen.id})`} (${sameFile ? 'in this file' : seen.dialogue.file})`,
          },
          expected: {
            vi: 'một mã chưa dùng, ví dụ số thứ tự tiếp theo trong năm (DT-năm-số)',
            en: 'an id not yet used, e.g. the next number in that year (DT-year-number)',
          },
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
      problems.push(
        problemAt(dialogue, ['announced'], data.announced, {
          problem: { vi: `ngày thông báo sau ngày đối thoại (${shortDate(held)})`, en: `announced after the dialogue (${held})` },
          expected: {
            vi: 'ngày đã thông báo, trước ngày đối thoại ít nhất 7 ngày',
            en: 'the day it was announced, at least 7 days before the dialogue',
          },
        }),
      );
    }
    if (data.resultsPublished !== undefined && data.resultsPublished < held) {
      problems.push(
        problemAt(dialogue, ['resultsPublished'], data.resultsPublished, {
          problem: {
            vi: `ngày công khai kết quả trước ngày đối thoại (${shortDate(held)})`,
            en: `results published before the dialogue (${held})`,
          },
          expected: {
            vi: 'ngày công khai kết quả, từ ngày đối thoại trở đi (chậm nhất 10 ngày sau)',
            en: 'the day the results were published, on or after the dialogue (at most 10 days after)',
          },
        }),
      );
    }
    data.issues.forEach((issue, index) => {
      const idYear = ISSUE_ID_PATTERN.exec(issue.id)?.[1];
      if (idYear !== undefined && Number(idYear) !== year) {
        problems.push(
          problemAt(dialogue, ['issues', index, 'id'], issue.id, {
            problem: {
              vi: `năm trong mã (${idYear}) khác năm tổ chức đối thoại (${year})`,
              en: `the year in the id (${idYear}) is not the year of the dialogue (${year})`,
            },
            expected: { vi: `mã dạng DT-${year}-số thứ tự`, en: `an id written DT-${year}-number` },
          }),
        );
      }
      if (issue.due !== undefined && periodEnd(toPartialDate(issue.due)) < held) {
        problems.push(
          problemAt(dialogue, ['issues', index, 'due'], issue.due, {
            problem: {
              vi: `hạn giải quyết trước ngày đối thoại (${shortDate(held)}), khi kiến nghị chưa được nêu`,
              en: `the due date is before the dialogue (${held}), when the issue had not yet been raised`,
            },
            expected: {
              vi: `hạn giải quyết từ ngày ${shortDate(held)} trở đi (năm-tháng-ngày)`,
              en: `a due date on or after ${held} (year-month-day)`,
            },
          }),
        );
      }
      issue.updates.forEach((update, updateIndex) => {
        if (update.date < held) {
          problems.push(
            problemAt(dialogue, ['issues', index, 'updates', updateIndex, 'date'], update.date, {
              problem: {
                vi: `diễn biến ghi ngày trước ngày đối thoại (${shortDate(held)}), khi kiến nghị chưa được nêu`,
                en: `the update is dated before the dialogue (${held}), when the issue had not yet been raised`,
              },
              expected: {
                vi: `ngày của diễn biến, từ ngày ${shortDate(held)} trở đi (năm-tháng-ngày)`,
                en: `the day of the update, on or after ${held} (year-month-day)`,
              },
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
  const todayVi = shortDate(today);
  const future = (dialogue: CheckedDialogue, path: PropertyKey[], date: string, what: { vi: string; en: string }): ContentProblem =>
    problemAt(dialogue, path, date, {
      problem: {
        vi: `${what.vi} sau hôm nay (${todayVi}, ngày tạo trang): việc chưa xảy ra thì chưa thể ghi là đã làm`,
        en: `${what.en} after today (${today}, the build date): what has not happened yet cannot be recorded as done`,
      },
      expected: {
        vi: `ngày đã thực hiện, không muộn hơn hôm nay (${todayVi}); kiểm tra lại năm, tháng, ngày`,
        en: `the day it was done, no later than today (${today}); check the year, month and day`,
      },
    });
  return dialogues.flatMap((dialogue) => {
    const { data } = dialogue;
    const problems: ContentProblem[] = [];
    if (data.resultsPublished !== undefined && data.resultsPublished > today) {
      problems.push(
        future(dialogue, ['resultsPublished'], data.resultsPublished, {
          vi: 'ngày công khai kết quả',
          en: 'the results are dated',
        }),
      );
    }
    data.issues.forEach((issue, index) => {
      issue.updates.forEach((update, updateIndex) => {
        if (update.date > today) {
          problems.push(
            future(dialogue, ['issues', index, 'updates', updateIndex, 'date'], update.date, {
              vi: 'diễn biến ghi ngày',
              en: 'the update is dated',
            }),
          );
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
    return [
      problemAt(dialogue, ['minutes', 'file'], minutes.file, {
        problem: {
          vi: `không tìm thấy tệp content/files/${minutes.file}`,
          en: `file content/files/${minutes.file} not found`,
        },
        expected: {
          vi: 'tên một tệp đã đặt trong thư mục content/files/ (kiểm tra chính tả và đuôi tệp)',
          en: 'the name of a file placed in content/files/ (check spelling and extension)',
        },
      }),
    ];
  });
}

/** Localities and fields come from content/site.yaml, so the tracker's filters never split on a typo. */
export function checkDialogueVocabulary(dialogues: readonly CheckedDialogue[], site: SiteConfig): ContentProblem[] {
  const fields = new Set(site.fields);
  const localities = new Set(site.localities.map((l) => l.id));
  const unknownLocality = (dialogue: CheckedDialogue, path: PropertyKey[], id: string): ContentProblem =>
    problemAt(dialogue, path, id, {
      problem: {
        vi: `không có thôn, tổ dân phố nào mã "${id}" trong content/site.yaml`,
        en: `there is no locality "${id}" in content/site.yaml`,
      },
      expected: {
        vi: 'mã (id) của một thôn, tổ dân phố trong "localities" của content/site.yaml; bỏ trống nếu là việc chung của cả đơn vị',
        en: 'the id of a locality listed under "localities" in content/site.yaml; leave it out for the whole commune',
      },
    });
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
        : [
            problemAt(dialogue, ['issues', index, 'field'], issue.field, {
              expected: {
                vi: `một lĩnh vực có trong danh sách "fields" của content/site.yaml: ${site.fields.join('; ')}`,
                en: `a field listed under "fields" in content/site.yaml: ${site.fields.join('; ')}`,
              },
            }),
          ]),
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
  ).map((year) => ({
    file: folder,
    field: 'kind',
    found: year,
    problem: {
      vi: `năm ${year} không có hội nghị đối thoại nào giữa chính quyền và Nhân dân (luật yêu cầu ít nhất một lần mỗi năm)`,
      en: `${year} had no dialogue conference between the commune and its citizens (the law asks for at least one a year)`,
    },
    expected: {
      vi: `một tệp đối thoại năm ${year} có kind: hoi-nghi-doi-thoai, nếu hội nghị đã được tổ chức mà chưa đăng`,
      en: `a dialogue file for ${year} with kind: hoi-nghi-doi-thoai, if the conference was held but not yet published`,
    },
  }));
}
