import { Button, Card, Col, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity, type AuditEntry } from '../../../shared/contract';
import { formatDateTime } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { ChangesTable } from '../components/audit/ChangesTable';
import { auditSummary } from '../../../shared/format/auditSummary';
import { entityPath } from '../components/audit/auditFormat';
import { IsoDatePicker } from '../components/IsoDatePicker';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useUrlParams } from '../hooks/useUrlParams';

const ap = messages.auditPage;
const PAGE_SIZE = 50;

/** Filters and page live in the URL, so Back returns to the same view; an entity page's "see all" link sets entity and entityId. */
export function AuditPage() {
  const url = useUrlParams();
  const entityId = url.id('entityId');
  const filters = {
    from: url.date('from'),
    to: url.date('to'),
    username: url.get('username'),
    action: url.oneOf('action', AUDIT_ACTIONS),
    entity: url.oneOf('entity', AUDIT_ENTITIES),
    entityId: entityId && entityId > 0 ? entityId : undefined,
    search: url.get('search'),
  };
  const list = useRead('audit:list', { ...filters, page: url.page, pageSize: PAGE_SIZE });
  const set = url.update;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const filter = (key: 'username' | 'action' | 'entity', testId: string, label: string, options: Array<{ value: string; label: string }>) => (
    <Col xs={12} md={4}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Select
        data-testid={testId}
        allowClear
        // Typed to narrow: the actions are more than the list shows at once.
        showSearch={{ optionFilterProp: 'label' }}
        listHeight={320}
        style={{ width: '100%' }}
        value={filters[key]}
        // Another entity is another record: the one named by a "see all" link no longer applies.
        onChange={(v?: string) => set(key === 'entity' ? { entity: v, entityId: undefined } : { [key]: v })}
        options={options}
      />
    </Col>
  );

  return (
    <>
      <PageHeader title={ap.title} sub={ap.sub} />
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.from}</Typography.Text>
            <IsoDatePicker id="audit-from" value={filters.from ?? ''} onChange={(v) => set({ from: text(v) })} />
          </Col>
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.to}</Typography.Text>
            <IsoDatePicker id="audit-to" value={filters.to ?? ''} onChange={(v) => set({ to: text(v) })} />
          </Col>
          {filter('username', 'audit-user', ap.user, (list.data?.usernames ?? []).map((u) => ({ value: u, label: u })))}
          {filter('action', 'audit-action', ap.action, AUDIT_ACTIONS.map((a) => ({ value: a, label: messages.auditActions[a] })))}
          {filter('entity', 'audit-entity', ap.entity, AUDIT_ENTITIES.map((e) => ({ value: e, label: messages.auditEntities[e] })))}
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.search}</Typography.Text>
            <Input.Search allowClear aria-label={ap.search} defaultValue={filters.search} onSearch={(v) => set({ search: v.trim() || undefined })} />
          </Col>
        </Row>
        <Button style={{ marginTop: 12 }} onClick={() => set({ from: undefined, to: undefined, username: undefined, action: undefined, entity: undefined, entityId: undefined, search: undefined })}>
          {ap.reset}
        </Button>
      </Card>
      <Card>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Typography.Text type="secondary" data-testid="audit-total">
          {fill(ap.total, { n: list.data?.total ?? 0 })}
        </Typography.Text>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          data-testid="audit-table"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: ap.empty }}
          expandable={{ expandedRowRender: (e) => <ChangesTable entry={e} />, rowExpandable: () => true }}
          pagination={{ current: url.page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (p) => url.update(url.pageChange({ current: p })), hideOnSinglePage: true }}
          scroll={{ x: 1040 }}
          columns={[
            { title: ap.at, dataIndex: 'at', key: 'at', width: 150, render: (v: string) => formatDateTime(v) },
            { title: ap.user, dataIndex: 'username', key: 'username', width: 140, render: (v: string, e) => <span title={messages.auditVia[e.via]}>{v}</span> },
            { title: ap.workstation, dataIndex: 'workstation', key: 'workstation', width: 120, ellipsis: true, render: (v: string | null) => v ?? '–' },
            { title: ap.action, dataIndex: 'action', key: 'action', width: 140, render: (v: AuditAction) => <Tag>{messages.auditActions[v] ?? v}</Tag> },
            { title: ap.entity, dataIndex: 'entity', key: 'entity', width: 140, render: (v: AuditEntity | null) => (v ? messages.auditEntities[v] : '–') },
            {
              title: ap.summary,
              dataIndex: 'summary',
              key: 'summary',
              render: (_: string, e) => {
                const to = e.action === 'purge' ? null : entityPath(e.entity, e.entityId);
                const text = auditSummary(e);
                return to ? <Link to={to}>{text}</Link> : text;
              },
            },
          ]}
        />
      </Card>
    </>
  );
}
