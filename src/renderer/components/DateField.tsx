import { DatePicker } from 'antd';
import dayjs from 'dayjs';

type Props = {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  'aria-label'?: string;
};

const FORMAT = 'YYYY-MM-DD';

/**
 * An antd DatePicker that holds an ISO date string, so forms and the contract deal in
 * `YYYY-MM-DD` only and never in time zones. Typing a date and pressing Enter works as well.
 */
export function DateField({ value, onChange, placeholder, ...rest }: Props) {
  const parsed = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : null;
  return (
    <DatePicker
      {...rest}
      format={FORMAT}
      placeholder={placeholder ?? FORMAT}
      value={parsed?.isValid() ? parsed : null}
      onChange={(next) => onChange?.(next ? next.format(FORMAT) : undefined)}
      style={{ width: '100%' }}
    />
  );
}
