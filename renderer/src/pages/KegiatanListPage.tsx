import { Card, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { KegiatanListItem } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatDate } from '../../../shared/format/date';
import { useRead } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { ListHeader } from '../components/ListHeader';

const gp = messages.kegiatanPages;
const gf = messages.kegiatanFields;
const fig = gp.figures;
const ratio = (a: number, b: number) => `${a} ${fill(fig.ofTotal, { n: b })}`;

export function KegiatanListPage() {
  const navigate = useNavigate();
  const list = useRead('kegiatan:list', {});
  const rows = list.data ?? [];
  return (
    <>
      <ListHeader entity="kegiatan" title={gp.listTitle} sub={list.data ? fill(gp.total, { n: rows.length }) : messages.common.loading} addLabel={gp.add} />
      <Card>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<KegiatanListItem>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={rows}
          locale={{ emptyText: gp.empty }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onRow={(k) => ({ onDoubleClick: () => navigate(`/kegiatan/${k.id}`) })}
          scroll={{ x: 960 }}
          columns={[
            {
              title: gf.name,
              dataIndex: 'name',
              key: 'name',
              render: (v: string, k) => (
                <>
                  <Link to={`/kegiatan/${k.id}`}>{v}</Link>
                  {k.theme ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{k.theme}</Typography.Text> : null}
                </>
              ),
            },
            { title: gf.date, dataIndex: 'date', key: 'date', width: 110, render: (v: string) => formatDate(v) },
            { title: gf.venue, dataIndex: 'venue', key: 'venue', width: 220 },
            { title: fig.umkmPresent, key: 'umkm', width: 110, align: 'right', render: (_: unknown, k) => ratio(k.figures.umkmPresent, k.figures.umkmExpected) },
            { title: fig.partnersPresent, key: 'partners', width: 110, align: 'right', render: (_: unknown, k) => ratio(k.figures.partnersPresent, k.figures.partnersInvited) },
            { title: fig.agreementsProposed, dataIndex: ['figures', 'agreementsProposed'], key: 'proposed', width: 120, align: 'right' },
            { title: fig.agreementsSigned, dataIndex: ['figures', 'agreementsSigned'], key: 'signed', width: 140, align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}
