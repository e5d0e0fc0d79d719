import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * A calendar date shown as 23/05/2023 and handed on as the contract's ISO text ('' when cleared).
 * Enter commits the typed date (the picker does that) and never submits the form around it.
 */
export function IsoDatePicker(props: {
  id: string;
  value: unknown;
  onChange: (v: unknown) => void;
  onBlur?: () => void;
  status?: 'error';
  /** null: the calendar's own prompt ("Pilih tanggal") instead of the format. */
  placeholder?: string | null;
  /** No day after today can be picked. */
  pastOnly?: boolean;
}) {
  const value = typeof props.value === 'string' && props.value ? dayjs(props.value) : null;
  return (
    <DatePicker
      id={props.id}
      format={DATE_FORMAT}
      placeholder={props.placeholder === null ? undefined : (props.placeholder ?? DATE_FORMAT)}
      style={{ width: '100%' }}
      value={value && value.isValid() ? value : null}
      onChange={(d) => props.onChange(d ? d.format('YYYY-MM-DD') : '')}
      onBlur={props.onBlur}
      // The picker has taken the typed date on Enter already; the browser would then submit the form.
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      status={props.status}
      disabledDate={props.pastOnly ? (d) => d.isAfter(dayjs(), 'day') : undefined}
    />
  );
}
