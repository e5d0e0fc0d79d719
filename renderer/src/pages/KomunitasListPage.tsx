import { Card, Flex, Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { KomunitasListItem } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { ListHeader } from '../components/ListHeader';
import { kecamatanOptions } from '../components/options';
import { useUrlParams } from '../hooks/useUrlParams';
import { UrlSearchBox } from '../components/UrlSearchBox';

const kp = messages.komunitasPages;
const kf = messages.komunitasFields;

export function KomunitasListPage() {
  const navigate = useNavigate();
  const { get, update } = useUrlParams();
  const list = useRead('komunitas:list', { search: get('q'), kecamatan: get('kecamatan') });
  const rows = list.data ?? [];

  return (
    <>
      <ListHeader entity="komunitas" title={kp.listTitle} sub={list.data ? fill(kp.total, { n: rows.length.toLocaleString('id-ID') }) : messages.common.loading} addLabel={kp.add} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <UrlSearchBox label={kp.searchPlaceholder} width={320} focus={false} />
          <FilterSelect search={false} placeholder={kp.filterKecamatan} width={200} options={kecamatanOptions} value={get('kecamatan')} onChange={(v) => update({ kecamatan: v })} />
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<KomunitasListItem>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={rows}
          locale={{ emptyText: kp.empty }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onRow={(k) => ({ onDoubleClick: () => navigate(`/komunitas/${k.id}`) })}
          columns={[
            { title: kf.name, dataIndex: 'name', key: 'name', render: (v: string, k) => <Link to={`/komunitas/${k.id}`}>{v}</Link> },
            { title: kf.kecamatan, dataIndex: 'kecamatanName', key: 'kecamatan', width: 200, render: (v: string | null) => v ?? messages.pc.none },
            { title: kf.leaderName, dataIndex: 'leaderName', key: 'leader', width: 220, render: (v: string | null) => v ?? messages.pc.none },
            { title: kf.memberCount, dataIndex: 'memberCount', key: 'memberCount', width: 150, align: 'right', sorter: (a, b) => a.memberCount - b.memberCount },
          ]}
        />
      </Card>
    </>
  );
}
