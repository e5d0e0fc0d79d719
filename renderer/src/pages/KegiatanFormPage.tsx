import { messages } from '../../../shared/i18n';
import { KegiatanForm, kegiatanToInput } from '../components/kegiatan/KegiatanForm';
import { CreateFormPage, EditFormPage } from '../forms/FormPage';

const gp = messages.kegiatanPages;

export function KegiatanCreatePage() {
  return (
    <CreateFormPage entity="kegiatan" title={gp.addTitle} saved={gp.saved}>
      {(props) => <KegiatanForm {...props} />}
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
