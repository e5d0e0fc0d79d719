import { messages } from '../../../shared/i18n';
import { MitraForm, mitraToInput } from '../components/mitra/MitraForm';
import { CreateFormPage, EditFormPage } from '../forms/FormPage';

const mp = messages.mitraPages;

export function MitraCreatePage() {
  return (
    <CreateFormPage entity="mitra" title={mp.addTitle} saved={mp.saved}>
      {(props) => <MitraForm {...props} />}
    </CreateFormPage>
  );
}

export function MitraEditPage() {
  return (
    <EditFormPage entity="mitra" title={mp.editTitle} saved={mp.saved} sub={(m) => m.name}>
      {(m, props) => <MitraForm {...props} initial={mitraToInput(m)} />}
    </EditFormPage>
  );
}
