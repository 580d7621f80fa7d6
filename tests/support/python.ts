import { execFileSync } from 'node:child_process';

/**
 * Runs a Python script with Debian's /usr/bin/python3, where python3-icalendar and
 * python3-feedparser are importable, and returns what it printed as JSON.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape of the JSON the script prints
export function runDebianPython<T>(script: string, args: string[] = []): T {
  const output = execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
  return JSON.parse(output) as T;
}

/** Parses an RSS/Atom file with feedparser; `bozo` is true when the feed is not well-formed. */
export function parseFeed(file: string): {
  bozo: boolean;
  version: string;
  title: string;
  entries: { title: string; link: string; id: string; published: string; summary: string }[];
} {
  return runDebianPython(
    `
import feedparser, json, sys
feed = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": bool(feed.bozo),
  "version": feed.version,
  "title": feed.feed.get("title", ""),
  "entries": [{"title": e.get("title", ""), "link": e.get("link", ""), "id": e.get("id", ""),
               "published": e.get("published", ""), "summary": e.get("summary", "")} for e in feed.entries],
}))
`,
    [file],
  );
}
