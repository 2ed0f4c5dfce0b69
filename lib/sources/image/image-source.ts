import type { Blob, BlobSource } from '../blob';
import { isBinary, tooLarge } from '../blob';
import { openArchive, type ImageArchive } from './archive';
import { configBlobs } from './config-blobs';
import { LayerFates } from './layer-fates';
import { readLayer } from './layer-reader';
import { readImages, type ImageRef } from './manifest';

export interface ImageProgress {
  bytesRead: number;
  totalBytes: number;
}

export interface ImageScan {
  archive: ImageArchive;
  images: ImageRef[];
  source: BlobSource;
  /** Filled while the source is consumed; complete once the scan has finished. */
  fates: Map<string, LayerFates>;
  /** Things the user should know that are not findings (blobs missing from the archive…). */
  notes: string[];
  progress: ImageProgress;
  /** Binary files in layers, counted rather than listed (an OS image has thousands). */
  binaries: { count: number };
}

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

/**
 * Opens a saved image and exposes it as a blob source: first each image's
 * config (Env, Labels, history), then every file of every layer, oldest
 * layer first. Each layer blob carries meta {layer, createdBy}; deletion by
 * later layers is known only after all layers are read (see LayerFates).
 */
export function openImageScan(path: string, opts: { maxSize: number }): ImageScan {
  const archive = openArchive(path);
  const notes: string[] = [];
  const images = readImages(archive, notes);
  const fates = new Map<string, LayerFates>();
  const progress: ImageProgress = { bytesRead: 0, totalBytes: 0 };
  for (const img of images) for (const l of img.layers) progress.totalBytes += archive.size(l.member);
  const binaries = { count: 0 };

  async function* blobs(): AsyncGenerator<Blob> {
    for (const image of images) {
      yield* configBlobs(image);
      const layerFates = new LayerFates();
      fates.set(image.label, layerFates);
      for (const layer of image.layers) {
        const meta = { image: image.tag, layer: layer.index, layerDigest: short(layer.digest), createdBy: layer.createdBy };
        for await (const e of readLayer(archive, layer, opts.maxSize, (n) => (progress.bytesRead += n))) {
          if (e.kind === 'whiteout') {
            layerFates.addWhiteout(layer.index, e.path, e.opaque);
            continue;
          }
          layerFates.addFile(layer.index, e.path);
          if (e.kind !== 'file') continue;
          const file = `${image.label}:layer[${layer.index}]${e.path}`;
          const m = { ...meta, path: e.path, ...(e.rawName.replace(/^\.\//, '').replace(/\/$/, '') !== e.path.slice(1) ? { archivePath: e.rawName } : {}) };
          if (!e.content) yield tooLarge(file, e.size, { meta: m, commit: null });
          else if (isBinary(e.content)) binaries.count++;
          else yield { path: file, content: e.content, size: e.size, commit: null, meta: m };
        }
      }
    }
  }

  return {
    archive,
    images,
    fates,
    notes,
    progress,
    binaries,
    source: { root: process.cwd(), blobs: blobs(), readFile: async () => null, busyReader: true },
  };
}
