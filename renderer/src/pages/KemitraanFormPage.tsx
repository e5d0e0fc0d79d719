import { App, Skeleton } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { useKemitraan, useRegistryMutation, useUmkm } from '../api/queries';
import { umkmOptionLabel } from '../components/UmkmSearchSelect';
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
  const umkm = useUmkm(initial.umkmId ?? 0);
  if (initial.umkmId && !umkm.data && !umkm.error) return <Skeleton active />;
  return (
    <>
      <PageHeader title={ap.addTitle} />
      <KemitraanForm
        initial={initial}
        knownUmkm={umkm.data ? { id: umkm.data.id, label: umkmOptionLabel(umkm.data) } : undefined}
        submitting={create.isPending}
        onCancel={() => navigate('/kemitraan')}
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
        knownUmkm={kemitraan.data.umkmId ? { id: kemitraan.data.umkmId, label: kemitraan.data.umkmName ?? '' } : undefined}
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
