import { useState } from 'react';
import { Button, Empty, Flex, Segmented, Tag, Timeline, Typography, type TimelineItemProps } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { RIWAYAT_KINDS, type RiwayatKind } from '../../../../shared/domain/riwayat';
import { formatDate } from '../../../../shared/format/date';
import { riwayatText } from '../../../../shared/format/riwayatText';
import { formatRupiah, groupThousands } from '../../../../shared/format/rupiah';
import { messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { useRead } from '../../api/queries';
import { Can } from '../auth/Can';
import { useExportFile } from '../exports/ExportButton';
import { LoadError } from '../LoadError';
import type { UmkmTabProps } from '../umkm/UmkmRegisterTabs';
import { itemKey, KIND_COLOR, linkOf } from './riwayatLook';

const t = messages.riwayatText;
type Choice = RiwayatKind | 'semua';

/**
 * The UMKM page's tab 'riwayat': everything the office and its partners did for the business
 * (certificates, activities attended, assistance, agreements, monitoring visits), dated, newest
 * first, filtered by kind, and exportable to Excel as filtered.
 */
export function UmkmRiwayatTab({ umkmId }: UmkmTabProps) {
  const [choice, setChoice] = useState<Choice>('semua');
  const kinds = choice === 'semua' ? undefined : [choice];
  const history = useRead('riwayat:list', { umkmId, kinds });
  const exporter = useExportFile();
  const counts = history.data?.counts;
  const total = counts ? RIWAYAT_KINDS.reduce((s, k) => s + counts[k], 0) : null;
  const label = (text: string, n: number | undefined) => (n === undefined ? text : `${text} (${groupThousands(n)})`);

  const items: TimelineItemProps[] = (history.data?.items ?? []).map((i) => {
    const text = riwayatText(i);
    const link = linkOf(i);
    return {
      key: itemKey(i),
      color: KIND_COLOR[i.kind],
      content: (
        <div data-testid="riwayat-item" data-kind={i.kind} data-date={i.date}>
          <Flex gap={8} wrap align="baseline">
            <Typography.Text strong style={{ minWidth: 84 }}>
              {formatDate(i.date)}
            </Typography.Text>
            <Tag color={KIND_COLOR[i.kind]} style={{ marginInlineEnd: 0 }}>
              {t.kinds[i.kind]}
            </Tag>
            {link ? <Link to={link}>{text.title}</Link> : <Typography.Text>{text.title}</Typography.Text>}
            {text.value !== null ? <Typography.Text type="secondary">{formatRupiah(text.value)}</Typography.Text> : null}
          </Flex>
          {text.detail ? (
            <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 13 }}>
              {text.detail}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    };
  });

  return (
    <div data-testid="umkm-riwayat">
      <Flex justify="space-between" align="start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 320px' }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t.title}
          </Typography.Title>
          <Typography.Text type="secondary">{t.intro}</Typography.Text>
        </div>
        <Can channel="riwayat:export">
          <Button icon={<FileExcelOutlined />} loading={exporter.busy} disabled={!history.data || history.data.items.length === 0} onClick={() => void exporter.run(() => call('riwayat:export', { umkmId, kinds }))}>
            {t.export}
          </Button>
        </Can>
      </Flex>
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented<Choice>
          value={choice}
          onChange={setChoice}
          data-testid="riwayat-filter"
          options={[{ value: 'semua', label: label(t.filterAll, total ?? undefined) }, ...RIWAYAT_KINDS.map((k) => ({ value: k, label: label(t.kinds[k], counts?.[k]) }))]}
        />
      </div>
      {history.error ? <LoadError error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.data && items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={choice === 'semua' ? t.empty : t.emptyFiltered} /> : null}
      {items.length ? (
        <div data-testid="riwayat-list">
          <Timeline items={items} />
        </div>
      ) : null}
    </div>
  );
}
