// What dist/cli.cjs exports to its loader (lib/cli/bin.ts): the CLI, and the scan worker
// that worker threads start from the same bundle.
export { main } from './main';

export async function startScanWorker(): Promise<void> {
  await import('../scan/scan-worker');
}
