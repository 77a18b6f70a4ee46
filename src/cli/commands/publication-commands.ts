import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend, type Backend } from '../../backend/backend';
import { AppFailure, fail } from '../../backend/failure';
import { sha256Hex } from '../../backend/packages/digests';
import { call, EXIT, failureOf, UsageError, type Out } from '../io';
import { signInAs } from './accounts';
import { keysGenerateCommand, keysListCommand, keysRotateCommand, readPassphrase, type KeyFlags } from './key-commands';
import { writeFileAtomic } from '../../backend/workspace/write-atomic';

const OPTIONS = {
  workspace: { type: 'string' }, json: { type: 'boolean', default: false }, user: { type: 'string' }, 'password-file': { type: 'string' },
  alg: { type: 'string' }, 'passphrase-file': { type: 'string' }, 'new-passphrase-file': { type: 'string' },
  agency: { type: 'string' }, name: { type: 'string' }, list: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
  'doc-no': { type: 'string' }, date: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

const COMMANDS = ['keys generate', 'keys list', 'keys rotate', 'publish', 'publication export'] as const;
type Command = (typeof COMMANDS)[number];

export const KEY_PUBLICATION_HELP = `  qcd keys generate --workspace DIR --alg ed25519|sm2 --passphrase-file F [--agency 本机关代码 --name 本机关名称] --user NAME --password-file F
                                                               生成本机关签名密钥（首次须给出本机关统一社会信用代码和名称）
  qcd keys list --workspace DIR [--json]                       本机关签名密钥（公钥指纹）
  qcd keys rotate --workspace DIR --alg ed25519|sm2 --passphrase-file F --new-passphrase-file F2 --out FILE.qcp --user NAME --password-file F
                                                               轮换密钥，写出新旧密钥共同签署的密钥轮换包
  qcd publish --workspace DIR --list black|red|名单类型 --from DATE --to DATE --doc-no 文号 [--date 发布日期]
              --passphrase-file F --out FILE.qcp --user NAME --password-file F
                                                               发布名单公告（签名数据包）；同一文号不能重复发布
  qcd publication export --workspace DIR --doc-no 文号 --out FILE.qcp
                                                               再次导出已发布的公告（与发布时逐字节相同）`;

/** True for `qcd keys …`, `qcd publish` and `qcd publication …`, wherever the flags stand. */
export function isKeyPublicationInvocation(argv: string[]): boolean {
  try {
    const first = parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals[0];
    return first === 'keys' || first === 'publish' || first === 'publication';
  } catch {
    return false;
  }
}

const isDate = (d: string | undefined): d is string => /^\d{4}-\d{2}-\d{2}$/.test(d ?? '');
const PUBLISH_USAGE = '用法：qcd publish --workspace DIR --list black --from YYYY-MM-DD --to YYYY-MM-DD --doc-no 文号 --passphrase-file F --out FILE.qcp';
const EXPORT_USAGE = '用法：qcd publication export --workspace DIR --doc-no 文号 --out FILE.qcp';

/** Usage is checked before the workspace is opened: a mistyped command changes nothing. */
function checkUsage(command: Command, f: KeyFlags): void {
  if (command === 'publish' && (!f.list || !isDate(f.from) || !isDate(f.to) || !f.docNo || !f.out || !f.passphraseFile || (f.date !== undefined && !isDate(f.date)))) {
    throw new UsageError(PUBLISH_USAGE);
  }
  if (command === 'publication export' && (!f.docNo || !f.out)) throw new UsageError(EXPORT_USAGE);
  if ((command === 'keys generate' || command === 'keys rotate') && (!f.alg || !f.passphraseFile)) throw new UsageError('缺少 --alg ed25519|sm2 或 --passphrase-file F');
  if (command === 'keys rotate' && (!f.out || !f.newPassphraseFile)) throw new UsageError('缺少 --out FILE.qcp 或 --new-passphrase-file F');
}

function writeOut(path: string, base64: string): string {
  const full = resolve(path);
  writeFileAtomic(full, Buffer.from(base64, 'base64'));
  return full;
}

async function publish(backend: Backend, f: KeyFlags, out: Out): Promise<void> {
  if (!f.list || !f.from || !f.to || !f.docNo || !f.out) throw new UsageError(PUBLISH_USAGE);
  const passphrase = readPassphrase(f.passphraseFile);
  const session = await signInAs(backend, f.user, f.passwordFile);
  const p = await call(backend, 'publications:issue', {
    listType: f.list, from: f.from, to: f.to, docNo: f.docNo, passphrase, ...(f.date ? { issuedOn: f.date } : {}),
  }, session, out);
  const exported = await call(backend, 'publications:export', { id: p.id }, session);
  if (exported.packageSha256 !== p.packageSha256) fail('E_INTERNAL', '导出的数据包与发布时不一致');
  const path = writeOut(f.out, exported.contentBase64);
  out.result({ ok: true, publication: p, out: path }, [
    `已发布 ${p.docNo ?? ''}：${p.streamId} 第 ${p.sequence} 号，共 ${p.stats.entries} 条（新增 ${p.stats.added}，变更 ${p.stats.amended}，移出 ${p.stats.removed}）`,
    `数据包：${path}`, `SHA-256：${p.packageSha256}`, ...p.signers.map((s) => `签名：${s.alg}，公钥指纹 ${s.fingerprint}`),
  ].join('\n'));
}

async function exportPublication(backend: Backend, f: KeyFlags, out: Out): Promise<void> {
  if (!f.docNo || !f.out) throw new UsageError(EXPORT_USAGE);
  const r = await call(backend, 'publications:export', { docNo: f.docNo }, backend.localReaderSession());
  const path = writeOut(f.out, r.contentBase64);
  const written = sha256Hex(Buffer.from(r.contentBase64, 'base64'));
  if (written !== r.packageSha256) fail('E_INTERNAL', '导出的数据包与发布时不一致');
  out.result({ ok: true, out: path, fileName: r.fileName, packageSha256: r.packageSha256 }, `已导出 ${r.fileName} → ${path}\nSHA-256：${r.packageSha256}`);
}

type Parsed = { command: Command; workspace: string; flags: KeyFlags };

function parse(argv: string[]): Parsed {
  const { values: v, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  const command = positionals.join(' ');
  if (v.help || !(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`未知命令：${command}`);
  if (!v.workspace) throw new UsageError('缺少 --workspace DIR');
  const flags: KeyFlags = {
    json: v.json, user: v.user, passwordFile: v['password-file'], alg: v.alg, passphraseFile: v['passphrase-file'],
    newPassphraseFile: v['new-passphrase-file'], agency: v.agency, name: v.name, list: v.list, from: v.from, to: v.to,
    docNo: v['doc-no'], date: v.date, out: v.out,
  };
  checkUsage(command as Command, flags);
  return { command: command as Command, workspace: resolve(v.workspace), flags };
}

/**
 * `qcd keys generate|list|rotate`, `qcd publish`, `qcd publication export`. Exit 0 on success, 1
 * with a stable code when the operation fails, 2 for a usage error.
 */
export async function keyPublicationMain(argv: string[], out: Out, env: { resourcesDir: string; appVersion: string }): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    out.error(failureOf('E_USAGE', `命令用法错误：${e instanceof Error ? e.message : String(e)}`));
    if (!out.json) process.stderr.write(`${KEY_PUBLICATION_HELP}\n`);
    return EXIT.usage;
  }
  let backend: Backend | undefined;
  try {
    backend = await openBackend({ workspace: parsed.workspace, resourcesDir: env.resourcesDir, appVersion: env.appVersion });
    const f = parsed.flags;
    if (parsed.command === 'keys generate') await keysGenerateCommand(backend, f, out);
    else if (parsed.command === 'keys list') await keysListCommand(backend, f, out);
    else if (parsed.command === 'keys rotate') await keysRotateCommand(backend, f, out, writeOut);
    else if (parsed.command === 'publish') await publish(backend, f, out);
    else await exportPublication(backend, f, out);
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

