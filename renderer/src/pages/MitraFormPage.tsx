import { App, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useMitra, useRegistryMutation } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { MitraForm, mitraToInput } from '../components/mitra/MitraForm';
import { PageHeader } from '../components/PageHeader';

const mp = messages.mitraPages;

export function MitraCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useRegistryMutation((values: Record<string, unknown>) => call('mitra:create', values as never));
  return (
    <>
      <PageHeader title={mp.addTitle} />
      <MitraForm
        submitting={create.isPending}
        onCancel={() => navigate('/mitra')}
        onSubmit={async (values) => {
          const m = await create.mutateAsync(values);
          void message.success(mp.saved);
          navigate(`/mitra/${m.id}`);
        }}
      />
    </>
  );
}

export function MitraEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const mitra = useMitra(id);
  const update = useRegistryMutation((changes: Record<string, unknown>) => call('mitra:update', { id, changes }));
  if (mitra.error) return <LoadError error={mitra.error} onRetry={() => void mitra.refetch()} />;
  if (!mitra.data) return <Skeleton active />;
  return (
    <>
      <PageHeader title={mp.editTitle} sub={mitra.data.name} />
      <MitraForm
        key={mitra.data.updatedAt}
        initial={mitraToInput(mitra.data)}
        submitting={update.isPending}
        onCancel={() => navigate(`/mitra/${id}`)}
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          void message.success(mp.saved);
          navigate(`/mitra/${id}`);
        }}
      />
    </>
  );
}
