import type { z } from 'astro/zod';
import { t } from '../messages';
import { dialogueDate, overdueDays } from '../lib/dialogues';
import { kindName } from '../vocabulary/document-kinds';
import { sessionCalendarHref, sessionHref } from '../lib/receptions';
import { getSite } from './site';
import { absoluteUrl } from '../lib/urls';
import { renderCsv, type CsvColumn } from '../lib/csv';
import {
  consultationRecordSchema,
  documentRecordSchema,
  issueRecordSchema,
  openDataJsonSchema,
  receptionSessionRecordSchema,
  reportingDutyRecordSchema,
} from '../schemas/open-data';
import { allDuties } from './follow-up';
import { documentHeading } from '../messages/documents';
import { deadlineText } from '../messages/follow-up-words';
import { dutyStandingText } from '../messages/follow-up';
import { publishedConsultations } from './consultations';
import { dialogueData } from './dialogues';
import { publishedDocuments } from './documents';
import { receptionData } from './receptions';
import { officerRole } from '../messages/receptions';

/** One open data set: its records as JSON and CSV, and the JSON Schema of a record. */
export interface Dataset<T> {
  id: string;
  title: string;
  description: string;
  schema: z.ZodType<T>;
  records: () => Promise<T[]>;
  columns: CsvColumn<T>[];
}

type DocumentRecord = z.output<typeof documentRecordSchema>;
type SessionRecord = z.output<typeof receptionSessionRecordSchema>;
type ConsultationRecord = z.output<typeof consultationRecordSchema>;
type IssueRecord = z.output<typeof issueRecordSchema>;
type DutyRecord = z.output<typeof reportingDutyRecordSchema>;

const list = (values: readonly string[]): string => values.join('; ');

const documents: Dataset<DocumentRecord> = {
  id: 'van-ban',
  title: t('nav.documents'),
  description: t('opendata.documents'),
  schema: documentRecordSchema,
  records: async () => {
    const site = await getSite();
    return (await publishedDocuments()).map((doc) => ({
      id: doc.id,
      url: absoluteUrl(site, `/van-ban/${doc.id}/`),
      status: doc.status,
      document: doc.data,
    }));
  },
  columns: [
    { key: 'id', description: t('opendata.col.id'), value: (r) => r.id },
    { key: 'url', description: t('opendata.col.url'), value: (r) => r.url },
    { key: 'loai', description: t('document.kind'), value: (r) => kindName(r.document.kind) },
    { key: 'so_ky_hieu', description: t('document.number'), value: (r) => r.document.number },
    { key: 'trich_yeu', description: t('document.summary'), value: (r) => r.document.title },
    { key: 'co_quan_ban_hanh', description: t('document.issuer'), value: (r) => r.document.issuer },
    { key: 'ngay_ban_hanh', description: t('opendata.col.issued'), value: (r) => r.document.issued },
    { key: 'ngay_hieu_luc', description: t('document.effective'), value: (r) => r.document.effective },
    { key: 'ngay_het_hieu_luc', description: t('document.expiry'), value: (r) => r.document.expiry },
    { key: 'tinh_trang', description: t('document.status'), value: (r) => t(`status.${r.status}`) },
    { key: 'linh_vuc', description: t('document.fields'), value: (r) => list(r.document.fields) },
    { key: 'ngung_cong_khai', description: t('opendata.col.withdrawn'), value: (r) => r.document.withdrawn?.date },
    { key: 'mau', description: t('opendata.col.sample'), value: (r) => r.document.sample },
  ],
};

