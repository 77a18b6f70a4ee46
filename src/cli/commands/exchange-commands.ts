import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend, type Backend } from '../../backend/backend';
import { AppFailure, fail } from '../../backend/failure';
import type { ErrorCode } from '../../core/shared/errors';
import { sha256Hex } from '../../backend/packages/digests';
import { writeFileAtomic } from '../../backend/workspace/write-atomic';
import { call, EXIT, failureOf, UsageError, type Out } from '../io';
import { signInAs } from './accounts';
import { readPassphrase } from './key-commands';

const OPTIONS = {
  workspace: { type: 'string' }, json: { type: 'boolean', default: false }, user: { type: 'string' }, 'password-file': { type: 'string' },
  'passphrase-file': { type: 'string' }, stream: { type: 'string' }, snapshot: { type: 'boolean', default: false }, out: { type: 'string' },
  audience: { type: 'string' }, 'valid-days': { type: 'string' }, preview: { type: 'boolean', default: false },
  'allow-expired': { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

export const EXCHANGE_HELP = `  qcd exchange export --workspace DIR --stream black|red|名单类型 [--snapshot] [--audience 机关代码,…] [--valid-days N]
                      --passphrase-file F --out FILE.qcp --user NAME --password-file F
                                                               生成互联共享数据包（首个包及 --snapshot 为全量包，其余为增量包）
  qcd exchange import --workspace DIR FILE.qcp [--preview] [--allow-expired 理由] --user NAME --password-file F [--json]
                                                               导入合作机构的数据包：逐项验证后一次性写入；任何一项不通过则不写入`;

/** True for `qcd exchange …`, wherever the flags stand. */
export function isExchangeInvocation(argv: string[]): boolean {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals[0] === 'exchange';
  } catch {
    return false;
  }
}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
type Parsed = { command: 'export' | 'import'; workspace: string; file?: string | undefined; v: Values };

function parse(argv: string[]): Parsed {
  const { values: v, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  const command = positionals[1];
  if (v.help || (command !== 'export' && command !== 'import')) throw new UsageError(`未知命令：${positionals.join(' ')}`);
  if (!v.workspace) throw new UsageError('缺少 --workspace DIR');
  if (command === 'export' && (!v.stream || !v.out || !v['passphrase-file'])) throw new UsageError('用法：qcd exchange export --workspace DIR --stream black --passphrase-file F --out FILE.qcp');
  if (command === 'import' && positionals.length !== 3) throw new UsageError('用法：qcd exchange import --workspace DIR FILE.qcp');
  if (v['valid-days'] !== undefined && !/^\d+$/.test(v['valid-days'])) throw new UsageError('--valid-days 须为正整数');
  return { command, workspace: resolve(v.workspace), file: positionals[2], v };
}

async function exportCommand(backend: Backend, v: Values, out: Out): Promise<void> {
  const passphrase = readPassphrase(v['passphrase-file']);
  const session = await signInAs(backend, v.user, v['password-file']);
  const p = await call(backend, 'exchange:export', {
    stream: v.stream ?? '', snapshot: v.snapshot ?? false, passphrase,
    ...(v.audience ? { audience: v.audience.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...(v['valid-days'] ? { validDays: Number(v['valid-days']) } : {}),
  }, session, out);
  const exported = await call(backend, 'publications:export', { id: p.id }, session);
  const bytes = Buffer.from(exported.contentBase64, 'base64');
  if (sha256Hex(bytes) !== p.packageSha256) fail('E_INTERNAL', '导出的数据包与生成时不一致');
  const path = resolve(v.out ?? p.fileName);
  writeFileAtomic(path, bytes);
  out.result({ ok: true, package: p, out: path }, [
    `已生成 ${p.streamId} 第 ${p.sequence} 号${p.packageType === 'snapshot' ? '全量包' : '增量包'}：共 ${p.stats.entries} 条（新增 ${p.stats.added}，变更 ${p.stats.amended}，移出 ${p.stats.removed}）`,
    `数据包：${path}`, `SHA-256：${p.packageSha256}`, ...p.signers.map((s) => `签名：${s.alg}，公钥指纹 ${s.fingerprint}`),
  ].join('\n'));
}

async function importCommand(backend: Backend, file: string, v: Values, out: Out): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (e) {
    return fail('E_VALIDATION', `无法读取数据包 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  const session = await signInAs(backend, v.user, v['password-file']);
  const input = { contentBase64: bytes.toString('base64'), fileName: basename(file), ...(v['allow-expired'] ? { expiredOverrideReason: v['allow-expired'] } : {}) };
  if (v.preview) {
    const p = await call(backend, 'exchange:import-preview', input, session, out);
    if (p.error) throw new AppFailure(p.error.code as ErrorCode, p.error.message, p.error.details);
    out.result({ ok: true, preview: p }, `可以导入：${p.issuer?.agencyName ?? ''} ${p.streamId ?? ''} 第 ${p.sequence ?? ''} 号；新增 ${p.counts.added}，变更 ${p.counts.amended}，移出 ${p.counts.removed}，删除 ${p.counts.dropped}`);
    return;
  }
  try {
    const r = await call(backend, 'exchange:import-apply', { ...input, expectedPackageSha256: sha256Hex(bytes) }, session, out);
    out.result({ ok: true, ...r }, [
      `已导入 ${r.issuer.agencyName}（${r.issuer.agencyCode}）${r.streamId} 第 ${r.sequence} 号`,
      `新增 ${r.counts.added}，变更 ${r.counts.amended}，移出 ${r.counts.removed}，删除 ${r.counts.dropped}，未变 ${r.counts.unchanged}`,
      `关联企业 ${r.matches.linked}，待人工识别 ${r.matches.review}，本地无档案 ${r.matches.none}`, `名单状态摘要：${r.stateSha256 ?? ''}`,
    ].join('\n'));
  } catch (e) {
    // A replay is harmless: nothing written, and the command succeeds.
    if (!(e instanceof AppFailure) || e.error.code !== 'I_ALREADY_IMPORTED') throw e;
    out.result({ ok: true, outcome: 'already-imported', code: e.error.code, message: e.error.message, details: e.error.details }, `${e.error.message}（未写入任何数据）`);
  }
}

/** `qcd exchange export|import`. Exit 0 on success (a replay included), 1 with a stable code on refusal, 2 for a usage error. */
export async function exchangeMain(argv: string[], out: Out, env: { resourcesDir: string; appVersion: string }): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    out.error(failureOf('E_USAGE', `命令用法错误：${e instanceof Error ? e.message : String(e)}`));
    if (!out.json) process.stderr.write(`${EXCHANGE_HELP}\n`);
    return EXIT.usage;
  }
  let backend: Backend | undefined;
  try {
    backend = await openBackend({ workspace: parsed.workspace, resourcesDir: env.resourcesDir, appVersion: env.appVersion });
    if (parsed.command === 'export') await exportCommand(backend, parsed.v, out);
    else await importCommand(backend, parsed.file ?? '', parsed.v, out);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      out.error(failureOf('E_USAGE', `命令用法错误：${e.message}`));
      return EXIT.usage;
    }
    out.error(e instanceof AppFailure ? e.error : failureOf('E_INTERNAL', e instanceof Error ? e.message : String(e)));
    return EXIT.failed;
  } finally {
    backend?.close();
  }
}
