import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

type Headers = Partial<Header> & { name: string };

/**
 * Builds saved images the way `docker save` and OCI tools write them, so
 * tests need no docker engine. Layer files are plain tar entries; a whiteout
 * is just a file named `.wh.<name>` (or `.wh..wh..opq`) in a later layer.
 */
export interface LayerFile {
  name: string;
  content?: string | Buffer;
  type?: 'file' | 'symlink' | 'link' | 'directory';
  linkname?: string;
}

export interface LayerSpec {
  files: LayerFile[];
  /** gzip (default for OCI), none (default for docker save), or zstd (a fake zstd frame: only the magic matters). */
  compression?: 'gzip' | 'none' | 'zstd';
}

export interface ImageSpec {
  layers: LayerSpec[];
  env?: string[];
  labels?: Record<string, string>;
  /** Full history, oldest first; entries without empty_layer map to layers in order. */
  history: Array<{ created_by: string; empty_layer?: boolean }>;
  tag?: string;
}

export async function tarOf(entries: Array<{ header: Headers; content?: Buffer }>): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of p) chunks.push(c as Buffer);
  })();
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => p.entry(e.header, e.content ?? Buffer.alloc(0), (err) => (err ? reject(err) : resolve())));
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

export function layerTar(files: LayerFile[]): Promise<Buffer> {
  return tarOf(
    files.map((f) => {
      const type = f.type ?? 'file';
      const content = type === 'file' ? Buffer.from(f.content ?? '') : Buffer.alloc(0);
      return { header: { name: f.name, type, size: content.length, mode: type === 'directory' ? 0o755 : 0o644, linkname: f.linkname, mtime: new Date(0) }, content };
    }),
  );
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function compress(raw: Buffer, how: LayerSpec['compression']): Buffer {
  if (how === 'gzip') return gzipSync(raw);
  if (how === 'zstd') return Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.from('not really zstd')]);
  return raw;
}

function configJson(spec: ImageSpec, diffIds: string[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: spec.env ?? ['PATH=/usr/local/bin:/usr/bin:/bin'], Labels: spec.labels ?? null },
      rootfs: { type: 'layers', diff_ids: diffIds.map((d) => `sha256:${d}`) },
      history: spec.history,
    }),
  );
}

/** `docker save` layout: <id>/layer.tar, <config>.json, manifest.json (written last, as docker does). */
export async function dockerSave(spec: ImageSpec, extra: Array<{ header: Headers; content?: Buffer }> = []): Promise<Buffer> {
  const entries: Array<{ header: Headers; content?: Buffer }> = [];
  const layerPaths: string[] = [];
  const diffIds: string[] = [];
  for (const l of spec.layers) {
    const raw = await layerTar(l.files);
    const data = compress(raw, l.compression ?? 'none');
    const id = sha(data);
    diffIds.push(sha(raw));
    entries.push({ header: { name: `${id}/`, type: 'directory' } });
    entries.push({ header: { name: `${id}/layer.tar`, size: data.length }, content: data });
    layerPaths.push(`${id}/layer.tar`);
  }
  const config = configJson(spec, diffIds);
  const configName = `${sha(config)}.json`;
  entries.push({ header: { name: configName, size: config.length }, content: config });
  entries.push(...extra);
  const manifest = Buffer.from(JSON.stringify([{ Config: configName, RepoTags: spec.tag ? [spec.tag] : null, Layers: layerPaths }]));
  entries.push({ header: { name: 'manifest.json', size: manifest.length }, content: manifest });
  return tarOf(entries);
}

/** OCI image layout: oci-layout, index.json, blobs/sha256/<digest> (layers gzip unless told otherwise). */
export async function ociLayout(spec: ImageSpec): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const blob = (b: Buffer) => {
    const d = sha(b);
    files.set(`blobs/sha256/${d}`, b);
    return { digest: `sha256:${d}`, size: b.length };
  };
  const layers = [];
  const diffIds: string[] = [];
  for (const l of spec.layers) {
    const raw = await layerTar(l.files);
    const how = l.compression ?? 'gzip';
    diffIds.push(sha(raw));
    const mediaType = `application/vnd.oci.image.layer.v1.tar${how === 'gzip' ? '+gzip' : how === 'zstd' ? '+zstd' : ''}`;
    layers.push({ mediaType, ...blob(compress(raw, how)) });
  }
  const config = { mediaType: 'application/vnd.oci.image.config.v1+json', ...blob(configJson(spec, diffIds)) };
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers }));
  const m = blob(manifest);
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...m, annotations: spec.tag ? { 'org.opencontainers.image.ref.name': spec.tag } : undefined, platform: { os: 'linux', architecture: 'amd64' } }],
  };
  files.set('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
  files.set('index.json', Buffer.from(JSON.stringify(index)));
  return files;
}

export async function ociTar(spec: ImageSpec): Promise<Buffer> {
  const files = await ociLayout(spec);
  return tarOf([...files].map(([name, content]) => ({ header: { name, size: content.length }, content })));
}

export async function ociDir(spec: ImageSpec, dir: string): Promise<void> {
  for (const [name, content] of await ociLayout(spec)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}
