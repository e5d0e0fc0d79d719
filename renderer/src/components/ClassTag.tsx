import { Tag, Tooltip } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { ClassBasis, UmkmClass } from '../../../shared/domain/classification';
import { fill, messages } from '../../../shared/i18n';
import { CLASS_COLORS } from '../theme';

/** The computed class with its basis; besar is flagged, never hidden. */
export function ClassTag({ value, basis }: { value: UmkmClass; basis?: ClassBasis }) {
  const tag = (
    <Tag color={CLASS_COLORS[value]} icon={value === 'besar' ? <WarningOutlined /> : undefined} data-class={value}>
      {messages.enums.class[value]}
    </Tag>
  );
  return basis ? <Tooltip title={fill(messages.detail.classBy, { basis: messages.enums.classBasis[basis] })}>{tag}</Tooltip> : tag;
}
