import type { ReactNode } from 'react';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { ClassMoveView, ClassRecord } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/date';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { KemitraanStatusTag } from '../KemitraanStatusTag';
import { MoveSupportList } from '../riwayat/MoveSupportList';

// What the timeline of a UMKM's progress shows under a record and under a move between records.
const up = messages.umkmProgress;
const pe = messages.progressEnums;

const joinOr = (xs: string[]) => (xs.length ? xs.join(', ') : up.none);

export function RecordBody({ r }: { r: ClassRecord }) {
  const sh = up.short;
  const cell = (key: string, label: string, value: ReactNode, wide = false) => (
    <div key={key} style={wide ? { gridColumn: '1 / -1' } : undefined} data-field={key}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {value}
    </div>
  );
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '2px 16px' }}>
      {cell('annualSales', sh.annualSales, formatRupiah(r.annualSales))}
      {cell('capital', sh.capital, formatRupiah(r.capital))}
      {cell('assets', sh.assets, formatRupiah(r.assets))}
      {cell('employees', sh.employees, r.employees ?? up.noFigure)}
      {cell('marketReach', sh.marketReach, r.marketReach ? messages.enums.marketReach[r.marketReach] : up.noFigure)}
      {cell('source', sh.source, pe.source[r.source])}
      {cell('certifications', sh.certifications, joinOr(r.certifications.map((c) => pe.certification[c])), true)}
      {cell('channels', sh.channels, joinOr(r.channels.map((c) => pe.channel[c])), true)}
      {r.notes ? cell('notes', sh.notes, r.notes, true) : null}
    </div>
  );
}

function evidence(r: ClassRecord | undefined, date: string, cls: ClassMoveView['fromClass']): string {
  return fill(up.evidenceRecord, {
    date: formatDate(date),
    class: messages.enums.class[cls],
    sales: formatRupiah(r?.annualSales),
    capital: formatRupiah(r?.capital),
  });
}

export function MoveBody({ m, records }: { m: ClassMoveView; records: ClassRecord[] }) {
  const from = records.find((r) => r.id === m.fromRecordId);
  const to = records.find((r) => r.id === m.toRecordId);
  return (
    <div data-testid="move-item" data-direction={m.direction}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{up.evidence}: </Typography.Text>
        {fill(up.evidencePair, { from: evidence(from, m.fromDate, m.fromClass), to: evidence(to, m.date, m.toClass) })}
      </Typography.Paragraph>
      <Typography.Text strong>{m.direction === 'naik' ? up.supportBefore : up.supportDuring}</Typography.Text>
      {m.agreements.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {up.noSupport}
        </Typography.Paragraph>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="move-agreements">
          {m.agreements.map((a) => (
            <li key={a.id}>
              <Space size={6} wrap>
                <Link to={`/kemitraan/${a.id}`}>{a.number}</Link>
                <span>{a.partnerName}</span>
                <KemitraanStatusTag status={a.status} />
              </Space>
              {a.supports.length ? (
                <div style={{ color: '#595959', fontSize: 13 }}>
                  {a.supports
                    .map((s) => {
                      const args = { kind: messages.kemitraanEnums.support[s.kind], description: s.description };
                      return s.value ? fill(up.supportItemValue, { ...args, value: formatRupiah(s.value) }) : fill(up.supportItem, args);
                    })
                    .join('; ')}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <MoveSupportList support={m.support} />
    </div>
  );
}
