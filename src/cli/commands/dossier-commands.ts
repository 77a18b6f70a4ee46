import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { normaliseCode } from '../../core/identifiers/normalise';
import { contract, type InputOf } from '../../contract';
import { call, UsageError, type Out } from '../io';
import type { Flags } from './workspace-commands';
import { writeFileAtomic } from '../../backend/workspace/write-atomic';

/** Search options as the command line spells them → the enterprises:list input. */
const SEARCH_OPTIONS = {
  query: 'query', status: 'status', region: 'regionPrefix', industry: 'industryCode', 'legal-rep': 'legalRepresentative',
  'record-kind': 'recordKind', 'record-outcome': 'recordOutcome', since: 'recordSince', sort: 'sort', order: 'order',
} as const;

export const SEARCH_FLAG_NAMES = Object.keys(SEARCH_OPTIONS);

/** Checked against the contract while parsing, so that a wrong option exits with 2 and says why. */
export function searchInput(options: Readonly<Record<string, string | undefined>>, page = 1, pageSize = 50): InputOf<'enterprises:list'> {
  const input: Record<string, unknown> = { page, pageSize };
  for (const [flag, key] of Object.entries(SEARCH_OPTIONS)) {
    const v = options[flag];
    if (v !== undefined) input[key] = v;
  }
  const parsed = contract['enterprises:list'].input.safeParse(input);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；'));
  return input as InputOf<'enterprises:list'>;
}

/** `qcd search`: read-only, like `stats`; `--out FILE.xlsx|.csv` writes every hit (up to 100,000). */
export async function searchCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const input = flags.search ?? searchInput({});
  const session = backend.localReaderSession();
  if (flags.out) {
    const r = await call(backend, 'exports:search', { ...input, format: flags.out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx' }, session);
    writeFileAtomic(resolve(flags.out), Buffer.from(r.contentBase64, 'base64'));
    out.result({ ok: true, rows: r.rows, out: resolve(flags.out) }, `已导出 ${r.rows} 家企业：${resolve(flags.out)}`);
    return;
  }
  const page = await call(backend, 'enterprises:list', input, session);
  const lines = page.items.map((e) => `${e.uscc}  ${e.name}  ${e.regionName ?? e.regionCode}  ${e.legalRepresentative}`);
  const more = page.totalCapped ? `超过 ${page.total}` : String(page.total);
  out.result({ ok: true, total: page.total, totalCapped: page.totalCapped, page: page.page, items: page.items }, [`共 ${more} 家企业`, ...lines].join('\n'));
}

/** `qcd dossier --uscc CODE`: the whole dossier of one enterprise, as the app shows it. */
export async function dossierCommand(backend: Backend, flags: Flags, out: Out): Promise<boolean> {
  const session = backend.localReaderSession();
  const uscc = normaliseCode(flags.uscc ?? '');
  const found = await call(backend, 'enterprises:list', { query: uscc, pageSize: 200 }, session);
  const hit = found.items.find((e) => e.uscc === uscc);
  if (!hit) fail('E_NOT_FOUND', `没有统一社会信用代码为 ${uscc} 的企业`);
  const enterprise = await call(backend, 'enterprises:get', { id: hit.id }, session);
  const summary = await call(backend, 'dossier:summary', { enterpriseId: hit.id }, session);
  const records = [];
  for (let page = 1; ; page++) {
    const r = await call(backend, 'records:list', { enterpriseId: hit.id, page, pageSize: 200 }, session);
    records.push(...r.items);
    if (page * 200 >= r.total) break;
  }
  const products = await call(backend, 'products:list', { enterpriseId: hit.id }, session);
  const lines = [
    `${enterprise.name}（${enterprise.uscc}）`,
    ...summary.counts.filter((c) => c.total > 0).map((c) => `  ${c.kind}：${c.total} 条（负面 ${c.negative}，正面 ${c.positive}）`),
    ...records.slice(0, 20).map((r) => `  ${r.occurredOn}  ${r.summary}`),
  ];
  out.result({ ok: true, enterprise, summary, records, products }, lines.join('\n'));
  return true;
}
