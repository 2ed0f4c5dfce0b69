import type { Finding } from '../../findings/finding';
import { redact } from '../../findings/redact';
import { findSecretsInFile } from '../../secrets/engine';
import { SourceFile } from '../../text/source-file';
import { argAt } from './config-blobs';
import type { ImageScan } from './image-source';

const clip = (s: string | null | undefined, n = 80) => {
  if (!s) return 'unknown step';
  // Show the Dockerfile step as written: drop BuildKit's ARG prefix, the shell wrapper and the "# buildkit" marker.
  const one = s
    .replace(/\s+/g, ' ')
    .replace(/^\|\d+ .*? ((\/bin\/)?sh -c )/, '$1')
    .replace(/^(\/bin\/)?sh -c #\(nop\)\s*/, '')
    .replace(/^(RUN )?(\/bin\/)?sh -c /, 'RUN ')
    .replace(/ # buildkit$/, '')
    .trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/**
 * Adds image context to findings once every layer has been read: where in
 * the image the value lives, and for layer files whether a later layer
 * deleted or replaced them (still recoverable: layers are only ever added).
 */
export function annotateImageFindings(findings: Finding[], scan: ImageScan, showSecrets: boolean): void {
  // Build steps quoted in meta and messages can hold credentials themselves (ARG values): redact them too.
  const scrubbed = new Map<string, string>();
  const scrub = (s: string | null): string | null => {
    if (!s || showSecrets) return s;
    let out = scrubbed.get(s);
    if (out === undefined) {
      out = s;
      for (const d of findSecretsInFile(new SourceFile('created_by', s))) out = out.split(d.secret).join(redact(d.secret));
      scrubbed.set(s, out);
    }
    return out;
  };
  const createdByOf = new Map<string, Map<number, string | null>>();
  for (const img of scan.images) createdByOf.set(img.label, new Map(img.layers.map((l) => [l.index, l.createdBy])));
  for (const f of findings) {
    const meta = f.meta;
    if (!meta) continue;
    const rawCreatedBy = typeof meta.createdBy === 'string' ? meta.createdBy : null;
    if (rawCreatedBy) meta.createdBy = scrub(rawCreatedBy);
    const label = f.file.slice(0, f.file.search(/:(config\/|history\[|layer\[)/));
    if (meta.part === 'env') {
      f.message = `${f.message} in the image config's Env (an ENV instruction)`;
      f.why = 'ENV values are stored in the image config: `docker inspect` shows them to anyone who can pull the image, and every container inherits them.';
      f.fix = `Rotate the credential. Pass it at run time (docker run -e, an orchestrator secret) or at build time with RUN --mount=type=secret, never with ENV. ${f.fix}`;
    } else if (meta.part === 'labels') {
      f.message = `${f.message} in the image config's Labels (a LABEL instruction)`;
      f.why = 'Labels are public image metadata: `docker inspect` and every registry UI show them.';
      f.fix = `Rotate the credential and remove it from the LABEL. ${f.fix}`;
    } else if (meta.part === 'history') {
      const arg = rawCreatedBy && f.line === 1 ? argAt(rawCreatedBy, f.column) : null;
      if (arg) {
        meta.arg = arg;
        f.message = `${f.message} in build ARG ${arg}, recorded in the image history`;
        f.why = 'BuildKit writes the values of ARGs a RUN step uses into the image history: `docker history --no-trunc` prints them for anyone with the image.';
        f.fix = `Rotate the credential. Pass it as a build secret instead of an ARG: \`RUN --mount=type=secret,id=${arg.toLowerCase()} …\` with \`docker build --secret id=${arg.toLowerCase()},env=${arg}\`. ${f.fix}`;
      } else {
        f.message = `${f.message} in the image history (a build step's command)`;
        f.why = '`docker history --no-trunc` prints every build step\'s command to anyone with the image.';
        f.fix = `Rotate the credential and keep it out of Dockerfile instructions: use RUN --mount=type=secret. ${f.fix}`;
      }
    } else if (typeof meta.layer === 'number' && typeof meta.path === 'string') {
      const fate = scan.fates.get(label)?.fate(meta.layer, meta.path);
      const where = `layer ${meta.layer} (${clip(meta.createdBy as string | null)})`;
      if (fate) {
        const by = scrub(createdByOf.get(label)?.get(fate.layer) ?? null);
        if (fate.how === 'deleted') {
          meta.deletedInLayer = fate.layer;
          meta.deletedBy = by;
        } else {
          meta.replacedInLayer = fate.layer;
          meta.replacedBy = by;
        }
        f.message = `${f.message} in ${meta.path}: added in ${where}, ${fate.how} in layer ${fate.layer} (${clip(by)}), still recoverable from layer ${meta.layer}`;
        f.why = `A later layer only hides a file: layer ${meta.layer} still holds ${meta.path}, and anyone with the image can unpack it (docker save, then tar). Deleting it in a later RUN does not remove it.`;
        f.fix = `Rotate the credential. Rebuild so it never enters a layer: use RUN --mount=type=secret, or a multi-stage build that copies only the artefacts, instead of COPY then RUN rm. ${f.fix}`;
      } else {
        f.message = `${f.message} in ${meta.path}, added in ${where}`;
        f.fix = `Rotate the credential and rebuild without the file (add it to .dockerignore, or use RUN --mount=type=secret). ${f.fix}`;
      }
    }
  }
}
