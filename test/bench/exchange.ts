import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePrivateKey, signerOf } from '../../src/backend/packages/signers';
import { spkiToPem } from '../../src/backend/packages/public-key';
import { RESOURCES, tempDir } from '../helpers/workspace';
import { benchBackend, value } from './bench-backend';
import { ISSUER, writeSnapshot } from '../helpers/exchange-snapshot';
import { cacheDir, fmt } from './scale';

const TARGET_SECONDS = 30;
const TARGET_MB = 500;
const RECIPIENT = { agencyCode: '11440100MB0000001X', agencyName: '广州市市场监督管理局' };
/** Loaded before the child: reports its peak resident memory on exit. */
const MAX_RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('QCD_MAX_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

/** The bench's snapshot, kept between runs beside a note of its size and state digest. */
function snapshotPackage(path: string, n: number, signer: ReturnType<typeof signerOf>): { bytes: number; stateSha256: string } {
  const info = `${path}.json`;
  if (existsSync(info) && existsSync(path)) return JSON.parse(readFileSync(info, 'utf8')) as { bytes: number; stateSha256: string };
  const result = writeSnapshot(path, n, signer);
  writeFileSync(info, JSON.stringify(result));
  return result;
}

/**
 * The child bundled as the app's backend is (scripts/build-node.mjs), with the record check
 * thread's script beside it where the import looks for it: run from source it would check every
 * record on the importing thread, which no build does.
 */
async function builtChild(): Promise<string> {
  await build({
    entryPoints: { 'exchange-child': 'test/bench/exchange-child.ts', 'check-worker': 'src/backend/services/exchange/in/check-worker.ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outdir: 'out/bench', outExtension: { '.js': '.mjs' }, logLevel: 'warning',
  });
  return 'out/bench/exchange-child.mjs';
}

/**
 * `npm run bench -- --only exchange`: verifying and applying an n-entry snapshot (default a
 * million) from a partner, in a process of its own: ZIP checks, signature, every digest, every
 * record's schema and content digest, matching, one transaction, the state digest. Targets:
 * ≤ 30 s and ≤ 500 MB peak resident memory (the records are streamed, never all in memory).
 */
export async function exchangeFigure(n: number): Promise<{ seconds: number; maxRssMb: number }> {
  const dir = cacheDir(`exchange-n${n}`);
  const file = join(dir, 'snapshot.qcp');
  // The issuer's key is kept with the cached package it signed.
  const keyFile = join(dir, 'issuer.key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, Buffer.from(generatePrivateKey('ed25519').privateKey));
  const signer = signerOf({ alg: 'ed25519', privateKey: new Uint8Array(readFileSync(keyFile)) });
  const g0 = performance.now();
  const pkg = snapshotPackage(file, n, signer);
  console.log(`exchange  generated a ${fmt(n)}-entry snapshot: ${fmt(pkg.bytes)} bytes in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
  const t = tempDir('qcd-bench-exchange-');
  try {
    const b = await benchBackend(t.dir);
    await value(b, 'keys:generate', { alg: 'ed25519', passphrase: 'Bench-sign-2026', ...RECIPIENT });
    await value(b, 'trust:add', { ...ISSUER, pem: spkiToPem(signer.spki), fingerprint: signer.keyId });
    b.backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    b.close();
    const child = await builtChild();
    const r = spawnSync(process.execPath, ['--import', MAX_RSS_HOOK, child, t.dir, file, RECIPIENT.agencyCode, RESOURCES], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`exchange import failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; counts: { added: number }; stateSha256: string };
    const maxRssMb = Number(/QCD_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    if (out.counts.added !== n || out.stateSha256 !== pkg.stateSha256) throw new Error(`imported ${out.counts.added} of ${n}, state ${out.stateSha256}`);
    const seconds = out.ms / 1000;
    console.log(`exchange  verify + apply ${fmt(n)} entries: ${seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s) ${seconds <= TARGET_SECONDS ? 'MET' : 'NOT MET'}; peak RSS ${maxRssMb.toFixed(0)} MB (target ≤ ${TARGET_MB} MB) ${maxRssMb <= TARGET_MB ? 'MET' : 'NOT MET'}`);
    return { seconds, maxRssMb };
  } finally {
    t.cleanup();
  }
}
