/**
 * Vietnamese typed in the encodings that came before Unicode. A clerk who copies text out of an
 * old Word file set in a .VnTime font (TCVN3, "ABC") or a VNI font gets "KÕ ho¹ch tæ chøc" or
 * "Keá hoaïch toå chöùc" for "Kế hoạch tổ chức": readable in that font only, and nowhere on the web.
 *
 * Both put Vietnamese letters on Latin-1 characters that Vietnamese written in Unicode never uses
 * (¹, æ, ø, ï, ö …), inside words of plain letters. A word of such a mix is the mark; a text is
 * taken for a legacy one when it has a few, so a lone "Café Ngọc" or "Ørsted" does not count.
 */

/**
 * The Latin-1 characters TCVN3 and VNI put Vietnamese letters on, outside the Vietnamese alphabet:
 * Unicode Vietnamese uses À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their small letters from this block,
 * and none of these. Signs that stand beside words (° ² ³ ± º) are left out: "30 °C", "m²".
 */
const FOREIGN_LATIN1 = /[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/u;

/** Characters TCVN3 uses and VNI does not: TCVN3's ạ, à, á, ả, ã, đ, Đ and ư. */
const TCVN3_ONLY = /[¹µ¸¶·®§­]/u;

/** A word as the detector reads it: letters, with the Latin-1 symbols the legacy encodings put in words. */
const WORD = /[\p{L}¡-¿×÷]+/gu;

/** Words of a mix needed before a text is taken for a legacy one. */
const LEGACY_WORDS = 2;

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Where a text shows a legacy encoding: the first such line and the words that show it. */
export interface LegacyText {
  encoding: LegacyEncoding;
  /** 1-based. */
  line: number;
  /** The line as written, for the report to quote. */
  text: string;
}

/** A word that mixes plain letters with characters Vietnamese in Unicode never uses. */
function isMixed(word: string): boolean {
  return FOREIGN_LATIN1.test(word) && /[A-Za-z]/.test(word);
}

/** The legacy encoding a text is typed in, with its first line in it, or undefined for Unicode text. */
export function findLegacyEncoding(text: string): LegacyText | undefined {
  const mixed = (text.match(WORD) ?? []).filter(isMixed);
  if (mixed.length < LEGACY_WORDS) return undefined;
  const encoding: LegacyEncoding = mixed.some((word) => TCVN3_ONLY.test(word)) ? 'TCVN3' : 'VNI';
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => (line.match(WORD) ?? []).some(isMixed));
  return { encoding, line: index + 1, text: (lines[index] ?? '').trim() };
}
