import { Table, Typography } from 'antd';
import type { Kemitraan, Support } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { formatRupiah } from '../../../../shared/format/rupiah';

const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

/** The supports of one agreement with their values in rupiah and the total. */
export function SupportsTable({ k }: { k: Kemitraan }) {
  return (
    <Table<Support>
      rowKey="id"
      size="small"
      dataSource={k.supports}
      pagination={false}
      locale={{ emptyText: ap.noSupports }}
      data-testid="supports-table"
      columns={[
        { title: kf.supportKind, dataIndex: 'kind', key: 'kind', width: 220, render: (v: Support['kind']) => messages.kemitraanEnums.support[v] },
        { title: kf.supportDescription, dataIndex: 'description', key: 'description' },
        { title: kf.supportValue, dataIndex: 'value', key: 'value', width: 200, align: 'right', render: (v: number | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span> },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{ap.totalRow}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <Typography.Text strong data-testid="supports-total" style={{ whiteSpace: 'nowrap' }}>
              {formatRupiah(k.totalValue)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
