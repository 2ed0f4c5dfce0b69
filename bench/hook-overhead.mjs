// What the installed stowaway pre-commit hook adds to a `git commit` of 10 files,
// against the same commit in a repository without the hook: median of
// alternating runs, measured with NODE_EXTRA_CA_CERTS set and unset.
//   node bench/hook-overhead.mjs [--runs N] [--json]
// Uses the built bundle (dist/stowaway.cjs, or STOWAWAY_CLI=path); builds nothing.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = resolve(process.env.STOWAWAY_CLI || join(root, 'dist', 'stowaway.cjs'));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 21;
const json = args.includes('--json');
const FILES = 10;
const GOAL_MS = 100;
const CA_BUNDLE = process.env.NODE_EXTRA_CA_CERTS || ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'].find(existsSync);

if (!existsSync(cli)) {
  console.error(`hook-overhead: no bundle at ${cli}. Build first (npm run build) or set STOWAWAY_CLI.`);
  process.exit(2);
}
chmodSync(cli, 0o755);

function baseEnv() {
  const env = { ...process.env };
  for (const v of execFileSync('git', ['rev-parse', '--local-env-vars'], { encoding: 'utf8' }).split('\n').filter(Boolean)) delete env[v];
  delete env.GIT_INDEX_FILE;
  delete env.STOWAWAY_SKIP;
  delete env.STOWAWAY_BIN;
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
    XDG_CONFIG_HOME: join(tmpdir(), 'stowaway-bench-no-xdg'),
  };
}

function makeRepo(dir, hooked, env) {
  mkdirSync(dir, { recursive: true });
  const git = (...a) => execFileSync('git', a, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  git('add', '.gitignore');
  git('commit', '-q', '--no-verify', '-m', 'initial');
  if (hooked) {
    // As npm installs it: node_modules/.bin/stowaway is a symlink to the bundle.
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(cli, join(dir, 'node_modules', '.bin', 'stowaway'));
    const r = spawnSync(process.execPath, [cli, 'install'], { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`stowaway install failed: ${r.stderr}`);
  }
  return git;
}

function stageTenFiles(dir, git, round) {
  const names = [];
  for (let i = 0; i < FILES; i++) {
    const name = `src/module-${i}.js`;
    const body = Array.from({ length: 40 }, (_, l) => `export const value${l} = ${round * 1000 + i * 40 + l}; // line ${l} of ${name}`).join('\n');
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, name), body + '\n');
    names.push(name);
  }
  git('add', ...names);
}

function timeCommit(dir, env, round) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('git', ['commit', '-q', '-m', `round ${round}`], { cwd: dir, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`git commit failed in ${dir}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(label, env) {
  const base = mkdtempSync(join(tmpdir(), 'stowaway-bench-hook-'));
  try {
    const plainDir = join(base, 'plain');
    const hookedDir = join(base, 'hooked');
    const plainGit = makeRepo(plainDir, false, env);
    const hookedGit = makeRepo(hookedDir, true, env);
    const plain = [];
    const hooked = [];
    for (let round = 0; round < runs + 2; round++) {
      stageTenFiles(plainDir, plainGit, round);
      stageTenFiles(hookedDir, hookedGit, round);
      // Alternate which goes first, so drift in machine load hits both alike; the first two rounds warm caches.
      const order = round % 2 ? ['hooked', 'plain'] : ['plain', 'hooked'];
      for (const which of order) {
        const ms = which === 'plain' ? timeCommit(plainDir, env, round) : timeCommit(hookedDir, env, round);
        if (round >= 2) (which === 'plain' ? plain : hooked).push(ms);
      }
    }
    const p = median(plain);
    const h = median(hooked);
    // The fastest runs show the cost on an idle machine; medians include whatever else the machine was doing.
    const best = +(Math.min(...hooked) - Math.min(...plain)).toFixed(1);
    return { label, runs, plainMs: +p.toFixed(1), hookedMs: +h.toFixed(1), overheadMs: +(h - p).toFixed(1), bestOverheadMs: best };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const env = baseEnv();
const results = [];
if (CA_BUNDLE) results.push(measure(`NODE_EXTRA_CA_CERTS=${CA_BUNDLE}`, { ...env, NODE_EXTRA_CA_CERTS: CA_BUNDLE }));
const unset = { ...env };
delete unset.NODE_EXTRA_CA_CERTS;
results.push(measure('NODE_EXTRA_CA_CERTS unset', unset));

if (json) {
  process.stdout.write(JSON.stringify({ benchmark: 'hook-overhead', files: FILES, goalMs: GOAL_MS, cli, results }, null, 2) + '\n');
} else {
  console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
  console.log(`stowaway pre-commit hook overhead on \`git commit\` of ${FILES} files (median of ${runs} alternating runs each; ${cli})`);
  for (const r of results) {
    const ok = r.overheadMs <= GOAL_MS ? 'within' : 'OVER';
    console.log(`  ${r.label.padEnd(56)} no hook ${r.plainMs.toFixed(1).padStart(6)} ms   hook ${r.hookedMs.toFixed(1).padStart(6)} ms   adds ${r.overheadMs.toFixed(1).padStart(6)} ms  (${ok} the ${GOAL_MS} ms goal; fastest-vs-fastest ${r.bestOverheadMs.toFixed(1)} ms)`);
  }
}
