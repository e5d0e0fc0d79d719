import { useState } from 'react';
import { App, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { CrownOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Komunitas, UmkmListItem } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { ClassTag } from '../ClassTag';
import { UmkmSearchSelect } from '../UmkmSearchSelect';
import { Can } from '../auth/Can';

const kp = messages.komunitasPages;
const f = messages.fields;

/** The members of one community: add them by searching the registry, remove them, pick the leader. */
export function MembersCard({ komunitas: k }: { komunitas: Komunitas }) {
  const { modal, message } = App.useApp();
  const [adding, setAdding] = useState<number[]>([]);
  const add = useWrite('komunitas:addMembers');
  const remove = useWrite('komunitas:removeMembers');
  const lead = useWrite('komunitas:update');
  const onError = (err: unknown) => void message.error(errorMessage(err));

  const confirmRemove = (u: UmkmListItem) =>
    modal.confirm({
      title: kp.removeConfirmTitle,
      content: fill(kp.removeConfirmText, { name: u.businessName, komunitas: k.name }),
      okText: kp.remove,
      okButtonProps: { danger: true },
      cancelText: messages.pc.cancel,
      onOk: () => remove.mutateAsync({ id: k.id, umkmIds: [u.id] }).then(() => void message.success(kp.removed), onError),
    });

  return (
    <Card title={`${kp.members} (${k.members.length})`} style={{ marginTop: 16 }} data-testid="members-card">
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <UmkmSearchSelect multiple placeholder={kp.addMembersPlaceholder} value={adding} onChange={setAdding} exclude={k.members.map((u) => u.id)} style={{ maxWidth: 640 }} />
        <Can channel="komunitas:addMembers">
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            disabled={adding.length === 0}
            loading={add.isPending}
            onClick={() =>
              add.mutateAsync({ id: k.id, umkmIds: adding }).then(() => {
                void message.success(fill(kp.membersAdded, { n: adding.length }));
                setAdding([]);
              }, onError)
            }
          >
            {kp.addMembersButton}
          </Button>
        </Can>
      </Flex>
      <Table<UmkmListItem>
        rowKey="id"
        size="small"
        dataSource={k.members}
        pagination={false}
        locale={{ emptyText: kp.noMembers }}
        columns={[
          {
            title: f.businessName,
            dataIndex: 'businessName',
            key: 'businessName',
            render: (v: string, u) => (
              <Space size={6}>
                <Link to={`/umkm/${u.id}`}>{v}</Link>
                {k.leaderUmkmId === u.id ? (
                  <Tag color="gold" icon={<CrownOutlined />}>
                    {kp.leaderTag}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          { title: f.ownerName, dataIndex: 'ownerName', key: 'ownerName', width: 180, ellipsis: true },
          {
            title: f.kecamatan,
            dataIndex: 'kecamatanName',
            key: 'kecamatan',
            width: 220,
            render: (v: string, u) => (
              <>
                {v}
                <Typography.Text type="secondary"> · {u.kelurahanName}</Typography.Text>
              </>
            ),
          },
          { title: f.sector, dataIndex: 'sector', key: 'sector', width: 130, render: (v: UmkmListItem['sector']) => messages.enums.sector[v] },
          { title: f.class, dataIndex: 'class', key: 'class', width: 100, render: (v: UmkmListItem['class']) => <ClassTag value={v} /> },
          {
            title: messages.pc.actions,
            key: 'actions',
            width: 220,
            render: (_: unknown, u) => (
              <Space size={4}>
                {k.leaderUmkmId === u.id ? null : (
                  <Can channel="komunitas:update">
                    <Button size="small" onClick={() => lead.mutateAsync({ id: k.id, changes: { leaderUmkmId: u.id } }).then(() => void message.success(fill(kp.leaderSet, { name: u.ownerName })), onError)}>
                      {kp.makeLeader}
                    </Button>
                  </Can>
                )}
                <Can channel="komunitas:removeMembers">
                  <Button size="small" danger onClick={() => confirmRemove(u)}>
                    {kp.remove}
                  </Button>
                </Can>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
