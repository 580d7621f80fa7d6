import { z } from 'astro/zod';
import { DOCUMENT_KIND_IDS, ISSUABLE_KIND_IDS } from '../vocabulary/document-kinds';
import { parsePartialDate, periodEnd, periodStart } from '../dates/calendar';
import { attachmentFileSchema, nonEmptyText, siteIdSchema, slugSchema } from './common';
import { partialDateSchema } from './dates';
import { addProblem } from './problems';
import { publicRecordFields } from './public-record';
import { answerSchema, followUpSchema } from './follow-up';
import { WORK_ASSIGNING_KINDS } from '../vocabulary/follow-up-terms';

/** Signing authority prefixes of Nghị định 30/2020: thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền. */
export const SIGNING_AUTHORITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

/** A position held by a deputy: "Phó Chủ tịch", "Phó Trưởng ban". */
function isDeputyPosition(position: string): boolean {
  return /^phó(?:\s|$)/u.test(position.normalize('NFC').toLocaleLowerCase('vi'));
}

/** Who signed, written as the signature block prints it. */
export const signerSchema = z
  .strictObject({
    /** TM (for a collective body), KT (signing for the head), Q (acting), TL, TUQ; omitted when the head signs in person. */
    authority: z.enum(SIGNING_AUTHORITIES).optional(),
    /** The body or head signed for: "Ủy ban nhân dân" after TM, "Chủ tịch" after KT. */
    onBehalfOf: nonEmptyText.optional(),
    /** Only after TM: the head a deputy signs for, printed as the middle line "KT. CHỦ TỊCH". */
    deputyOf: nonEmptyText.optional(),
    /** The signer's position: "Chủ tịch", "Phó Chủ tịch". */
    position: nonEmptyText,
    /** The signer's name: public on a signed document; samples leave it out. */
    name: nonEmptyText.optional(),
  })
  .superRefine((signer, ctx) => {
    if (signer.authority && signer.authority !== 'Q' && !signer.onBehalfOf) {
      addProblem(ctx, 'document.signedForMissing', { authority: signer.authority }, ['onBehalfOf']);
    }
    if (signer.deputyOf !== undefined && signer.authority !== 'TM') {
      addProblem(ctx, 'document.deputyOfWithoutTM', {}, ['deputyOf']);
    } else if (signer.authority === 'TM' && signer.deputyOf === undefined && isDeputyPosition(signer.position)) {
      // Without the middle line the block would print "TM. ỦY BAN NHÂN DÂN / PHÓ CHỦ TỊCH",
      // as if the deputy headed the body (Nghị định 30/2020, Phụ lục I, mục II.8).
      addProblem(ctx, 'document.deputyNeedsKT', { position: signer.position }, ['deputyOf']);
    }
  });

/** Purposes written after a recipient: báo cáo, phối hợp, thực hiện, để biết. */
export const RECIPIENT_PURPOSES = ['b/c', 'p/h', 't/h', 'đ/b'] as const;

/** One line of "Nơi nhận"; a plain string is a recipient without a stated purpose. */
export const recipientSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.strictObject({
    name: nonEmptyText,
    purpose: z.enum(RECIPIENT_PURPOSES).optional(),
  }),
);

/**
 * A document referred to: either one published on this site (`document: slug`,
 * or just the slug), or a citation of an outside document.
 */
export const referenceSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { document: value } : value),
  z
    .strictObject({
      /** Slug of a document on this site. */
      document: slugSchema.optional(),
      kind: z.enum(DOCUMENT_KIND_IDS).optional(),
      number: nonEmptyText.optional(),
      date: partialDateSchema.optional(),
      issuer: nonEmptyText.optional(),
      title: nonEmptyText.optional(),
    })
    .superRefine((ref, ctx) => {
      const cites = ref.kind !== undefined || ref.title !== undefined;
      if (ref.document !== undefined && cites) {
        addProblem(ctx, 'document.referenceBoth', {});
      } else if (ref.document === undefined && (ref.kind === undefined || ref.title === undefined)) {
        addProblem(ctx, 'document.citationIncomplete', {});
      }
    }),
);

/** A file published with the document, such as the signed scan. */
export const attachmentSchema = z.strictObject({
  file: attachmentFileSchema,
  title: nonEmptyText,
});

/**
 * Số ký hiệu of a document the commune issues (Nghị định 30/2020, Phụ lục I): its number, the
 * year for a legal normative document, then the kind's and the issuer's codes.
 */
const OWN_NUMBER = /^\d+[a-z]?\/(?:\d{4}\/)?[\p{L}\d]+(?:-[\p{L}\d.]+)*$/u;
/** Ð (U+00D0), as text copied from some PDFs has it: it looks like the Vietnamese Đ but is not. */
const LOOKALIKE_D = '\u00D0';

