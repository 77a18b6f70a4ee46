import { classifyCode, type CodeKind, type CodeVerdict } from '../../core/identifiers/classify';
import type { ErrorCode } from '../../core/shared/errors';
import { EXIT, type Out } from '../io';

const KIND_LABELS: Record<CodeKind, string> = {
  uscc: '统一社会信用代码', 'org-code': '组织机构代码', 'registration-number': '15 位工商注册号',
  'gtin-8': '商品条码 GTIN-8', 'gtin-12': '商品条码 GTIN-12', 'gtin-13': '商品条码 GTIN-13', 'gtin-14': '商品条码 GTIN-14',
  unknown: '未知',
};

function errorCode(v: CodeVerdict): ErrorCode {
  if (v.kind === 'uscc') return v.defect === 'check' ? 'E_USCC_CHECK' : 'E_USCC_FORMAT';
  return 'E_VALIDATION';
}

/** Needs no workspace: officers check a code before they type it anywhere. Exit 1 when invalid. */
export function checkCodeCommand(code: string, out: Out): number {
  const v = classifyCode(code);
  const text = v.valid
    ? `${v.normalised}：有效的${KIND_LABELS[v.kind]}${v.parts ? `（登记机关行政区划 ${v.parts.regionCode}，组织机构代码 ${v.parts.orgCode}）` : ''}`
    : `${v.normalised}：${KIND_LABELS[v.kind]}无效 —— ${v.reason ?? ''}`;
  out.result(v.valid ? v : { ...v, error: { code: errorCode(v), message: v.reason } }, text);
  return v.valid ? EXIT.ok : EXIT.failed;
}
