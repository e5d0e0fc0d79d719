import { Card, Col, Row, Statistic } from 'antd';
import type { KegiatanFigures as Figures } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';

const fig = messages.kegiatanPages.figures;

/** The meeting's figures: who came, and the agreements proposed and signed from it. */
export function KegiatanFigures({ figures: f }: { figures: Figures }) {
  const cards: Array<{ key: string; title: string; value: number; of?: number }> = [
    { key: 'komunitas', title: fig.komunitasPresent, value: f.komunitasPresent, of: f.komunitasInvited },
    { key: 'umkm', title: fig.umkmPresent, value: f.umkmPresent, of: f.umkmExpected },
    { key: 'partners', title: fig.partnersPresent, value: f.partnersPresent, of: f.partnersInvited },
    { key: 'proposed', title: fig.agreementsProposed, value: f.agreementsProposed },
    { key: 'signed', title: fig.agreementsSigned, value: f.agreementsSigned },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} wrap>
      {cards.map((c) => (
        <Col key={c.key} flex="1 1 180px">
          <Card size="small">
            <Statistic title={c.title} value={c.value} suffix={c.of === undefined ? undefined : fill(fig.ofTotal, { n: c.of })} data-testid={`figure-${c.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
