import { useState } from 'react';
import { Alert, Button, Card, Flex, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ExpiringItem, ReadyItem, Sertifikat } from '../../../shared/contract';
import { EXPIRY_WINDOWS, SERTIFIKAT_GROUPS, SERTIFIKAT_KINDS, type SertifikatGroup } from '../../../shared/domain/sertifikat';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { Can } from '../components/auth/Can';
import { ExportButton } from '../components/exports/ExportButton';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { UrlSearchBox } from '../components/UrlSearchBox';
import { kecamatanOptions } from '../components/options';
import { MarkIssuedModal } from '../components/sertifikat/MarkIssuedModal';
import { MarkSubmittedModal } from '../components/sertifikat/MarkSubmittedModal';
import { SertifikatFormModal, type SertifikatFormTarget } from '../components/sertifikat/SertifikatForm';
import { kindLabel, SertifikatTable } from '../components/sertifikat/SertifikatTable';
import { kindOptions } from '../components/sertifikat/sertifikatOptions';
import { useCan } from '../hooks/useCan';
import { useUrlParams } from '../hooks/useUrlParams';

const sp = messages.sertifikatPages;
const f = messages.sertifikatFields;
const e = messages.sertifikatEnums;
const TABS = ['antrean', 'kedaluwarsa', 'kurasi'] as const;

/** The filters every tab of the page shares, read from the URL. */
function useFilters() {
  const url = useUrlParams();
  const filters = {
    search: url.get('q'),
    kind: url.oneOf('kind', SERTIFIKAT_KINDS),
    companion: url.get('companion'),
    programme: url.get('programme'),
    kecamatan: url.get('kecamatan'),
    komunitasId: url.id('komunitas'),
  };
  return { url, filters };
}

function Filters({ withKind = true }: { withKind?: boolean }) {
  const { url, filters } = useFilters();
  const used = useRead('sertifikat:options', {});
  const komunitas = useRead('komunitas:list', {});
  const list = (xs: string[] | undefined) => (xs ?? []).map((x) => ({ value: x, label: x }));
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <UrlSearchBox label={sp.search} width={280} focus={false} />
      {withKind ? <FilterSelect search={false} placeholder={sp.anyKind} width={170} options={kindOptions} value={filters.kind} onChange={(v) => url.update({ kind: v })} /> : null}
      {withKind ? <FilterSelect placeholder={sp.anyCompanion} width={180} options={list(used.data?.companions)} value={filters.companion} onChange={(v) => url.update({ companion: v })} /> : null}
      {withKind ? <FilterSelect placeholder={sp.anyProgramme} width={180} options={list(used.data?.programmes)} value={filters.programme} onChange={(v) => url.update({ programme: v })} /> : null}
      <FilterSelect placeholder={sp.anyKecamatan} width={180} options={kecamatanOptions} value={filters.kecamatan} onChange={(v) => url.update({ kecamatan: v })} />
      <FilterSelect
        placeholder={sp.anyKomunitas}
        width={200}
        options={(komunitas.data ?? []).map((k) => ({ value: String(k.id), label: k.name }))}
        value={filters.komunitasId ? String(filters.komunitasId) : undefined}
        onChange={(v) => url.update({ komunitas: v })}
      />
    </Flex>
  );
}

/** The queue: grouped by status with counts, oldest application first, batch actions on the selected lines. */
function Queue({ onEdit }: { onEdit: (s: Sertifikat) => void }) {
  const { url, filters } = useFilters();
  const group = url.oneOf('group', SERTIFIKAT_GROUPS);
  const list = useRead('sertifikat:list', { ...filters, group, page: url.page, pageSize: url.pageSize });
  const [selected, setSelected] = useState<Sertifikat[]>([]);
  const [batch, setBatch] = useState<'submitted' | 'issued' | null>(null);
  const canBatch = useCan('sertifikat:markSubmitted');
  const counts = list.data?.counts;
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
  const label = (text: string, n: number | undefined) => (n === undefined ? text : `${text} (${n.toLocaleString('id-ID')})`);
  const closeBatch = (done: boolean) => {
    setBatch(null);
    if (done) setSelected([]);
  };
  return (
    <>
      <Filters />
      <Segmented<SertifikatGroup | ''>
        data-testid="sertifikat-groups"
        style={{ marginBottom: 12, flexWrap: 'wrap' }}
        value={group ?? ''}
        onChange={(v) => {
          setSelected([]);
          url.update({ group: v || undefined });
        }}
        options={[{ value: '', label: label(sp.all, all) }, ...SERTIFIKAT_GROUPS.map((g) => ({ value: g, label: label(e.group[g], counts?.[g]) }))]}
      />
      {canBatch ? (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }} wrap>
          <Typography.Text type="secondary" data-testid="selected-count">{fill(sp.selected, { n: selected.length })}</Typography.Text>
          <Button disabled={selected.length === 0} onClick={() => setBatch('submitted')}>
            {sp.markSubmitted}
          </Button>
          <Button type="primary" disabled={selected.length === 0} onClick={() => setBatch('issued')}>
            {sp.markIssued}
          </Button>
        </Flex>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <SertifikatTable
        rows={list.data?.items ?? []}
        loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
        withUmkm
        onEdit={onEdit}
        selection={
          canBatch
            ? {
                selectedRowKeys: selected.map((s) => s.id),
                // Only what is still open can be marked; the order on screen is the order of a one-column paste.
                getCheckboxProps: (s) => ({ disabled: s.status === 'terbit' || s.status === 'ditolak' }),
                onChange: (_keys, rows) => setSelected(rows),
              }
            : undefined
        }
        onChange={(p) => {
          setSelected([]);
          url.update(url.pageChange(p));
        }}
        pagination={url.pagination(list.data?.total ?? 0)}
      />
      {batch === 'submitted' ? <MarkSubmittedModal rows={selected} onClose={closeBatch} /> : null}
      {batch === 'issued' ? <MarkIssuedModal rows={orderOnScreen(selected, list.data?.items ?? [])} onClose={closeBatch} /> : null}
    </>
  );
}

