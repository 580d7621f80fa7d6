import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE_LABELS } from '../../src/messages/prose-labels';
import { AUTOLINK_TRANSFORM, createProseRenderer, impossibleAutolinks, type ProseResult } from '../../src/lib/prose';
import { FILES_PER_BATCH, renderersFor, renderProse, renderToFile, type ProseJob } from '../../src/check/prose-pool';
import { digestOf } from '../../src/check/source-text';
import { checkProse } from '../../src/check';
import { checkEntryFile } from '../../src/check/check-content';
import { documentSchema } from '../../src/schemas/document';
import { formatProblem } from '../../src/messages/problems';
import type { ProblemDescriptor } from '../../src/vocabulary/problems';

const render = createProseRenderer({ labels: PROSE_LABELS });

function html(source: string): string {
  const result = render(source, 'van-ban.mdx');
  if (!result.ok) throw new Error(`expected HTML, got ${JSON.stringify(result.faults)}`);
  return result.html;
}

function faultsOf(source: string): Extract<ProseResult, { ok: false }>['faults'] {
  const result = render(source, 'van-ban.mdx');
  if (result.ok) throw new Error(`expected a fault, got ${result.html}`);
  return result.faults;
}

describe('createProseRenderer', () => {
  it('renders GFM tables and footnotes, with Vietnamese footnote labels', () => {
    const out = html('Căn cứ Luật[^1].\n\n| Chỉ tiêu | Số |\n| --- | ---: |\n| Hộ | 12 |\n\n[^1]: Luật Tiếp công dân 2013.');
    expect(out).toContain('<table>');
    // Aligned by class: the align attribute is obsolete and a style attribute would need the CSP to allow it.
    expect(out).toContain('<td class="align-right">12</td>');
    expect(out).toContain('<h2 class="footnotes__label" id="footnote-label">Chú thích</h2>');
    expect(out).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
  });

  it('gives headings ids from their Vietnamese text and lists them', () => {
    const result = render('## I. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.', 'x.mdx');
    expect(result.ok && result.html).toContain('<h2 id="i-mục-đích-yêu-cầu">');
    expect(result.ok && result.headings).toEqual([{ depth: 2, slug: 'i-mục-đích-yêu-cầu', text: 'I. MỤC ĐÍCH, YÊU CẦU' }]);
  });

  it('moves headings down when the prose sits under a heading of the page', () => {
    const shifted = createProseRenderer({ labels: PROSE_LABELS, headingShift: 1 });
    const result = shifted('## Vì sao\n\n### Chi tiết', 'x.mdx');
    expect(result.ok && result.html).toMatch(/<h3 id="vì-sao">Vì sao<\/h3>\s*<h4 id="chi-tiết">/);
  });

  it('keeps plain HTML tags and drops comments written for the clerks', () => {
    expect(html('{/* ghi chú nội bộ */}\n\nDòng một<br />dòng <u>hai</u>.')).toBe('<p>Dòng một<br>dòng <u>hai</u>.</p>');
  });

  it('keeps the language a fenced block names, and refuses any other class on code', () => {
    expect(html('```yaml\nwithdrawn:\n  date: 2026-12-01\n```')).toContain('<code class="language-yaml">');
    expect(faultsOf('<code class="to-do">x</code>').map((f) => f.code)).toEqual(['mdx.forbiddenAttribute']);
  });

  it('escapes a lone < as text', () => {
    expect(html('Số hộ a < 5 thì ghép tổ.')).toBe('<p>Số hộ a &#x3C; 5 thì ghép tổ.</p>');
  });

  it.each<[string, string, number, string, ProblemDescriptor]>([
    ['a component', 'Xem bảng:\n\n<BangSoLieu nam="2023" />', 3, '<BangSoLieu>', { code: 'mdx.component', params: {} }],
    ['an expression', 'Tổng số: {1 + 2} hộ.', 1, '{1 + 2}', { code: 'mdx.expression', params: {} }],
    ['an import', 'import X from "./x.js"\n\nNội dung.', 1, 'import X from "./x.js"', { code: 'mdx.esm', params: {} }],
    ['a script tag', 'Đoạn một.\n\n<script>alert(1)</script>', 3, '<script>', { code: 'mdx.forbiddenTag', params: { tag: 'script' } }],
    ['an event handler', '<a href="/" onclick="x()">Về trang chủ</a>', 1, '<a onclick>', { code: 'mdx.scriptedAttribute', params: {} }],
    [
      'a javascript: link in Markdown',
      'Xem [ở đây](javascript:alert(1)).',
      1,
      'javascript:alert(1)',
      { code: 'mdx.scriptAddress', params: {} },
    ],
    [
      'a javascript: link in HTML',
      'Xem <a href=" JavaScript:alert(1)">ở đây</a>.',
      1,
      ' JavaScript:alert(1)',
      { code: 'mdx.scriptAddress', params: {} },
    ],
    [
      'an image from another site',
      'Bản đồ:\n\n![bản đồ](https://maps.example.com/thon-1.png)',
      3,
      'https://maps.example.com/thon-1.png',
      { code: 'mdx.remoteMedia', params: {} },
    ],
    [
      'an image from another site by reference',
      '![bản đồ][1]\n\n[1]: //cdn.example.com/a.png',
      1,
      '//cdn.example.com/a.png',
      { code: 'mdx.remoteMedia', params: {} },
    ],
    [
      'an HTML image from another site',
      '<img src="http://tracker.example/p.gif" alt="" />',
      1,
      'http://tracker.example/p.gif',
      { code: 'mdx.remoteMedia', params: {} },
    ],
  ])('refuses %s, naming the line and the mistake', (_, source, line, found, problem) => {
    const [fault, ...rest] = faultsOf(source);
    expect(rest).toEqual([]);
    expect(fault).toEqual({ line, found, ...problem });
  });

  it('keeps links to other sites, and images of its own', () => {
    expect(html('Xem [Cổng dịch vụ công](https://dichvucong.gov.vn/) và ![sơ đồ](/tep/so-do.png).')).toBe(
      '<p>Xem <a href="https://dichvucong.gov.vn/">Cổng dịch vụ công</a> và <img src="/tep/so-do.png" alt="sơ đồ">.</p>',
    );
  });

  it('reports MDX it cannot read, with the line of the mistake', () => {
    const [fault] = faultsOf('Dòng một.\n\nDòng hai có <b>thẻ không đóng.');
    expect(fault?.code).toBe('mdx.syntax');
    expect(fault?.line).toBe(3);
    expect(fault?.found).toMatch(/b/);
  });

  it('keeps a fault to its own file: the next file renders', () => {
    faultsOf('{x}');
    expect(html('Bình thường.')).toBe('<p>Bình thường.</p>');
  });

  it('links addresses written as plain text, marks and all: web, www. and e-mail', () => {
    // Emphasis marks inside an address stay in it: the address is read before emphasis.
    const out = html('Xem HTTPS://dichvucong.gov.vn/a*b*c, www.gialai.gov.vn/~a~b hoặc gửi thư tới x+_y_@dakdoa.example.org.');
    // The protocol in lower case, as browsers read it in any case.
    expect(out).toContain('<a href="https://dichvucong.gov.vn/a*b*c">HTTPS://dichvucong.gov.vn/a*b*c</a>');
    expect(out).toContain('<a href="http://www.gialai.gov.vn/~a~b">');
    expect(out).toContain('<a href="mailto:x+_y_@dakdoa.example.org">');
  });
});

