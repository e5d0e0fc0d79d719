import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router';
import { UMKM_CLASSES } from '../../../../shared/domain/classification';
import { MARKET_REACH } from '../../../../shared/domain/sectors';
import { groupThousands } from '../../../../shared/format/rupiah';
import { messages } from '../../../../shared/i18n';
import { useRead } from '../../api/queries';
import { CLASS_COLORS } from '../../theme';
import { LoadError } from '../LoadError';

const dp = messages.dashboardProgress;
const NAIK = '#389e0d';
const TURUN = '#cf1322';
/** From near (light) to far (dark): lokal, regional, nasional, internasional. */
const REACH_COLORS = ['#b7e4d0', '#5fbf98', '#17895f', '#0b4f39'] as const;
const count = (v: unknown) => groupThousands(Number(v));

/** The dashboard's progress charts: UMKM by class per year, moves per year, market reach. */
export function ProgressCharts() {
  const navigate = useNavigate();
  const overview = useRead('progress:overview', {});
  if (overview.error) return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  const o = overview.data;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={dp.noData} />;
  const reach = o ? MARKET_REACH.map((m, i) => ({ key: m, name: messages.enums.marketReach[m], value: o.marketReach[m], color: REACH_COLORS[i] })) : [];
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} lg={10}>
        <Card
          title={dp.classByYear}
          loading={!o}
          style={{ height: '100%' }}
          data-testid="chart-class-by-year"
        >
          {o && o.classByYear.length ? (
            <div style={{ height: 280 }} role="img" aria-label={`${dp.classByYear}: ${dp.classByYearHint}`}>
              <ResponsiveContainer>
                <BarChart data={o.classByYear}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="year" />
                  <YAxis allowDecimals={false} tickFormatter={(v: number) => groupThousands(v)} />
                  <Tooltip formatter={count} labelFormatter={(y) => `${dp.year} ${y}`} />
                  <Legend itemSorter={null} />
                  {UMKM_CLASSES.map((c) => (
                    <Bar key={c} dataKey={c} stackId="class" name={messages.enums.class[c]} fill={CLASS_COLORS[c]} isAnimationActive={false} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : (
            empty
          )}
        </Card>
      </Col>
      <Col xs={24} lg={7}>
        <Card
          title={dp.movesByYear}
          loading={!o}
          data-testid="chart-moves-by-year"
          style={{ height: '100%' }}
          actions={[
            <Button key="open" type="link" icon={<RiseOutlined />} onClick={() => navigate('/naik-kelas')}>
              {dp.openNaikKelas}
            </Button>,
          ]}
        >
          {o && o.movesByYear.length ? (
            <div style={{ height: 280 }} role="img" aria-label={dp.movesByYear}>
              <ResponsiveContainer>
                <BarChart data={o.movesByYear}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="year" />
                  <YAxis allowDecimals={false} width={32} />
                  <Tooltip formatter={count} labelFormatter={(y) => `${dp.year} ${y}`} />
                  <Legend itemSorter={null} />
                  <Bar dataKey="naik" name={dp.naik} fill={NAIK} isAnimationActive={false} />
                  <Bar dataKey="turun" name={dp.turun} fill={TURUN} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : (
            empty
          )}
        </Card>
      </Col>
      <Col xs={24} lg={7}>
        <Card title={dp.marketReach} extra={<Typography.Text type="secondary">{dp.marketReachActive}</Typography.Text>} loading={!o} data-testid="chart-market-reach" style={{ height: '100%' }}>
          {o ? (
            <div style={{ height: 280 }} role="img" aria-label={dp.marketReachHint}>
              <ResponsiveContainer>
                <BarChart data={reach} layout="vertical" margin={{ left: 8, right: 16 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={96} fontSize={12} />
                  <Tooltip formatter={count} />
                  <Bar dataKey="value" name={messages.dashboard.totalUmkm} isAnimationActive={false} label={{ position: 'right', fontSize: 12, fill: '#262626' }}>
                    {reach.map((r) => (
                      <Cell key={r.key} fill={r.color} />
                    ))}
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : null}
        </Card>
      </Col>
    </Row>
  );
}
