import { useState } from 'react';
import { Card, Col, Flex, Row, Statistic, Table, Tooltip, Typography } from 'antd';
import type { PembinaanFigures } from '../../../../shared/contract';
import { FUND_SOURCES } from '../../../../shared/domain/funding';
import { MONEV_SALES } from '../../../../shared/domain/monev';
import { formatRupiah, groupThousands } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { useRead } from '../../api/queries';
import { LoadError } from '../LoadError';
import { currentYear, yearPeriod, YearShortcuts } from '../YearShortcuts';

const f = messages.pembinaanFigures;
const count = (v: unknown) => groupThousands(Number(v));
const SALES_COLOR = { laku: '#389e0d', kurang_laku: '#d48806', tidak_laku: '#cf1322' } as const;

type CertRow = PembinaanFigures['certificates'][number];

/**
 * The dashboard's coaching and facilitation figures for a year (the report's sections F and G):
 * certificates facilitated and issued, UMKM trained (each once), assistance handed over by source
 * of funds, agreements reviewed and how their products sell at the latest visit.
 */
export function PembinaanFiguresCard() {
  const [year, setYear] = useState(currentYear());
  const q = useRead('pembinaan:figures', yearPeriod(year));
  const d = q.data;
  const submitted = d ? d.certificates.reduce((s, c) => s + c.submitted, 0) : 0;
  const issued = d ? d.certificates.reduce((s, c) => s + c.issued, 0) : 0;
  const handed = d ? FUND_SOURCES.reduce((s, k) => s + d.assistance[k].count, 0) : 0;
  const value = d ? FUND_SOURCES.reduce((s, k) => s + d.assistance[k].value, 0) : 0;
  const stat = (title: string, v: number, testid: string, formatter = count) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic title={title} value={v} formatter={formatter} loading={!d} data-testid={testid} />
    </Col>
  );

  return (
    <Card
      style={{ marginTop: 16 }}
      data-testid="pembinaan-figures"
      title={fill(f.title, { year })}
      extra={<YearShortcuts value={year} onChange={setYear} />}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 8 } }}
    >
      {q.error ? <LoadError error={q.error} onRetry={() => void q.refetch()} /> : null}
      <Row gutter={[16, 16]}>
        {stat(f.certSubmitted, submitted, 'stat-cert-submitted')}
        {stat(f.certIssued, issued, 'stat-cert-issued')}
        <Col xs={12} md={8} xl={4}>
          <Tooltip title={f.trainedNote}>
            <Statistic title={f.trained} value={d?.trained ?? 0} formatter={count} loading={!d} data-testid="stat-trained" />
          </Tooltip>
        </Col>
        {stat(f.assistance, handed, 'stat-assistance')}
        {stat(f.assistanceValue, value, 'stat-assistance-value', (v) => formatRupiah(Number(v)))}
        {stat(f.reviewed, d?.reviewed ?? 0, 'stat-reviewed')}
      </Row>
      {d ? (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} lg={9}>
            <Typography.Text strong>{f.byKind}</Typography.Text>
            <Table<CertRow>
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              rowKey={(r) => `${r.year}-${r.certKind}`}
              dataSource={d.certificates}
              locale={{ emptyText: f.noCert }}
              data-testid="cert-by-kind"
              columns={[
                { title: f.colCertKind, render: (_, r) => messages.sertifikatEnums.kind[r.certKind] },
                { title: f.colSubmitted, dataIndex: 'submitted', align: 'right', render: count },
                { title: f.colIssued, dataIndex: 'issued', align: 'right', render: count },
              ]}
            />
          </Col>
          <Col xs={24} lg={9}>
            <Typography.Text strong>{f.bySource}</Typography.Text>
            <Table
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              rowKey={(k) => k}
              dataSource={[...FUND_SOURCES]}
              data-testid="assistance-by-source"
              columns={[
                { title: f.colSource, render: (_, k) => messages.fundSource[k] },
                { title: f.colCount, align: 'right', render: (_, k) => count(d.assistance[k].count) },
                { title: f.colValue, align: 'right', render: (_, k) => formatRupiah(d.assistance[k].value) },
              ]}
            />
          </Col>
          <Col xs={24} lg={6}>
            <Typography.Text strong>{f.products}</Typography.Text>
            <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="products-selling">
              {MONEV_SALES.map((s) => (
                <Flex key={s} justify="space-between" style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 4 }} data-sales={s}>
                  <Typography.Text>{messages.monevEnums.sales[s]}</Typography.Text>
                  <Typography.Text strong style={{ color: SALES_COLOR[s] }}>
                    {count(d.products[s])}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
