import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { fill, messages } from '../../../../shared/i18n';
import { useRead } from '../../api/queries';
import { Can } from '../auth/Can';
import { LoadError } from '../LoadError';
import type { UmkmTabProps } from '../umkm/UmkmRegisterTabs';
import { SertifikatFormModal, type SertifikatFormTarget } from './SertifikatForm';
import { SertifikatTable } from './SertifikatTable';

const sp = messages.sertifikatPages;

/** The UMKM page's tab 'sertifikat': its licences and certificates in every status, and the form. */
export function UmkmSertifikatTab({ umkmId, name }: UmkmTabProps) {
  const list = useRead('sertifikat:list', { umkmId, pageSize: 500 });
  const [form, setForm] = useState<SertifikatFormTarget | null>(null);
  return (
    <div data-testid="umkm-sertifikat">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Text type="secondary">{list.data ? fill(sp.countLabel, { n: list.data.total }) : messages.common.loading}</Typography.Text>
        <Can channel="sertifikat:create">
          <Button icon={<PlusOutlined />} onClick={() => setForm({ umkm: { id: umkmId, name } })}>
            {sp.add}
          </Button>
        </Can>
      </Flex>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <SertifikatTable rows={list.data?.items ?? []} loading={list.isPending} withUmkm={false} onEdit={(record) => setForm({ record })} />
      {form ? <SertifikatFormModal target={form} onClose={() => setForm(null)} /> : null}
    </div>
  );
}