const sessions: Dataset<SessionRecord> = {
  id: 'buoi-tiep-cong-dan',
  title: t('nav.receptions'),
  description: t('opendata.sessions'),
  schema: receptionSessionRecordSchema,
  records: async () => {
    const site = await getSite();
    const roleOf = (id: string): string => officerRole(site, id);
    return (await receptionData()).sessions.map((s) => ({
      uid: s.uid,
      url: absoluteUrl(site, sessionHref(s)),
      calendar: absoluteUrl(site, sessionCalendarHref(s)),
      date: s.date,
      start: s.start,
      end: s.end,
      officer: s.officer,
      officerRole: roleOf(s.officer),
      ...(s.substituteFor ? { substituteFor: roleOf(s.substituteFor) } : {}),
      kind: s.kind,
      place: s.place,
      topics: s.topics,
      status: s.status,
      ...(s.movedFrom ? { movedFrom: s.movedFrom } : {}),
      ...(s.notes ? { notes: s.notes } : {}),
      sample: s.sample,
    }));
  },
  columns: [
    { key: 'uid', description: t('opendata.col.uid'), value: (r) => r.uid },
    { key: 'ngay', description: t('opendata.col.date'), value: (r) => r.date },
    { key: 'bat_dau', description: t('opendata.col.start'), value: (r) => r.start },
    { key: 'ket_thuc', description: t('opendata.col.end'), value: (r) => r.end },
    { key: 'nguoi_tiep', description: t('opendata.col.officer'), value: (r) => r.officerRole },
    { key: 'tiep_thay_cho', description: t('opendata.col.substituteFor'), value: (r) => r.substituteFor },
    { key: 'hinh_thuc', description: t('reception.kindLabel'), value: (r) => t(`reception.kind.${r.kind}`) },
    { key: 'noi_tiep', description: t('opendata.col.place'), value: (r) => r.place },
    { key: 'noi_dung', description: t('reception.topics'), value: (r) => list(r.topics) },
    { key: 'trang_thai', description: t('opendata.col.sessionStatus'), value: (r) => r.status },
    // A moved row's own date and times are the new ones; without these a reader cannot tell from when.
    { key: 'doi_tu_ngay', description: t('opendata.col.movedFromDate'), value: (r) => r.movedFrom?.date },
    { key: 'doi_tu_bat_dau', description: t('opendata.col.movedFromStart'), value: (r) => r.movedFrom?.start },
    { key: 'doi_tu_ket_thuc', description: t('opendata.col.movedFromEnd'), value: (r) => r.movedFrom?.end },
    { key: 'url', description: t('opendata.col.url'), value: (r) => r.url },
    { key: 'mau', description: t('opendata.col.sample'), value: (r) => r.sample },
  ],
};

const consultations: Dataset<ConsultationRecord> = {
  id: 'lay-y-kien',
  title: t('nav.consultations'),
  description: t('opendata.consultations'),
  schema: consultationRecordSchema,
  records: async () => {
    const site = await getSite();
    return (await publishedConsultations()).map((c) => ({
      id: c.id,
      url: absoluteUrl(site, `/lay-y-kien/${c.id}/`),
      state: c.standing.state,
      consultation: c.data,
    }));
  },
  columns: [
    { key: 'id', description: t('opendata.col.id'), value: (r) => r.id },
    { key: 'ten', description: t('opendata.col.title'), value: (r) => r.consultation.title },
    { key: 'bat_dau', description: t('opendata.col.opens'), value: (r) => r.consultation.opens },
    { key: 'ket_thuc', description: t('opendata.col.closes'), value: (r) => r.consultation.closes },
    { key: 'giai_doan', description: t('opendata.col.state'), value: (r) => r.state },
    { key: 'ngung_cong_khai', description: t('opendata.col.withdrawn'), value: (r) => r.consultation.withdrawn?.date },
    { key: 'so_y_kien', description: t('opendata.col.opinions'), value: (r) => r.consultation.outcome?.total },
    { key: 'url', description: t('opendata.col.url'), value: (r) => r.url },
    { key: 'mau', description: t('opendata.col.sample'), value: (r) => r.consultation.sample },
  ],
};

const issues: Dataset<IssueRecord> = {
  id: 'kien-nghi',
  title: t('opendata.issuesTitle'),
  description: t('opendata.issues'),
  schema: issueRecordSchema,
  records: async () => {
    const site = await getSite();
    const { allIssues: entries, today } = await dialogueData();
    return entries.map(({ issue, dialogue }) => {
      const overdue = overdueDays(issue, today);
      const locality = site.localities.find((l) => l.id === issue.locality)?.name;
      return {
        id: issue.id,
        url: absoluteUrl(site, `/doi-thoai/${dialogue.id}/#${issue.id}`),
        dialogue: dialogue.id,
        dialogueTitle: dialogue.data.title,
        dialogueDate: dialogueDate(dialogue.data),
        ...(locality ? { localityName: locality } : {}),
        ...(overdue !== undefined ? { overdueDays: overdue } : {}),
        sample: dialogue.data.sample,
        ...(dialogue.data.withdrawn ? { dialogueWithdrawn: dialogue.data.withdrawn } : {}),
        issue,
      };
    });
  },
  columns: [
    { key: 'ma', description: t('opendata.col.issueId'), value: (r) => r.id },
    { key: 'ngay_doi_thoai', description: t('opendata.col.dialogueDate'), value: (r) => r.dialogueDate },
    { key: 'dia_ban', description: t('document.localities'), value: (r) => r.localityName },
    { key: 'linh_vuc', description: t('document.fields'), value: (r) => r.issue.field },
    { key: 'noi_dung', description: t('opendata.col.raised'), value: (r) => r.issue.raised },
    { key: 'tra_loi', description: t('opendata.col.answer'), value: (r) => r.issue.answer },
    { key: 'trach_nhiem', description: t('opendata.col.responsible'), value: (r) => r.issue.responsible },
    { key: 'han', description: t('opendata.col.due'), value: (r) => r.issue.due },
    { key: 'tinh_trang', description: t('document.status'), value: (r) => t(`dialogue.status.${r.issue.status}`) },
    { key: 'ngung_cong_khai', description: t('opendata.col.withdrawn'), value: (r) => r.dialogueWithdrawn?.date },
    { key: 'qua_han_ngay', description: t('opendata.col.overdue'), value: (r) => r.overdueDays },
    { key: 'url', description: t('opendata.col.url'), value: (r) => r.url },
    { key: 'mau', description: t('opendata.col.sample'), value: (r) => r.sample },
  ],
};

