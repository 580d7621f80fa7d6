/** Where a document stands on a given day, in the order the site explains them. */
export const DOCUMENT_STATUSES = ['in-force', 'not-yet-in-force', 'expired', 'superseded', 'issued', 'draft', 'withdrawn'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
