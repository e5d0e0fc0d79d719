import { Card, Table } from 'antd';
import type { TableProps } from 'antd';
import { count, NAIK, nk, percent, share, TURUN, type FigureFn, type ListTarget } from './naikKelasShared';

export interface BreakdownRow {
  key: string;
  name: string;
  naik: number;
  turun: number;
  tetap: number;
  recorded: number;
  scope: Pick<ListTarget, 'kecamatan' | 'sector' | 'komunitasId'>;
}

/** One table of the report (per kecamatan, sector or community); every count opens its list. */
export function BreakdownTable({ title, nameTitle, rows, figure, testId }: { title: string; nameTitle: string; rows: BreakdownRow[]; figure: FigureFn; testId: string }) {
  const cell = (outcome: 'naik' | 'turun' | 'tetap', label: string, color?: string) => (n: number, row: BreakdownRow) =>
    figure(n, { outcome, ...row.scope }, `${label} · ${row.name}`, { color });
  const columns: NonNullable<TableProps<BreakdownRow>['columns']> = [
    { title: nameTitle, dataIndex: 'name', key: 'name', ellipsis: true },
    { title: nk.colRecorded, dataIndex: 'recorded', key: 'recorded', align: 'right', width: 82, render: (n: number) => count(n) },
    { title: nk.colNaik, dataIndex: 'naik', key: 'naik', align: 'right', width: 60, render: cell('naik', nk.naikCard, NAIK) },
    { title: nk.colTurun, dataIndex: 'turun', key: 'turun', align: 'right', width: 62, render: cell('turun', nk.turunCard, TURUN) },
    { title: nk.colTetap, dataIndex: 'tetap', key: 'tetap', align: 'right', width: 60, render: cell('tetap', nk.tetapCard) },
    { title: nk.colPercent, key: 'pct', align: 'right', width: 72, render: (_: unknown, row) => percent(share(row.naik, row.recorded)) },
  ];
  return (
    <Card title={title} size="small" data-testid={testId} style={{ height: '100%' }}>
      <Table<BreakdownRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} locale={{ emptyText: nk.noRows }} />
    </Card>
  );
}
