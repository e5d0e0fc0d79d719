import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { UmkmKegiatanItem } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { useRead } from '../../api/queries';
import { LoadError } from '../LoadError';
import type { UmkmTabProps } from '../umkm/UmkmRegisterTabs';
import { period } from '../../pages/KegiatanListPage';

const ut = messages.umkmKegiatanTab;
const gf = { ...messages.kegiatanFields, ...messages.kegiatanMoreFields };

/** The UMKM page's tab 'kegiatan': the activities it took part in, latest first, with its days present. */
export function UmkmKegiatanTab({ umkmId }: UmkmTabProps) {
  const list = useRead('kegiatan:forUmkm', { umkmId });
  return (
    <div data-testid="umkm-kegiatan">
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<UmkmKegiatanItem>
        rowKey={(r) => `${r.kegiatanId}-${r.walkInName ?? ''}`}
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: ut.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1060 }}
        columns={[
          {
            title: gf.name,
            key: 'name',
            width: 240,
            render: (_: unknown, r) => (
              <>
                <Link to={`/kegiatan/${r.kegiatanId}`}>{r.name}</Link>
                {r.walkInName ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{fill(ut.asWalkIn, { name: r.walkInName })}</Typography.Text> : null}
              </>
            ),
          },
          { title: gf.kind, dataIndex: 'kind', key: 'kind', width: 160, render: (v: UmkmKegiatanItem['kind']) => <Tag>{messages.kegiatanKind[v]}</Tag> },
          { title: gf.date, key: 'date', width: 190, render: (_: unknown, r) => period(r) },
          { title: gf.venue, dataIndex: 'venue', key: 'venue', width: 180, ellipsis: true },
          {
            title: gf.present,
            key: 'present',
            width: 120,
            render: (_: unknown, r) =>
              r.kind === 'temu_kemitraan' ? (
                r.hadir === null ? '–' : <Tag color={r.hadir ? 'green' : 'red'}>{r.hadir ? messages.attendanceStatus.hadir : messages.attendanceStatus.tidak_hadir}</Tag>
              ) : (
                <Typography.Text type={r.presentDays > 0 ? 'success' : 'secondary'}>{fill(ut.attendedDays, { n: r.presentDays, of: r.days })}</Typography.Text>
              ),
          },
          { title: messages.pesertaFields.certificateNumber, dataIndex: 'certificateNumber', key: 'cert', width: 170, render: (v: string | null) => v ?? '–' },
        ]}
      />
    </div>
  );
}
