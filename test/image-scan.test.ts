import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cleanEnv, tempDir } from './helpers/git-repo';
import { gzipSync } from 'node:zlib';
import { dockerSave, ociDir, ociLayout, ociTar, tarOf, type ImageSpec } from './helpers/image-fixture';
import * as fake from '../lib/secrets/fake';

function stowaway(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });
}

function json(r: ReturnType<typeof stowaway>): Array<Record<string, any>> {
  try {
    return JSON.parse(r.stdout).findings;
  } catch {
    throw new Error(`expected JSON, got:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

/**
 * The seed's lesson on a real artifact: a .env COPY'd in layer 1 and
 * `RUN rm`'d in layer 2, an ENV credential, and a BuildKit ARG value in history.
 */
function leakyImage() {
  const fileToken = fake.checksummedToken('ghp_');
  const envToken = fake.checksummedToken('ghp_');
  const argToken = fake.checksummedToken('ghp_');
  const spec: ImageSpec = {
    tag: 'leaky/app:1.0',
    env: ['PATH=/usr/local/bin:/usr/bin:/bin', `API_TOKEN=${envToken}`],
    labels: { maintainer: 'team@example.invalid' },
    history: [
      { created_by: 'COPY .env /app/.env # buildkit' },
      { created_by: 'ARG GH_TOKEN', empty_layer: true },
      { created_by: `|1 GH_TOKEN=${argToken} /bin/sh -c rm /app/.env && echo done > /app/ok # buildkit` },
      { created_by: `ENV API_TOKEN=${envToken}`, empty_layer: true },
    ],
    layers: [
      { files: [{ name: 'app/', type: 'directory' }, { name: 'app/.env', content: `# settings\nGITHUB_TOKEN=${fileToken}\n` }, { name: 'app/logo.bin', content: Buffer.from([0, 1, 2, 3]) }] },
      { files: [{ name: 'app/.wh..env' }, { name: 'app/ok', content: 'done\n' }] },
    ],
  };
  return { spec, fileToken, envToken, argToken };
}

function assertLeakyFindings(r: ReturnType<typeof stowaway>, label: string, tokens: string[]) {
  assert.equal(r.status, 1, r.stderr);
  const f = json(r);
  for (const t of tokens) assert.ok(!r.stdout.includes(t), 'secrets must be redacted');

  const deleted = f.find((x) => x.file === `${label}:layer[1]/app/.env`);
  assert.ok(deleted, `deleted-layer finding missing: ${JSON.stringify(f.map((x) => x.file))}`);
  assert.equal(deleted.ruleId, 'secret/github-pat');
  assert.equal(deleted.line, 2);
  assert.equal(deleted.meta.layer, 1);
  assert.equal(deleted.meta.deletedInLayer, 2);
  assert.match(deleted.meta.createdBy, /COPY \.env/);
  assert.match(deleted.meta.deletedBy, /rm \/app\/\.env/);
  assert.match(deleted.message, /deleted in layer 2/);
  assert.match(deleted.message, /still recoverable from layer 1/);

  const env = f.find((x) => x.file === `${label}:config/Env`);
  assert.ok(env, 'ENV finding missing');
  assert.equal(env.line, 2, 'line N is the N-th Env entry');
  assert.match(env.message, /Env/);

  const arg = f.find((x) => x.file === `${label}:history[3]` && x.meta?.arg === 'GH_TOKEN');
  assert.ok(arg, `ARG-in-history finding missing: ${JSON.stringify(f.map((x) => [x.file, x.meta?.arg]))}`);
  assert.match(arg.message, /build ARG GH_TOKEN/);
  assert.match(arg.fix, /--mount=type=secret/);
}

test('docker save tarball: deleted-layer secret, ENV secret and ARG value in history are all found', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { spec, fileToken, envToken, argToken } = leakyImage();
  writeFileSync(join(dir, 'app.tar'), await dockerSave(spec));
  const r = stowaway(['image', 'app.tar', '--format', 'json'], dir);
  assertLeakyFindings(r, 'app.tar', [fileToken, envToken, argToken]);
});

test('OCI image layout tarball with gzip layers: same findings', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { spec, fileToken, envToken, argToken } = leakyImage();
  writeFileSync(join(dir, 'oci.tar'), await ociTar(spec));
  const r = stowaway(['image', 'oci.tar', '--format', 'json'], dir);
  assertLeakyFindings(r, 'oci.tar', [fileToken, envToken, argToken]);
});

