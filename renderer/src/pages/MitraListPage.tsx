import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { MitraListItem } from '../../../shared/contract';
import { MITRA_KINDS, MITRA_STATUS, type MitraKind, type MitraStatus } from '../../../shared/domain/partnership';
import { displayPhone } from '../../../shared/domain/phone';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { ListHeader } from '../components/ListHeader';
import { mitraKindOptions, mitraStatusOptions } from '../components/partnershipOptions';
import { useUrlParams } from '../hooks/useUrlParams';
import { UrlSearchBox } from '../components/UrlSearchBox';

const mp = messages.mitraPages;
const mf = messages.mitraFields;
const e = messages.kemitraanEnums;
const none = messages.pc.none;

export function MitraListPage() {
  const navigate = useNavigate();
  const url = useUrlParams();
  const { get, update } = url;
  const kind = url.oneOf('kind', MITRA_KINDS);
  const status = url.oneOf('status', MITRA_STATUS);
  const list = useRead('mitra:list', { search: get('q'), kind, status, page: url.page, pageSize: url.pageSize });

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
      <ListHeader
        entity="mitra"
        title={mp.listTitle}
        sub={list.data ? fill(mp.total, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}
        addLabel={mp.add}
        exportInput={{ list: 'mitra', query: { search: get('q'), kind, status } }}
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <UrlSearchBox label={mp.searchPlaceholder} width={320} focus={false} />
          <FilterSelect search={false} placeholder={mp.filterKind} width={220} options={mitraKindOptions} value={kind} onChange={(v) => update({ kind: v })} />
          <FilterSelect search={false} placeholder={mp.filterStatus} width={160} options={mitraStatusOptions} value={status} onChange={(v) => update({ status: v })} />
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
          onChange={(p) => update(url.pageChange(p))}
          pagination={url.pagination(list.data?.total ?? 0)}
          scroll={{ x: 1040 }}
        />
      </Card>
    </>
  );
}