/** The selected lines in the order the table shows them (antd hands them over in click order). */
function orderOnScreen(selected: Sertifikat[], shown: Sertifikat[]): Sertifikat[] {
  const at = new Map(shown.map((s, i) => [s.id, i]));
  return [...selected].sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
}

function Expiring({ onEdit }: { onEdit: (s: Sertifikat) => void }) {
  const { url, filters } = useFilters();
  const days = (Number(url.get('days')) || 90) as (typeof EXPIRY_WINDOWS)[number];
  const window = (EXPIRY_WINDOWS as readonly number[]).includes(days) ? days : 90;
  const list = useRead('sertifikat:expiring', { ...filters, days: window, page: url.page, pageSize: url.pageSize });
  return (
    <>
      <Typography.Paragraph type="secondary">{sp.expiringHelp}</Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{sp.within}</Typography.Text>
        <Segmented<number> data-testid="expiry-window" value={window} options={EXPIRY_WINDOWS.map((d) => ({ value: d, label: fill(sp.days, { n: d }) }))} onChange={(v) => url.update({ days: v === 90 ? undefined : v })} />
      </Flex>
      <Filters />
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <SertifikatTable
        rows={list.data?.items ?? []}
        loading={list.isPending}
        withUmkm
        onEdit={onEdit}
        onChange={(p) => url.update(url.pageChange(p))}
        pagination={url.pagination(list.data?.total ?? 0)}
        extraColumns={[
          {
            title: sp.within,
            key: 'left',
            width: 110,
            render: (_: unknown, s: Sertifikat) => <Tag color={(s as ExpiringItem).daysLeft <= 30 ? 'red' : 'gold'}>{fill(sp.daysLeft, { n: (s as ExpiringItem).daysLeft })}</Tag>,
          },
        ]}
      />
    </>
  );
}

function Ready() {
  const { url, filters } = useFilters();
  const list = useRead('sertifikat:ready', { kecamatan: filters.kecamatan, komunitasId: filters.komunitasId, search: filters.search, page: url.page, pageSize: url.pageSize });
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={sp.readyHelp} description={messages.sertifikatText.bpomRule} data-testid="ready-rule" />
      <Filters withKind={false} />
      <Typography.Text type="secondary">{list.data ? fill(sp.readyCount, { n: list.data.total.toLocaleString('id-ID') }) : messages.common.loading}</Typography.Text>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<ReadyItem>
        rowKey="umkmId"
        size="small"
        style={{ marginTop: 8 }}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        onChange={(p) => url.update(url.pageChange(p))}
        pagination={url.pagination(list.data?.total ?? 0)}
        scroll={{ x: 900 }}
        columns={[
          {
            title: f.businessName,
            key: 'name',
            render: (_, r) => (
              <>
                <Link to={`/umkm/${r.umkmId}`}>{r.businessName}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {r.nik} · {r.kecamatanName}
                </Typography.Text>
              </>
            ),
          },
          {
            title: sp.held,
            key: 'held',
            render: (_, r) => (
              <Flex gap={4} wrap>
                {r.held.map((h) => (
                  <Tag key={h.kind} color="green">
                    {h.validUntil ? fill(sp.heldUntil, { kind: kindLabel({ kind: h.kind, kindOther: null }), date: formatDate(h.validUntil) }) : kindLabel({ kind: h.kind, kindOther: null })}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { title: sp.needsBpom, key: 'bpom', width: 110, render: (_, r) => (r.needsBpom ? <Tag color="blue">{sp.needsBpom}</Tag> : messages.pc.none) },
        ]}
      />
    </>
  );
}

/** Legalitas & sertifikasi: the queue of applications, the certificates about to expire, and the UMKM ready for curation. */
export function SertifikatPage() {
  const { url, filters } = useFilters();
  const tab = url.oneOf('tab', TABS) ?? 'antrean';
  const group = url.oneOf('group', SERTIFIKAT_GROUPS);
  const [form, setForm] = useState<SertifikatFormTarget | null>(null);
  return (
    <>
      <PageHeader
        title={sp.title}
        extra={
          <Flex gap={8}>
            <ExportButton input={{ list: 'sertifikat', query: { ...filters, group: tab === 'antrean' ? group : undefined } }} />
            <Can channel="sertifikat:create">
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
                {sp.add}
              </Button>
            </Can>
          </Flex>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => url.update({ tab: k === 'antrean' ? undefined : k, group: undefined, days: undefined })}
          destroyOnHidden
          items={[
            { key: 'antrean', label: sp.queueTab, children: <Queue onEdit={(record) => setForm({ record })} /> },
            { key: 'kedaluwarsa', label: sp.expiringTab, children: <Expiring onEdit={(record) => setForm({ record })} /> },
            { key: 'kurasi', label: sp.readyTab, children: <Ready /> },
          ]}
        />
      </Card>
      {form ? <SertifikatFormModal target={form} onClose={() => setForm(null)} /> : null}
    </>
  );
}
