import { useState } from 'react';
import { Alert, App, Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Kegiatan, Kemitraan, Suggestion } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useRead, useReadById, useWrite } from '../../api/queries';
import { ClassTag } from '../ClassTag';
import { matchReasonText } from './matchReason';
import { Can } from '../auth/Can';

const mm = messages.matchmaking;
const f = messages.fields;

/** A partner present at the meeting, the UMKM that fit it with the reasons, and one step to a proposed agreement. */
export function MatchmakingPanel({ kegiatan: k }: { kegiatan: Kegiatan }) {
  const { message } = App.useApp();
  const present = k.partners.filter((p) => p.hadir === true);
  const [mitraId, setMitraId] = useState<number | undefined>(present[0]?.id);
  const chosen = present.some((p) => p.id === mitraId) ? mitraId : undefined;
  const partner = useReadById('mitra:get', chosen ?? 0);
  const suggestions = useRead('mitra:suggest', { mitraId: chosen ?? 0, kegiatanId: k.id }, { enabled: chosen !== undefined });
  const [proposed, setProposed] = useState<Record<string, Kemitraan>>({});
  const [last, setLast] = useState<Kemitraan | null>(null);
  const propose = useWrite('kemitraan:propose');

  if (present.length === 0) return <Alert type="info" showIcon title={mm.noPartnerPresent} />;
  const key = (umkmId: number) => `${chosen}-${umkmId}`;
  const onPropose = (s: Suggestion) =>
    propose.mutateAsync({ mitraId: chosen!, umkmId: s.umkm.id, kegiatanId: k.id }).then(
      (agreement) => {
        setProposed((prev) => ({ ...prev, [key(s.umkm.id)]: agreement }));
        setLast(agreement);
        void message.success(fill(mm.proposed, { number: agreement.number, partner: agreement.partnerName, umkm: agreement.umkmName ?? s.umkm.businessName }));
      },
      (err: unknown) => void message.error(errorMessage(err)),
    );
  const p = partner.data;
  const list = (s: string[]) => (s.length ? s.join(', ') : messages.pc.all.toLocaleLowerCase('id-ID'));

  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{mm.choosePartner}</Typography.Text>
        <Select<number>
          aria-label={mm.choosePartner}
          style={{ width: 460 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={chosen}
          onChange={(v) => {
            setMitraId(v);
            setLast(null);
          }}
          options={present.map((x) => ({ value: x.id, label: `${x.name} (${messages.kemitraanEnums.mitraKind[x.kind]})` }))}
        />
      </Flex>
      {p ? (
        <Typography.Paragraph type="secondary">
          {fill(mm.profile, {
            sectors: list(p.interestSectors.map((s) => messages.enums.sector[s])),
            offers: list(p.offers.map((s) => messages.kemitraanEnums.support[s])),
            classes: list(p.targetClasses.map((c) => messages.enums.class[c])),
          })}{' '}
          {mm.intro}
        </Typography.Paragraph>
      ) : null}
      {last ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setLast(null) }}
          style={{ marginBottom: 12 }}
          data-testid="proposed-alert"
          title={fill(mm.proposed, { number: last.number, partner: last.partnerName, umkm: last.umkmName ?? '' })}
          action={<Link to={`/kemitraan/${last.id}`}>{fill(mm.openAgreement, { number: last.number })}</Link>}
        />
      ) : null}
      <Table<Suggestion>
        rowKey={(s) => s.umkm.id}
        size="small"
        loading={suggestions.isFetching}
        dataSource={suggestions.data ?? []}
        pagination={false}
        locale={{ emptyText: mm.none }}
        data-testid="suggestions"
        scroll={{ x: 1000 }}
        columns={[
          { title: f.businessName, key: 'umkm', width: 230, render: (_: unknown, s) => <Link to={`/umkm/${s.umkm.id}`}>{s.umkm.businessName}</Link> },
          { title: f.class, key: 'class', width: 90, render: (_: unknown, s) => <ClassTag value={s.umkm.class} /> },
          { title: f.sector, key: 'sector', width: 120, render: (_: unknown, s) => messages.enums.sector[s.umkm.sector] },
          { title: f.kecamatan, key: 'kecamatan', width: 150, render: (_: unknown, s) => s.umkm.kecamatanName },
          { title: mm.score, dataIndex: 'score', key: 'score', width: 60, align: 'right' },
          {
            title: mm.reasons,
            key: 'reasons',
            render: (_: unknown, s) => (
              <Space size={[4, 4]} wrap>
                {s.reasons.map((r, i) => (
                  <Tag key={i} color="geekblue" data-testid="match-reason">
                    {matchReasonText(r, s.umkm.class)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: messages.pc.actions,
            key: 'propose',
            width: 190,
            render: (_: unknown, s) => {
              const done = proposed[key(s.umkm.id)];
              return done ? (
                <Link to={`/kemitraan/${done.id}`}>
                  <Tag color="gold">{fill(mm.proposedTag, { number: done.number })}</Tag>
                </Link>
              ) : (
                <Can channel="kemitraan:propose">
                  <Button size="small" type="primary" icon={<SendOutlined />} loading={propose.isPending && propose.variables?.umkmId === s.umkm.id} onClick={() => onPropose(s)}>
                    {mm.propose}
                  </Button>
                </Can>
              );
            },
          },
        ]}
      />
    </>
  );
}
