import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startContentCheck } from '../../src/check';
import { PROSE_LABELS } from '../../src/messages/prose-labels';
import { formatProblem } from '../../src/messages/problems';
import { FIXTURES } from '../support/build-site';
import { gitIn } from '../support/git';

let repo: string;
const content = (): string => path.join(repo, 'content');
const documents = (): string => path.join(content(), 'documents');

/** Commits every change in the repository, at a known instant. */
function commit(message: string): void {
  gitIn(repo, ['add', '-A']);
  gitIn(repo, ['commit', '-q', '-m', message], '2026-11-20T08:00:00+07:00');
}

/** The content check's problems about items gone from their folder, and its warnings about history. */
async function removals(): Promise<{ problems: string[]; warnings: string[] }> {
  const run = startContentCheck({
    dir: content(),
    now: new Date('2026-11-26T05:00:00Z'),
    proseDir: path.join(repo, '.prose'),
    proseLabels: PROSE_LABELS,
  });
  const outcome = await run.outcome;
  const problems = outcome.ok ? [] : outcome.problems;
  const warnings = outcome.ok ? outcome.content.warnings : outcome.warnings;
  return {
    problems: problems.filter((p) => p.code === 'item.removed').map(formatProblem),
    warnings: warnings.filter((w) => w.code === 'item.historyUnavailable').map((w) => w.code),
  };
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'removed-'));
  gitIn(repo, ['init', '-q', '-b', 'main']);
  fs.cpSync(path.join(FIXTURES, 'valid'), content(), { recursive: true });
  fs.writeFileSync(path.join(repo, '.gitignore'), '.prose/\n');
  commit('Đăng nội dung');
});
afterEach(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('an item published before that is no longer in content/', () => {
  it('stops the check when a published document is deleted and committed, naming it and what to do', async () => {
    fs.rmSync(path.join(documents(), '2023-ke-hoach-khung.mdx'));
    commit('Xóa quyết định');
    const { problems } = await removals();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/documents/2023-ke-hoach-khung.mdx — trường "(tệp)"');
    expect(problems[0]).toContain('"2023-ke-hoach-khung" đã được đăng');
    expect(problems[0]).toContain('withdrawn (ngày rút và lý do)');
  });

  it('stops the check on a deletion not yet committed, as the next build would publish it', async () => {
    fs.rmSync(path.join(documents(), '2023-ke-hoach-khung.mdx'));
    expect((await removals()).problems).toHaveLength(1);
  });

  it('stops the check on a rename without an alias, saying which alias to add to the new file', async () => {
    fs.renameSync(path.join(documents(), '2023-ke-hoach-khung.mdx'), path.join(documents(), '2023-ke-hoach-doi-ten.mdx'));
    commit('Đổi tên tệp');
    const { problems } = await removals();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('đổi tên thành "2023-ke-hoach-doi-ten"');
    expect(problems[0]).toContain('content/documents/2023-ke-hoach-doi-ten.mdx: aliases: ["2023-ke-hoach-khung"]');
  });

  it('lets a rename through that keeps the old name as an alias', async () => {
    const renamed = path.join(documents(), '2023-ke-hoach-doi-ten.mdx');
    fs.renameSync(path.join(documents(), '2023-ke-hoach-khung.mdx'), renamed);
    fs.writeFileSync(renamed, fs.readFileSync(renamed, 'utf8').replace(/^aliases: \[(.*)\]$/m, 'aliases: [$1, "2023-ke-hoach-khung"]'));
    commit('Đổi tên tệp, giữ địa chỉ cũ');
    expect(await removals()).toEqual({ problems: [], warnings: [] });
  });

  it('lets sample content go: it was never the office’s word', async () => {
    const sample = path.join(documents(), '2023-mau-se-xoa.mdx');
    fs.writeFileSync(
      sample,
      fs
        .readFileSync(path.join(documents(), '2023-ke-hoach-khung.mdx'), 'utf8')
        .replace(/^---\n/, '---\nsample: true\n')
        .replace(/number: "[^"]+"/, 'number: "98/QĐ-UBND"'),
    );
    commit('Thêm mẫu');
    fs.rmSync(sample);
    commit('Xóa mẫu');
    expect(await removals()).toEqual({ problems: [], warnings: [] });
  });

  it('says, without stopping, that it cannot tell in a shallow clone', async () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'shallow-'));
    fs.writeFileSync(path.join(repo, 'ghi-chu.txt'), 'một thay đổi nữa, để lịch sử có hơn một lần gửi\n');
    commit('Một thay đổi nữa');
    gitIn(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    fs.rmSync(repo, { recursive: true, force: true });
    repo = shallow;
    expect(await removals()).toEqual({ problems: [], warnings: ['item.historyUnavailable'] });
  });
});
