import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './build-site';

/** The W3C's Nu HTML Checker, from the vnu-jar package, run on Debian's Java (`default-jre-headless`). */
const VNU_JAR = path.join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * A run checks for a few seconds: the quick compiler alone and one garbage collector thread spend
 * under half the processor time of Java's defaults on it, for the same report. Code from the quick
 * compiler takes more stack than the checker's schema needs by default, hence the larger stack.
 */
const JAVA_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m'];

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * The errors the Nu checker finds in `files`, every rule on, as `file:line message` lines. One run
 * for all the files: the checker's Java start takes longer than checking a page. It exits 1 when
 * it finds an error; its report is on stderr either way.
 */
export async function nuErrors(files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const { stderr } = await promisify(execFile)('java', [...JAVA_FLAGS, '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((failed: unknown) => ({ stderr: (failed as { stderr?: string }).stderr ?? '' }));
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map(
      (m) =>
        `${path.relative(PROJECT_ROOT, decodeURIComponent((m.url ?? '').replace(/^file:/, '')))}:${String(m.lastLine ?? 0)} ${m.message}`,
    );
}
