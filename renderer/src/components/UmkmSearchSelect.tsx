import { useState } from 'react';
import { Select, Spin } from 'antd';
import type { UmkmListItem } from '../../../shared/contract';
import type { UmkmStatus } from '../../../shared/domain/sectors';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { useDebounced } from '../hooks/useDebounced';

const pc = messages.pc;
export const umkmOptionLabel = (u: Pick<UmkmListItem, 'businessName' | 'ownerName' | 'kecamatanName'>) =>
  fill(pc.umkmOption, { name: u.businessName, owner: u.ownerName, kecamatan: u.kecamatanName.replace('Balikpapan ', 'Bpp ') });

interface Common {
  id?: string;
  placeholder: string;
  /** Only UMKM with this status (agreements are for active UMKM only). */
  umkmStatus?: UmkmStatus;
  /** Ids never offered, e.g. the community's members already. */
  exclude?: readonly number[];
  /** Labels of ids chosen earlier (an edit form's current UMKM). */
  known?: ReadonlyArray<{ id: number; label: string }>;
  onBlur?: () => void;
  status?: 'error';
  style?: React.CSSProperties;
}
type Props =
  | (Common & { multiple: true; value: number[]; onChange: (ids: number[]) => void })
  | (Common & { multiple?: false; value: number | undefined; onChange: (id: number | undefined) => void });

/** Finds UMKM of the registry as the clerk types (debounced, server-side search over umkm:list). */
export function UmkmSearchSelect(props: Props) {
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const list = useRead('umkm:list', { search: search || undefined, status: props.umkmStatus, pageSize: 20, sort: 'businessName' });
  // Labels of everything seen, so a chosen UMKM keeps its name when the next search no longer lists it.
  const [labels, setLabels] = useState<Record<number, string>>(() => Object.fromEntries((props.known ?? []).map((u) => [u.id, u.label])));
  const items = list.data?.items ?? [];
  const missing = items.filter((u) => labels[u.id] === undefined);
  if (missing.length) setLabels((prev) => ({ ...prev, ...Object.fromEntries(missing.map((u) => [u.id, umkmOptionLabel(u)])) }));

  const exclude = new Set(props.exclude ?? []);
  const chosen = props.multiple ? props.value : props.value === undefined ? [] : [props.value];
  const options = [
    ...chosen.filter((id) => !items.some((u) => u.id === id)).map((id) => ({ value: id, label: labels[id] ?? `#${id}` })),
    ...items.filter((u) => !exclude.has(u.id)).map((u) => ({ value: u.id, label: umkmOptionLabel(u) })),
  ];
  const common = {
    id: props.id,
    'aria-label': props.placeholder,
    placeholder: props.placeholder,
    style: { width: '100%', ...props.style },
    options,
    showSearch: { filterOption: false as const, onSearch: setText, searchValue: text, autoClearSearchValue: false },
    allowClear: true,
    onBlur: props.onBlur,
    status: props.status,
    loading: list.isFetching,
    notFoundContent: list.isFetching ? <Spin size="small" /> : pc.noMatch,
  };
  return props.multiple ? (
    <Select<number[]> {...common} mode="multiple" value={props.value} onChange={(v) => props.onChange(v ?? [])} />
  ) : (
    <Select<number> {...common} value={props.value} onChange={(v) => { setText(''); props.onChange(v ?? undefined); }} />
  );
}
