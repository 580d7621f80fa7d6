/** English strings of the English contact page (Nghị định 42/2022 asks for organisation and contact details in English). */
export const en = {
  'en.title': 'Contact information in English',
  'en.intro':
    'This is the public-information website of the People’s Committee. Its pages are in Vietnamese; this page gives the organisation and its contact details in English.',
  'en.organisation': 'Organisation',
  'en.parent': 'Under',
  'en.province': 'Province',
  'en.address': 'Address',
  'en.phone': 'Telephone',
  'en.phoneMissing': 'not yet published',
  'en.email': 'E-mail',
  'en.hours': 'Office hours',
  'en.hoursNote': 'Monday to Friday unless stated otherwise (Vietnam time, UTC+7). Hours are given in Vietnamese below.',
  'en.reception': 'Citizen reception',
  'en.receptionNote':
    'By law (Law on Citizen Reception 2013, Article 15), the Chairman must receive citizens in person at the headquarters at least one day every week. The schedule, and any week in it without such a session, is published (in Vietnamese) at',
  'en.vietnamese': 'Vietnamese version',
} as const;

export type EnglishKey = keyof typeof en;

/** An English string of the contact page. */
export function tEn(key: EnglishKey): string {
  return en[key];
}
