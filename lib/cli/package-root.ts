import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | null = null;

/** The installed package's folder (dist/.. in the bundle, the checkout in tests): where templates/ and hooks/ live. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'stowaway') return (cached = dir);
      } catch {
        // keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the stowaway package folder above ${__dirname}`);
    dir = up;
  }
}
