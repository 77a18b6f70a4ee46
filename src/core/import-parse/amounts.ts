import type { ErrorCode } from '../shared/errors';
import { isEmptyMark } from './empty-marks';

export type AmountParse = {
  /** The amount in 万元 as a decimal string without trailing zeros ("0.208"), or null. */
  wan: string | null;
  original: string;
  problem?: Extract<ErrorCode, 'E_IMPORT_AMOUNT_UNREADABLE'>;
};

/** Moves the decimal point of a plain decimal string `places` to the left, exactly. */
function shiftLeft(decimal: string, places: number): string {
  const [int = '0', frac = ''] = decimal.split('.');
  const digits = int.replace(/^0+/, '') + frac;
  const point = int.replace(/^0+/, '').length - places;
  const whole = point > 0 ? digits.slice(0, point) : '0';
  const fraction = point > 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed === '' ? whole : `${whole}.${trimmed}`;
}

function canonical(decimal: string): string {
  return shiftLeft(decimal, 0);
}

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?/u;
const PENALTY_AMOUNT = /(?:罚款|处罚金额|罚没款?|罚金|金额)[^\d]{0,6}(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?/u;

/**
 * The amount a cell or phrase states, in 万元 as an exact decimal string (money is never a
 * float). Units written in the text win; a bare number takes `defaultUnit` (the column's unit).
 *
 * @example parseAmountWan('处罚金额:2080元').wan // '0.208'
 * @example parseAmountWan('罚款2.5万元').wan // '2.5'
 * @example parseAmountWan('1,200', 'yuan').wan // '0.12'
 */
export function parseAmountWan(text: string, defaultUnit: 'yuan' | 'wan' = 'yuan'): AmountParse {
  const original = text;
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (isEmptyMark(t)) return { wan: null, original };
  const m = t.match(PENALTY_AMOUNT) ?? t.match(AMOUNT);
  const number = m?.[1]?.replace(/,/g, '');
  if (!m || number === undefined) return { wan: null, original, problem: 'E_IMPORT_AMOUNT_UNREADABLE' };
  const unit = m[2] === undefined ? defaultUnit : m[2] === '元' ? 'yuan' : 'wan';
  return { wan: unit === 'yuan' ? shiftLeft(number, 4) : canonical(number), original };
}
