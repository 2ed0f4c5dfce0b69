import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick, shuffle } from '../plant';
import { NEGATIVES, type Negative } from './negatives';
import { PROBLEMS, type Problem } from './problems';
import { R, neg, pos, type StageCtx } from './stage';
import { TEMPLATES, type Template, type TemplateCtx } from './templates';
import { DockerfileWriter, hexDigits, randomStyle, type Expectation } from './writer';

export interface DockerfileCorpusOptions {
  seed: number;
  /** Where to write; created if missing. */
  dir: string;
  /** Dockerfiles to write (default 40). */
  files?: number;
}

export interface DockerfileManifest {
  seed: number;
  files: string[];
  expectations: Expectation[];
}

type UserPolicy = 'ok' | 'root' | 'missing';
type Item = { problem: Problem } | { negative: Negative };

const GOOD_IGNORES = [
  '.git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\nnode_modules\n',
  '# keep secrets and VCS data out of the context\n.git\n.gitignore\n.env\n.env.*\n*.pem\n*.key\nid_rsa\nid_rsa.*\n**/*.pem\n**/*.key\n**/id_rsa\n',
  '*\n!src\n!package.json\n!package-lock.json\n!go.mod\n!go.sum\n!requirements.txt\n',
  '**/.git\n**/.env*\n**/*.key\n**/*.pem\n**/id_*\n__pycache__\n*.pyc\n.venv\n',
];
const LEAKY_IGNORES = ['node_modules\n.git\n', 'node_modules\n*.log\n.env\n', '.git\n.env\n!.env\n*.pem\n*.key\nid_rsa\n', 'dist/\ncoverage/\n'];

/** Writes `files` Dockerfiles (and their .dockerignore files) with planted problems and hard negatives. */
export function generateDockerfileCorpus(opts: DockerfileCorpusOptions): DockerfileManifest {
  fake.seed(opts.seed * 2654435761 + 99);
  const count = opts.files ?? 40;
  const files: string[] = [];
  const expectations: Expectation[] = [];
  const templates: Template[] = [];
  while (templates.length < count) templates.push(...shuffle([...TEMPLATES]));
  for (let i = 0; i < count; i++) {
    const tpl = templates[i];
    const dir = `${pick(['services', 'apps', 'cmd', 'deploy', ''])}/${tpl.lang}-${pick(['api', 'web', 'worker', 'gateway', 'jobs', 'admin'])}-${i}`.replace(/^\//, '');
    const name = pick(['Dockerfile', 'Dockerfile', 'Dockerfile', 'Dockerfile.prod', 'Containerfile', 'app.Dockerfile']);
    const path = `${dir}/${name}`;
    const out = writeOne(tpl, path);
    files.push(path);
    expectations.push(...out.expectations);
    write(opts.dir, path, out.text);
    if (out.ignore !== null) write(opts.dir, `${dir}/${out.ignoreName}`, out.ignore);
  }
  return { seed: opts.seed, files, expectations };
}

function write(root: string, rel: string, text: string): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}

/** Slot layout of a template: how many slots, which can hold a RUN. Templates call slot() unconditionally. */
function slotLayout(tpl: Template): Array<{ shell: boolean; final: boolean }> {
  const slots: Array<{ shell: boolean; final: boolean }> = [];
  const w = new DockerfileWriter('dry-run', randomStyle());
  const stage = (o: { os: StageCtx['os']; shell?: boolean; final?: boolean; lang: StageCtx['lang'] }): StageCtx => ({ w, os: o.os, shell: o.shell !== false, final: !!o.final, workdir: '/app', lang: o.lang });
  tpl.write({ w, from: (_i, _t, o) => stage(o), fromStage: (_n, o) => stage(o), slot: (c) => void slots.push({ shell: c.shell, final: c.final }), negative: () => undefined, finalUser: () => undefined });
  return slots;
}

