import { Card, Table } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Kemitraan } from '../../../../shared/contract';
import { komunitasTitle } from '../../../../shared/format/names';
import { messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { readKey } from '../../api/queries';

const mp = messages.mitraPages;

interface Row {
  key: string;
  umkmId: number;
  umkmName: string;
  via: string;
  viaLink: string | null;
  kemitraanId: number;
  number: string;
}

/** The UMKM a partner fosters: the party of each active agreement, or every member of a community party. */
export function FosteredUmkmCard({ agreements }: { agreements: Kemitraan[] }) {
  const active = agreements.filter((k) => k.status === 'aktif');
  const komunitasIds = [...new Set(active.flatMap((k) => (k.komunitasId ? [k.komunitasId] : [])))];
  const communities = useQueries({
    queries: komunitasIds.map((id) => ({ queryKey: readKey('komunitas:get', { id }), queryFn: () => call('komunitas:get', { id }) })),
  });
  const rows: Row[] = active.flatMap((k): Row[] => {
    if (k.umkmId) return [{ key: `${k.id}-${k.umkmId}`, umkmId: k.umkmId, umkmName: k.umkmName ?? '', via: mp.direct, viaLink: null, kemitraanId: k.id, number: k.number }];
    const c = communities.find((q) => q.data?.id === k.komunitasId)?.data;
    return (c?.members ?? []).map((u) => ({
      key: `${k.id}-${u.id}`,
      umkmId: u.id,
      umkmName: u.businessName,
      via: komunitasTitle(c!.name),
      viaLink: `/komunitas/${c!.id}`,
      kemitraanId: k.id,
      number: k.number,
    }));
  });
  return (
    <Card title={`${mp.fostered} (${new Set(rows.map((r) => r.umkmId)).size})`} style={{ marginTop: 16 }} data-testid="fostered-card">
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={rows}
        loading={communities.some((q) => q.isPending)}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: mp.noFostered }}
        columns={[
          { title: messages.fields.businessName, dataIndex: 'umkmName', key: 'umkm', render: (v: string, r) => <Link to={`/umkm/${r.umkmId}`}>{v}</Link> },
          { title: mp.fosteredVia, dataIndex: 'via', key: 'via', width: 280, render: (v: string, r) => (r.viaLink ? <Link to={r.viaLink}>{v}</Link> : v) },
          { title: messages.kemitraanFields.number, dataIndex: 'number', key: 'number', width: 170, render: (v: string, r) => <Link to={`/kemitraan/${r.kemitraanId}`}>{v}</Link> },
        ]}
      />
    </Card>
  );
}
