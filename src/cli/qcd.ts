import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend, type Backend } from '../backend/backend';
import { AppFailure } from '../backend/failure';
import { checkCodeCommand } from './commands/check-code';
import { isVerifyInvocation, verifyCommand } from './commands/verify';
import { isKeyPublicationInvocation, KEY_PUBLICATION_HELP, keyPublicationMain } from './commands/publication-commands';
import { EXCHANGE_HELP, exchangeMain, isExchangeInvocation } from './commands/exchange-commands';
import { backupCommand, restoreCommand } from './commands/backup-commands';
import { codesUpdateCommand } from './commands/codes-commands';
import { createOut, EXIT, failureOf, UsageError, type Out } from './io';
import { auditVerifyCommand, demoCommand, initCommand, statsCommand } from './commands/workspace-commands';
import { checkImportArgs, exportCommand, templateCommand, type ImportFlags } from './commands/import-commands';
import { dossierCommand, SEARCH_FLAG_NAMES, searchCommand, searchInput } from './commands/dossier-commands';
import { evaluateCommand, explainCommand } from './commands/evaluation-commands';
import { trustAddCommand, trustListCommand, trustRotateCommand } from './commands/trust-commands';
import { checkAnnouncementArgs, importDispatch, type AnnouncementFlags } from './commands/announcement-commands';

const HELP = `质量信用管理台命令行 qcd

用法：
  qcd init   --workspace DIR [--password-file F] [--json]       创建工作区及管理员 admin
  qcd demo   --workspace DIR --enterprises N --seed S [--password-file F] [--user NAME] [--json]
                                                               生成确定性的演示数据（同一种子得到同样的数据）
  qcd stats  --workspace DIR [--json]                          各表记录数
  qcd audit verify --workspace DIR [--json]                    校验审计日志哈希链
  qcd backup --workspace DIR [--out PATH] [--json]             备份数据库（在线备份并做完整性检查）
  qcd restore --workspace DIR BACKUP --user NAME --password-file F [--json]
  qcd restore --workspace DIR --undo --user NAME --password-file F [--json]
                                                               恢复备份（先自动备份当前数据；可撤销；旧版本备份自动升级）
  qcd codes update --workspace DIR --kind regions|industries FILE --user NAME --password-file F
                                                               更新本工作区的代码表（格式同 resources/codes）
  qcd check-code CODE [--json]                                 识别并校验代码：统一社会信用代码、组织机构代码、
                                                               15 位注册号、GTIN-8/12/13/14
  qcd verify FILE.qcp [--trusted-key PEM]… [--json]            验证签名数据包（.qcp）的签名及每个文件；不需要工作区
  qcd template --kind enterprises --out FILE.xlsx|FILE.csv [--json]
                                                               生成导入模板（列名为中文，代码列为文本格式）
  qcd import --workspace DIR --kind enterprises FILE --user NAME --password-file F [--reject-invalid] [--json]
                                                               导入 CSV（UTF-8 或 GB18030）或 XLSX：先校验，有无效行时
                                                               不写入任何数据；--reject-invalid 排除无效行、导入其余各行
  qcd import --workspace DIR --kind spot-checks|penalties|licences FILE --user NAME --password-file F
             [--map 字段=列名,…] [--as-of 公告日期] [--authority 机关] [--json]
                                                               导入公告原表或外部门名单（.xls/.xlsx/CSV，非本系统模板）：
                                                               自动识别工作表、表头、列和数据行；按代码或名称匹配企业，
                                                               未能确认的企业进入待识别列表；后处理情况表更新原抽查记录
  qcd export --workspace DIR --kind enterprises --out FILE.csv|FILE.xlsx [--json]
                                                               按模板列导出（不含已删除记录，可再次导入）
  qcd search --workspace DIR [--query 名称片段或代码] [--status active|revoked|cancelled|moved_out]
             [--region 行政区划前缀] [--industry 行业代码] [--legal-rep 姓名]
             [--record-kind spot-checks --record-outcome fail --since YYYY-MM-DD]
             [--sort id|name|uscc|regionCode|updatedAt] [--order asc|desc] [--page N] [--out FILE.xlsx|FILE.csv] [--json]
                                                               检索企业（名称任意片段、代码前缀、信用记录情况）
  qcd dossier --workspace DIR --uscc CODE [--json]             输出企业完整档案：基本信息、各类信用记录、产品
  qcd evaluate --workspace DIR --as-of YYYY-MM-DD [--model FILE] --user NAME --password-file F [--json]
                                                               发起信用等级评价（待审核）：批次号、各等级数量、用时
  qcd explain --workspace DIR --run ID --uscc CODE [--json]    说明某企业在某批次中的得分：每项指标的得分及所依据的记录
  qcd trust add --workspace DIR --agency CODE --pem FILE --fingerprint HEX [--name 机构名称] --user NAME --password-file F
                                                               登记合作机构公钥（指纹须与公钥完全一致，不做首次信任）
  qcd trust list --workspace DIR [--agency CODE] [--json]      合作机构公钥登记簿
  qcd trust rotate --workspace DIR FILE.qcp [--preview] --user NAME --password-file F [--json]
                                                               导入合作机构的密钥轮换包（须由已登记的旧密钥与新密钥共同签署）：
                                                               登记新密钥，旧密钥此后只对轮换前的序号有效；--preview 只检查
${KEY_PUBLICATION_HELP}
${EXCHANGE_HELP}

退出码：0 成功；1 操作失败或输入无效（附稳定错误码）；2 用法错误。`;

