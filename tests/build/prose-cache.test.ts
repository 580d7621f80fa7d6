import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite, composeContent, readPage, removeTempDirs, tempDir } from '../support/build-site';

afterAll(removeTempDirs);

const NEW_DOCUMENT = `---
kind: thong-bao
number: "11/TB-UBND"
title: "Thông báo thêm giữa hai lần xây dựng"
issuer: "Ủy ban nhân dân xã Thử Nghiệm"
place: "Thử Nghiệm"
issued: 2023-04-01
signer: { position: "Chủ tịch" }
---

Nội dung của thông báo mới.
`;

it('rebuilds from the content cache with the prose of the files as they are now', async () => {
  const content = composeContent('prose-cache');
  // One cache for the three builds, as on the publishing server.
  const env = { ASTRO_CACHE_DIR: path.join(tempDir('cache'), 'astro') };
  const proseDir = path.join(env.ASTRO_CACHE_DIR, 'prose', 'documents');
  const edited = path.join(content, 'documents/2023-ke-hoach-khung.mdx');
  const added = path.join(content, 'documents/2023-thong-bao-moi.mdx');

  const first = await buildSite(content, { env });
  expect(first.code, first.output).toBe(0);
  expect(readPage(first.outDir, '/van-ban/2023-ke-hoach-khung/')).not.toContain('Đoạn thêm sau khi sửa');

  fs.appendFileSync(edited, '\nĐoạn thêm sau khi sửa.\n');
  fs.writeFileSync(added, NEW_DOCUMENT);
  const second = await buildSite(content, { env });
  expect(second.code, second.output).toBe(0);
  expect(readPage(second.outDir, '/van-ban/2023-ke-hoach-khung/')).toContain('<p>Đoạn thêm sau khi sửa.</p>');
  expect(readPage(second.outDir, '/van-ban/2023-thong-bao-moi/')).toContain('<p>Nội dung của thông báo mới.</p>');
  // Unchanged files keep their rendering.
  expect(readPage(second.outDir, '/van-ban/2023-quyet-dinh-moi/')).toBe(readPage(first.outDir, '/van-ban/2023-quyet-dinh-moi/'));

  fs.rmSync(added);
  const third = await buildSite(content, { env });
  expect(third.code, third.output).toBe(0);
  expect(fs.existsSync(path.join(third.outDir, 'van-ban/2023-thong-bao-moi'))).toBe(false);
  // The HTML of each file, and beside it the digest it was rendered from; nothing of the removed file.
  expect(fs.readdirSync(proseDir).sort()).toEqual(
    fs
      .readdirSync(path.join(content, 'documents'))
      .flatMap((f) => [f.replace(/\.mdx$/, '.html'), f.replace(/\.mdx$/, '.json')])
      .sort(),
  );
});
