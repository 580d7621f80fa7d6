// The status script over hand-made markup, for what the browser tests of built pages cannot reach
// (the real content has no box whose sessions have all ended, nor a broken date). Those tests
// check it on the real pages.
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs src/scripts/live-status.ts on a page with `body`, at the instant `at`, as a browser would on load. */
async function runAt(at: string, body: string): Promise<Document> {
  const { document } = parseHTML(`<!doctype html><html lang="vi"><head></head><body>${body}</body></html>`);
  vi.stubGlobal('document', document);
  vi.useFakeTimers({ now: new Date(at), toFake: ['Date'] });
  vi.resetModules();
  await import('../../src/scripts/live-status');
  return document;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const text = (doc: Document, selector: string): string[] => [...doc.querySelectorAll(selector)].map((e) => e.textContent);

describe('the status script', () => {
  it('counts an issue shown twice on a page once', async () => {
    const flag = (id: string, due: string) =>
      `<span class="overdue" data-issue-id="${id}" data-issue-due="${due}" data-template="Quá hạn {days} ngày" hidden></span>`;
    const doc = await runAt(
      // 00:30 on 02/10/2023 in Vietnam.
      '2023-10-01T17:30:00Z',
      `<span data-overdue-count>0</span>
       <table><tr><td>${flag('DT-1', '2023-09-30')}</td></tr><tr><td>${flag('DT-2', '2023-10-31')}</td></tr></table>
       <ol><li>${flag('DT-1', '2023-09-30')}</li></ol>`,
    );
    expect(text(doc, '.overdue:not([hidden])')).toEqual(['Quá hạn 2 ngày', 'Quá hạn 2 ngày']);
    expect(text(doc, '[data-overdue-count]')).toEqual(['1']);
  });

  it('says no session is announced once every session the "next session" box carries has ended', async () => {
    const later = [{ date: '2026-11-27', end: '10:00', summary: 'Thứ Sáu, 27/11/2026, 08:00–10:00', calendar: '/lich/b.ics' }];
    const doc = await runAt(
      // 10:01 on Friday 27/11/2026 in Vietnam.
      '2026-11-27T03:01:00Z',
      `<section data-next-session data-later='${JSON.stringify(later)}'>
         <div data-next-found><p data-next-summary data-end="2026-11-26T16:30">Thứ Năm, 26/11/2026, 14:00–16:30</p>
           <a href="/lich/a.ics" data-next-calendar>Thêm vào lịch</a></div>
         <div data-next-none hidden><p>Chưa có lịch</p></div>
       </section>`,
    );
    expect(doc.querySelector<HTMLElement>('[data-next-found]')?.hidden).toBe(true);
    expect(doc.querySelector<HTMLElement>('[data-next-none]')?.hidden).toBe(false);
  });

  it('still re-checks the other statuses when one of them cannot be read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const doc = await runAt(
      '2024-01-01T00:00:00Z',
      `<span class="stage stage--upcoming" data-dialogue-start="15/06/2023" data-held-label="Đã diễn ra">Sắp diễn ra</span>
       <span class="status status--in-force" data-expiry="2023-12-31" data-time-bound>Còn hiệu lực</span>
       <span class="timing timing--upcoming" data-session-timing data-date="2023-12-28" data-start="07:30" data-end="11:00">Sắp tới</span>`,
    );
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(text(doc, '.stage')).toEqual(['Sắp diễn ra']);
    expect(text(doc, '.status')).toEqual(['Hết hiệu lực']);
    expect(doc.querySelector('.status')?.className).toBe('status status--expired');
    expect(text(doc, '.timing')).toEqual(['Đã qua']);
  });
});