const here = dirname(fileURLToPath(import.meta.url));
/** src/cli and out/cli are both two levels below the project root. */
const ROOT = resolve(here, '..', '..');

type Command = (backend: Backend, flags: AnnouncementFlags, out: Out) => Promise<boolean | void>;
const COMMANDS: Record<string, Command> = {
  init: initCommand, demo: demoCommand, stats: statsCommand, 'audit verify': auditVerifyCommand,
  'codes update': codesUpdateCommand,
  backup: backupCommand, restore: (b, f, o) => restoreCommand(b, f, o, join(ROOT, 'resources')),
  import: importDispatch, export: exportCommand,
  search: searchCommand, dossier: dossierCommand,
  evaluate: evaluateCommand, explain: explainCommand,
  'trust add': trustAddCommand, 'trust list': trustListCommand, 'trust rotate': trustRotateCommand,
};

function parse(argv: string[]): { command: string; flags: AnnouncementFlags } {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: {
      workspace: { type: 'string' }, json: { type: 'boolean', default: false }, 'password-file': { type: 'string' },
      user: { type: 'string' }, kind: { type: 'string' }, out: { type: 'string' }, undo: { type: 'boolean', default: false }, enterprises: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      'reject-invalid': { type: 'boolean', default: false }, map: { type: 'string' }, authority: { type: 'string' },
      uscc: { type: 'string' }, page: { type: 'string' }, 'as-of': { type: 'string' }, model: { type: 'string' }, run: { type: 'string' },
      agency: { type: 'string' }, pem: { type: 'string' }, fingerprint: { type: 'string' }, name: { type: 'string' }, preview: { type: 'boolean', default: false },
      ...Object.fromEntries(SEARCH_FLAG_NAMES.map((n) => [n, { type: 'string' as const }])),
    },
  });
  if (values.help || positionals.length === 0) throw new UsageError('');
  let backup: string | undefined;
  if (positionals[0] === 'restore' && positionals.length === 2) {
    backup = positionals.pop();
    if (values.undo) throw new UsageError('--undo 与备份文件不能同时给出');
  }
  let file: string | undefined;
  if (positionals[0] === 'codes' && positionals.length === 3) file = positionals.pop();
  if (positionals[0] === 'trust' && positionals[1] === 'rotate') {
    if (positionals.length !== 3) throw new UsageError('用法：qcd trust rotate --workspace DIR FILE.qcp --user NAME --password-file F');
    file = positionals.pop();
  }
  if (positionals[0] === 'import') {
    if (positionals.length !== 2) throw new UsageError('用法：qcd import --workspace DIR --kind enterprises FILE --user NAME --password-file F');
    file = positionals.pop();
  }
  const command = positionals.join(' ');
  if (positionals[0] === 'check-code') {
    if (positionals.length !== 2) throw new UsageError('用法：qcd check-code CODE');
    return { command: 'check-code', flags: { workspace: '', json: values.json, code: positionals[1] } };
  }
  if (command === 'template') return { command, flags: checkImportArgs(command, { workspace: '', json: values.json, kind: values.kind, out: values.out }) };
  if (!COMMANDS[command]) throw new UsageError(`未知命令：${command}`);
  if (!values.workspace) throw new UsageError('缺少 --workspace DIR');
  let enterprises: number | undefined;
  if (values.enterprises !== undefined) {
    enterprises = Number(values.enterprises);
    if (!Number.isInteger(enterprises) || enterprises < 1) throw new UsageError('--enterprises 须为正整数');
  }
  if (command === 'dossier' && !values.uscc) throw new UsageError('缺少 --uscc CODE');
  if (command === 'trust add' && (!values.agency || !values.pem || !values.fingerprint)) throw new UsageError('用法：qcd trust add --workspace DIR --agency CODE --pem FILE --fingerprint HEX');
  if (command === 'evaluate' && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'] ?? '')) throw new UsageError('缺少 --as-of YYYY-MM-DD');
  if (command === 'explain' && (!values.uscc || !/^\d+$/.test(values.run ?? ''))) throw new UsageError('用法：qcd explain --workspace DIR --run ID --uscc CODE');
  const page = values.page === undefined ? 1 : Number(values.page);
  if (!Number.isInteger(page) || page < 1) throw new UsageError('--page 须为正整数');
  const options = values as Record<string, string | boolean | undefined>;
  const search = command === 'search'
    ? searchInput(Object.fromEntries(SEARCH_FLAG_NAMES.map((n) => [n, typeof options[n] === 'string' ? options[n] : undefined])), page)
    : undefined;
  return {
    command,
    flags: checkAnnouncementArgs(command, { map: values.map, authority: values.authority, ...checkImportArgs(command, {
      search, uscc: values.uscc, asOf: values['as-of'], model: values.model, run: values.run,
      agency: values.agency, pem: values.pem, fingerprint: values.fingerprint, name: values.name, preview: values.preview,
      workspace: resolve(values.workspace), json: values.json, passwordFile: values['password-file'],
      user: values.user, enterprises, seed: values.seed, out: values.out, undo: values.undo, backup, file, kind: values.kind,
      rejectInvalid: values['reject-invalid'],
    }) }),
  };
}

function appVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

async function runTemplate(flags: ImportFlags, out: Out): Promise<number> {
  try {
    await templateCommand(flags, out);
    return EXIT.ok;
  } catch (e) {
    out.error(e instanceof AppFailure ? e.error : failureOf('E_INTERNAL', e instanceof Error ? e.message : String(e)));
    return EXIT.failed;
  }
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const out = createOut(json);
  if (isVerifyInvocation(argv)) return verifyCommand(argv, out);
  if (isKeyPublicationInvocation(argv)) return keyPublicationMain(argv, out, { resourcesDir: join(ROOT, 'resources'), appVersion: appVersion() });
  if (isExchangeInvocation(argv)) return exchangeMain(argv, out, { resourcesDir: join(ROOT, 'resources'), appVersion: appVersion() });
  let parsed: { command: string; flags: AnnouncementFlags };
  try {
    parsed = parse(argv);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message) out.error(failureOf('E_USAGE', `命令用法错误：${message}`));
    if (!json) process.stderr.write(`${HELP}\n`);
    return EXIT.usage;
  }
  if (parsed.command === 'check-code') return checkCodeCommand(parsed.flags.code ?? '', out);
  if (parsed.command === 'template') return runTemplate(parsed.flags, out);
  let backend: Backend | undefined;
  try {
    backend = await openBackend({ workspace: parsed.flags.workspace, resourcesDir: join(ROOT, 'resources'), appVersion: appVersion() });
    const succeeded = await COMMANDS[parsed.command]?.(backend, parsed.flags, out);
    return succeeded === false ? EXIT.failed : EXIT.ok;
  } catch (e) {
    out.error(e instanceof AppFailure ? e.error : failureOf('E_INTERNAL', e instanceof Error ? e.message : String(e)));
    return EXIT.failed;
  } finally {
    backend?.close();
  }
}
