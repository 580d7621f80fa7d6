import { describe, expect, it } from 'vitest';
import { standingRule } from '../../src/lib/receptions';
import { standingRuleSentence, weekdayName } from '../../src/messages/receptions';
import { receptionScheduleSchema } from '../../src/schemas/reception';
import { siteSchema } from '../../src/schemas/site';

const site = siteSchema.parse({
  unit: { type: 'xã', name: 'Ia Băng', nameEn: 'Ia Băng Commune', since: '2025-07-01' },
  province: 'Gia Lai',
  address: 'Trụ sở',
  officeHours: [{ days: 'Thứ Hai', hours: '7:00' }],
  baseUrl: 'https://iabang.example.org/',
  officers: [
    { id: 'chu-tich', role: 'Chủ tịch UBND xã', head: true },
    { id: 'tu-phap', role: 'Công chức Tư pháp – Hộ tịch' },
  ],
});
const heads = new Set(['chu-tich']);

/** A month's schedule whose rules are `rules`, each on its own weekday. */
const schedule = (id: string, month: string, rules: { weekday: string; officer: string; start: string; place?: string }[]) => ({
  id,
  data: receptionScheduleSchema.parse({
    title: `Lịch tiếp công dân tháng ${month}`,
    from: `${month}-01`,
    to: `${month}-28`,
    published: `${month}-01`,
    place: 'Phòng tiếp công dân',
    rules: rules.map((rule, i) => ({ id: `r${String(i)}`, end: '11:00', kind: 'dinh-ky', until: `${month}-28`, ...rule })),
  }),
});

describe('standingRule', () => {
  it('takes the head’s rule from the schedule that ends last, not another officer’s', () => {
    const rule = standingRule(
      [
        schedule('thang-4', '2023-04', [{ weekday: 'thu-nam', officer: 'chu-tich', start: '07:30', place: 'Hội trường' }]),
        schedule('thang-3', '2023-03', [{ weekday: 'thu-ba', officer: 'chu-tich', start: '08:00' }]),
        schedule('thang-5', '2023-05', [{ weekday: 'thu-hai', officer: 'tu-phap', start: '07:30' }]),
      ],
      heads,
    );
    expect(rule).toEqual({
      weekday: 'thu-nam',
      start: '07:30',
      end: '11:00',
      place: 'Hội trường',
      officer: 'chu-tich',
      schedule: { id: 'thang-4', title: 'Lịch tiếp công dân tháng 2023-04', to: '2023-04-28' },
    });
    expect(standingRuleSentence(rule!, site)).toBe(
      'Theo lịch đã đăng gần nhất, Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần, 07:30–11:00, tại Hội trường.',
    );
  });

  it('says nothing when no schedule sets out a rule for the head', () => {
    expect(
      standingRule([schedule('thang-5', '2023-05', [{ weekday: 'thu-hai', officer: 'tu-phap', start: '07:30' }])], heads),
    ).toBeUndefined();
  });

  it('names the weekdays as a sentence writes them', () => {
    expect(['thu-hai', 'thu-bay', 'chu-nhat'].map((d) => weekdayName(d as 'thu-hai'))).toEqual(['thứ Hai', 'thứ Bảy', 'Chủ Nhật']);
  });
});
