import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistories } from '../../src/check/git-history';
import { historyOf, revisionOf } from '../../src/lib/history';
import { gitIn } from '../support/git';

let repo: string;
const git = gitIn;

/** Writes a file and commits it at a known instant. */
function commit(message: string, date: string, change: () => void): void {
  change();
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'history-'));
  git(repo, ['init', '-q', '-b', 'main']);
  const docs = path.join(repo, 'content/documents');
  fs.mkdirSync(docs, { recursive: true });
  commit('Đăng kế hoạch', '2023-03-02T07:30:00+07:00', () => {
    fs.writeFileSync(path.join(docs, 'ke-hoach.mdx'), 'v1\n');
  });
  commit('Sửa lỗi chính tả', '2023-03-05T09:00:00+07:00', () => {
    fs.writeFileSync(path.join(docs, 'ke-hoach.mdx'), 'v2\n');
  });
  commit('Đổi tên tệp', '2023-04-01T08:00:00+07:00', () => {
    fs.renameSync(path.join(docs, 'ke-hoach.mdx'), path.join(docs, '2023-ke-hoach.mdx'));
  });
  commit('Đăng báo cáo', '2023-05-03T10:00:00+07:00', () => {
    fs.writeFileSync(path.join(docs, 'bao-cao.mdx'), 'b\n');
  });
});
afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('change history from git', () => {
  it('lists an item’s commits newest first, following a rename back to the day it was posted', () => {
    const histories = readHistories(path.join(repo, 'content'));
    const history = historyOf(histories, path.join(repo, 'content/documents/2023-ke-hoach.mdx'));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.changes.map((c) => [c.subject, new Date(c.date).toISOString()])).toEqual([
      ['Đổi tên tệp', '2023-04-01T01:00:00.000Z'],
      ['Sửa lỗi chính tả', '2023-03-05T02:00:00.000Z'],
      ['Đăng kế hoạch', '2023-03-02T00:30:00.000Z'],
    ]);
    expect(history.changes[0]?.hash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('counts an item’s revisions after its first, renames included, and dates the latest', () => {
    const histories = readHistories(path.join(repo, 'content'));
    expect(revisionOf(historyOf(histories, path.join(repo, 'content/documents/2023-ke-hoach.mdx')))).toEqual({
      count: 2,
      at: '2023-04-01T08:00:00+07:00',
    });
    expect(revisionOf(historyOf(histories, path.join(repo, 'content/documents/bao-cao.mdx')))?.count).toBe(0);
  });

  it.each(['no-git', 'shallow', 'untracked'] as const)('gives no revision when the history is unavailable (%s)', (reason) => {
    expect(revisionOf({ available: false, reason })).toBeUndefined();
  });

  it('keeps other files’ histories apart', () => {
    const histories = readHistories(path.join(repo, 'content'));
    const history = historyOf(histories, path.join(repo, 'content/documents/bao-cao.mdx'));
    expect(history.available && history.changes.map((c) => c.subject)).toEqual(['Đăng báo cáo']);
  });

  it('says a file git does not know is untracked, instead of inventing dates', () => {
    fs.writeFileSync(path.join(repo, 'content/documents/moi.mdx'), 'new\n');
    const histories = readHistories(path.join(repo, 'content'));
    expect(historyOf(histories, path.join(repo, 'content/documents/moi.mdx'))).toEqual({ available: false, reason: 'untracked' });
  });

  it('falls back honestly in a shallow clone, where the oldest visible commit is not the posting', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'history-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      const histories = readHistories(path.join(shallow, 'content'));
      expect(historyOf(histories, path.join(shallow, 'content/documents/2023-ke-hoach.mdx'))).toEqual({
        available: false,
        reason: 'shallow',
      });
    } finally {
      fs.rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('falls back when there is no git repository at all', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'history-plain-'));
    try {
      expect(readHistories(plain)).toEqual({ available: false, reason: 'no-git' });
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});
