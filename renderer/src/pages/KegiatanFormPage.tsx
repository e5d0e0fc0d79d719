import { KEGIATAN_KINDS } from '../../../shared/domain/kegiatan';
import { messages } from '../../../shared/i18n';
import { KegiatanForm, kegiatanToInput } from '../components/kegiatan/KegiatanForm';
import { CreateFormPage, EditFormPage } from '../forms/FormPage';
import { useUrlParams } from '../hooks/useUrlParams';

const gp = messages.kegiatanPages;

export function KegiatanCreatePage() {
  // The list's kind filter carries over (?jenis=pelatihan): the form starts on that kind.
  const kind = useUrlParams().oneOf('jenis', KEGIATAN_KINDS);
  return (
    <CreateFormPage entity="kegiatan" title={gp.addTitle} saved={gp.saved}>
      {(props) => <KegiatanForm {...props} kind={kind} />}
    </CreateFormPage>
  );
}

export function KegiatanEditPage() {
  return (
    <EditFormPage entity="kegiatan" title={gp.editTitle} saved={gp.saved} sub={(k) => k.name}>
      {(k, props) => <KegiatanForm {...props} initial={kegiatanToInput(k)} />}
    </EditFormPage>
  );
}
