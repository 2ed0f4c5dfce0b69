import type { Blob } from '../blob';
import type { ImageRef } from './manifest';

/**
 * The image config as text files for the secret engine, one value per line:
 *   <image>:config/Env      line i = Env[i-1]          (ENV instructions)
 *   <image>:config/Labels   line i = the i-th key=value (LABEL instructions)
 *   <image>:history[N]      the N-th history entry's created_by, oldest first,
 *                           counting from 1; BuildKit prefixes RUN steps with
 *                           the ARG values they saw: `|2 NAME=value NAME2=value2 …`.
 * This is what `docker inspect` and `docker history --no-trunc` show to anyone
 * holding the image.
 */
export function configBlobs(image: ImageRef): Blob[] {
  const out: Blob[] = [];
  const base = { image: image.tag, layer: null as number | null };
  const text = (path: string, body: string, meta: Record<string, string | number | boolean | null>): Blob => {
    const content = Buffer.from(body, 'utf8');
    return { path, content, size: content.length, commit: null, meta: { ...base, ...meta } };
  };
  const env = image.config.config?.Env ?? [];
  if (env.length) out.push(text(`${image.label}:config/Env`, env.join('\n') + '\n', { part: 'env' }));
  const labels = Object.entries(image.config.config?.Labels ?? {});
  if (labels.length) out.push(text(`${image.label}:config/Labels`, labels.map(([k, v]) => `${k}=${v}`).join('\n') + '\n', { part: 'labels' }));
  (image.config.history ?? []).forEach((h, i) => {
    if (!h.created_by) return;
    out.push(text(`${image.label}:history[${i + 1}]`, h.created_by + '\n', { part: 'history', createdBy: h.created_by }));
  });
  return out;
}

/**
 * The build ARG whose recorded value covers `column` (1-based) of a
 * BuildKit history line `|N A=x B=y /bin/sh -c …`, or null.
 */
export function argAt(createdBy: string, column: number): string | null {
  const m = /^\|(\d+) /.exec(createdBy);
  if (!m) return null;
  const count = Number(m[1]);
  const re = /(?:^\|\d+| )([A-Za-z_][A-Za-z0-9_]*)=/g;
  let found: string | null = null;
  let seen = 0;
  let r: RegExpExecArray | null;
  while ((r = re.exec(createdBy)) && seen < count) {
    seen++;
    const valueStart = r.index + r[0].length + 1; // 1-based column of the value
    if (valueStart > column) break;
    found = r[1];
  }
  if (!found) return null;
  // Past the last ARG's value: the command itself starts at ` /bin/sh -c` (or another shell).
  const cmd = createdBy.search(/ (\/bin\/)?(ba)?sh -c /);
  return cmd >= 0 && column > cmd + 1 ? null : found;
}
