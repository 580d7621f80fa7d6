import { fill } from './fill';
import { live, type LiveKey } from './live-strings';

export type { LiveKey };

/** t() for code that also runs in the browser: it knows only the re-check strings, and bundles only them. */
export function tLive(key: LiveKey, params: Record<string, string | number> = {}): string {
  return fill(live[key], params);
}
