import { Col, Divider, Row } from 'antd';
import type { Komunitas, KomunitasInput } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormFrame } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { kecamatanOptions } from '../options';
import type { RecordFormProps } from '../../forms/FormPage';
import { umkmOptionLabel, UmkmSearchSelect } from '../UmkmSearchSelect';

const kf = messages.komunitasFields;
const kp = messages.komunitasPages;
const COMMON_FIELDS = ['name', 'kecamatan', 'leaderName', 'phone', 'notes'] as const;
/** A new community comes with its first members; an edit leaves them to the detail page and may name a member leader. */
const CREATE_FIELDS = [...COMMON_FIELDS, 'memberIds'];
const EDIT_FIELDS = [...COMMON_FIELDS, 'leaderUmkmId'];

export function komunitasToInput(k: Komunitas): KomunitasInput {
  return {
    name: k.name,
    kecamatan: k.kecamatan ?? '',
    leaderUmkmId: k.leaderUmkmId ?? '',
    // The stored contact only: a member leader's name comes from the registry.
    leaderName: k.leaderUmkmId ? '' : (k.leaderName ?? ''),
    phone: k.phone ?? '',
    notes: k.notes ?? '',
    memberIds: [],
  };
}

export function KomunitasForm({
  id,
  version,
  onReload,
  initial,
  members,
  onSaved,
  onCancel,
}: RecordFormProps<Komunitas, KomunitasInput> & {
  /** The community's members when editing: the leader is chosen among them. */
  members?: Komunitas['members'];
}) {
  const editing = id !== undefined;
  const form = useContractForm('komunitas:create', { id, version, onReload, defaults: initial ?? { memberIds: [] }, fields: editing ? EDIT_FIELDS : CREATE_FIELDS, onSaved });
  const { text, select, pickMany } = fieldsOf(form.control);
  return (
    <FormFrame form={form} label={editing ? kp.editTitle : kp.addTitle} onCancel={onCancel}>
      <Divider titlePlacement="start">{kp.sectionIdentity}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>{text('name', kf.name, { required: true })}</Col>
        <Col xs={24} md={12}>{select('kecamatan', kf.kecamatan, kecamatanOptions, { allowClear: true })}</Col>
        {editing ? (
          <Col xs={24} md={12}>
            {select('leaderUmkmId', kf.leaderUmkmId, (members ?? []).map((u) => ({ value: u.id, label: umkmOptionLabel(u) })), {
              allowClear: true,
              placeholder: kp.leaderUmkmPlaceholder,
            })}
          </Col>
        ) : null}
        <Col xs={24} md={12}>{text('leaderName', kf.leaderName, { extra: kp.leaderNameHint })}</Col>
        <Col xs={24} md={12}>{text('phone', kf.phone, { placeholder: messages.pc.phonePlaceholder })}</Col>
        <Col xs={24}>{text('notes', kf.notes, { area: true })}</Col>
      </Row>
      {editing ? null : (
        <>
          <Divider titlePlacement="start">{kp.sectionMembers}</Divider>
          {pickMany('memberIds', kp.initialMembers, (p) => <UmkmSearchSelect multiple {...p} placeholder={kp.addMembersPlaceholder} />)}
        </>
      )}
    </FormFrame>
  );
}
