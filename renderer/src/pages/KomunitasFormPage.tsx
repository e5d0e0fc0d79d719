import { messages } from '../../../shared/i18n';
import { KomunitasForm, komunitasToInput } from '../components/komunitas/KomunitasForm';
import { CreateFormPage, EditFormPage } from '../forms/FormPage';

const kp = messages.komunitasPages;

export function KomunitasCreatePage() {
  return (
    <CreateFormPage entity="komunitas" title={kp.addTitle} saved={kp.saved}>
      {(props) => <KomunitasForm {...props} />}
    </CreateFormPage>
  );
}

export function KomunitasEditPage() {
  return (
    <EditFormPage entity="komunitas" title={kp.editTitle} saved={kp.saved} sub={(k) => k.name}>
      {(k, props) => <KomunitasForm {...props} initial={komunitasToInput(k)} members={k.members} />}
    </EditFormPage>
  );
}
