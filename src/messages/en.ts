/** English strings of the English contact page (Nghị định 42/2022 asks for organisation and contact details in English). */
export const en = {
  'en.title': 'Contact information in English',
  'en.intro':
    'This is the public-information website of the People’s Committee. Its pages are in Vietnamese; this page gives the organisation and its contact details in English.',
  'en.organisation': 'Organisation',
  'en.parent': 'Under',
  'en.formerName':
    'This is the name of the unit before the rearrangement of administrative units on 1 July 2025; the site will give the current unit’s name once the office has entered it.',
  'en.province': 'Province',
  'en.address': 'Address',
  'en.phone': 'Telephone',
  'en.phoneMissing': 'not yet published',
  'en.email': 'E-mail',
  'en.hours': 'Office hours',
  'en.hoursNote': 'Monday to Friday unless stated otherwise (Vietnam time, UTC+7). Hours are given in Vietnamese below.',
  'en.reception': 'Citizen reception',
  'en.receptionNote':
    'By law (Law on Citizen Reception 2013, Article 15), the Chairman must receive citizens in person at the headquarters at least one day every week. The schedule, and any week in it without such a session, is published in',
  'en.vietnamese': 'Vietnamese version',
  'en.receptionLink': 'the citizen reception schedule (in Vietnamese)',
} as const;

export type EnglishKey = keyof typeof en;

/**
 * The page frame (skip link, header, navigation, footer, printed address) in English, for the
 * English page: each key is one of the Vietnamese dictionary's, so the frame says the same in both.
 */
export const enFrame = {
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main sections',
  'nav.documents': 'Documents',
  'nav.receptions': 'Citizen reception',
  'nav.consultations': 'Public consultation',
  'nav.dialogues': 'Dialogues',
  'nav.search': 'Search',
  'nav.menu': 'Menu',
  'site.kind': 'Website',
  'site.formerName': 'Name of the unit before the 2025 rearrangement',
  'search.label': 'Search the site (in Vietnamese)',
  'search.placeholder': 'e.g. tiep cong dan',
  'search.submit': 'Search',
  'footer.contact': 'Contact',
  'footer.address': 'Address',
  'footer.phone': 'Telephone',
  'footer.phoneMissing': 'not yet published',
  'footer.email': 'E-mail',
  'footer.hours': 'Office hours',
  'footer.source': 'Source code and history of changes',
  'about.title': 'About this site (Vietnamese)',
  'contact.title': 'Contact (Vietnamese)',
  'feeds.title': 'News feeds (Vietnamese)',
  'opendata.title': 'Open data (Vietnamese)',
  'print.scan': 'Scan the code with a phone to open this page.',
  'print.address': 'Page address',
} as const;

/** An English string of the contact page. */
export function tEn(key: EnglishKey): string {
  return en[key];
}
