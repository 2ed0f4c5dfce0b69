import { posix } from 'node:path';

export interface Fate {
  /** The later layer that hides the file. */
  layer: number;
  how: 'deleted' | 'replaced';
}

/**
 * Remembers, per layer, which paths it adds and which it deletes (whiteouts,
 * opaque directories), so a file found in layer N can be reported as deleted
 * or replaced in layer M > N: hidden from a container, still in the image.
 * Holds paths only, never content.
 */
export class LayerFates {
  private readonly present = new Map<string, number[]>();
  private readonly whiteouts = new Map<string, number[]>();
  private readonly opaque = new Map<string, number[]>();

  private static add(map: Map<string, number[]>, path: string, layer: number): void {
    const list = map.get(path);
    if (!list) map.set(path, [layer]);
    else if (list[list.length - 1] !== layer) list.push(layer);
  }

  addFile(layer: number, path: string): void {
    LayerFates.add(this.present, path, layer);
  }

  addWhiteout(layer: number, path: string, opaque: boolean): void {
    LayerFates.add(opaque ? this.opaque : this.whiteouts, path, layer);
  }

  /** The first layer after `layer` that deletes or overwrites `path`, or null when it survives into the final image. */
  fate(layer: number, path: string): Fate | null {
    let best: Fate | null = null;
    const consider = (layers: number[] | undefined, how: Fate['how']) => {
      for (const l of layers ?? []) if (l > layer && (!best || l < best.layer)) best = { layer: l, how };
    };
    consider(this.present.get(path), 'replaced');
    consider(this.whiteouts.get(path), 'deleted');
    // A whiteout of any ancestor directory, or an opaque ancestor, deletes it too.
    for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
      consider(this.whiteouts.get(dir), 'deleted');
      consider(this.opaque.get(dir), 'deleted');
      if (dir === '/') break;
    }
    return best;
  }
}
