import { App, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { umkmToInput } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useRegistryMutation, useUmkm } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { UmkmForm } from '../components/UmkmForm';

export function UmkmCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useRegistryMutation((values: Record<string, unknown>) => call('umkm:create', values as never));
  return (
    <>
      <PageHeader title={messages.form.addTitle} />
      <UmkmForm
        submitting={create.isPending}
        onCancel={() => navigate('/umkm')}
        onSubmit={async (values) => {
          const u = await create.mutateAsync(values);
          void message.success(messages.form.saved);
          navigate(`/umkm/${u.id}`);
        }}
      />
    </>
  );
}

export function UmkmEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const umkm = useUmkm(id);
  const update = useRegistryMutation((changes: Record<string, unknown>) => call('umkm:update', { id, changes }));
  if (umkm.error) return <LoadError error={umkm.error} onRetry={() => void umkm.refetch()} />;
  if (!umkm.data) return <Skeleton active />;
  return (
    <>
      <PageHeader title={messages.form.editTitle} sub={umkm.data.businessName} />
      <UmkmForm
        key={umkm.data.updatedAt}
        initial={umkmToInput(umkm.data)}
        submitting={update.isPending}
        onCancel={() => navigate(`/umkm/${id}`)}
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          void message.success(messages.form.saved);
          navigate(`/umkm/${id}`);
        }}
      />
    </>
  );
}
