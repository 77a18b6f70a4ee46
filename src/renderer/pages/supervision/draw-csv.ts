import type { Draw } from '../../../contract/supervision';
import type { Translate } from '../../i18n/translate';
import { gradeText, modeLabel, riskLabel } from './labels';

const cell = (v: string | number): string => {
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet; quotes and commas need quoting.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A draw as CSV with a BOM (Excel opens UTF-8 Chinese correctly only with it), the seed on the first line. */
export function drawCsv(d: Draw, t: Translate): string {
  const head = [t('sup.col.name'), t('sup.col.uscc'), t('sup.col.region'), t('sup.col.grade'), t('sup.col.risk'), t('sup.col.mode'), t('sup.col.visits')];
  const lines = [
    [t('sup.col.seed'), d.seed, t('sup.year'), d.year, t('sup.region'), d.region ?? t('sup.regionAll'), t('sup.col.digest'), d.inputsDigest],
    head,
    ...d.list.map((i) => [i.name, i.uscc, i.regionCode, gradeText(i.grade, t), riskLabel(i.riskGrade, t), modeLabel(i.mode, t), i.visits]),
  ];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
