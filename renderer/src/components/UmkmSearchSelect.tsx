import { useState } from 'react';
import { Button, Flex, Select, Spin, Tag } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
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
  const label = (id: number) => labels[id] ?? `#${id}`;
  const common = {
    id: props.id,
    'aria-label': props.placeholder,
    placeholder: props.placeholder,
    showSearch: { filterOption: false as const, onSearch: setText, searchValue: text, autoClearSearchValue: true },
    onBlur: props.onBlur,
    status: props.status,
    loading: list.isFetching,
    notFoundContent: list.isFetching ? <Spin size="small" /> : pc.noMatch,
  };
  if (!props.multiple) {
    const options = [
      ...chosen.filter((id) => !items.some((u) => u.id === id)).map((id) => ({ value: id, label: label(id) })),
      ...items.filter((u) => !exclude.has(u.id)).map((u) => ({ value: u.id, label: umkmOptionLabel(u) })),
    ];
    const pick = (v: number | undefined) => {
      setText('');
      props.onChange(v ?? undefined);
    };
    return <Select<number> {...common} style={{ width: '100%', ...props.style }} options={options} allowClear value={props.value} onChange={pick} />;
  }

  // Many: the box only searches and adds. What was picked is listed under it, each removed only by
  // its own button, so a click in the list can never drop a pick, and the search starts afresh.
  const { value, onChange } = props;
  const picked = new Set(value);
  const options = items.filter((u) => !exclude.has(u.id) && !picked.has(u.id)).map((u) => ({ value: u.id, label: umkmOptionLabel(u) }));
  const add = (id: number) => {
    setText('');
    if (!picked.has(id)) onChange([...value, id]);
  };
  return (
    <div style={{ width: '100%', ...props.style }}>
      <Select<number> {...common} style={{ width: '100%' }} options={options} value={null} onSelect={add} />
      {value.length > 0 ? (
        <Flex wrap gap={6} style={{ marginTop: 8 }} data-testid="umkm-picked" aria-label={pc.picked}>
          {value.map((id) => (
            <Tag key={id} style={{ marginInlineEnd: 0, paddingInlineEnd: 2 }}>
              {label(id)}
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={fill(pc.unpick, { name: label(id) })}
                title={fill(pc.unpick, { name: label(id) })}
                onClick={() => onChange(value.filter((x) => x !== id))}
                style={{ marginInlineStart: 2, height: 20, width: 20, minWidth: 20 }}
              />
            </Tag>
          ))}
        </Flex>
      ) : null}
    </div>
  );
}
