import { InputNumber } from 'antd';
import { groupThousands } from '../../../shared/format/rupiah';

/** Whole rupiah with Indonesian grouping as the clerk types: 1.500.000. */
export function RupiahInput(props: { id: string; value: unknown; onChange: (v: unknown) => void; onBlur: () => void; status?: 'error' }) {
  return (
    <InputNumber<number>
      id={props.id}
      prefix="Rp"
      min={0}
      step={1_000_000}
      precision={0}
      style={{ width: '100%' }}
      value={typeof props.value === 'number' ? props.value : null}
      onChange={(v) => props.onChange(v ?? undefined)}
      onBlur={props.onBlur}
      status={props.status}
      formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : groupThousands(Number(v)))}
      parser={(v) => Number((v ?? '').replace(/\D/g, '') || 0)}
    />
  );
}
