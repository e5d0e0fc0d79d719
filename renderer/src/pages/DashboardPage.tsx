import { Alert, Card, Col, Row, Skeleton, Statistic } from 'antd';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { UMKM_CLASSES } from '../../../shared/domain/classification';
import { messages } from '../../../shared/i18n';
import { groupThousands } from '../../../shared/format/rupiah';
import { useRead } from '../api/queries';
import { FirstRunCard } from '../components/FirstRunCard';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { PartnershipStats } from '../components/PartnershipStats';
import { PembinaanFiguresCard } from '../components/riwayat/PembinaanFiguresCard';
import { ProgressCharts } from '../components/progress/ProgressCharts';
import { CLASS_COLORS } from '../theme';

const d = messages.dashboard;

export function DashboardPage() {
  const info = useRead('app:info', {});
  const stats = useRead('stats:summary', {});
  if (stats.error) return <LoadError error={stats.error} onRetry={() => void stats.refetch()} />;
  const s = stats.data;
  const classData = s ? UMKM_CLASSES.map((c) => ({ name: messages.enums.class[c], key: c, value: s.byClass[c] })) : [];
  const kecData = s ? Object.entries(s.byKecamatan).map(([name, value]) => ({ name: name.replace('Balikpapan ', ''), value })) : [];
  return (
    <>
      <PageHeader title={d.title} sub={messages.app.departmentLong} />
      {info.data?.firstRunPending ? <FirstRunCard /> : null}
      {!s ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {/* Each card opens the registry: the whole of it, or filtered to its class. */}
            <Col xs={12} lg={4}>
              <Link to="/umkm">
                <Card hoverable>
                  <Statistic title={d.totalUmkm} value={s.umkm} formatter={(v) => groupThousands(Number(v))} data-testid="stat-total" />
                </Card>
              </Link>
            </Col>
            {UMKM_CLASSES.map((c) => (
              <Col xs={12} lg={5} key={c}>
                <Link to={`/umkm?class=${c}`} data-testid={`class-card-${c}`}>
                  <Card hoverable>
                    <Statistic
                      title={messages.enums.class[c]}
                      value={s.byClass[c]}
                      formatter={(v) => groupThousands(Number(v))}
                      styles={{ content: { color: CLASS_COLORS[c] } }}
                      data-testid={`stat-${c}`}
                    />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          <PartnershipStats s={s} />
          {s.umkm > 0 ? <PembinaanFiguresCard /> : null}
          {s.byClass.besar > 0 ? <Alert style={{ marginTop: 16 }} type="warning" showIcon title={`${d.besarFlag}: ${s.byClass.besar}`} /> : null}
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={14}>
              <Card title={d.byKecamatan}>
                <div style={{ height: 300 }} role="img" aria-label={d.byKecamatan}>
                  <ResponsiveContainer>
                    <BarChart data={kecData}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="name" />
                      <YAxis allowDecimals={false} tickFormatter={(v: number) => groupThousands(v)} />
                      <Tooltip formatter={(v) => groupThousands(Number(v))} />
                      <Bar dataKey="value" name={messages.dashboard.totalUmkm} fill="#0b6e4f" isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={d.byClass}>
                <div style={{ height: 300 }} role="img" aria-label={d.byClass}>
                  <ResponsiveContainer>
                    <PieChart>
                      <Pie data={classData} dataKey="value" nameKey="name" outerRadius={110} label isAnimationActive={false}>
                        {classData.map((e) => (
                          <Cell key={e.key} fill={CLASS_COLORS[e.key]} />
                        ))}
                      </Pie>
                      <Tooltip formatter={(v) => groupThousands(Number(v))} />
                    </PieChart>
                  </ResponsiveContainer>
                </div>
              </Card>
            </Col>
          </Row>
          {s.umkm > 0 ? <ProgressCharts /> : null}
        </>
      )}
    </>
  );
}
