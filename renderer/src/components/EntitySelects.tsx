import { Select } from 'antd';
import { formatDate } from '../../../shared/format/date';
import { useRead } from '../api/queries';

// Pickers for partners, communities and meetings: short lists, loaded whole and searched by label.
interface Base {
  id?: string;
  placeholder: string;
  onBlur?: () => void;
  status?: 'error';
  style?: React.CSSProperties;
  allowClear?: boolean;
}
type Single = Base & { multiple?: false; value: number | undefined; onChange: (id: number | undefined) => void };
type Multiple = Base & { multiple: true; value: number[]; onChange: (ids: number[]) => void };

function PickSelect(props: (Single | Multiple) & { options: Array<{ value: number; label: string }>; loading: boolean }) {
  const common = {
    id: props.id,
    'aria-label': props.placeholder,
    placeholder: props.placeholder,
    style: { width: '100%', ...props.style },
    options: props.options,
    loading: props.loading,
    showSearch: { optionFilterProp: 'label' },
    allowClear: props.allowClear ?? true,
    onBlur: props.onBlur,
    status: props.status,
  };
  return props.multiple ? (
    <Select<number[]> {...common} mode="multiple" value={props.value} onChange={(v) => props.onChange(v ?? [])} />
  ) : (
    <Select<number> {...common} value={props.value} onChange={(v) => props.onChange(v ?? undefined)} />
  );
}

/** Partners; `activeOnly` for a new agreement (an inactive partner takes none). */
export function MitraSelect(props: (Single | Multiple) & { activeOnly?: boolean }) {
  const list = useRead('mitra:list', { pageSize: 500, status: props.activeOnly ? 'aktif' : undefined });
  const options = (list.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }));
  return <PickSelect {...props} options={options} loading={list.isPending} />;
}

export function KomunitasSelect(props: Single | Multiple) {
  const list = useRead('komunitas:list', {});
  const options = (list.data ?? []).map((k) => ({ value: k.id, label: k.name }));
  return <PickSelect {...props} options={options} loading={list.isPending} />;
}

export function KegiatanSelect(props: Single) {
  const list = useRead('kegiatan:list', {});
  const options = (list.data ?? []).map((k) => ({ value: k.id, label: `${k.name} (${formatDate(k.date)})` }));
  return <PickSelect {...props} options={options} loading={list.isPending} />;
}
