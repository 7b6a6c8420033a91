// Bundle the CLI once (dist/briefing.mjs) before any test file spawns it, so
// that parallel test files never read a half-written bundle.
import { execFileSync } from 'node:child_process';
import { ROOT } from './helpers/paths.js';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
