import { useState } from 'react';
import { Button, Card, Col, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity, type AuditEntry, type InputOf } from '../../../shared/contract';
import { formatDateTime } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { ChangesTable } from '../components/audit/ChangesTable';
import { entityPath } from '../components/audit/auditFormat';
import { IsoDatePicker } from '../components/IsoDatePicker';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';

const ap = messages.auditPage;
const PAGE_SIZE = 50;

type Filters = Omit<InputOf<'audit:list'>, 'page' | 'pageSize'>;

/** The filters an entity page's "see all" link brings along. */
function fromParams(params: URLSearchParams): Filters {
  const entity = params.get('entity');
  const entityId = Number(params.get('entityId'));
  return {
    entity: (AUDIT_ENTITIES as readonly string[]).includes(entity ?? '') ? (entity as AuditEntity) : undefined,
    entityId: entityId > 0 ? entityId : undefined,
  };
}

export function AuditPage() {
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => fromParams(params));
  const [page, setPage] = useState(1);
  const q = { ...filters, page, pageSize: PAGE_SIZE };
  const list = useQuery({ queryKey: ['audit:list', q], queryFn: () => call('audit:list', q), placeholderData: keepPreviousData });
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

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
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.user}</Typography.Text>
            <Select
              data-testid="audit-user"
              allowClear
              style={{ width: '100%' }}
              value={filters.username as string | undefined}
              onChange={(v?: string) => set({ username: v })}
              options={(list.data?.usernames ?? []).map((u) => ({ value: u, label: u }))}
            />
          </Col>
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.action}</Typography.Text>
            <Select
              data-testid="audit-action"
              allowClear
              style={{ width: '100%' }}
              value={filters.action}
              onChange={(v?: AuditAction) => set({ action: v })}
              options={AUDIT_ACTIONS.map((a) => ({ value: a, label: messages.auditActions[a] }))}
            />
          </Col>
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.entity}</Typography.Text>
            <Select
              data-testid="audit-entity"
              allowClear
              style={{ width: '100%' }}
              value={filters.entity}
              onChange={(v?: AuditEntity) => set({ entity: v, entityId: undefined })}
              options={AUDIT_ENTITIES.map((e) => ({ value: e, label: messages.auditEntities[e] }))}
            />
          </Col>
          <Col xs={12} md={4}>
            <Typography.Text type="secondary">{ap.search}</Typography.Text>
            <Input.Search allowClear aria-label={ap.search} onSearch={(v) => set({ search: v.trim() || undefined })} />
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
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage, hideOnSinglePage: true }}
          scroll={{ x: 960 }}
          columns={[
            { title: ap.at, dataIndex: 'at', key: 'at', width: 150, render: (v: string) => formatDateTime(v) },
            { title: ap.user, dataIndex: 'username', key: 'username', width: 140, render: (v: string, e) => <span title={messages.auditVia[e.via]}>{v}</span> },
            { title: ap.action, dataIndex: 'action', key: 'action', width: 140, render: (v: AuditAction) => <Tag>{messages.auditActions[v] ?? v}</Tag> },
            { title: ap.entity, dataIndex: 'entity', key: 'entity', width: 140, render: (v: AuditEntity | null) => (v ? messages.auditEntities[v] : '–') },
            {
              title: ap.summary,
              dataIndex: 'summary',
              key: 'summary',
              render: (v: string, e) => {
                const to = e.action === 'purge' ? null : entityPath(e.entity, e.entityId);
                return to ? <Link to={to}>{v}</Link> : v;
              },
            },
          ]}
        />
      </Card>
    </>
  );
}
