import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIXTURES, removeTempDirs, sharedBuild } from '../support/build-site';

afterAll(removeTempDirs);

function filesOf(dir: string): Map<string, Buffer> {
  const names = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(dir, name)).isFile());
  return new Map(names.sort().map((name) => [name, fs.readFileSync(path.join(dir, name))]));
}

it('builds the same bytes whatever the machine time zone', async () => {
  // Greenwich, Vietnam itself, a day behind it, and the furthest ahead of it (UTC+14).
  const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
  // The UTC build is the one other test files read; the others are built for this test alone.
  const builds = await Promise.all(zones.map((TZ) => sharedBuild(path.join(FIXTURES, 'valid'), { TZ })));
  for (const build of builds) expect(build.code, build.output).toBe(0);
  const [utc, ...others] = builds.map((build) => filesOf(build.outDir));
  for (const [i, other] of others.entries()) {
    expect([...other.keys()], zones[i + 1]).toEqual([...utc!.keys()]);
    const differing = [...utc!].filter(([name, bytes]) => !bytes.equals(other.get(name)!)).map(([name]) => name);
    expect(differing, `files that differ between UTC and ${zones[i + 1]}`).toEqual([]);
  }
  const west = others[1];
  // Dates written without quotes reach Astro as UTC midnights; read in local time they would
  // shift a day west of Greenwich. The list must still show the day the clerk wrote.
  const list = west!.get('van-ban/index.html')!.toString();
  expect(list).toContain('<time datetime="2023-05-03">03/05/2023</time>');
});
