import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { groupThousands } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { useRead } from '../../api/queries';
import { Can } from '../auth/Can';
import { LoadError } from '../LoadError';
import type { UmkmTabProps } from '../umkm/UmkmRegisterTabs';
import { BantuanFormModal, type BantuanFormTarget } from './BantuanForm';
import { BantuanTable } from './BantuanTable';

const bp = messages.bantuanPages;

/** The UMKM page's tab 'bantuan': every assistance it received, newest first, and the form. */
export function UmkmBantuanTab({ umkmId, name }: UmkmTabProps) {
  const list = useRead('bantuan:list', { umkmId, pageSize: 500 });
  const [form, setForm] = useState<BantuanFormTarget | null>(null);
  return (
    <div data-testid="umkm-bantuan">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Text type="secondary">{list.data ? fill(bp.tabTotal, { n: list.data.total, value: groupThousands(list.data.totalValue) }) : messages.common.loading}</Typography.Text>
        <Can channel="bantuan:create">
          <Button icon={<PlusOutlined />} onClick={() => setForm({ umkm: { id: umkmId, name } })}>
            {bp.add}
          </Button>
        </Can>
      </Flex>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <BantuanTable rows={list.data?.items ?? []} loading={list.isPending} withUmkm={false} onEdit={(record) => setForm({ record })} />
      {form ? <BantuanFormModal target={form} onClose={() => setForm(null)} /> : null}
    </div>
  );
}
