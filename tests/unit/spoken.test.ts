import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPOKEN_STYLE,
  readDate,
  readDecimal,
  readingMinutes,
  readNumber,
  readOrdinal,
  readPhone,
  readTime,
  spokenText,
  type SpokenStyle,
} from '../../src/lib/spoken';

/** The southern reading some offices choose: "hai mươi một", "hai mươi bốn", "một trăm lẻ năm". */
const SOUTH: SpokenStyle = { one: 'một', four: 'bốn', five: 'lăm', zeroTens: 'lẻ' };

describe('readNumber', () => {
  it.each<[number, string]>([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1050, 'một nghìn không trăm năm mươi'],
    [2023, 'hai nghìn không trăm hai mươi ba'],
    [2026, 'hai nghìn không trăm hai mươi sáu'],
    [10_000, 'mười nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [100_500, 'một trăm nghìn năm trăm'],
    [1_000_000, 'một triệu'],
    [1_500_000, 'một triệu năm trăm nghìn'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [2_350_000_000, 'hai tỷ ba trăm năm mươi triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
  ])('reads %d as "%s"', (n, said) => {
    expect(readNumber(n)).toBe(said);
  });

  it.each<[number, string]>([
    [21, 'hai mươi một'],
    [24, 'hai mươi bốn'],
    [105, 'một trăm lẻ năm'],
    [15, 'mười lăm'],
  ])('reads %d as "%s" in the style an office chooses', (n, said) => {
    expect(readNumber(n, SOUTH)).toBe(said);
  });

  it('says "năm" after "mười" for an office that does not say "lăm"', () => {
    expect(readNumber(15, { ...DEFAULT_SPOKEN_STYLE, five: 'năm' })).toBe('mười năm');
  });

  it('refuses what is not a whole number from zero up, rather than read it wrong', () => {
    expect(() => readNumber(-1)).toThrow();
    expect(() => readNumber(1.5)).toThrow();
  });
});

describe('decimals, ordinals, dates and times', () => {
  it.each<[string, string]>([
    ['2,5', 'hai phẩy năm'],
    ['0,05', 'không phẩy không năm'],
    ['12,75', 'mười hai phẩy bảy mươi lăm'],
    ['1.200', 'một nghìn hai trăm'],
  ])('reads the decimal %s as "%s"', (text, said) => {
    expect(readDecimal(text)).toBe(said);
  });

  it.each<[number, string]>([
    [1, 'thứ nhất'],
    [2, 'thứ hai'],
    [4, 'thứ tư'],
    [10, 'thứ mười'],
    [15, 'thứ mười lăm'],
  ])('reads the ordinal %d as "%s"', (n, said) => {
    expect(readOrdinal(n)).toBe(said);
  });

  it.each<[[number, number, number | undefined], string]>([
    [[15, 12, 2026], 'ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu'],
    [[1, 7, 2025], 'ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
    [[30, 4, 2026], 'ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu'],
    [[21, 11, undefined], 'ngày hai mươi mốt tháng mười một'],
  ])('reads the date %j as "%s"', ([day, month, year], said) => {
    expect(readDate(day, month, year)).toBe(said);
  });

  it.each<[[number, number], string]>([
    [[7, 30], 'bảy giờ ba mươi phút sáng'],
    [[7, 0], 'bảy giờ sáng'],
    [[11, 15], 'mười một giờ mười lăm phút trưa'],
    [[12, 0], 'mười hai giờ trưa'],
    [[13, 30], 'một giờ ba mươi phút chiều'],
    [[17, 5], 'năm giờ năm phút chiều'],
    [[19, 0], 'bảy giờ tối'],
    [[23, 59], 'mười một giờ năm mươi chín phút đêm'],
    [[0, 0], 'mười hai giờ đêm'],
  ])('reads the time %j as "%s"', ([hour, minute], said) => {
    expect(readTime(hour, minute)).toBe(said);
  });

  it.each<[string, string]>([
    ['0269 3833 000', 'không hai sáu chín, ba tám ba ba, không không không'],
    ['0905.123.456', 'không chín không năm, một hai ba, bốn năm sáu'],
    ['+84 905 123 456', 'không, chín không năm, một hai ba, bốn năm sáu'],
  ])('reads the telephone number %s digit by digit: "%s"', (text, said) => {
    expect(readPhone(text)).toBe(said);
  });
});

describe('spokenText', () => {
  it.each<[string, string, string]>([
    ['a date in a sentence', 'Họp từ ngày 15/12/2026.', 'Họp từ ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu.'],
    ['a date without "ngày" before it', 'Hạn cuối 05/01/2027.', 'Hạn cuối ngày năm tháng một năm hai nghìn không trăm hai mươi bảy.'],
    ['a day and month without a year, after "ngày"', 'trước ngày 20/11', 'trước ngày hai mươi tháng mười một'],
    ['a month of a year', 'từ tháng 01/2027', 'từ tháng một năm hai nghìn không trăm hai mươi bảy'],
    ['a month of a year without "tháng"', 'trong 4/2026', 'trong tháng tư năm hai nghìn không trăm hai mươi sáu'],
    ['a fraction, neither after "ngày" nor with a year', 'giảm 1/2 học phí', 'giảm một phần hai học phí'],
    ['a date written year first', 'ngày 2026-12-15', 'ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu'],
    ['a time with a colon', 'lúc 07:30', 'lúc bảy giờ ba mươi phút sáng'],
    ['a time written 14h', 'từ 14h', 'từ hai giờ chiều'],
    ['a time written 7h30', 'lúc 7h30', 'lúc bảy giờ ba mươi phút sáng'],
    ['a time in words and digits', 'lúc 19 giờ 30 phút', 'lúc bảy giờ ba mươi phút tối'],
    ['money with dots', 'mức hỗ trợ 1.500.000 đồng mỗi hộ', 'mức hỗ trợ một triệu năm trăm nghìn đồng mỗi hộ'],
    ['money written with đ', 'phí 50.000đ', 'phí năm mươi nghìn đồng'],
    ['a percentage', 'đạt 95%', 'đạt chín mươi lăm phần trăm'],
    ['a percentage with decimals', 'tăng 12,5 %', 'tăng mười hai phẩy năm phần trăm'],
    ['a telephone number', 'gọi 0269 3833 000', 'gọi không hai sáu chín, ba tám ba ba, không không không'],
    ['a mobile number written with dots', 'số 0905.123.456', 'số không chín không năm, một hai ba, bốn năm sáu'],
    ['a document number with its kind before it', 'Kế hoạch số 12/KH-UBND', 'Kế hoạch số mười hai'],
    ['a document number alone', 'theo 12/KH-UBND', 'theo kế hoạch số mười hai'],
    ['a decision number', 'Quyết định số 105/QĐ-UBND', 'Quyết định số một trăm linh năm'],
    ['a legal document number with its year', 'Nghị định số 30/2020/NĐ-CP', 'Nghị định số ba mươi năm hai nghìn không trăm hai mươi'],
    ['a notice number after its kind, without "số"', 'Thông báo 7/TB-UBND', 'Thông báo số bảy'],
    ['UBND', 'UBND xã tổ chức', 'Ủy ban nhân dân xã tổ chức'],
    ['HĐND', 'Thường trực HĐND xã', 'Thường trực Hội đồng nhân dân xã'],
    ['MTTQ', 'Ban Thường trực MTTQ', 'Ban Thường trực Mặt trận Tổ quốc'],
    ['UBMTTQ before MTTQ', 'UBMTTQ xã', 'Ủy ban Mặt trận Tổ quốc xã'],
    ['TDP', 'các TDP', 'các tổ dân phố'],
    ['CCCD', 'mang theo CCCD', 'mang theo căn cước công dân'],
    ['BHYT', 'thẻ BHYT', 'thẻ bảo hiểm y tế'],
    ['an abbreviation inside a word is left', 'KHOA', 'KHOA'],
    ['an ordinal', 'lần thứ 4', 'lần thứ tư'],
    ['a first', 'đợt thứ 1', 'đợt thứ nhất'],
    ['a year', 'năm 2027', 'năm hai nghìn không trăm hai mươi bảy'],
    ['a count', 'có 13 thôn', 'có mười ba thôn'],
    ['a large count with dots', 'có 2.350 hộ', 'có hai nghìn ba trăm năm mươi hộ'],
    ['a decimal', 'dài 2,5 km', 'dài hai phẩy năm km'],
  ])('reads %s', (_, text, said) => {
    expect(spokenText(text)).toBe(said);
  });

  it('reads in the office’s own style', () => {
    expect(spokenText('ngày 21/4/2025, 105 hộ', SOUTH)).toBe(
      'ngày hai mươi một tháng tư năm hai nghìn không trăm hai mươi lăm, một trăm lẻ năm hộ',
    );
  });

  it('leaves words as they are, and does not read an impossible date as a date', () => {
    expect(spokenText('Nhân dân thôn Ia Băng')).toBe('Nhân dân thôn Ia Băng');
    expect(spokenText('ngày 45/13')).toBe('ngày bốn mươi lăm/mười ba');
  });
});

describe('readingMinutes', () => {
  it('gives the time to read aloud at 160 syllables a minute, to the half minute above', () => {
    expect(readingMinutes('một hai ba')).toBe(0.5);
    expect(readingMinutes(Array.from({ length: 160 }, () => 'xã').join(' '))).toBe(1);
    expect(readingMinutes(Array.from({ length: 161 }, () => 'xã').join(' '))).toBe(1.5);
  });
});
