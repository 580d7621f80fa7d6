/**
 * The build's edge reads the clock here, once per build, and hands the instant down: to the
 * content check, to the loaders and, through the content store, to every page. SOURCE_DATE_EPOCH
 * (seconds, the reproducible-builds convention) pins it, so tests and rebuilds of the same content
 * give the same bytes. Kept on the global object: Astro loads the config's integrations and the
 * content config as separate module graphs, each with its own copy of this module.
 */

/** The instant SOURCE_DATE_EPOCH names, or what `readClock` says when it names none. */
export function instantOf(env: Record<string, string | undefined>, readClock: () => Date): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : readClock();
}

const NOW: unique symbol = Symbol.for('minh-bach-xa.build-now');
const slot = globalThis as { [NOW]?: Date };

/** The instant the build treats as "now": the same at every call until another build starts. */
export function buildNow(): Date {
  return slot[NOW] ?? startBuildClock();
}

/** Reads the clock, or SOURCE_DATE_EPOCH, for a build that starts now. */
export function startBuildClock(): Date {
  const now = instantOf(process.env, () => new Date());
  slot[NOW] = now;
  return now;
}
