import { UsageError } from '../../config/config-error';
import { progressWanted, startProgress } from '../../report/progress';
import { runScan } from '../../scan/run-scan';
import { annotateImageFindings } from '../../sources/image/annotate';
import { ImageError } from '../../sources/image/image-error';
import { openImageScan } from '../../sources/image/image-source';
import type { Command } from '../command';
import { commonHelp, commonOptions, readCommonFlags } from '../common-options';
import { emitReport } from '../emit-report';
import { scanSetup, warnUnknownRuleIds } from '../scan-setup';

export const imageCommand: Command = {
  name: 'image',
  summary: 'scan a saved image (docker save / OCI layout): config, history, every layer, deleted files too',
  help: `Usage: stowaway image FILE.tar|OCI-DIR [options]

Scans a saved container image without extracting it:
  - the config: Env (ENV), Labels (LABEL) and each history step's created_by,
    where BuildKit records the ARG values a RUN used as \`|N NAME=value\`;
  - every file in every layer, oldest first. A file a later layer deletes
    (whiteout) or replaces is reported with both layers: it is still in the image.

Accepts \`docker save -o FILE.tar IMAGE\` output (manifest.json) and OCI image
layouts (index.json, blobs/sha256) as a tarball or a directory, with gzip or
uncompressed layers. Finding paths read:
  FILE.tar:config/Env            line N = the N-th Env entry
  FILE.tar:config/Labels         line N = the N-th label
  FILE.tar:history[N]            N-th history step, counting from 1, oldest first
  FILE.tar:layer[N]/etc/app.env  a file in layer N (counting from 1, base layer first)

${commonHelp}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable image.`,
  options: { ...commonOptions },
  allowPositionals: true,
  async run(values, positionals) {
    const flags = readCommonFlags(values);
    if (positionals.length !== 1) throw new UsageError('image needs exactly one FILE.tar (from `docker save -o FILE.tar IMAGE`) or OCI layout directory');
    const setup = await scanSetup(flags);
    await warnUnknownRuleIds(setup);
    try {
      const scan = openImageScan(positionals[0], { maxSize: setup.config.maxFileSize });
      const p = scan.progress;
      const progress = startProgress(progressWanted(flags), `scanning ${scan.archive.label}`, () => (p.totalBytes ? p.bytesRead / p.totalBytes : null));
      let result;
      try {
        result = await runScan(scan.source, { config: setup.config, baseline: setup.baseline, onBlob: progress.onBlob });
      } finally {
        progress.stop();
      }
      annotateImageFindings(result.findings, scan, flags.showSecrets);
      const layers = scan.images.reduce((n, i) => n + i.layers.length, 0);
      const tags = scan.images.map((i) => i.tag).filter(Boolean);
      const target = `image ${scan.archive.label}${tags.length ? ` (${tags.join(', ')})` : ''}: config, ${layers} layer${layers === 1 ? '' : 's'}${scan.binaries.count ? `; ${scan.binaries.count} binary file(s) not scanned` : ''}`;
      if (!flags.quiet) for (const n of scan.notes) process.stderr.write(`stowaway image: note: ${n}\n`);
      return emitReport(result, flags, setup.config, target);
    } catch (e) {
      if (!(e instanceof ImageError)) throw e;
      process.stderr.write(`stowaway image: ${e.message}\n`);
      return 2;
    }
  },
};
