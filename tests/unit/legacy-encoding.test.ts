import { describe, expect, it } from 'vitest';
import { findLegacyEncoding } from '../../src/check/legacy-encoding';

describe('findLegacyEncoding', () => {
  it.each([
    ['TCVN3 (ABC), as copied from a .VnTime font', 'KÕ ho¹ch tæ chøc Tết trång c©y', 'TCVN3'],
    ['TCVN3, a whole sentence', 'Uû ban nh©n d©n thÞ trÊn §¾k §oa th«ng b¸o lÞch tiÕp c«ng d©n', 'TCVN3'],
    ['VNI Windows', 'Keá hoaïch toå chöùc Teát troàng caây', 'VNI'],
    ['VNI Windows, a whole sentence', 'UÛy ban nhaân daân thò traán Ñaék Ñoa thoâng baùo', 'VNI'],
  ])('recognises %s', (_name, text, encoding) => {
    expect(findLegacyEncoding(text)?.encoding).toBe(encoding);
  });

  it.each([
    ['Vietnamese in Unicode', 'Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ, Đắk Đoa, Gia Lai'],
    ['capitals with tone marks', 'ỦY BAN NHÂN DÂN THỊ TRẤN ĐAK ĐOA – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['one foreign name in Vietnamese text', 'Hội thảo với chuyên gia Jürgen về cấp nước sạch'],
    ['signs that are not words', 'Nhiệt độ 30 °C, diện tích 1.200 m² (± 5 %) – § 3'],
    ['decomposed Vietnamese (Unikey "tổ hợp")', 'Kê\u0301 hoa\u0323ch tô\u0309 chư\u0301c'],
    ['empty text', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(findLegacyEncoding(text)).toBeUndefined();
  });

  it('names the first line typed in it, as written, for the report', () => {
    const text = '---\ntitle: "Thông báo"\n---\n\nĐoạn đúng.\n\nKÕ ho¹ch tæ chøc.\n';
    expect(findLegacyEncoding(text)).toEqual({ encoding: 'TCVN3', line: 7, text: 'KÕ ho¹ch tæ chøc.' });
  });
});
