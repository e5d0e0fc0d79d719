import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Modal, Progress, Space, Table, Typography } from 'antd';
import { CloudServerOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ConnectionView, MoveProgress, MoveResult, MoveToPostgresInput, TableRows } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { call, errorMessage } from '../../api/client';
import { useAppEvent } from '../../api/events';

const t = messages.transfer;
const p = t.page;
const c = messages.connection.page;

const n = (v: number) => v.toLocaleString('id-ID');
const rowsOf = (counts: TableRows[], table: string) => n(counts.find((c) => c.table === table)?.rows ?? 0);
const baseOf = (counts: TableRows[]) => counts.filter((c) => c.kind === 'base');

/** What the confirmation names: the main kinds of record, and all rows of all tables. */
function confirmText(server: string, counts: TableRows[]): string {
  const base = baseOf(counts);
  return fill(p.confirmText, {
    server,
    umkm: rowsOf(counts, 'umkm'),
    mitra: rowsOf(counts, 'mitra'),
    kemitraan: rowsOf(counts, 'kemitraan'),
    akun: rowsOf(counts, 'pengguna'),
    audit: rowsOf(counts, 'audit_log'),
    rows: n(base.reduce((sum, c) => sum + c.rows, 0)),
    tables: base.length,
  });
}

/** Every table of the move with its rows (the same on both sides), summaries marked as rebuilt. */
function ResultTable({ result }: { result: MoveResult }) {
  return (
    <Table<TableRows>
      size="small"
      rowKey="table"
      pagination={false}
      dataSource={result.tables}
      data-testid="move-result"
      columns={[
        { title: p.colTable, dataIndex: 'table', render: (table: string) => t.tables[table] ?? table },
        { title: p.colRows, dataIndex: 'rows', align: 'right', width: 120, render: (rows: number) => n(rows) },
        { title: p.colKind, dataIndex: 'kind', width: 260, render: (kind: TableRows['kind']) => (kind === 'base' ? p.kindBase : p.kindSummary) },
      ]}
    />
  );
}

/**
 * Pindahkan registri ke server (admin, on the connection page): the registry of this PC's SQLite
 * file copied whole into the PostgreSQL database saved above, which must be empty, before the app
 * is started again on it. Asks first, naming what it copies; shows each table's progress; then
 * every table's rows and the offer to restart.
 */
export function MoveRegistrySection({ view }: { view: ConnectionView }) {
  const saved = view.engine === 'postgres' && view.hasPassword ? view.postgres : null;
  const server = saved ? `${saved.user}@${saved.host}:${saved.port}/${saved.database}` : '';
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<MoveProgress | null>(null);
  const counts = useQuery({ queryKey: ['registry:moveCounts'], queryFn: () => call('registry:moveCounts', {}), enabled: asking, staleTime: 0 });
  useAppEvent('registry:moveProgress', setProgress);
  const move = useMutation({
    mutationFn: () => {
      // The settings saved above, with their sealed password (never sent back to the page).
      const input: MoveToPostgresInput = { engine: 'postgres', host: saved!.host, port: saved!.port, database: saved!.database, user: saved!.user, tls: saved!.tls, keepPassword: true };
      return call('registry:moveToPostgres', input);
    },
    onMutate: () => setProgress(null),
    onSettled: () => setAsking(false),
  });
  const relaunch = useMutation({ mutationFn: () => call('app:relaunch', {}) });
  // The answer appears below the fold on a small screen: brought into view when it comes.
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (move.error || move.data) answer.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [move.error, move.data]);

  const running = view.running === 'postgres';
  return (
    <Card title={p.title} style={{ marginTop: 16 }} data-testid="move-registry">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {running ? (
          <Alert type="info" showIcon title={p.onlySqlite} />
        ) : (
          <>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{p.intro}</Typography.Paragraph>
            {saved ? <Typography.Text strong>{fill(p.target, { server })}</Typography.Text> : <Alert type="warning" showIcon title={p.needSaved} />}
            {move.isSuccess ? null : (
              <Button icon={<CloudServerOutlined />} disabled={!saved || move.isPending} loading={move.isPending} onClick={() => setAsking(true)} data-testid="move-start">
                {p.start}
              </Button>
            )}
          </>
        )}
        {move.error || move.data ? (
          <div ref={answer}>
            {move.error ? <Alert type="error" showIcon title={errorMessage(move.error)} data-testid="move-error" role="alert" /> : null}
            {move.data ? (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Alert
                  type="success"
                  showIcon
                  role="status"
                  data-testid="move-done"
                  title={fill(p.done, { server: move.data.server, rows: n(move.data.rows), tables: baseOf(move.data.tables).length })}
                  description={
                    view.canRelaunch ? (
                      <Button type="primary" icon={<ReloadOutlined />} loading={relaunch.isPending || relaunch.isSuccess} onClick={() => relaunch.mutate()}>
                        {c.restartNow}
                      </Button>
                    ) : (
                      c.restartManual
                    )
                  }
                />
                {relaunch.error ? <Typography.Text type="danger">{errorMessage(relaunch.error)}</Typography.Text> : null}
                <ResultTable result={move.data} />
              </Space>
            ) : null}
          </div>
        ) : null}
      </Space>
      <Modal
        open={asking}
        title={p.confirmTitle}
        okText={p.confirmOk}
        cancelText={messages.common.back}
        okButtonProps={{ disabled: !counts.data }}
        confirmLoading={move.isPending}
        onOk={() => move.mutate()}
        onCancel={() => !move.isPending && setAsking(false)}
        maskClosable={false}
        destroyOnHidden
      >
        {counts.data ? (
          <Typography.Paragraph data-testid="move-counts">{confirmText(server, counts.data)}</Typography.Paragraph>
        ) : counts.error ? (
          <Alert type="error" showIcon title={errorMessage(counts.error)} />
        ) : null}
        <Typography.Paragraph type="secondary">{p.confirmNote}</Typography.Paragraph>
        {move.isPending && progress ? (
          <div data-testid="move-progress" role="status">
            <Typography.Text>{fill(p.moving, { table: t.tables[progress.table] ?? progress.table, done: n(progress.done), total: n(progress.total) })}</Typography.Text>
            <Progress percent={progress.rowsTotal ? Math.floor((progress.rowsDone / progress.rowsTotal) * 100) : 0} />
          </div>
        ) : null}
      </Modal>
    </Card>
  );
}