test('OCI image layout directory: same findings, and the pretty report says deleted but recoverable', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { spec, fileToken, envToken, argToken } = leakyImage();
  await ociDir(spec, join(dir, 'layout'));
  assertLeakyFindings(stowaway(['image', 'layout', '--format', 'json'], dir), 'layout', [fileToken, envToken, argToken]);
  const pretty = stowaway(['image', 'layout'], dir);
  assert.equal(pretty.status, 1);
  assert.match(pretty.stdout, /layout:layer\[1\]\/app\/\.env:2:/);
  assert.match(pretty.stdout, /deleted in layer 2 \(RUN rm \/app\/\.env/);
  assert.match(pretty.stdout, /image layout \(leaky\/app:1\.0\): config, 2 layers; 1 binary file\(s\) not scanned/);
  assert.ok(!pretty.stdout.includes(fileToken));
});

test('opaque directory whiteout and a replaced file are reported as hidden-but-present', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const keyToken = fake.checksummedToken('ghp_');
  const oldToken = fake.checksummedToken('ghp_');
  const newToken = fake.checksummedToken('ghp_');
  const spec: ImageSpec = {
    history: [{ created_by: 'COPY secrets /secrets' }, { created_by: 'RUN rm -rf /secrets && mkdir /secrets' }, { created_by: 'COPY token.txt /etc/token.txt' }],
    layers: [
      { files: [{ name: 'secrets/deploy.txt', content: `token ${keyToken}\n` }, { name: 'etc/token.txt', content: `${oldToken}\n` }] },
      { files: [{ name: 'secrets/.wh..wh..opq' }] },
      { files: [{ name: 'etc/token.txt', content: `${newToken}\n` }] },
    ],
  };
  writeFileSync(join(dir, 'img.tar'), await ociTar(spec));
  const f = json(stowaway(['image', 'img.tar', '--format', 'json', '--show-secrets'], dir));
  const opaque = f.find((x) => x.match === keyToken);
  assert.equal(opaque?.meta.deletedInLayer, 2);
  const replaced = f.find((x) => x.match === oldToken);
  assert.equal(replaced?.meta.replacedInLayer, 3);
  assert.match(replaced!.message, /replaced in layer 3/);
  const current = f.find((x) => x.match === newToken);
  assert.equal(current?.meta.layer, 3);
  assert.equal(current?.meta.deletedInLayer, undefined);
  assert.equal(current?.meta.replacedInLayer, undefined);
});

test('a path-traversal entry is reported under its normalised path and nothing is written outside', async (t) => {
  const root = tempDir();
  const dir = join(root, 'a', 'b');
  mkdirSync(dir, { recursive: true });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const token = fake.checksummedToken('ghp_');
  const escape = `stowaway-escape-${fake.lowerAlnum(10)}`;
  const spec: ImageSpec = {
    history: [{ created_by: 'ADD evil.tar /' }],
    layers: [
      {
        files: [
          { name: `../../${escape}/x`, content: `token=${token}\n` },
          { name: 'loop/a', type: 'symlink', linkname: 'b' },
          { name: 'loop/b', type: 'symlink', linkname: 'a' },
          { name: 'etc/passwd-link', type: 'symlink', linkname: '../../../../etc/passwd' },
          { name: 'hard', type: 'link', linkname: `../../${escape}/x` },
        ],
      },
    ],
  };
  writeFileSync(join(dir, 'evil.tar'), await dockerSave(spec));
  const before = readdirSync(root).sort();
  const r = stowaway(['image', 'evil.tar', '--format', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const f = json(r);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].file, `evil.tar:layer[1]/${escape}/x`);
  assert.equal(f[0].meta.archivePath, `../../${escape}/x`);
  assert.deepEqual(readdirSync(root).sort(), before, 'nothing was created next to the image');
  assert.equal(existsSync(join(dir, '..', '..', escape)), false);
  assert.equal(existsSync(join('/', escape)), false);
  assert.deepEqual(readdirSync(dir), ['evil.tar']);
});

