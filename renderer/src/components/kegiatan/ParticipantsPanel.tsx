import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Kegiatan, KegiatanParticipants, Participant } from '../../../../shared/contract';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/kegiatan';
import { displayPhone } from '../../../../shared/domain/phone';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { ApiError, call, errorMessage } from '../../api/client';
import { pickFile } from '../../api/files';
import { useRead, useWrite } from '../../api/queries';
import { useCan } from '../../hooks/useCan';
import { Can } from '../auth/Can';
import { useExportFile } from '../exports/ExportButton';
import { LoadError } from '../LoadError';
import { UmkmSearchSelect } from '../UmkmSearchSelect';
import { MatchModal, WalkInModal } from './ParticipantModals';

const kd = messages.kegiatanDetail;
const pf = messages.pesertaFields;
const STATUS_COLOR: Record<AttendanceStatus, string> = { hadir: '#389e0d', izin: '#d48806', tidak_hadir: '#cf1322' };
const MARK_OPTIONS = ATTENDANCE_STATUSES.map((s) => ({ value: s, label: messages.attendanceShort[s], title: messages.attendanceStatus[s] }));

/** Who a participant is, as the channels name it. */
const ref = (p: Participant) => (p.kind === 'umkm' ? { umkmId: p.umkmId! } : { pesertaId: p.pesertaId! });

/** A refusal's lines: the message, and each field's own when there are several. */
function refusalLines(err: unknown): string[] {
  if (!(err instanceof ApiError)) return [errorMessage(err)];
  const fields = Object.values(err.data.fields ?? {});
  return fields.length > 1 ? [err.data.message, ...fields] : [err.data.message];
}