const ownNumberSchema = nonEmptyText.superRefine((number, ctx) => {
  if (number.includes(LOOKALIKE_D)) {
    addProblem(ctx, 'document.lookalikeD', {});
  } else if (!OWN_NUMBER.test(number)) {
    addProblem(ctx, 'document.numberFormat', {});
  }
});

/** An official document (văn bản) as listed under Nghị định 42/2022 and printed under Nghị định 30/2020. */
export const documentSchema = z
  .strictObject({
    /** Sample content shows the "Nội dung mẫu" banner. */
    sample: z.boolean().default(false),
    /** A dự thảo published for comment, not an issued document: it has no number and nobody has signed it. */
    draft: z.boolean().default(false),
    kind: z.enum(ISSUABLE_KIND_IDS),
    /** Số ký hiệu, e.g. `12/KH-UBND`; left out when the copy does not show it. */
    number: ownNumberSchema.optional(),
    /** Trích yếu, without the kind word. */
    title: nonEmptyText,
    /** The issuing body as printed on the document. */
    issuer: nonEmptyText,
    /** The body above the issuer, printed above it in the header. */
    parentIssuer: nonEmptyText.optional(),
    /** The former unit (an id under formerUnits in site.yaml) that issued it, where its date alone does not tell. */
    unit: siteIdSchema.optional(),
    /** Place named in the date line ("Đak Đoa, ngày …"). */
    place: nonEmptyText,
    /** Ngày ban hành; a draft gives the day it was published for comment, which lists and feeds sort by. */
    issued: partialDateSchema,
    effective: partialDateSchema.optional(),
    /** Last day in force; a partial date means the end of that month or year. */
    expiry: partialDateSchema.optional(),
    /** Required once issued; a draft is not signed yet, though it may show the block it will carry. */
    signer: signerSchema.optional(),
    recipients: z.array(recipientSchema).default([]),
    /** Documents this one carries out ("Thực hiện Kế hoạch số …"). */
    implements: z.array(referenceSchema).default([]),
    /** Căn cứ: the documents it rests on. */
    legalBases: z.array(referenceSchema).default([]),
    /** Slugs of documents on this site that this one replaces. */
    supersedes: z.array(slugSchema).default([]),
    /** Lĩnh vực, from the site's list. */
    fields: z.array(nonEmptyText).default([]),
    /** Ids of the thôn and tổ dân phố concerned; empty means the whole commune. */
    localities: z.array(nonEmptyText).default([]),
    attachments: z.array(attachmentSchema).default([]),
    ...publicRecordFields,
    /** For a plan: the tasks it assigns and the reports it requires, beside its printed text. */
    followUp: followUpSchema.optional(),
    /** For a report: the plan's reporting duty it answers, and what it says of each task. */
    answers: answerSchema.optional(),
  })
  .superRefine((doc, ctx) => {
    if (doc.followUp !== undefined && !(WORK_ASSIGNING_KINDS as readonly string[]).includes(doc.kind)) {
      addProblem(ctx, 'followUp.kindCannotAssign', { kind: doc.kind, kinds: WORK_ASSIGNING_KINDS }, ['followUp']);
    }
    if (doc.answers !== undefined && doc.kind !== 'bao-cao') {
      addProblem(ctx, 'followUp.answerNotReport', { kind: doc.kind }, ['answers']);
    }
    if (doc.signer === undefined && !doc.draft) {
      addProblem(ctx, 'document.signerMissing', {}, ['signer']);
    }
    if (doc.draft && doc.number !== undefined) {
      // The number is given when the document is signed; a draft carrying one would look issued
      // and take a number from the issuer's register.
      addProblem(ctx, 'document.draftNumbered', {}, ['number']);
    }
    // Zod still runs this after a date failed its own check; only compare dates that parsed.
    const expiry = doc.expiry === undefined ? undefined : parsePartialDate(doc.expiry);
    const effective = doc.effective === undefined ? undefined : parsePartialDate(doc.effective);
    const issued = parsePartialDate(doc.issued);
    if (expiry?.ok && issued.ok && periodEnd(expiry.date) < periodStart(issued.date)) {
      addProblem(ctx, 'document.expiryBeforeIssued', { issued: doc.issued }, ['expiry']);
    }
    if (expiry?.ok && effective?.ok && doc.effective !== undefined && periodEnd(expiry.date) < periodStart(effective.date)) {
      addProblem(ctx, 'document.expiryBeforeEffective', { effective: doc.effective }, ['expiry']);
    }
  });

export type DocumentInput = z.input<typeof documentSchema>;
export type DocumentData = z.output<typeof documentSchema>;
export type Reference = DocumentData['legalBases'][number];
export type Signer = z.output<typeof signerSchema>;
export type Recipient = DocumentData['recipients'][number];
