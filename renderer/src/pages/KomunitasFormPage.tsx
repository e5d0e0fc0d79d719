import { App, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useKomunitas, useRegistryMutation } from '../api/queries';
import { KomunitasForm, komunitasToInput } from '../components/komunitas/KomunitasForm';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';

const kp = messages.komunitasPages;

export function KomunitasCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useRegistryMutation((values: Record<string, unknown>) => call('komunitas:create', values as never));
  return (
    <>
      <PageHeader title={kp.addTitle} />
      <KomunitasForm
        submitting={create.isPending}
        onCancel={() => navigate('/komunitas')}
        onSubmit={async (values) => {
          const k = await create.mutateAsync(values);
          void message.success(kp.saved);
          navigate(`/komunitas/${k.id}`);
        }}
      />
    </>
  );
}

export function KomunitasEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const komunitas = useKomunitas(id);
  const update = useRegistryMutation((changes: Record<string, unknown>) => call('komunitas:update', { id, changes }));
  if (komunitas.error) return <LoadError error={komunitas.error} onRetry={() => void komunitas.refetch()} />;
  if (!komunitas.data) return <Skeleton active />;
  return (
    <>
      <PageHeader title={kp.editTitle} sub={komunitas.data.name} />
      <KomunitasForm
        key={komunitas.data.updatedAt}
        initial={komunitasToInput(komunitas.data)}
        members={komunitas.data.members}
        submitting={update.isPending}
        onCancel={() => navigate(`/komunitas/${id}`)}
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          void message.success(kp.saved);
          navigate(`/komunitas/${id}`);
        }}
      />
    </>
  );
}
