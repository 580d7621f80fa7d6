import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import { fullDateSchema } from './dates';

/**
 * A change note, written by the office for the public when a published item changes in a way a
 * reader should know (GOV.UK's model): the day and what changed, in Vietnamese. Corrections of
 * spelling and edits of form need none; the page's "last updated" date still moves. Commit
 * messages are never shown: they are written for the repository, not for citizens.
 */
export const changeNoteSchema = z.strictObject({
  date: fullDateSchema,
  /** "Dời buổi tiếp ngày 14/12 sang ngày 15/12 vì trùng kỳ họp Hội đồng nhân dân." */
  note: nonEmptyText,
});

/** The change notes of an item, in any order: the page lists them newest first. */
export const changeNotesSchema = z.array(changeNoteSchema).default([]);

export type ChangeNote = z.output<typeof changeNoteSchema>;
