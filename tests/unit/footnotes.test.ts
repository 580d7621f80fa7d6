import { describe, expect, it } from 'vitest';
import { splitFootnotes } from '../../src/lib/footnotes';

describe('splitFootnotes', () => {
  it('splits rendered prose at the footnotes section GFM puts last', () => {
    const body = '<p>Căn cứ Kế hoạch<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup>.</p>\n';
    const notes = '<section data-footnotes class="footnotes"><ol><li id="user-content-fn-1"><p>Ghi chú.</p></li></ol></section>';
    expect(splitFootnotes(body + notes)).toEqual({ body, footnotes: notes });
  });

  it('gives prose without footnotes back whole', () => {
    expect(splitFootnotes('<p>Không có chú thích.</p>')).toEqual({ body: '<p>Không có chú thích.</p>', footnotes: '' });
  });
});
