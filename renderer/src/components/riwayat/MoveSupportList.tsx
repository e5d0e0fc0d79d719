import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MoveSupport, RiwayatItem } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/date';
import { riwayatText } from '../../../../shared/format/riwayatText';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { messages } from '../../../../shared/i18n';
import { itemKey, KIND_COLOR, linkOf } from './riwayatLook';

const t = messages.riwayatText;

/**
 * Under a move of the naik kelas timeline: the certificates issued, the activities attended and
 * the assistance handed over between its two records, newest first (from the UMKM's history).
 */
export function MoveSupportList({ support }: { support: MoveSupport }) {
  const items: RiwayatItem[] = [...support.certificates, ...support.activities, ...support.assistance].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div style={{ marginTop: 8 }} data-testid="move-support">
      <Typography.Text strong>{t.moveSupport}</Typography.Text>
      {items.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t.moveNone}
        </Typography.Paragraph>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {items.map((i) => {
            const text = riwayatText(i);
            const link = linkOf(i);
            return (
              <li key={itemKey(i)} data-kind={i.kind}>
                <Space size={6} wrap>
                  <span>{formatDate(i.date)}</span>
                  <Tag color={KIND_COLOR[i.kind]} style={{ marginInlineEnd: 0 }}>
                    {t.kinds[i.kind]}
                  </Tag>
                  {link ? <Link to={link}>{text.title}</Link> : <span>{text.title}</span>}
                  {text.value !== null ? <span style={{ color: '#595959' }}>{formatRupiah(text.value)}</span> : null}
                </Space>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