describe('impossibleAutolinks', () => {
  it('skips only the literal links whose text the source lacks', () => {
    expect(impossibleAutolinks('Không có địa chỉ nào.')).toEqual(['emailAutolink', 'wwwAutolink', 'protocolAutolink', AUTOLINK_TRANSFORM]);
    // A character reference may decode to an address's @ or dot: the search of the decoded text stays.
    expect(impossibleAutolinks('Văn hóa &amp; Thông tin')).toEqual(['emailAutolink', 'wwwAutolink', 'protocolAutolink']);
    expect(impossibleAutolinks('Xem Http://x.vn')).toEqual(['emailAutolink', 'wwwAutolink']);
    expect(impossibleAutolinks('WWW.x.vn')).toEqual(['emailAutolink', 'protocolAutolink']);
    expect(impossibleAutolinks('a@b.vn')).toEqual(['wwwAutolink', 'protocolAutolink']);
  });

  it('leaves out the search of decoded text when told to, so the shortcut is real', () => {
    const withoutSearch = createProseRenderer({ labels: PROSE_LABELS }, () => [AUTOLINK_TRANSFORM]);
    const source = 'Thư gửi ubnd&#64;dakdoa.example.org.';
    expect(html(source)).toContain('<a href="mailto:ubnd@dakdoa.example.org">');
    const skipped = withoutSearch(source, 'x.mdx');
    expect(skipped.ok && skipped.html).toBe('<p>Thư gửi ubnd@dakdoa.example.org.</p>');
  });

  // Each address below is parsed differently when its construct is off (emphasis would be read
  // inside it), so these fail if a construct were skipped for a source that needs it.
  it.each([
    ['no address', 'Đoạn _một_, tổ 5.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nCó chú thích[^1].\n\n[^1]: Ghi chú.'],
    ['a web address only', 'Đăng tại https://dakdoa.example.org/a*b*c và www.gialai.gov.vn/~a~b~.'],
    ['an e-mail only', 'Gửi ý kiến về x+_y_@dakdoa.example.org hoặc **_ubnd_@example.org**.'],
    ['an @ written as a character reference', 'Thư: _x_&#64;dakdoa.example.org, web: wWw.x.vn/_a_b_, ftp://x.vn/*a*'],
    ['only character references for addresses', 'Thư gửi ubnd&#64;dakdoa.example.org hoặc &#119;ww.gialai.gov.vn, h&#116;tps://x.vn.'],
    ['addresses inside links and code', '[trang](https://x.vn/*a*) `www.x.vn` <https://y.vn> và _a_@b.c'],
  ])('gives the same HTML as the full GFM parse for %s', (_, source) => {
    const full = createProseRenderer({ labels: PROSE_LABELS }, () => []);
    expect(render(source, 'x.mdx')).toEqual(full(source, 'x.mdx'));
  });
});

