import { useState } from 'react';
import { Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { BANTUAN_KINDS } from '../../../shared/domain/bantuan';
import { FUND_SOURCES } from '../../../shared/domain/funding';
import { KECAMATAN } from '../../../shared/domain/regions';
import { formatRupiah, groupThousands } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { Can } from '../components/auth/Can';
import { BantuanFormModal, type BantuanFormTarget } from '../components/bantuan/BantuanForm';
import { BantuanTable } from '../components/bantuan/BantuanTable';
import { bantuanKindOptions, fundSourceOptions } from '../components/bantuan/bantuanOptions';
import { ExportButton } from '../components/exports/ExportButton';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { kecamatanOptions } from '../components/options';
import { PageHeader } from '../components/PageHeader';
import { UrlSearchBox } from '../components/UrlSearchBox';
import { useUrlParams } from '../hooks/useUrlParams';

const bp = messages.bantuanPages;

/**
 * Assistance handed to UMKM: the list filtered by kind, source of funds, year, kecamatan and
 * programme (kept in the URL), the totals by source of funds over the whole filtered list, and the
 * form in a dialog.
 */
export function BantuanPage() {
  const url = useUrlParams();
  const { get, update } = url;
  const kind = url.oneOf('kind', BANTUAN_KINDS);
  const fundSource = url.oneOf('source', FUND_SOURCES);
  const year = /^\d{4}$/.test(get('year') ?? '') ? Number(get('year')) : undefined;
  const kecamatan = url.oneOf('kec', KECAMATAN.map((k) => k.code));
  const programme = get('prog');
  const filters = { search: get('q'), kind, fundSource, year, kecamatan, programme };
  const list = useRead('bantuan:list', { ...filters, page: url.page, pageSize: url.pageSize });
  const [form, setForm] = useState<BantuanFormTarget | null>(null);
  const data = list.data;

  return (
    <>
      <PageHeader
        title={bp.title}
        sub={data ? fill(bp.sub, { n: data.total.toLocaleString('id-ID'), value: groupThousands(data.totalValue) }) : messages.common.loading}
        extra={
          <Flex gap={8}>
            <ExportButton input={{ list: 'bantuan', query: filters }} />
            <Can channel="bantuan:create">
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
                {bp.add}
              </Button>
            </Can>
          </Flex>
        }
      />
      <Card size="small" title={bp.totalsTitle} style={{ marginBottom: 16 }} data-testid="bantuan-totals">
        <Row gutter={[16, 12]}>
          {(data?.totals ?? []).map((t) => (
            <Col key={t.fundSource} xs={12} md={8} xl={4} data-testid={`bantuan-total-${t.fundSource}`}>
              <Statistic title={messages.fundSource[t.fundSource]} value={formatRupiah(t.value)} styles={{ content: { fontSize: 17 } }} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fill(bp.totalsLine, { n: t.count.toLocaleString('id-ID') })}
                {t.unknown ? ` · ${fill(bp.totalsUnknown, { n: t.unknown.toLocaleString('id-ID') })}` : ''}
              </Typography.Text>
            </Col>
          ))}
          {data ? (
            <Col xs={12} md={8} xl={4} data-testid="bantuan-total-all">
              <Statistic title={bp.totalAll} value={formatRupiah(data.totalValue)} styles={{ content: { fontSize: 17, fontWeight: 600 } }} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fill(bp.totalsLine, { n: data.total.toLocaleString('id-ID') })}
              </Typography.Text>
            </Col>
          ) : null}
        </Row>
      </Card>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <UrlSearchBox label={bp.searchPlaceholder} width={300} focus={false} />
          <FilterSelect search={false} placeholder={bp.filterKind} width={160} options={bantuanKindOptions} value={kind} onChange={(v) => update({ kind: v })} />
          <FilterSelect search={false} placeholder={bp.filterSource} width={200} options={fundSourceOptions} value={fundSource} onChange={(v) => update({ source: v })} />
          <FilterSelect
            search={false}
            placeholder={bp.filterYear}
            width={140}
            options={(data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
            value={year === undefined ? undefined : String(year)}
            onChange={(v) => update({ year: v })}
          />
          <FilterSelect placeholder={bp.filterKecamatan} width={190} options={kecamatanOptions} value={kecamatan} onChange={(v) => update({ kec: v })} />
          <FilterSelect placeholder={bp.filterProgramme} width={220} options={(data?.programmes ?? []).map((p) => ({ value: p, label: p }))} value={programme} onChange={(v) => update({ prog: v })} />
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <BantuanTable
          rows={data?.items ?? []}
          loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
          withUmkm
          onEdit={(record) => setForm({ record })}
          onChange={(p) => update(url.pageChange(p))}
          pagination={url.pagination(data?.total ?? 0)}
        />
      </Card>
      {form ? <BantuanFormModal target={form} onClose={() => setForm(null)} /> : null}
    </>
  );
}
