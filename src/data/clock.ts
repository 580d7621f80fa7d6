/**
 * The instant the build treats as "now". SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) pins it, so tests and rebuilds of the same
 * content give the same bytes.
 */
export function buildInstant(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
