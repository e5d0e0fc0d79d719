import { Button, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { KemitraanTable } from './KemitraanTable';
import { Can } from './auth/Can';

const up = messages.umkmPartnerships;

/** On a UMKM's page: the communities it belongs to and its partnership agreements. */
export function UmkmPartnerships({ umkmId, active }: { umkmId: number; active: boolean }) {
  const navigate = useNavigate();
  const communities = useRead('komunitas:list', { umkmId });
  const agreements = useRead('kemitraan:list', { umkmId, pageSize: 500 });
  const list = communities.data ?? [];
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24}>
        <Card title={`${up.komunitasTitle} (${list.length})`} loading={communities.isPending} data-testid="umkm-komunitas">
          {list.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={up.noKomunitas} />
          ) : (
            <Space wrap size={[24, 8]}>
              {list.map((k) => (
                <span key={k.id}>
                  <TeamOutlined /> <Link to={`/komunitas/${k.id}`}>{k.name}</Link>{' '}
                  <Typography.Text type="secondary">· {fill(messages.komunitasPages.membersCount, { n: k.memberCount })}</Typography.Text>
                </span>
              ))}
            </Space>
          )}
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          title={`${up.agreementsTitle} (${agreements.data?.total ?? 0})`}
          data-testid="umkm-agreements"
          extra={
            active ? (
              <Can channel="kemitraan:create">
                <Button icon={<PlusOutlined />} onClick={() => navigate(`/kemitraan/baru?umkmId=${umkmId}`)}>
                  {messages.pc.newAgreement}
                </Button>
              </Can>
            ) : null
          }
        >
          <KemitraanTable items={agreements.data?.items ?? []} loading={agreements.isPending} hide={['party']} empty={up.noAgreements} addTo={active ? `/kemitraan/baru?umkmId=${umkmId}` : undefined} />
        </Card>
      </Col>
    </Row>
  );
}