const duties: Dataset<DutyRecord> = {
  id: 'theo-doi-thuc-hien',
  title: t('followUp.overview.title'),
  description: t('opendata.followUp'),
  schema: reportingDutyRecordSchema,
  records: async () => {
    const site = await getSite();
    return (await allDuties()).map(({ plan, duty, deadline, report, standing }) => ({
      plan: plan.id,
      planUrl: absoluteUrl(site, `/van-ban/${plan.id}/`),
      planTitle: documentHeading(plan.data),
      ...(deadline !== undefined ? { deadline } : {}),
      state: standing.state,
      ...(standing.days !== undefined ? { days: standing.days } : {}),
      ...(report
        ? {
            report: report.id,
            reportUrl: absoluteUrl(site, `/van-ban/${report.id}/`),
            reportIssued: report.data.issued,
            reportSample: report.data.sample,
          }
        : {}),
      sample: plan.data.sample,
      duty,
    }));
  },
  columns: [
    { key: 'ke_hoach', description: t('opendata.col.plan'), value: (r) => r.planTitle },
    { key: 'ky_bao_cao', description: t('followUp.col.period'), value: (r) => r.duty.period },
    { key: 'han', description: t('followUp.col.deadline'), value: (r) => deadlineText(r.duty) },
    { key: 'ngay_cuoi_dung_han', description: t('opendata.col.deadline'), value: (r) => r.deadline },
    { key: 'nguoi_bao_cao', description: t('followUp.col.by'), value: (r) => r.duty.by },
    {
      key: 'tinh_hinh',
      description: t('followUp.col.state'),
      value: (r) => dutyStandingText({ state: r.state, ...(r.days !== undefined ? { days: r.days } : {}) }),
    },
    { key: 'bao_cao', description: t('opendata.col.report'), value: (r) => r.reportUrl },
    { key: 'ngay_bao_cao', description: t('opendata.col.reportIssued'), value: (r) => r.reportIssued },
    { key: 'url', description: t('opendata.col.url'), value: (r) => r.planUrl },
    { key: 'mau', description: t('opendata.col.sample'), value: (r) => r.sample || r.reportSample === true },
  ],
};

/** An open data set as the routes publish it: its records already written as each file holds them. */
export interface PublishedDataset {
  id: string;
  title: string;
  description: string;
  /** The CSV's columns, as the page explains them. */
  columns: { key: string; description: string }[];
  /** The records, as the JSON file lists them. */
  records: () => Promise<unknown[]>;
  /** The records as a spreadsheet opens them. */
  csv: () => Promise<string>;
  /** The JSON Schema of the data set's JSON file. */
  jsonSchema: () => Record<string, unknown>;
}

/** Binds a data set's records to its own columns and schema, whatever its record type. */
function published<T>(dataset: Dataset<T>): PublishedDataset {
  return {
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    columns: dataset.columns.map(({ key, description }) => ({ key, description })),
    records: dataset.records,
    csv: async () => renderCsv(dataset.columns, await dataset.records()),
    jsonSchema: () => openDataJsonSchema(dataset.schema, dataset.title),
  };
}

/** Every open data set, in the order the page lists them. */
export const DATASETS: PublishedDataset[] = [
  published(documents),
  published(sessions),
  published(consultations),
  published(issues),
  published(duties),
];
