import type { ImageArchive } from './archive';
import { ImageError } from './image-error';

export interface HistoryEntry {
  created_by?: string;
  empty_layer?: boolean;
  created?: string;
  comment?: string;
}

/** The parts of an image config (OCI / docker) that can carry credentials. */
export interface ImageConfig {
  config?: { Env?: string[] | null; Labels?: Record<string, string> | null } | null;
  history?: HistoryEntry[] | null;
}

export interface LayerRef {
  /** 1-based, oldest first, as `docker history` would count from the bottom. */
  index: number;
  /** Archive member holding the layer. */
  member: string;
  digest: string;
  mediaType: string | null;
  /** The Dockerfile step that made this layer, from the config history. */
  createdBy: string | null;
}

export interface ImageRef {
  /** Prefix of finding paths: `app.tar`, or `app.tar#2` when an archive holds several images. */
  label: string;
  /** `repo:tag` when the archive records one. */
  tag: string | null;
  platform: string | null;
  config: ImageConfig;
  layers: LayerRef[];
}

const DIGEST = /^(sha256|sha512):([a-f0-9]{64}|[a-f0-9]{128})$/;
const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);

function parseJson<T>(archive: ImageArchive, member: string): T {
  try {
    return JSON.parse(archive.readText(member)) as T;
  } catch (e) {
    if (e instanceof ImageError) throw e;
    throw new ImageError(`${archive.path}: ${member} is not valid JSON (${(e as Error).message}).`);
  }
}

function blobMember(archive: ImageArchive, digest: unknown): string {
  const m = typeof digest === 'string' ? DIGEST.exec(digest) : null;
  if (!m) throw new ImageError(`${archive.path}: "${String(digest)}" is not a valid digest (expected sha256:<64 hex>).`);
  return `blobs/${m[1]}/${m[2]}`;
}

/** Layer i (1-based) was made by the i-th history entry that is not an empty layer. */
function withHistory(config: ImageConfig, layers: Array<Omit<LayerRef, 'index' | 'createdBy'>>): LayerRef[] {
  const steps = (config.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? null);
  return layers.map((l, i) => ({ ...l, index: i + 1, createdBy: steps.length === layers.length ? steps[i] : (steps[i] ?? null) }));
}

function digestOfPath(member: string): string {
  const m = /^blobs\/(sha256|sha512)\/([a-f0-9]+)$/.exec(member);
  return m ? `${m[1]}:${m[2]}` : member.replace(/\/layer\.tar$/, '');
}

function fromDockerManifest(archive: ImageArchive): ImageRef[] {
  const list = parseJson<Array<{ Config?: string; RepoTags?: string[] | null; Layers?: string[] }>>(archive, 'manifest.json');
  if (!Array.isArray(list) || list.length === 0) throw new ImageError(`${archive.path}: manifest.json lists no images.`);
  return list.map((entry, i) => {
    if (typeof entry?.Config !== 'string' || !Array.isArray(entry.Layers)) throw new ImageError(`${archive.path}: manifest.json entry ${i} has no Config or Layers.`);
    const config = parseJson<ImageConfig>(archive, entry.Config);
    return {
      label: list.length > 1 ? `${archive.label}#${i + 1}` : archive.label,
      tag: entry.RepoTags?.[0] ?? null,
      platform: null,
      config,
      layers: withHistory(
        config,
        entry.Layers.map((member) => ({ member, digest: digestOfPath(member), mediaType: null })),
      ),
    };
  });
}

interface Descriptor {
  mediaType?: string;
  digest?: string;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string; variant?: string };
}

function fromOciIndex(archive: ImageArchive, notes: string[]): ImageRef[] {
  const found: Array<{ manifest: Descriptor & { config?: Descriptor; layers?: Descriptor[] }; tag: string | null; platform: string | null }> = [];
  const visit = (member: string, depth: number) => {
    if (depth > 4) throw new ImageError(`${archive.path}: image indexes nest too deeply (a loop?).`);
    const index = parseJson<{ manifests?: Descriptor[] }>(archive, member);
    if (!Array.isArray(index.manifests)) throw new ImageError(`${archive.path}: ${member} has no "manifests" array; not an OCI image index.`);
    for (const d of index.manifests) {
      if (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
      const child = blobMember(archive, d.digest);
      if (!archive.has(child)) {
        notes.push(`${d.digest} (${d.platform ? `${d.platform.os}/${d.platform.architecture}` : d.mediaType}) is referenced but not included in the archive; not scanned`);
        continue;
      }
      if (d.mediaType && INDEX_TYPES.has(d.mediaType)) {
        visit(child, depth + 1);
        continue;
      }
      const manifest = parseJson<Descriptor & { config?: Descriptor; layers?: Descriptor[]; manifests?: Descriptor[] }>(archive, child);
      if (Array.isArray(manifest.manifests)) {
        visit(child, depth + 1);
        continue;
      }
      const platform = d.platform?.os ? `${d.platform.os}/${d.platform.architecture}${d.platform.variant ? `/${d.platform.variant}` : ''}` : null;
      found.push({ manifest, tag: d.annotations?.['io.containerd.image.name'] ?? d.annotations?.['org.opencontainers.image.ref.name'] ?? null, platform });
    }
  };
  visit('index.json', 0);
  if (found.length === 0) throw new ImageError(`${archive.path}: index.json leads to no image manifest with its blobs in the archive.`);
  return found.map(({ manifest, tag, platform }, i) => {
    if (!manifest.config?.digest || !Array.isArray(manifest.layers)) throw new ImageError(`${archive.path}: an image manifest has no config or layers.`);
    const config = parseJson<ImageConfig>(archive, blobMember(archive, manifest.config.digest));
    return {
      label: found.length > 1 ? `${archive.label}#${platform ?? i + 1}` : archive.label,
      tag,
      platform,
      config,
      layers: withHistory(
        config,
        manifest.layers.map((l) => ({ member: blobMember(archive, l.digest), digest: l.digest!, mediaType: l.mediaType ?? null })),
      ),
    };
  });
}

/**
 * The images in an archive. `docker save` writes manifest.json (newer
 * versions write an OCI index.json beside it); skopeo, buildx and crane
 * write only the OCI layout.
 */
export function readImages(archive: ImageArchive, notes: string[]): ImageRef[] {
  if (archive.has('manifest.json')) return fromDockerManifest(archive);
  if (archive.has('index.json')) return fromOciIndex(archive, notes);
  throw new ImageError(`${archive.path} holds neither manifest.json (docker save) nor index.json (OCI layout); it is not a saved image.`);
}
