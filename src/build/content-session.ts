/**
 * The one content check of a build, shared by the integration that starts it early and the
 * loaders that hand its entries to Astro. Astro loads the config's integrations and the content
 * config as separate module graphs, each with its own copy of this module, so the run is kept on
 * the global object. While `astro dev` runs, an edit to the content starts a new run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, startContentCheck, type CheckedContent, type ContentCheckRun, type ContentProblem } from '../check';
import { PROSE_LABELS } from '../messages/prose-labels';
import { buildStoppedMessage, formatReport, formatWarnings, jobSummaryOf } from '../messages/problems';
import { buildNow, startBuildClock } from './clock';
import { proseDirOf } from './cache-dir';
import { startPageRecord } from './site-pages';

export { checkPagesBasePath } from '../check';

/** Where Astro's own messages go; the report is logged through it. */
export interface ReportLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ContentSession {
  run: ContentCheckRun;
  now: Date;
  /** The report and the warnings are said once per run, whichever loader or hook meets them first. */
  said: { warnings: boolean; problems: boolean };
}

const SESSION: unique symbol = Symbol.for('minh-bach-xa.content-session');
const slot = globalThis as { [SESSION]?: ContentSession };

function start(cacheDir: string): ContentSession {
  const now = buildNow();
  const run = startContentCheck({ dir: contentDir(), now, proseDir: proseDirOf(cacheDir), proseLabels: PROSE_LABELS });
  // Whoever stops the build reports it; an outcome nobody awaits must not end the process.
  run.outcome.catch(() => undefined);
  return { run, now, said: { warnings: false, problems: false } };
}

/** The build's content check, started on first use. */
export function contentSession(cacheDir: string): ContentSession {
  const running = slot[SESSION];
  if (running !== undefined) return running;
  const session = start(cacheDir);
  slot[SESSION] = session;
  return session;
}

/**
 * The content check of a build that starts now, with its own instant and its own record of pages.
 * From the command line a process runs one build; Astro's build() API can run several in one
 * process, one after another, and nothing of an earlier build may carry over into the next.
 */
export function startBuildSession(cacheDir: string): ContentSession {
  slot[SESSION]?.run.cancel();
  startBuildClock();
  startPageRecord();
  const session = start(cacheDir);
  slot[SESSION] = session;
  return session;
}

const RESTART: unique symbol = Symbol.for('minh-bach-xa.content-restart');
const restarting = globalThis as { [RESTART]?: Promise<ContentSession> | undefined };
/** How long a burst of edits (an editor saving several files) is waited out before checking again. */
const EDIT_QUIET_MS = 100;

/**
 * The check after an edit to the content (`astro dev`): every collection's loader hears the edit
 * and asks; the first asking starts one new check, which all of them take.
 */
export function contentSessionAfterEdit(cacheDir: string): Promise<ContentSession> {
  restarting[RESTART] ??= new Promise((resolve) => {
    setTimeout(() => {
      restarting[RESTART] = undefined;
      slot[SESSION]?.run.cancel();
      slot[SESSION] = start(cacheDir);
      resolve(slot[SESSION]);
    }, EDIT_QUIET_MS);
  });
  return restarting[RESTART];
}

/** Says the warnings of a run, once. */
export function sayWarnings(session: ContentSession, warnings: readonly ContentProblem[], logger: ReportLogger): void {
  if (session.said.warnings || warnings.length === 0) return;
  session.said.warnings = true;
  logger.warn(`\n${formatWarnings(warnings)}\n`);
  toJobSummary(formatWarnings(warnings));
}

/**
 * On GitHub Actions, also writes a report to the job's summary page (the file GITHUB_STEP_SUMMARY
 * names), where the office sees the build's warnings without opening its log.
 */
function toJobSummary(report: string): void {
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary === undefined || summary === '') return;
  fs.appendFileSync(summary, `${jobSummaryOf(report)}\n`);
}

/**
 * Says the report of a run that found problems, once, and gives the short error that stops the
 * build: kept apart from the report so that Astro's hints and stack, printed under it, do not bury it.
 */
export function stopWithReport(session: ContentSession, problems: readonly ContentProblem[], logger: ReportLogger): Error {
  if (!session.said.problems) {
    session.said.problems = true;
    logger.error(`\n${formatReport(problems)}\n`);
    toJobSummary(formatReport(problems));
  }
  return new Error(buildStoppedMessage(problems.length));
}

/**
 * The checked content, or, while editing (`keepGoing`), undefined after the report has been said:
 * the preview keeps running on what it had. Otherwise problems stop the build.
 */
export async function checkedContent(
  session: ContentSession,
  logger: ReportLogger,
  keepGoing = false,
): Promise<CheckedContent | undefined> {
  const outcome = await session.run.outcome;
  sayWarnings(session, outcome.ok ? outcome.content.warnings : outcome.warnings, logger);
  if (outcome.ok) return outcome.content;
  if (!keepGoing) throw stopWithReport(session, outcome.problems, logger);
  if (!session.said.problems) {
    session.said.problems = true;
    logger.warn(`\n${formatReport(outcome.problems)}\n`);
  }
  return undefined;
}

/** The project-relative path Astro gives an entry's file, from the path the check names it by. */
export function projectPath(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}