/** The certificate number, saved when the clerk leaves the box with a changed value. */
function CertificateInput({ kegiatanId, p, disabled }: { kegiatanId: number; p: Participant; disabled: boolean }) {
  const { message } = App.useApp();
  const [value, setValue] = useState(p.certificateNumber ?? '');
  const save = useWrite('kegiatan:updateParticipant');
  const commit = () => {
    if (value.trim() === (p.certificateNumber ?? '')) return;
    // mutateAsync: the box is drawn anew once the saved number comes back, and the message must still show.
    save.mutateAsync({ id: kegiatanId, ...ref(p), changes: { certificateNumber: value } }).then(
      () => void message.success(kd.certificateSaved),
      (e: unknown) => void message.error(errorMessage(e)),
    );
  };
  return (
    <Input
      size="small"
      aria-label={`${pf.certificateNumber} ${p.name}`}
      placeholder={kd.certificatePlaceholder}
      value={value}
      disabled={disabled}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/**
 * The participants of an activity other than the meeting: UMKM of the registry and walk-in
 * persons, a column per day with each one's mark (saved as it is chosen), certificate numbers,
 * import from and export to Excel.
 */
export function ParticipantsPanel({ kegiatan: k }: { kegiatan: Kegiatan }) {
  const { message, modal } = App.useApp();
  const list = useRead('kegiatan:participants', { id: k.id });
  const canWrite = useCan('kegiatan:attend');
  const [adding, setAdding] = useState<number | undefined>();
  const [walkIn, setWalkIn] = useState(false);
  const [matching, setMatching] = useState<Participant | null>(null);
  const add = useWrite('kegiatan:addParticipants');
  const attend = useWrite('kegiatan:attend');
  const remove = useWrite('kegiatan:removeParticipant');
  const importer = useWrite('kegiatan:importParticipants');
  const exporter = useExportFile();
  const fail = (e: unknown) => void modal.error({ title: refusalLines(e)[0], content: refusalLines(e).slice(1).map((l) => <div key={l}>{l}</div>) });

  const mark = (day: string, marks: Array<{ umkmId?: number; pesertaId?: number; status: AttendanceStatus | null }>) =>
    attend.mutate({ id: k.id, day, marks }, { onSuccess: () => void message.success({ content: kd.attendanceSaved, key: 'attend' }), onError: fail });

  const addUmkm = () => {
    if (adding === undefined) return;
    add.mutate(
      { id: k.id, umkmIds: [adding] },
      {
        onSuccess: () => {
          setAdding(undefined);
          void message.success(fill(kd.umkmAdded, { n: 1 }));
        },
        onError: fail,
      },
    );
  };

  const runImport = async () => {
    try {
      const file = await pickFile('import');
      if (!file) return;
      const r = await importer.mutateAsync({ id: k.id, fileId: file.fileId });
      void message.success(fill(kd.importDone, { added: r.added, updated: r.updated, marks: r.marks }));
    } catch (e) {
      fail(e);
    }
  };

  const data: KegiatanParticipants | undefined = list.data;
  const days = data?.days ?? [];
  const rows = data?.participants ?? [];
  const dayColumns = days.map((day) => ({
    title: (
      <Flex vertical align="center" gap={2}>
        <span>{formatDate(day).slice(0, 5)}</span>
        {canWrite && rows.length ? (
          <Button size="small" type="link" style={{ padding: 0, height: 18, fontSize: 12 }} onClick={() => mark(day, rows.map((p) => ({ ...ref(p), status: 'hadir' })))} aria-label={fill(kd.markAll, { day: formatDate(day) })}>
            {messages.attendanceShort.hadir}✓
          </Button>
        ) : null}
      </Flex>
    ),
    key: day,
    width: 78,
    align: 'center' as const,
    render: (_: unknown, p: Participant) => {
      const v = p.attendance[day];
      return (
        <Select<AttendanceStatus | null>
          size="small"
          data-testid={`mark-${p.key}-${day}`}
          aria-label={`${pf.status} ${p.name} ${formatDate(day)}`}
          style={{ width: 60, color: v ? STATUS_COLOR[v] : undefined }}
          value={v ?? null}
          disabled={!canWrite}
          allowClear
          placeholder="–"
          options={MARK_OPTIONS}
          labelRender={(o) => <span style={{ color: v ? STATUS_COLOR[v] : undefined, fontWeight: 600 }}>{o.label}</span>}
          onChange={(s) => mark(day, [{ ...ref(p), status: s ?? null }])}
        />
      );
    },
  }));

  return (
    <div data-testid="participants-panel">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="participants-count">
          {data ? (data.quota ? fill(kd.quotaLine, { n: rows.length, quota: data.quota }) : fill(kd.countLine, { n: rows.length })) : messages.common.loading}
          {data ? <Typography.Text type="secondary"> · {fill(kd.presentLine, { n: data.present })}</Typography.Text> : null}
        </Typography.Text>
        <Space wrap>
          <Can channel="kegiatan:importParticipants">
            <Button icon={<ImportOutlined />} loading={importer.isPending} onClick={() => void runImport()} title={kd.importHint}>
              {kd.importParticipants}
            </Button>
          </Can>
          <Can channel="kegiatan:exportParticipants">
            <Button icon={<FileExcelOutlined />} loading={exporter.busy} onClick={() => void exporter.run(() => call('kegiatan:exportParticipants', { id: k.id }))}>
              {kd.exportParticipants}
            </Button>
          </Can>
        </Space>
      </Flex>
      {data?.overQuota ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={fill(kd.overQuota, { n: rows.length, quota: data.quota ?? 0 })} /> : null}
      <Can channel="kegiatan:addParticipants">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <div style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <UmkmSearchSelect placeholder={kd.addUmkmHint} value={adding} onChange={setAdding} exclude={rows.flatMap((p) => (p.umkmId !== null ? [p.umkmId] : []))} />
          </div>
          <Button type="primary" disabled={adding === undefined} loading={add.isPending} onClick={addUmkm}>
            {kd.addUmkm}
          </Button>
          <Button icon={<UserAddOutlined />} onClick={() => setWalkIn(true)}>
            {kd.addWalkIn}
          </Button>
        </Flex>
      </Can>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<Participant>
        data-testid="participants-table"
        rowKey="key"
        size="small"
        loading={list.isPending}
        dataSource={rows}
        locale={{ emptyText: kd.noParticipants }}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        scroll={{ x: 840 + days.length * 78 }}
        columns={[
          {
            title: pf.name,
            key: 'name',
            fixed: 'left',
            width: 220,
            render: (_: unknown, p) => (
              <>
                <div>{p.kind === 'umkm' ? <Link to={`/umkm/${p.umkmId}`}>{p.name}</Link> : p.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.businessName ?? ''}
                </Typography.Text>
                {p.kind === 'walkin' ? (
                  <div>
                    {p.matchedName ? (
                      <Tag color="green">
                        <Link to={`/umkm/${p.umkmId}`}>{fill(kd.matchedTo, { name: p.matchedName })}</Link>
                      </Tag>
                    ) : (
                      <Tag>{messages.pesertaKind.walkin}</Tag>
                    )}
                  </div>
                ) : null}
              </>
            ),
          },
          { title: pf.nik, dataIndex: 'nik', key: 'nik', width: 170, render: (v: string | null) => v ?? '–' },
          { title: pf.phone, dataIndex: 'phone', key: 'phone', width: 140, render: (v: string | null) => (v ? displayPhone(v) : '–') },
          ...dayColumns,
          { title: messages.kegiatanExport.presentDays, key: 'present', width: 70, align: 'right', render: (_: unknown, p) => `${p.presentDays}/${days.length}` },
          { title: pf.certificateNumber, key: 'cert', width: 170, render: (_: unknown, p) => <CertificateInput key={p.certificateNumber ?? ''} kegiatanId={k.id} p={p} disabled={!canWrite} /> },
          {
            title: '',
            key: 'actions',
            // Kept in view at the right, as the name is at the left: a wide day grid scrolls between them.
            fixed: 'right',
            width: 200,
            render: (_: unknown, p) =>
              canWrite ? (
                <Space size={0} wrap>
                  {p.kind === 'walkin' && !p.matchedName ? (
                    <Button size="small" type="link" onClick={() => setMatching(p)}>
                      {kd.match}
                    </Button>
                  ) : null}
                  <Popconfirm title={fill(kd.removeConfirm, { name: p.name })} onConfirm={() => remove.mutate({ id: k.id, ...ref(p) }, { onSuccess: () => void message.success(kd.removed), onError: fail })}>
                    <Button size="small" type="link" danger>
                      {kd.remove}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {walkIn ? <WalkInModal kegiatanId={k.id} onClose={() => setWalkIn(false)} /> : null}
      {matching ? <MatchModal kegiatanId={k.id} participant={matching} onClose={() => setMatching(null)} /> : null}
    </div>
  );
}