// Worker threads and hundreds of files: seconds on an idle machine, more on a busy one.
describe('renderProse', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minh-bach-xa-prose-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** `count` content files in `folder`, each with a title and a footnote; every third moves its headings down. */
  const contentFiles = (folder: string, count: number): (ProseJob & { text: string })[] => {
    fs.mkdirSync(path.join(dir, folder, 'src'), { recursive: true });
    return Array.from({ length: count }, (_, i) => {
      const text = `---\ntitle: "Mục ${i}"\n---\n## Mục ${i}\n\nĐoạn số ${i}[^1].\n\n[^1]: Ghi chú ${i}.\n`;
      const file = path.join(dir, folder, 'src', `${i}.mdx`);
      fs.writeFileSync(file, text);
      return { file, htmlFile: path.join(dir, folder, 'out', `${i}.html`), headingShift: i % 3 === 0 ? 1 : 0, text };
    });
  };
  const writtenIn = (folder: string): number =>
    fs.existsSync(path.join(dir, folder, 'out'))
      ? fs.readdirSync(path.join(dir, folder, 'out')).filter((name) => name.endsWith('.html')).length
      : 0;

  it('reads and renders every file in worker threads as it would in-process, each to its own place', async () => {
    const jobs = contentFiles('pool', 450);
    const pooled = await renderProse(jobs, PROSE_LABELS).results;
    expect(pooled).toHaveLength(450);
    const shifted = createProseRenderer({ labels: PROSE_LABELS, headingShift: 1 });
    for (const [i, job] of jobs.entries()) {
      // The prose with its frontmatter lines blanked, so lines keep their numbers.
      const expected = (job.headingShift ? shifted : render)(`\n\n\n${job.text.split('---\n')[2]}`, job.file);
      if (!expected.ok) throw new Error('fixture prose must render');
      expect(pooled[i]).toEqual({ digest: digestOf(job.text), ok: true, headings: expected.headings });
      expect(fs.readFileSync(job.htmlFile, 'utf8')).toBe(expected.html);
    }
  });

  it('goes on rendering while the main thread is busy: the workers take their files themselves', async () => {
    const jobs = contentFiles('busy', 450);
    const render = renderProse(jobs, PROSE_LABELS);
    // The main thread never yields here. Workers fed by it would stop after their first batch.
    const deadline = Date.now() + 60_000;
    while (writtenIn('busy') < jobs.length && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    expect(writtenIn('busy')).toBe(jobs.length);
    expect(FILES_PER_BATCH * 2).toBeLessThan(jobs.length);
    await render.results;
  });

  it('fails, rather than hangs or crashes, when a file cannot be read while the workers run', async () => {
    const jobs = contentFiles('gone', 450);
    fs.rmSync(jobs[300]?.file ?? '');
    await expect(renderProse(jobs, PROSE_LABELS).results).rejects.toThrow(/ENOENT.*300\.mdx/);
    // Every worker has stopped by then: nothing more is written.
    const written = writtenIn('gone');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writtenIn('gone')).toBe(written);
    expect(written).toBeLessThan(450);
  });

  it('stops when cancelled: no worker takes another file', async () => {
    const jobs = contentFiles('cancelled', 2000);
    const render = renderProse(jobs, PROSE_LABELS);
    render.cancel();
    await expect(render.results).rejects.toThrow('cancelled');
    const written = writtenIn('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writtenIn('cancelled')).toBe(written);
    expect(written).toBeLessThan(2000);
  });

  it('reads a file that starts with a byte-order mark as if it had none, digest included', () => {
    const file = path.join(dir, 'bom.mdx');
    const text = '---\ntitle: "Có BOM"\n---\nĐoạn văn.\n';
    fs.writeFileSync(file, `\uFEFF${text}`);
    const result = renderToFile(renderersFor(PROSE_LABELS), { file, htmlFile: path.join(dir, 'bom.html') });
    // The check digests the text without the mark: the same digest means the render is reused.
    expect(result).toMatchObject({ ok: true, digest: digestOf(text) });
    expect(fs.readFileSync(path.join(dir, 'bom.html'), 'utf8')).toBe('<p>Đoạn văn.</p>');
  });

  it('renders the prose of a file whose frontmatter cannot be read like any other: the check reports the frontmatter', async () => {
    const jobs = contentFiles('bad-yaml', 450);
    const broken = jobs[300];
    if (!broken) throw new Error('fixture');
    fs.writeFileSync(broken.file, broken.text.replace('title: "Mục 300"', 'title: Báo cáo: kết quả 6 tháng'));
    const results = await renderProse(jobs, PROSE_LABELS).results;
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(fs.existsSync(jobs[301]?.htmlFile ?? '')).toBe(true);
    // Worded as the content check words it, at the frontmatter's own line.
    const { problems } = checkEntryFile(broken.file, documentSchema);
    expect(problems).toMatchObject([
      {
        line: 2,
        field: '(YAML)',
        found: 'title: Báo cáo: kết quả 6 tháng',
        code: 'yaml.unquotedColon',
        params: { key: 'title', value: 'Báo cáo: kết quả 6 tháng' },
      },
    ]);
  });

  it('renders a file again only when its text has changed since', async () => {
    const [job] = contentFiles('cache', 1);
    if (!job) throw new Error('fixture');
    await renderProse([job], PROSE_LABELS).results;
    fs.writeFileSync(job.htmlFile, 'kept');
    expect((await renderProse([job], PROSE_LABELS).results)[0]?.ok).toBe(true);
    expect(fs.readFileSync(job.htmlFile, 'utf8')).toBe('kept');
    fs.writeFileSync(job.file, job.text.replace('Đoạn số', 'Đoạn thứ'));
    await renderProse([job], PROSE_LABELS).results;
    expect(fs.readFileSync(job.htmlFile, 'utf8')).toContain('Đoạn thứ');
  });

  it.each<[string, string, number, ProblemDescriptor]>([
    [
      'a colon in a value without quotes',
      'title: Báo cáo: 6 tháng',
      2,
      { code: 'yaml.unquotedColon', params: { key: 'title', value: 'Báo cáo: 6 tháng' } },
    ],
    ['a key written twice', 'title: "a"\ntitle: "b"', 3, { code: 'yaml.duplicateKey', params: { key: 'title', firstLine: 2 } }],
    ['an indentation with a tab', 'signer:\n\tposition: "Chủ tịch"', 3, { code: 'yaml.tab', params: {} }],
    // js-yaml, the fast reader, refuses a tag that the placing parser only warns of.
    [
      'a tag',
      'title: !Khẩn "Thông báo"',
      2,
      { code: 'yaml.reservedStart', params: { sign: '!', key: 'title', value: '!Khẩn "Thông báo"' } },
    ],
  ])('checks a file with %s in its frontmatter by saying what is wrong there, instead of throwing', (_name, yaml, line, problem) => {
    const file = path.join(dir, 'yaml.mdx');
    fs.writeFileSync(file, `---\n${yaml}\n---\nĐoạn văn.\n`);
    const { entry, problems } = checkEntryFile(file, documentSchema);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, field: '(YAML)', ...problem });
  });

  it.each<[string, string, number, string, ProblemDescriptor]>([
    ['<br> in a sentence', 'Dòng một<br>dòng hai.', 4, '<br>', { code: 'mdx.voidTag', params: { tag: 'br' } }],
    ['<br> on a line of its own', 'Dòng một.\n\n<br>\n\nDòng hai.', 6, '<br>', { code: 'mdx.voidTag', params: { tag: 'br' } }],
    [
      '<img> without its closing slash',
      'Sơ đồ: <img src="/tep/so-do.png" alt="sơ đồ"> ở trên.',
      4,
      '<img>',
      { code: 'mdx.voidTag', params: { tag: 'img' } },
    ],
    [
      'an HTML comment',
      'Đoạn một.\n\n<!-- ghi chú cho văn phòng -->',
      6,
      '<!-- ghi chú cho văn phòng -->',
      { code: 'mdx.htmlComment', params: {} },
    ],
    ['a lone {', 'Tổng {số hộ là 12.', 4, 'Tổng {số hộ là 12.', { code: 'mdx.brace', params: {} }],
    ['text in braces', 'Tổng {số hộ} là 12.', 4, 'Tổng {số hộ} là 12.', { code: 'mdx.brace', params: {} }],
    ['a < before a number', 'Hộ có a <5 người.', 4, 'Hộ có a <5 người.', { code: 'mdx.lessThan', params: {} }],
    ['a tag left open', 'Chữ <b>đậm chưa đóng.', 4, '<b>', { code: 'mdx.unclosedTag', params: { tag: 'b' } }],
    ['tags closed out of order', 'Chữ <b>đậm <i>nghiêng</b></i>.', 4, '</b>', { code: 'mdx.tagOrder', params: { closed: 'b', open: 'i' } }],
    [
      'an address in angle brackets with an @',
      'Gửi thư tới <ubnd@dakdoa.example.org>.',
      4,
      '<ubnd@dakdoa.example.org>',
      { code: 'mdx.angleAddress', params: {} },
    ],
  ])('says of %s which mistake it is, at its line, without the parser’s own words', async (_name, prose, line, found, problem) => {
    const file = path.join(dir, 'mdx.mdx');
    fs.writeFileSync(file, `---\ntitle: "x"\n---\n${prose}\n`);
    const [fault, ...rest] = (await checkProse([file], path.join(dir, 'mdx-out'), PROSE_LABELS)).problems;
    expect(rest).toEqual([]);
    expect(fault).toMatchObject({ line, found, ...problem });
    // The parser's English, which names its grammar ("acorn", "U+0035"), is not shown.
    expect(JSON.stringify(fault)).not.toMatch(/acorn|U\+00|Expected a closing tag|Unexpected/);
    expect(fault && formatProblem(fault)).not.toMatch(/acorn|U\+00|Expected a closing tag|Unexpected|syntax error/);
  });

  it('returns the faults of a file and writes nothing for it', async () => {
    fs.mkdirSync(path.join(dir, 'bad'), { recursive: true });
    const job = { file: path.join(dir, 'bad', 'x.mdx'), htmlFile: path.join(dir, 'bad', 'x.html') };
    fs.writeFileSync(job.file, '---\ntitle: x\n---\n<Bang />\n');
    const [result] = await renderProse([job], PROSE_LABELS).results;
    expect(result?.ok).toBe(false);
    expect(result?.ok === false && result.faults[0]?.line).toBe(4);
    expect(fs.existsSync(job.htmlFile)).toBe(false);
  });
});
