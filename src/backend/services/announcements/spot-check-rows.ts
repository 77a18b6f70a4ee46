import type { LayoutRow } from '../../../core/import-parse/layout';
import type { ParsedRow } from '../../../core/import-parse/record-cells';
import { validateRecordDraft } from '../../../core/records/draft';
import type { RowProblem } from '../../../contract/announcements';
import { originalsNote, parsedProblems, rowProblem, text, validationProblems, valuesOf, type DraftContext, type RowDraft } from './rows';

/** Record fields → the table field whose column they came from, for placing validation problems. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  productName: 'productName', trademark: 'trademark', model: 'model', batch: 'batch', productionDate: 'productionDate',
  productionDatePrecision: 'productionDate', productCategory: 'productCategory', institution: 'institution', reportNo: 'reportNumber',
  failedItems: 'failedItems', failureDegree: 'severity', seriousFail: 'severity', refused: 'result', sampledOn: 'sampleDate',
  resultOn: 'sampleDate', samplingDomain: 'sampleSource', outcome: 'result', authority: 'firmName',
};

function samplingDomain(parsed: ParsedRow): 'production' | 'circulation' | 'e-commerce' | undefined {
  const source = text(parsed, 'sampleSource');
  if (/电商|网购|网店|网络|平台/u.test(source) || (source === '' && text(parsed, 'platform') !== '')) return 'e-commerce';
  if (/流通|销售|市场|超市|商场|商店|经销/u.test(source)) return 'circulation';
  if (/生产|企业成品库|成品库|出厂/u.test(source)) return 'production';
  return undefined;
}

function failureDegree(parsed: ParsedRow): 'general' | 'serious' | undefined {
  const s = text(parsed, 'severity');
  if (/严重|^是$/u.test(s)) return 'serious';
  if (/一般|轻微|^否$/u.test(s)) return 'general';
  return undefined;
}

/**
 * The outcome a row states; without a result column or cell, failed items mean a fail (tables
 * of failed products list only those). Null when nothing says it.
 */
function outcomeOf(parsed: ParsedRow, items: readonly string[]): 'pass' | 'fail' | 'refused' | null {
  const r = text(parsed, 'result');
  if (r === 'pass' || r === 'fail' || r === 'refused') return r;
  return items.length > 0 ? 'fail' : null;
}

/** The parser's problems that stop a row: a firm or result nobody can read. */
const BLOCKING = (field: string, code: string): boolean =>
  (code === 'E_IMPORT_TEXT_DAMAGED' && (field === 'firmName' || field === 'sampledUnit' || field === 'productName')) || field === 'result';

/**
 * A spot-check result row as a record: the report's fields from the cells, the sampling date
 * (the announcement's when the table has none), the organising department, and every original
 * cell in the notes. The draft goes through `validateRecordDraft` like a form in the app.
 */
export function spotCheckRow(parsed: ParsedRow, row: LayoutRow, ctx: DraftContext): RowDraft {
  const problems: RowProblem[] = parsedProblems(parsed, BLOCKING);
  const name = text(parsed, 'firmName');
  const place = text(parsed, 'region') || text(parsed, 'address') || text(parsed, 'sampledUnitAddress');
  if (name === '' && !problems.some((p) => p.blocking && p.field === 'firmName')) problems.push(rowProblem(parsed, 'firmName', 'E_IMPORT_FIRM_MISSING', ctx.mapping));
  const items = parsed.cells.failedItems?.items ?? [];
  const outcome = outcomeOf(parsed, items);
  if (outcome === null && !problems.some((p) => p.field === 'result')) problems.push(rowProblem(parsed, 'result', 'E_IMPORT_RESULT_UNREADABLE', ctx.mapping));
  const sample = parsed.cells.sampleDate;
  const sampledOn = sample?.precision === 'day' ? sample.text : ctx.announcedOn;
  const resultOn = sampledOn > ctx.announcedOn ? sampledOn : ctx.announcedOn;
  const production = parsed.cells.productionDate;
  const lead = sample?.precision === 'day' ? '' : `抽样日期未载明，以公告日期 ${ctx.announcedOn} 记。`;
  const details = {
    planType: ctx.planType,
    productName: text(parsed, 'productName'),
    trademark: text(parsed, 'trademark'),
    model: text(parsed, 'model'),
    batch: text(parsed, 'batch'),
    ...(production?.precision ? { productionDate: production.text, productionDatePrecision: production.precision } : {}),
    productCategory: text(parsed, 'productCategory'),
    institution: text(parsed, 'institution'),
    reportNo: text(parsed, 'reportNumber'),
    failedItems: outcome === 'fail' ? items : [],
    ...(outcome === 'fail' && failureDegree(parsed) ? { failureDegree: failureDegree(parsed) } : {}),
    ...(samplingDomain(parsed) ? { samplingDomain: samplingDomain(parsed) } : {}),
    refused: outcome === 'refused',
    sampledOn,
    ...(outcome === 'pass' || outcome === 'fail' ? { resultOn } : {}),
    notes: originalsNote(row, ctx.mapping, ctx.fileName, lead),
  };
  const firm = name === '' ? null : { name, place, code: text(parsed, 'uscc') || null };
  if (problems.some((p) => p.blocking)) return { row: parsed.rowNumber, firm, draft: null, problems, values: valuesOf(parsed) };
  const result = validateRecordDraft('spot-checks', { authority: ctx.authority, outcome, details });
  problems.push(...validationProblems(parsed, result, ctx.mapping, (f) => COLUMN_OF[f] ?? f));
  return { row: parsed.rowNumber, firm, draft: result.ok ? result.value : null, problems, values: valuesOf(parsed) };
}
