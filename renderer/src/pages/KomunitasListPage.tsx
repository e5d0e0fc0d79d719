import { useEffect, useState } from 'react';
import { Button, Card, Flex, Input, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { KomunitasListItem } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { useKomunitasList } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { kecamatanOptions } from '../components/options';
import { useDebounced } from '../hooks/useDebounced';
import { useUrlParams } from '../hooks/useUrlParams';
import { Can } from '../components/auth/Can';

const kp = messages.komunitasPages;
const kf = messages.komunitasFields;

export function KomunitasListPage() {
  const navigate = useNavigate();
  const { get, update } = useUrlParams();
  const [text, setText] = useState(get('q') ?? '');
  const debounced = useDebounced(text.trim(), 200);
  useEffect(() => {
    if ((get('q') ?? '') !== debounced) update({ q: debounced || undefined });
    // Only the debounced text drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const list = useKomunitasList({ search: get('q'), kecamatan: get('kecamatan') });
  const rows = list.data ?? [];

  return (
    <>
      <PageHeader
        title={kp.listTitle}
        sub={list.data ? fill(kp.total, { n: rows.length.toLocaleString('id-ID') }) : messages.common.loading}
        extra={
          <Can channel="komunitas:create">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/komunitas/baru')}>
              {kp.add}
            </Button>
          </Can>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear aria-label={kp.searchPlaceholder} placeholder={kp.searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} style={{ width: 320 }} />
          <Select
            allowClear
            aria-label={kp.filterKecamatan}
            placeholder={kp.filterKecamatan}
            style={{ width: 200 }}
            options={kecamatanOptions}
            value={get('kecamatan')}
            onChange={(v: string | undefined) => update({ kecamatan: v })}
          />
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