function writeOne(tpl: Template, path: string): { text: string; expectations: Expectation[]; ignore: string | null; ignoreName: string } {
  const layout = slotLayout(tpl);
  const policy: UserPolicy = tpl.finalBase === 'drops' ? 'ok' : pick<UserPolicy>(tpl.finalBase === 'rooted' ? ['ok', 'ok', 'ok', 'ok', 'root', 'missing'] : ['ok', 'ok', 'ok', 'ok', 'root']);
  const unpinnedTarget = chance(0.2) ? int(0, 1) : -1;
  const contextLeak = chance(0.15);

  const problems = shuffle([...PROBLEMS]).slice(0, pick([0, 1, 1, 2, 2, 3]));
  const negatives = shuffle(NEGATIVES.filter((n) => policy === 'ok' || n.kind !== 'gosu')).slice(0, int(1, 4));
  const bySlot: Item[][] = layout.map(() => []);
  for (const item of shuffle<Item>([...problems.map((problem) => ({ problem })), ...negatives.map((negative) => ({ negative }))])) {
    const needsShell = 'problem' in item ? item.problem.shell : item.negative.shell;
    const ok = layout.map((s, k) => k).filter((k) => !needsShell || layout[k].shell);
    if (ok.length) bySlot[pick(ok)].push(item);
  }

  const w = new DockerfileWriter(path, randomStyle());
  let externalFroms = 0;
  let finalFromLine = 0;
  let finalUnpinned = false;
  let slotIndex = 0;
  const versionArgs = new Map<string, string>();

  const ctx: TemplateCtx = {
    w,
    from(image, tags, o) {
      const c: StageCtx = { w, os: o.os, shell: o.shell !== false, final: !!o.final, workdir: '/app', lang: o.lang };
      let line: number;
      if (image === 'scratch') line = w.from('scratch', { as: o.as });
      else if (externalFroms++ === unpinnedTarget) {
        const kind = pick(['no-tag', 'latest', 'arg-no-tag']);
        const m = [pos(R.unpinned, `unpinned-base-image:${kind}`)];
        if (kind === 'arg-no-tag' && w.lines.every((l) => !/^from /i.test(l))) {
          w.line(`${w.kw('ARG')} BASE_IMAGE=${image}`);
          line = w.from('${BASE_IMAGE}', { as: o.as, platform: o.platform, marks: m });
        } else line = w.from(kind === 'latest' ? `${image}:latest` : image, { as: o.as, platform: o.platform, marks: m });
        if (o.final) finalUnpinned = true;
      } else {
        let tag = pick(tags);
        const first = w.lines.every((l) => !/^from /i.test(l));
        if (versionArgs.has(image)) tag = '${' + versionArgs.get(image) + '}';
        else if (first && chance(0.25)) {
          const v = image.replace(/^.*\//, '').replace(/[^A-Za-z0-9]/g, '_').toUpperCase() + '_VERSION';
          w.line(`${w.kw('ARG')} ${v}=${tag}`);
          versionArgs.set(image, v);
          tag = '${' + v + '}';
        }
        const r = fake.random();
        const ref = r < 0.2 ? `${image}:${tag}@sha256:${hexDigits(64)}` : r < 0.25 && !tag.startsWith('$') ? `${image}@sha256:${hexDigits(64)}` : `${image}:${tag}`;
        line = w.from(ref, { as: o.as, platform: o.platform, marks: [neg(ref.includes('@sha256') ? 'digest-pinned-base' : tag.startsWith('$') ? 'arg-pinned-base' : 'tag-pinned-base')] });
        // A bare digest hides the `nonroot` tag: nobody reading the Dockerfile can tell the user, so it must say USER.
        if (o.final && !ref.includes(':' + tag)) finalUnpinned = true;
      }
      if (o.final) finalFromLine = line;
      return c;
    },
    fromStage(name, o) {
      const line = w.from(name, { as: o.as });
      if (o.final) finalFromLine = line;
      return { w, os: o.os, shell: true, final: !!o.final, workdir: '/app', lang: o.lang };
    },
    slot(c) {
      for (const item of bySlot[slotIndex++] ?? []) {
        if ('problem' in item) item.problem.emit(c);
        else item.negative.emit(c);
      }
    },
    negative(c, kind) {
      NEGATIVES.find((n) => n.kind === kind)!.emit(c);
    },
    finalUser(c, user) {
      if (policy === 'root') {
        if (chance(0.4) && user) w.instr('USER', user);
        if (chance(0.5) && c.shell) w.run([{ text: pick(['chown -R 1000:1000 /app', 'mkdir -p /var/log/app', 'ldconfig']) }]);
        w.instr('USER', pick(['root', 'root', '0', 'root:root', '0:0']), [pos(R.root, 'root-user')]);
      } else if (policy === 'ok') {
        if (user) w.instr('USER', user);
        // An unpinned distroless image is its root `latest` variant: the Dockerfile must say USER itself.
        else if (tpl.finalBase === 'nonroot' && (finalUnpinned || chance(0.4))) w.instr('USER', pick(['nonroot', '65532:65532', 'nonroot:nonroot']));
      }
    },
  };
  tpl.write(ctx);
  // nginx-unprivileged sets USER 101 itself: leaving USER out is fine there.
  if (policy === 'missing' && !/nginx-unprivileged/.test(w.lines[finalFromLine - 1])) w.expectations.push({ ...pos(R.missing, 'missing-user'), file: path, line: finalFromLine, sample: w.lines[finalFromLine - 1] });

  const ignoreName = chance(0.2) ? `${path.replace(/^.*\//, '')}.dockerignore` : '.dockerignore';
  let ignore: string | null = pick(GOOD_IGNORES);
  if (contextLeak && w.wholeContextCopies.length) {
    ignore = chance(0.5) ? null : pick(LEAKY_IGNORES);
    for (const line of w.wholeContextCopies) w.expectations.push({ ...pos(R.context, ignore === null ? 'context-leak:no-dockerignore' : 'context-leak:incomplete-dockerignore'), file: path, line, sample: w.lines[line - 1] });
  }
  return { text: w.text(), expectations: w.expectations, ignore, ignoreName };
}
