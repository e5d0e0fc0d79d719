import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Kemitraan, MonevProduct, MonevVisit } from '../../../../shared/contract';
import { daysBetween, isReviewDue, nextReviewDate, type MonevSales } from '../../../../shared/domain/monev';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { useRead, useInvalidateRegistry } from '../../api/queries';
import { useCan } from '../../hooks/useCan';
import { ExportButton } from '../exports/ExportButton';
import { VisitFormModal } from './VisitFormModal';

const f = messages.monevFields;
const p = messages.monevPages;
const e = messages.monevEnums;
export const SALES_COLOR: Record<MonevSales, string> = { laku: 'green', kurang_laku: 'gold', tidak_laku: 'red' };

/** What the agreement's review schedule says today: its cadence and next day, late or soon. */
function Schedule({ k, lastVisit }: { k: Kemitraan; lastVisit: string | null }) {
  if (k.reviewMonths === null) return <Typography.Text type="secondary">{p.noReview}</Typography.Text>;
  const next = nextReviewDate({ reviewMonths: k.reviewMonths, lastVisit, signedAt: k.signedAt, startDate: k.startDate })!;
  const today = todayIso();
  const late = daysBetween(next, today);
  const cadence = e.reviewMonths[k.reviewMonths];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text data-testid="monev-schedule">
        {fill(p.scheduleLine, { cadence, date: formatDate(next) })} · {f.lastVisit}: {lastVisit ? formatDate(lastVisit) : p.never}
      </Typography.Text>
      {k.status === 'aktif' && late > 0 ? <Alert type="error" showIcon title={fill(p.overdueAlert, { n: late })} data-testid="monev-alert" /> : null}
      {k.status === 'aktif' && late <= 0 && isReviewDue(next, today) ? <Alert type="warning" showIcon title={fill(p.dueAlert, { date: formatDate(next) })} data-testid="monev-alert" /> : null}
    </Space>
  );
}

function ProductsTable({ products }: { products: MonevProduct[] }) {
  if (products.length === 0) return <Typography.Text type="secondary">{p.noProducts}</Typography.Text>;
  return (
    <Table<MonevProduct>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={products}
      columns={[
        { title: f.product, dataIndex: 'product' },
        { title: f.outlet, dataIndex: 'outlet', render: (v: string | null) => v ?? '—' },
        { title: f.since, dataIndex: 'since', render: (v: string | null) => (v ? formatDate(v) : '—') },
        { title: f.price, dataIndex: 'price', align: 'right', render: (v: number | null) => (v === null ? '—' : formatRupiah(v)) },
        {
          title: f.sales,
          dataIndex: 'sales',
          render: (s: MonevSales, r) => (
            <Space size={4} wrap>
              <Tag color={SALES_COLOR[s]}>{e.sales[s]}</Tag>
              {r.stockOut ? <Tag color="volcano">{p.stockOutTag}</Tag> : null}
            </Space>
          ),
        },
        { title: f.feedback, dataIndex: 'feedback', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

/**
 * The agreement's monitoring and evaluation: its review schedule, each visit with the products it
 * looked at, and (while the agreement is active, for a role that may) a new visit or an edit.
 */
export function MonevCard({ k }: { k: Kemitraan }) {
  const visits = useRead('monev:list', { kemitraanId: k.id, pageSize: 200 });
  // From the due list ("Catat monev"): the agreement's page opens with a new visit's form.
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<MonevVisit | 'new' | null>(params.get('catat') === '1' && k.status === 'aktif' ? 'new' : null);
  const close = () => {
    setEditing(null);
    if (params.has('catat')) setParams((now) => (now.delete('catat'), now), { replace: true });
  };
  const canAdd = useCan('monev:create');
  const canEdit = useCan('monev:update');
  const canDelete = useCan('monev:delete');
  const { modal, message } = App.useApp();
  const invalidate = useInvalidateRegistry();
  const items = visits.data?.items ?? [];
  const remove = (v: MonevVisit) =>
    modal.confirm({
      title: p.deleteVisit,
      content: fill(p.deleteConfirm, { date: formatDate(v.date) }),
      okText: messages.pc.delete,
      okButtonProps: { danger: true },
      cancelText: messages.pc.cancel,
      onOk: () =>
        call('monev:delete', { id: v.id, version: v.version }).then(
          () => {
            void message.success(p.deleted);
            void invalidate();
          },
          (err: unknown) => void message.error(errorMessage(err)),
        ),
    });
  return (
    <Card
      title={p.cardTitle}
      style={{ marginTop: 16 }}
      data-testid="monev-card"
      extra={
        <Space>
          {items.length ? <ExportButton input={{ list: 'monev', query: { kemitraanId: k.id } }} /> : null}
          {canAdd && k.status === 'aktif' ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {p.addVisit}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Schedule k={k} lastVisit={items[0]?.date ?? null} />
      <Table<MonevVisit>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        loading={visits.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: p.noVisits }}
        expandable={{ expandedRowRender: (v) => <ProductsTable products={v.products} />, rowExpandable: (v) => v.products.length > 0 }}
        columns={[
          { title: f.date, dataIndex: 'date', width: 110, render: (d: string) => formatDate(d) },
          { title: f.method, dataIndex: 'method', width: 150, render: (m: MonevVisit['method']) => e.method[m] },
          { title: f.officer, dataIndex: 'officer', width: 160 },
          {
            title: f.products,
            key: 'products',
            render: (_: unknown, v) =>
              v.products.length === 0 ? (
                '—'
              ) : (
                <Space size={4} wrap>
                  {v.products.map((x) => (
                    <Tag key={x.id} color={SALES_COLOR[x.sales]}>
                      {x.product}: {e.sales[x.sales]}
                      {x.stockOut ? ` · ${p.stockOutTag}` : ''}
                    </Tag>
                  ))}
                </Space>
              ),
          },
          { title: f.nextStep, dataIndex: 'nextStep', render: (s: string | null) => s ?? '—' },
          ...(canEdit || canDelete
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 96,
                  render: (_: unknown, v: MonevVisit) => (
                    <Space size={0}>
                      {canEdit ? <Button type="text" icon={<EditOutlined />} aria-label={`${p.editVisit} ${formatDate(v.date)}`} onClick={() => setEditing(v)} /> : null}
                      {canDelete ? <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${p.deleteVisit} ${formatDate(v.date)}`} onClick={() => remove(v)} /> : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? <VisitFormModal k={k} visit={editing === 'new' ? undefined : editing} onClose={close} /> : null}
    </Card>
  );
}
