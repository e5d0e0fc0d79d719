import { App, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useKegiatan, useRegistryMutation } from '../api/queries';
import { KegiatanForm, kegiatanToInput } from '../components/kegiatan/KegiatanForm';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';

const gp = messages.kegiatanPages;

export function KegiatanCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useRegistryMutation((values: Record<string, unknown>) => call('kegiatan:create', values as never));
  return (
    <>
      <PageHeader title={gp.addTitle} />
      <KegiatanForm
        submitting={create.isPending}
        onCancel={() => navigate('/kegiatan')}
        onSubmit={async (values) => {
          const k = await create.mutateAsync(values);
          void message.success(gp.saved);
          navigate(`/kegiatan/${k.id}`);
        }}
      />
    </>
  );
}

export function KegiatanEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const kegiatan = useKegiatan(id);
  const update = useRegistryMutation((changes: Record<string, unknown>) => call('kegiatan:update', { id, changes }));
  if (kegiatan.error) return <LoadError error={kegiatan.error} onRetry={() => void kegiatan.refetch()} />;
  if (!kegiatan.data) return <Skeleton active />;
  return (
    <>
      <PageHeader title={gp.editTitle} sub={kegiatan.data.name} />
      <KegiatanForm
        key={kegiatan.data.updatedAt}
        initial={kegiatanToInput(kegiatan.data)}
        submitting={update.isPending}
        onCancel={() => navigate(`/kegiatan/${id}`)}
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          void message.success(gp.saved);
          navigate(`/kegiatan/${id}`);
        }}
      />
    </>
  );
}