test('a symlink loop in the archive itself is a clear error, not a hang', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const spec: ImageSpec = { history: [{ created_by: 'COPY x /' }], layers: [{ files: [{ name: 'x', content: 'hello\n' }] }] };
  // docker save stores repeated layers as symlinks; here two of them point at each other.
  const config = Buffer.from(JSON.stringify({ config: {}, history: [{ created_by: 'a' }, { created_by: 'b' }] }));
  const manifest = Buffer.from(JSON.stringify([{ Config: 'c.json', Layers: ['l1/layer.tar', 'l2/layer.tar'] }]));
  writeFileSync(
    join(dir, 'loop.tar'),
    await tarOf([
      { header: { name: 'l1/layer.tar', type: 'symlink', linkname: '../l2/layer.tar' } },
      { header: { name: 'l2/layer.tar', type: 'symlink', linkname: '../l1/layer.tar' } },
      { header: { name: 'c.json', size: config.length }, content: config },
      { header: { name: 'manifest.json', size: manifest.length }, content: manifest },
    ]),
  );
  const r = stowaway(['image', 'loop.tar'], dir);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /loop\.tar: l1\/layer\.tar is part of a symlink loop/);

  // A layer stored once and linked from a second image entry is followed inside the archive.
  const token = fake.checksummedToken('ghp_');
  const okSpec: ImageSpec = { ...spec, layers: [{ files: [{ name: 'x', content: `t=${token}\n` }] }] };
  writeFileSync(join(dir, 'ok.tar'), await dockerSave(okSpec));
  assert.equal(stowaway(['image', 'ok.tar', '--format', 'json'], dir).status, 1);
});

test('an OCI layout directory whose blob is a symlink leading outside it is refused', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const spec: ImageSpec = { history: [{ created_by: 'COPY x /' }], layers: [{ files: [{ name: 'x', content: 'hello\n' }] }] };
  await ociDir(spec, join(dir, 'layout'));
  const files = await ociLayout(spec);
  const layerBlob = [...files.keys()].find((k) => k.startsWith('blobs/') && files.get(k)![0] === 0x1f)!;
  rmSync(join(dir, 'layout', layerBlob));
  writeFileSync(join(dir, 'outside'), 'x');
  symlinkSync(join(dir, 'outside'), join(dir, 'layout', layerBlob));
  const r = stowaway(['image', 'layout'], dir);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /outside the image layout; refusing to follow it/);
});

test('a zstd layer gets a clear message and exit 2', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const spec: ImageSpec = {
    history: [{ created_by: 'COPY a /' }, { created_by: 'COPY b /' }],
    layers: [{ files: [{ name: 'a', content: 'a\n' }] }, { files: [{ name: 'b', content: 'b\n' }], compression: 'zstd' }],
  };
  writeFileSync(join(dir, 'z.tar'), await ociTar(spec));
  const r = stowaway(['image', 'z.tar'], dir);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /z\.tar: layer 2 \(sha256:[0-9a-f]{12}\) is zstd-compressed\. stowaway reads gzip and uncompressed layers only/);
  assert.match(r.stderr, /skopeo copy --dest-compress-format gzip/);
});

test('not an image, a missing file, a gzipped archive and no argument: exit 2 with the reason', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'notes.txt'), 'just text, not a tar archive at all'.repeat(30));
  let r = stowaway(['image', 'notes.txt'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /notes\.txt is not a tar archive/);
  r = stowaway(['image', 'missing.tar'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing\.tar: no such file/);
  writeFileSync(join(dir, 'app.tar.gz'), gzipSync(await dockerSave({ history: [], layers: [] })));
  r = stowaway(['image', 'app.tar.gz'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /gzip-compressed as a whole.*gunzip -k app\.tar\.gz/);
  writeFileSync(join(dir, 'plain.tar'), await tarOf([{ header: { name: 'hello.txt', size: 2 }, content: Buffer.from('hi') }]));
  r = stowaway(['image', 'plain.tar'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /plain\.tar holds neither manifest\.json \(docker save\) nor index\.json/);
  r = stowaway(['image'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /exactly one FILE\.tar/);
});

test('a clean image exits 0 and a baseline accepts image findings by fingerprint', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const clean: ImageSpec = { history: [{ created_by: 'COPY app /app' }], layers: [{ files: [{ name: 'app/main.js', content: 'console.log("hi")\n' }] }] };
  writeFileSync(join(dir, 'clean.tar'), await dockerSave(clean));
  const r = stowaway(['image', 'clean.tar'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /no findings/);

  const { spec } = leakyImage();
  writeFileSync(join(dir, 'app.tar'), await dockerSave(spec));
  const f = json(stowaway(['image', 'app.tar', '--format', 'json'], dir));
  writeFileSync(join(dir, 'accepted.json'), JSON.stringify({ version: 1, entries: f.map((x) => ({ fingerprint: x.fingerprint, ruleId: x.ruleId, file: x.file })) }));
  const again = stowaway(['image', 'app.tar', '--baseline', 'accepted.json'], dir);
  assert.equal(again.status, 0, again.stdout + again.stderr);
  assert.match(again.stdout, /accepted by the baseline/);
});
