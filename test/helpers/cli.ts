import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const QCD = resolve(import.meta.dirname, '../../bin/qcd.mjs');

export type CliResult = { status: number | null; stdout: string; stderr: string; json(): unknown };

/** Runs the built `qcd` as a user would, in its own process. */
export function qcd(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [QCD, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as unknown };
}
