import { useEffect, useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { MitraListItem } from '../../../shared/contract';
import { MITRA_KINDS, MITRA_STATUS, type MitraKind, type MitraStatus } from '../../../shared/domain/partnership';
import { displayPhone } from '../../../shared/domain/phone';
import { fill, messages } from '../../../shared/i18n';
import { useMitraList } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { mitraKindOptions, mitraStatusOptions } from '../components/partnershipOptions';
import { useDebounced } from '../hooks/useDebounced';
import { ExportButton } from '../components/exports/ExportButton';
import { useUrlParams } from '../hooks/useUrlParams';
import { Can } from '../components/auth/Can';

const mp = messages.mitraPages;
const mf = messages.mitraFields;
const e = messages.kemitraanEnums;
const none = messages.pc.none;
const oneOf = <T extends string>(list: readonly T[], v: string | undefined) => (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

export function MitraListPage() {
  const navigate = useNavigate();
  const { get, update, page, pageSize } = useUrlParams();
  const [text, setText] = useState(get('q') ?? '');
  const debounced = useDebounced(text.trim(), 200);
  useEffect(() => {
    if ((get('q') ?? '') !== debounced) update({ q: debounced || undefined });
    // Only the debounced text drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const kind = oneOf<MitraKind>(MITRA_KINDS, get('kind'));
  const status = oneOf<MitraStatus>(MITRA_STATUS, get('status'));
  const list = useMitraList({ search: get('q'), kind, status, page, pageSize });

  const columns: TableProps<MitraListItem>['columns'] = [
    { title: mf.name, dataIndex: 'name', key: 'name', render: (v: string, m) => <Link to={`/mitra/${m.id}`}>{v}</Link> },
    {
      title: mf.kind,
      dataIndex: 'kind',
      key: 'kind',
      width: 200,
      render: (v: MitraKind, m) => (
        <>
          {e.mitraKind[v]}
          {m.sector ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{m.sector}</Typography.Text> : null}
        </>
      ),
    },
    { title: mf.kecamatan, dataIndex: 'kecamatanName', key: 'kecamatan', width: 160, render: (v: string | null) => v ?? none },
    {
      title: mf.contactName,
      dataIndex: 'contactName',
      key: 'contact',
      width: 190,
      render: (v: string | null, m) => (
        <>
          {v ?? none}
          {m.phone ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, whiteSpace: 'nowrap' }}>{displayPhone(m.phone)}</Typography.Text> : null}
        </>
      ),
    },
    { title: mp.activeAgreements, dataIndex: 'activeAgreements', key: 'activeAgreements', width: 100, align: 'right' },
    { title: mp.fosteredUmkm, dataIndex: 'fosteredUmkm', key: 'fosteredUmkm', width: 90, align: 'right' },
    { title: mf.status, dataIndex: 'status', key: 'status', width: 100, render: (v: MitraStatus) => <Tag color={v === 'aktif' ? 'green' : 'default'}>{e.mitraStatus[v]}</Tag> },
  ];

  return (
    <>
      <PageHeader
        title={mp.listTitle}
        sub={list.data ? fill(mp.total, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}
        extra={
          <Flex gap={8}>
            <ExportButton input={{ list: 'mitra', query: { search: get('q'), kind, status } }} />
            <Can channel="mitra:create">
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/mitra/baru')}>
                {mp.add}
              </Button>
            </Can>
          </Flex>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear aria-label={mp.searchPlaceholder} placeholder={mp.searchPlaceholder} value={text} onChange={(ev) => setText(ev.target.value)} style={{ width: 320 }} />
          <Select allowClear aria-label={mp.filterKind} placeholder={mp.filterKind} style={{ width: 220 }} options={mitraKindOptions} value={kind} onChange={(v: string | undefined) => update({ kind: v })} />
          <Select allowClear aria-label={mp.filterStatus} placeholder={mp.filterStatus} style={{ width: 160 }} options={mitraStatusOptions} value={status} onChange={(v: string | undefined) => update({ status: v })} />
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<MitraListItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
          locale={{ emptyText: mp.empty }}
          onRow={(m) => ({ onDoubleClick: () => navigate(`/mitra/${m.id}`) })}
          onChange={(p) => update({ page: p.current && p.current > 1 ? p.current : undefined, size: p.pageSize && p.pageSize !== 50 ? p.pageSize : undefined })}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200],
            hideOnSinglePage: false,
            showTotal: (t, [a, b]) => fill(messages.pc.pageRange, { from: a, to: b, total: t.toLocaleString('id-ID') }),
          }}
          scroll={{ x: 1040 }}
        />
      </Card>
    </>
  );
}
