import { useState } from 'react';
import { App, Button, Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { TimelineItemProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClassRecord } from '../../../../shared/contract';
import { recordAsOf, timeline as standingRecords } from '../../../../shared/domain/progress';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useReadById, useWrite } from '../../api/queries';
import { ClassTag } from '../ClassTag';
import { LoadError } from '../LoadError';
import { ClassRecordModal, type RecordFigureValues } from './ClassRecordForm';
import { SalesChart } from './SalesChart';
import { MoveBody, RecordBody } from './TimelineEntries';
import { Can } from '../auth/Can';

const up = messages.umkmProgress;
const NAIK = '#389e0d';
const TURUN = '#cf1322';

/** What the UMKM form hands the UMKM's page (router state) to open a new record with the figures typed there. */
export interface NewRecordState {
  newRecord: RecordFigureValues;
}

/**
 * "Perkembangan usaha" on a UMKM's page: its sales over time against the PP 7/2021 bounds, and a
 * timeline of its records (newest first) with the moves between them and the support that came
 * before each. Records are added, corrected and removed here; the class on the page follows.
 */
export function UmkmProgress({ umkmId, name, newRecord }: { umkmId: number; name: string; newRecord?: RecordFigureValues }) {
  const { modal, message } = App.useApp();
  const tl = useReadById('progress:timeline', umkmId);
  // Opened with a new record's figures (typed in the UMKM form): its form is open at once.
  const [editing, setEditing] = useState<ClassRecord | 'new' | null>(newRecord ? 'new' : null);
  const [typed, setTyped] = useState(newRecord);
  const close = () => {
    setEditing(null);
    setTyped(undefined);
  };
  const remove = useWrite('progress:delete');

  const records = tl.data?.records ?? [];
  const moves = tl.data?.moves ?? [];
  const standing = new Set(standingRecords(records).map((r) => r.id));
  const latest = recordAsOf(records, '9999-12-31');
  const naik = moves.filter((m) => m.direction === 'naik').length;

  /** Asks first; on success the modal closes and the timeline, chart and class follow. */
  const confirmDelete = (r: ClassRecord) =>
    modal.confirm({
      title: up.deleteConfirmTitle,
      content: fill(up.deleteConfirmText, { date: formatDate(r.date), class: messages.enums.class[r.class] }),
      okText: up.deleteOk,
      okButtonProps: { danger: true },
      cancelText: messages.pc.cancel,
      onOk: () =>
        // On the version shown: a record another clerk changed or deleted meanwhile is refused, saying so.
        remove.mutateAsync({ id: r.id, version: r.version }).then(
          () => {
            void message.success(up.deleted);
            close();
          },
          (err: unknown) => void message.error(errorMessage(err)),
        ),
    });

  // Newest first; each move sits between the record that shows the new class and the one before.
  const sorted = [...records].sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
  const items: TimelineItemProps[] = [];
  for (const r of sorted) {
    items.push({
      key: `r${r.id}`,
      color: standing.has(r.id) ? 'blue' : 'gray',
      content: (
        <div data-testid="record-item" data-record-id={r.id} data-date={r.date}>
          <Space wrap size={8} style={{ marginBottom: 4 }}>
            <Typography.Text strong>{formatDate(r.date)}</Typography.Text>
            <ClassTag value={r.class} basis={r.classBasis} />
            {r.id === latest?.id ? <Tag color="processing">{up.latestTag}</Tag> : null}
            <Can channel="progress:update">
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)} aria-label={fill(up.editLabel, { date: formatDate(r.date) })}>
                {up.edit}
              </Button>
            </Can>
          </Space>
          {standing.has(r.id) ? null : (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '0 0 4px' }}>
              {up.supersededSameDay}
            </Typography.Paragraph>
          )}
          <RecordBody r={r} />
        </div>
      ),
    });
    for (const m of moves.filter((x) => x.toRecordId === r.id)) {
      const color = m.direction === 'naik' ? NAIK : TURUN;
      items.push({
        key: `m${m.fromRecordId}-${m.toRecordId}`,
        color,
        icon: m.direction === 'naik' ? <ArrowUpOutlined style={{ color, fontSize: 16 }} /> : <ArrowDownOutlined style={{ color, fontSize: 16 }} />,
        content: (
          <div style={{ background: m.direction === 'naik' ? '#f6ffed' : '#fff1f0', border: `1px solid ${m.direction === 'naik' ? '#b7eb8f' : '#ffa39e'}`, borderRadius: 6, padding: '8px 12px' }}>
            <Typography.Text strong style={{ color }} data-testid="move-title">
              {fill(m.direction === 'naik' ? up.moveNaik : up.moveTurun, { from: messages.enums.class[m.fromClass], to: messages.enums.class[m.toClass] })}
            </Typography.Text>
            <MoveBody m={m} records={records} />
          </div>
        ),
      });
    }
  }

  /** The edited record as it is now (another clerk changed it): its form starts anew, or closes if it is gone. */
  const reloadEditing = async (id: number) => {
    const fresh = (await tl.refetch()).data?.records.find((r) => r.id === id);
    if (fresh) return setEditing(fresh);
    close();
    void message.warning(messages.editConflict.recordGone);
  };

  const first = standingRecords(records)[0];
  return (
    <Card
      title={up.title}
      style={{ marginTop: 16 }}
      data-testid="progress-section"
      extra={
        <Can channel="progress:add">
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={!tl.data}>
            {up.addRecord}
          </Button>
        </Can>
      }
    >
      {tl.error ? <LoadError error={tl.error} onRetry={() => void tl.refetch()} /> : null}
      {tl.data && records.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={up.noRecords} /> : null}
      {records.length > 0 && first && latest ? (
        <>
          <Typography.Paragraph type="secondary" data-testid="progress-summary">
            {fill(up.summary, { n: records.length, first: formatDate(first.date), last: formatDate(latest.date) })}
            {moves.length ? ` · ${fill(up.summaryMoves, { naik, turun: moves.length - naik })}` : ''}
          </Typography.Paragraph>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {up.chartTitle}
          </Typography.Title>
          <SalesChart records={records} moves={moves} name={name} />
          <Typography.Title level={5}>{up.timelineTitle}</Typography.Title>
          <div data-testid="progress-timeline">
            <Timeline items={items} />
          </div>
        </>
      ) : null}
      {editing && tl.data ? (
        <ClassRecordModal
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          umkmId={umkmId}
          records={records}
          editing={editing === 'new' ? undefined : editing}
          figures={editing === 'new' ? typed : undefined}
          onClose={close}
          onDelete={editing === 'new' ? undefined : () => confirmDelete(editing)}
          onReload={editing === 'new' ? undefined : () => reloadEditing(editing.id)}
          onSaved={() => {
            void message.success(up.saved);
            close();
          }}
        />
      ) : null}
    </Card>
  );
}
