import { useLayoutEffect, useRef } from 'react';
import { Input, type InputRef } from 'antd';
import { groupThousands } from '../../../shared/format/rupiah';

interface Props {
  id: string;
  value: unknown;
  onChange: (v: unknown) => void;
  onBlur: () => void;
  status?: 'error';
}

/** Where the caret goes in the formatted text so that the same number of digits stands before it. */
function caretAfterDigits(formatted: string, digits: number): number {
  if (digits === 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i]!)) seen++;
    if (seen === digits) return i + 1;
  }
  return formatted.length;
}

/**
 * Whole rupiah with Indonesian grouping as the clerk types (1.500.000). An emptied field is "no
 * figure" (null), never Rp 0: a zero would silently make the business mikro.
 */
export function RupiahInput({ id, value, onChange, onBlur, status }: Props) {
  const ref = useRef<InputRef>(null);
  const caretDigits = useRef<number | null>(null);
  const text = typeof value === 'number' && Number.isFinite(value) ? groupThousands(value) : '';

  // Keep the caret beside the digit the clerk just typed, though dots come and go around it.
  useLayoutEffect(() => {
    const el = ref.current?.input;
    if (!el || caretDigits.current === null || document.activeElement !== el) return;
    const pos = caretAfterDigits(text, caretDigits.current);
    el.setSelectionRange(pos, pos);
    caretDigits.current = null;
  }, [text]);

  return (
    <Input
      ref={ref}
      id={id}
      prefix="Rp"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      status={status}
      onBlur={onBlur}
      onChange={(e) => {
        const raw = e.target.value;
        const caret = e.target.selectionStart ?? raw.length;
        caretDigits.current = raw.slice(0, caret).replace(/\D/g, '').length;
        const digits = raw.replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 16);
        // null, not undefined: react-hook-form reads undefined as "back to the default value".
        onChange(digits === '' ? null : Number(digits));
      }}
    />
  );
}
