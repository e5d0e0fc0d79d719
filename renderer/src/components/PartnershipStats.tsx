import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import type { Stats } from '../../../shared/contract';
import { KEMITRAAN_STATUS } from '../../../shared/domain/partnership';
import { fill, messages } from '../../../shared/i18n';
import { groupThousands } from '../../../shared/format/rupiah';

const dp = messages.dashboardPartners;
const COLORS = { diusulkan: '#d48806', aktif: '#389e0d', selesai: '#0958d9', dibatalkan: '#8c8c8c' } as const;
const count = (v: unknown) => groupThousands(Number(v));

/** Dashboard cards: communities, partners and agreements by status, each opening its list. */
export function PartnershipStats({ s }: { s: Stats }) {
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={12} lg={4}>
        <Link to="/komunitas">
          <Card hoverable>
            <Statistic title={dp.komunitas} value={s.komunitas} formatter={count} data-testid="stat-komunitas" />
          </Card>
        </Link>
      </Col>
      <Col xs={12} lg={4}>
        <Link to="/mitra">
          <Card hoverable>
            <Statistic title={dp.mitra} value={s.mitra} formatter={count} data-testid="stat-mitra" />
          </Card>
        </Link>
      </Col>
      {KEMITRAAN_STATUS.map((st) => (
        <Col xs={12} lg={4} key={st}>
          <Link to={`/kemitraan?status=${st}`}>
            <Card hoverable>
              <Statistic
                title={fill(dp.kemitraanStatus, { status: messages.kemitraanEnums.status[st].toLocaleLowerCase('id-ID') })}
                value={s.kemitraan[st]}
                formatter={count}
                styles={{ content: { color: COLORS[st] } }}
                data-testid={`stat-kemitraan-${st}`}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
