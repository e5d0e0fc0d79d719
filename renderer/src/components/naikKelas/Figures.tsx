import type { ReactNode } from 'react';
import { Card, Col, Row, Space, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, InfoCircleOutlined, MinusOutlined } from '@ant-design/icons';
import { TRANSITION_KEYS, type PeriodReport } from '../../../../shared/contract';
import type { UmkmClass } from '../../../../shared/domain/classification';
import { fill } from '../../../../shared/i18n';
import { CLASS_COLORS } from '../../theme';
import { count, NAIK, nk, percent, share, transitionLabel, TURUN, type FigureFn, type Transition } from './naikKelasShared';

/** A card of the figures; a title with an icon puts it before the words. */
function FigureCard({ title, icon, children, testId, accent }: { title: ReactNode; icon?: ReactNode; children: ReactNode; testId: string; accent?: string }) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%', borderTop: accent ? `3px solid ${accent}` : undefined }}>
      <Typography.Text type="secondary">
        {icon ? (
          <Space size={6}>
            {icon}
            {title}
          </Space>
        ) : (
          title
        )}
      </Typography.Text>
      <div style={{ marginTop: 4 }}>{children}</div>
    </Card>
  );
}

/** The cards: naik with its share of the UMKM recorded, each naik transition, turun, tetap. */
export function Figures({ r, figure }: { r: PeriodReport; figure: FigureFn }) {
  const big = { fontSize: 30, fontWeight: 600, lineHeight: 1.2 };
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <FigureCard
            testId="card-naik"
            accent={NAIK}
            icon={<ArrowUpOutlined style={{ color: NAIK }} />}
            title={nk.naikCard}
          >
            {figure(r.naikTotal, { outcome: 'naik' }, nk.naikCard, { ...big, color: NAIK }, 'figure-naik')}
            <div data-testid="naik-of">{fill(nk.naikOf, { n: count(r.naikTotal), m: count(r.recorded), pct: percent(r.naikPercent) })}</div>
          </FigureCard>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <FigureCard
            testId="card-turun"
            accent={TURUN}
            icon={<ArrowDownOutlined style={{ color: TURUN }} />}
            title={nk.turunCard}
          >
            {figure(r.turunTotal, { outcome: 'turun' }, nk.turunCard, { ...big, color: TURUN }, 'figure-turun')}
            <div style={{ fontSize: 12 }}>
              {TRANSITION_KEYS.turun
                .filter((t) => r.turun[t] > 0)
                .map((t) => (
                  <span key={t} style={{ marginRight: 10, whiteSpace: 'nowrap' }}>
                    {transitionLabel(t)}: {figure(r.turun[t], { outcome: 'turun', transition: t }, `${nk.turunCard} ${transitionLabel(t)}`, { fontSize: 12 }, `figure-${t}`)}
                  </span>
                ))}
            </div>
          </FigureCard>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <FigureCard
            testId="card-tetap"
            icon={<MinusOutlined />}
            title={nk.tetapCard}
          >
            {figure(r.tetap, { outcome: 'tetap' }, nk.tetapCard, { ...big, color: '#595959' }, 'figure-tetap')}
            <div style={{ fontSize: 12 }}>{percent(share(r.tetap, r.recorded))}</div>
          </FigureCard>
        </Col>
        <Col xs={24} md={24} xl={6}>
          <FigureCard
            testId="card-recorded"
            title={
              <Space size={6}>
                {nk.recordedCard}
                <Tooltip title={nk.recordedHint}>
                  <InfoCircleOutlined aria-label={nk.recordedHint} />
                </Tooltip>
              </Space>
            }
          >
            <span style={{ ...big, color: '#262626', fontVariantNumeric: 'tabular-nums' }} data-testid="figure-recorded">
              {count(r.recorded)}
            </span>
          </FigureCard>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {TRANSITION_KEYS.naik.map((t: Transition) => {
          const to = t.split('->')[1] as UmkmClass;
          return (
            <Col xs={12} xl={6} key={t}>
              <FigureCard testId={`card-${t}`} accent={CLASS_COLORS[to]} title={transitionLabel(t)}>
                {figure(r.naik[t as keyof PeriodReport['naik']], { outcome: 'naik', transition: t }, `${nk.naikCard} ${transitionLabel(t)}`, { fontSize: 22, fontWeight: 600 }, `figure-${t}`)}
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  {percent(share(r.naik[t as keyof PeriodReport['naik']], r.recorded))}
                </Typography.Text>
              </FigureCard>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
