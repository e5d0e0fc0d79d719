import { Tag, Tooltip } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import type { KemitraanStatus } from '../../../shared/domain/partnership';
import { messages } from '../../../shared/i18n';

const COLORS: Record<KemitraanStatus, string> = { diusulkan: 'gold', aktif: 'green', selesai: 'blue', dibatalkan: 'default' };

export function KemitraanStatusTag({ status }: { status: KemitraanStatus }) {
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {messages.kemitraanEnums.status[status]}
    </Tag>
  );
}

/** An active agreement whose end date has passed. */
export function DueForReviewTag() {
  return (
    <Tooltip title={messages.agreementPages.dueHint}>
      <Tag color="red" icon={<ClockCircleOutlined />} data-testid="due-for-review">
        {messages.agreementPages.dueTag}
      </Tag>
    </Tooltip>
  );
}
