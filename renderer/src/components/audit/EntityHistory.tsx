import { Card, Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { AuditEntity } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/date';
import { messages } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { LoadError } from '../LoadError';
import { ChangesTable } from './ChangesTable';
import { auditSummary } from '../../../../shared/format/auditSummary';

const h = messages.entityHistory;

/**
 * "Riwayat perubahan": a record's own lines of the audit trail, newest first. `version` (the
 * record's updatedAt) is part of the query key, so every write to the record refetches it.
 */
export function EntityHistory({ entity, id, version }: { entity: AuditEntity; id: number; version?: string }) {
  const history = useQuery({ queryKey: ['audit:entity', entity, id, version], queryFn: () => call('audit:entity', { entity, id }), enabled: id > 0 });
  const items = history.data ?? [];
  return (
    <Card
      title={h.title}
      style={{ marginTop: 16 }}
      data-testid="entity-history"
      extra={<Link to={`/audit?entity=${entity}&entityId=${id}`}>{h.seeAll}</Link>}
      loading={history.isPending}
    >
      {history.error ? <LoadError error={history.error} onRetry={() => void history.refetch()} /> : null}
      {items.length === 0 && !history.error ? <Empty description={h.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
      {items.length > 0 ? (
        <Collapse
          size="small"
          items={items.map((e) => ({
            key: e.id,
            label: (
              <Space wrap>
                <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
                <Tag>{messages.auditActions[e.action] ?? e.action}</Tag>
                <span>{auditSummary(e)}</span>
                <Typography.Text type="secondary">· {e.username}</Typography.Text>
              </Space>
            ),
            children: <ChangesTable entry={e} />,
          }))}
        />
      ) : null}
    </Card>
  );
}
