import { App, Skeleton } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useKemitraan, useRegistryMutation } from '../api/queries';
import { KemitraanForm, kemitraanToInput } from '../components/kemitraan/KemitraanForm';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';

const ap = messages.agreementPages;
const idParam = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** A new agreement; a partner, UMKM, community or meeting page may hand over its id in the URL. */
export function KemitraanCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const create = useRegistryMutation((values: Record<string, unknown>) => call('kemitraan:create', values as never));
  const initial = {
    partnerId: idParam(params.get('partnerId')),
    umkmId: idParam(params.get('umkmId')),
    komunitasId: idParam(params.get('komunitasId')),
    eventId: idParam(params.get('eventId')),
  };
  return (
    <>
      <PageHeader title={ap.addTitle} />
      <KemitraanForm
        initial={initial}
        submitting={create.isPending}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const k = await create.mutateAsync(values);
          void message.success(ap.saved);
          navigate(`/kemitraan/${k.id}`);
        }}
      />
    </>
  );
}

export function KemitraanEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const kemitraan = useKemitraan(id);
  const update = useRegistryMutation((changes: Record<string, unknown>) => call('kemitraan:update', { id, changes }));
  if (kemitraan.error) return <LoadError error={kemitraan.error} onRetry={() => void kemitraan.refetch()} />;
  if (!kemitraan.data) return <Skeleton active />;
  return (
    <>
      <PageHeader title={ap.editTitle} sub={kemitraan.data.number} />
      <KemitraanForm
        key={kemitraan.data.updatedAt}
        initial={kemitraanToInput(kemitraan.data)}
        known={kemitraan.data}
        submitting={update.isPending}
        onCancel={() => navigate(`/kemitraan/${id}`)}
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          void message.success(ap.saved);
          navigate(`/kemitraan/${id}`);
        }}
      />
    </>
  );
}
