import { umkmToInput } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { UmkmForm } from '../components/UmkmForm';
import { CreateFormPage, EditFormPage } from '../forms/FormPage';

const fm = messages.form;

export function UmkmCreatePage() {
  return (
    <CreateFormPage entity="umkm" title={fm.addTitle} saved={fm.saved}>
      {(props) => <UmkmForm {...props} />}
    </CreateFormPage>
  );
}

export function UmkmEditPage() {
  return (
    <EditFormPage entity="umkm" title={fm.editTitle} saved={fm.saved} sub={(u) => u.businessName}>
      {(u, props) => <UmkmForm {...props} initial={umkmToInput(u)} latestRecordDate={u.lastRecordDate} />}
    </EditFormPage>
  );
}
