import { Skeleton } from 'antd';
import { useSearchParams } from 'react-router';
import { messages } from '../../../shared/i18n';
import { useReadById } from '../api/queries';
import { KemitraanForm, kemitraanToInput } from '../components/kemitraan/KemitraanForm';
import { umkmOptionLabel } from '../components/UmkmSearchSelect';
import { CreateFormPage, EditFormPage } from '../forms/FormPage';

const ap = messages.agreementPages;
const idParam = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** A new agreement; a partner, UMKM, community or meeting page may hand over its id in the URL. */
export function KemitraanCreatePage() {
  const [params] = useSearchParams();
  const initial = {
    mitraId: idParam(params.get('mitraId')),
    umkmId: idParam(params.get('umkmId')),
    komunitasId: idParam(params.get('komunitasId')),
    kegiatanId: idParam(params.get('kegiatanId')),
  };
  const umkm = useReadById('umkm:get', initial.umkmId ?? 0);
  if (initial.umkmId && !umkm.data && !umkm.error) return <Skeleton active />;
  return (
    <CreateFormPage entity="kemitraan" title={ap.addTitle} saved={ap.saved}>
      {(props) => <KemitraanForm {...props} initial={initial} knownUmkm={umkm.data ? { id: umkm.data.id, label: umkmOptionLabel(umkm.data) } : undefined} />}
    </CreateFormPage>
  );
}

export function KemitraanEditPage() {
  return (
    <EditFormPage entity="kemitraan" title={ap.editTitle} saved={ap.saved} sub={(k) => k.number}>
      {(k, props) => (
        <KemitraanForm {...props} initial={kemitraanToInput(k)} knownUmkm={k.umkmId ? { id: k.umkmId, label: k.umkmName ?? '' } : undefined} />
      )}
    </EditFormPage>
  );
}
