/**
 * `npm run new -- <loại> "<tiêu đề>"`: creates a correctly named content file with
 * every field present and explained, valid as it stands. Never overwrites a file.
 */
import { buildNow } from '../build/clock';
import { contentDir } from '../check';
import { newFile } from './new-file';

const { status, out, err } = newFile(process.argv.slice(2), { contentDir: contentDir(), now: buildNow(), cwd: process.cwd() });
for (const line of out) console.log(line);
for (const line of err) console.error(line);
process.exit(status);
