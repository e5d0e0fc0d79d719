import { useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Space, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Kegiatan } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { ClassTag } from '../ClassTag';
import { AttendanceMark } from './AttendanceMark';
import { Can } from '../auth/Can';

const at = messages.attendance;
type Marks = Record<number, boolean | null>;
type UmkmRow = Kegiatan['umkm'][number];

/** Expected UMKM grouped by invited community (a UMKM in two shows in both), then the rest. */
function groups(k: Kegiatan): Array<{ key: string; title: string; rows: UmkmRow[] }> {
  const out = k.komunitas.map((c) => ({ key: `k${c.id}`, title: c.name, rows: k.umkm.filter((u) => u.komunitasNames.includes(c.name)) }));
  const invited = new Set(k.komunitas.map((c) => c.name));
  const rest = k.umkm.filter((u) => !u.komunitasNames.some((n) => invited.has(n)));
  if (rest.length) out.push({ key: 'none', title: at.noGroup, rows: rest });
  return out.filter((g) => g.rows.length > 0);
}

const presentText = (rows: Array<{ id: number }>, marks: Marks) => fill(at.presentCount, { present: rows.filter((r) => marks[r.id] === true).length, total: rows.length });

/** The clerk marks each expected UMKM and each partner hadir / tidak hadir, then saves once. */
export function AttendancePanel({ kegiatan: k }: { kegiatan: Kegiatan }) {
  const { message } = App.useApp();
  const [umkm, setUmkm] = useState<Marks>(() => Object.fromEntries(k.umkm.map((u) => [u.id, u.hadir])));
  const [partners, setPartners] = useState<Marks>(() => Object.fromEntries(k.partners.map((p) => [p.id, p.hadir])));
  const dirty = k.umkm.some((u) => umkm[u.id] !== u.hadir) || k.partners.some((p) => partners[p.id] !== p.hadir);
  const save = useWrite('kegiatan:setAttendance');
  /** Only what is marked: an unmarked row is neither hadir nor absent. */
  const marks = () => ({
    id: k.id,
    umkm: k.umkm.filter((u) => umkm[u.id] !== null && umkm[u.id] !== undefined).map((u) => ({ umkmId: u.id, hadir: umkm[u.id] === true })),
    partners: k.partners.filter((p) => partners[p.id] !== null && partners[p.id] !== undefined).map((p) => ({ mitraId: p.id, hadir: partners[p.id] === true })),
  });
  const markAll = (rows: Array<{ id: number }>, hadir: boolean, set: typeof setUmkm) => set((prev) => ({ ...prev, ...Object.fromEntries(rows.map((r) => [r.id, hadir])) }));
  const unmarked = k.umkm.filter((u) => umkm[u.id] === null).length + k.partners.filter((p) => partners[p.id] === null).length;

  const groupButtons = (rows: Array<{ id: number }>, set: typeof setUmkm) => (
    <Space size={4}>
      <Can channel="kegiatan:setAttendance">
        <Button size="small" type="link" onClick={() => markAll(rows, true, set)}>
          {at.allPresent}
        </Button>
      </Can>
      <Can channel="kegiatan:setAttendance">
        <Button size="small" type="link" onClick={() => markAll(rows, false, set)}>
          {at.allAbsent}
        </Button>
      </Can>
    </Space>
  );

  return (
    <>
      {/* Stays in view while the clerk scrolls through the communities. */}
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12, position: 'sticky', top: 0, zIndex: 3, background: '#fff', padding: '8px 0' }}>
        <Space>
          {dirty ? <Alert type="warning" showIcon title={at.unsaved} style={{ padding: '4px 12px' }} /> : null}
          {unmarked ? <Typography.Text type="secondary">{fill(at.notMarked, { n: unmarked })}</Typography.Text> : null}
        </Space>
        <Can channel="kegiatan:setAttendance">
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutateAsync(marks()).then(() => void message.success(at.saved), (err: unknown) => void message.error(errorMessage(err)))}
          >
            {at.save}
          </Button>
        </Can>
      </Flex>
      <Card
        size="small"
        title={`${at.partnersTitle} · ${presentText(k.partners, partners)}`}
        extra={k.partners.length ? groupButtons(k.partners, setPartners) : null}
        style={{ marginBottom: 16 }}
        data-testid="attendance-partners"
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={k.partners}
          locale={{ emptyText: at.noPartners }}
          columns={[
            { title: messages.mitraFields.name, dataIndex: 'name', key: 'name', render: (v: string, p) => <Link to={`/mitra/${p.id}`}>{v}</Link> },
            { title: messages.mitraFields.kind, dataIndex: 'kind', key: 'kind', width: 200, render: (v: Kegiatan['partners'][number]['kind']) => messages.kemitraanEnums.mitraKind[v] },
            {
              title: messages.kegiatanPages.presentColumn,
              key: 'hadir',
              width: 260,
              render: (_: unknown, p) => <AttendanceMark name={p.name} value={partners[p.id] ?? null} onChange={(h) => setPartners((prev) => ({ ...prev, [p.id]: h }))} />,
            },
          ]}
        />
      </Card>
      <Typography.Title level={5}>{at.umkmTitle}</Typography.Title>
      {k.umkm.length === 0 ? <Empty description={at.noExpected} /> : null}
      <Row gutter={[16, 16]}>
        {groups(k).map((g) => (
          <Col xs={24} xl={12} key={g.key}>
            <Card size="small" title={g.title} extra={<Typography.Text type="secondary">{presentText(g.rows, umkm)}</Typography.Text>} data-testid="attendance-group" data-group={g.title}>
              <Flex justify="end" style={{ marginBottom: 4 }}>
                {groupButtons(g.rows, setUmkm)}
              </Flex>
              {g.rows.map((u) => (
                <Flex key={u.id} justify="space-between" align="center" gap={8} style={{ padding: '4px 0', borderBottom: '1px solid #f5f5f5' }} data-testid="attendance-umkm" data-name={u.businessName}>
                  <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    <Link to={`/umkm/${u.id}`}>{u.businessName}</Link> <ClassTag value={u.class} />
                  </span>
                  <AttendanceMark name={u.businessName} value={umkm[u.id] ?? null} onChange={(h) => setUmkm((prev) => ({ ...prev, [u.id]: h }))} />
                </Flex>
              ))}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
