import { Image } from 'antd';
import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { Lampiran } from '../../../../shared/contract';
import { useRead } from '../../api/queries';

const SIZE = 56;
const iconStyle = { fontSize: 32, color: '#8c8c8c', width: SIZE, textAlign: 'center' as const };

/**
 * A small picture of an image attachment; the bytes come one attachment at a time and only for
 * images small enough to send whole (main says which), PDFs and large photos show an icon.
 */
export function LampiranThumb({ item }: { item: Lampiran }) {
  const thumb = useRead('lampiran:thumbnail', { id: item.id }, { enabled: item.hasThumbnail });
  if (item.mime === 'application/pdf') return <FilePdfOutlined style={{ ...iconStyle, color: '#cf1322' }} aria-label="PDF" />;
  const src = thumb.data?.dataUrl;
  if (!item.hasThumbnail || !src) return <FileImageOutlined style={iconStyle} aria-label={item.fileName} />;
  return (
    <Image
      src={src}
      alt={item.caption ?? item.fileName}
      width={SIZE}
      height={SIZE}
      style={{ objectFit: 'cover', borderRadius: 4 }}
      data-testid="lampiran-thumb"
    />
  );
}
