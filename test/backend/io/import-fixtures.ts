import { usccCheckChar } from '../../../src/core/identifiers/uscc';
import type { TestBackend } from '../../helpers/workspace';

export const HEADER = ['统一社会信用代码', '企业名称', '行政区划代码', '行业代码', '法定代表人', '住所', '登记状态', '确认保留校验位不符的代码'];
/** Codes present in the shipped GB/T 2260 and GB/T 4754 tables. */
export const REGION = '430102';
export const INDUSTRY = 'C14';

/** A valid USCC, distinct for each n: 91 + region + 9 digits + check character. */
export function uscc(n: number, region = REGION): string {
  const first17 = `91${region}${String(n).padStart(9, '0')}`;
  return `${first17}${usccCheckChar(first17) ?? '0'}`;
}

export function row(n: number, overrides: Partial<Record<'uscc' | 'name' | 'region' | 'industry' | 'address', string>> = {}): string[] {
  return [overrides.uscc ?? uscc(n), overrides.name ?? `长沙市测试企业${n}有限公司`, overrides.region ?? REGION, overrides.industry ?? INDUSTRY,
    '张三', overrides.address ?? `岳麓区麓山路${n}号`, '存续', '否'];
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvText(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export async function preview(b: TestBackend, session: string, fileName: string, bytes: Buffer | Uint8Array) {
  return b.call('imports:preview', { kind: 'enterprises', fileName, contentBase64: Buffer.from(bytes).toString('base64') }, session);
}

export function count(b: TestBackend, where = 'deleted_at IS NULL'): number {
  return b.ws.db.prepare(`SELECT count(*) FROM enterprises WHERE ${where}`).pluck().get() as number;
}

/** The preview staging tables on the backend's connection (see backend/io/stream/preview-stage). */
export function previewTables(b: TestBackend): string[] {
  return b.ws.db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'table' AND name LIKE 'qcd\\_preview\\_%' ESCAPE '\\' ORDER BY name")
    .pluck().all() as string[];
}
