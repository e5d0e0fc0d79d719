import { Fragment, useEffect, useState } from 'react';
import { Col, Divider, Form, Radio, Row } from 'antd';
import { useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { KEMITRAAN_INPUT_FIELDS, KemitraanInput, type Kemitraan, type KemitraanData } from '../../../../shared/contract';
import { DEFAULT_PATTERN } from '../../../../shared/domain/partnership';
import { DEFAULT_REVIEW_MONTHS } from '../../../../shared/domain/monev';
import { messages } from '../../../../shared/i18n';
import { useReadById } from '../../api/queries';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormFrame } from '../../forms/FormFrame';
import type { RecordFormProps } from '../../forms/FormPage';
import { useContractForm } from '../../forms/useContractForm';
import { KegiatanSelect, KomunitasSelect, MitraSelect } from '../EntitySelects';
import { patternOptions } from '../partnershipOptions';
import { UmkmSearchSelect } from '../UmkmSearchSelect';
import { SupportsField } from './SupportsField';

type FormValues = KemitraanInput;
type Party = 'umkm' | 'komunitas';
const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

/** A support's cleared value is sent as '' like any cleared field, and stored as null. */
const prepare = (v: KemitraanData) => ({ supports: v.supports.map((s) => ({ kind: s.kind, description: s.description, value: s.value ?? '' })) });

/** The monev cadence: every 6 or 3 months, or none (0 in the form, stored as null). */
const REVIEW_OPTIONS = [
  { value: 6, label: messages.monevEnums.reviewMonths[6] },
  { value: 3, label: messages.monevEnums.reviewMonths[3] },
  { value: 0, label: messages.monevEnums.reviewMonths.none },
];

export function kemitraanToInput(k: Kemitraan): FormValues {
  return {
    number: k.number,
    mitraId: k.mitraId,
    umkmId: k.umkmId ?? undefined,
    komunitasId: k.komunitasId ?? undefined,
    signedAt: k.signedAt ?? '',
    startDate: k.startDate,
    endDate: k.endDate ?? '',
    pattern: k.pattern,
    supports: k.supports.map((s) => ({ kind: s.kind, description: s.description, value: s.value ?? undefined })),
    kegiatanId: k.kegiatanId ?? undefined,
    notes: k.notes ?? '',
    // 0 is "no review" in the form's choice (stored as null).
    reviewMonths: k.reviewMonths ?? 0,
  };
}

const baseResolver = zodResolver(KemitraanInput);
/** The contract names a missing party at umkmId; with a community chosen, it is shown there. */
const resolverFor =
  (party: Party): Resolver<FormValues, unknown, KemitraanData> =>
  async (values, ctx, opts) => {
    const result = await baseResolver(values, ctx, opts);
    const errors = result.errors as Record<string, unknown>;
    if (party === 'komunitas' && errors.umkmId) {
      errors.komunitasId = errors.umkmId;
      delete errors.umkmId;
    }
    return result;
  };

export function KemitraanForm({
  id,
  version,
  onReload,
  initial,
  knownUmkm,
  onSaved,
  onCancel,
}: RecordFormProps<Kemitraan, Partial<FormValues>> & {
  /** The UMKM party given beforehand (an edited agreement's, or from the UMKM's page), so its name shows before any search. */
  knownUmkm?: { id: number; label: string };
}) {
  const [party, setParty] = useState<Party>(initial?.komunitasId ? 'komunitas' : 'umkm');
  const form = useContractForm('kemitraan:create', {
    id,
    version,
    onReload,
    resolver: resolverFor(party),
    defaults: { supports: [{ kind: 'pembinaan', description: '', value: undefined }], reviewMonths: DEFAULT_REVIEW_MONTHS, ...initial },
    fields: KEMITRAAN_INPUT_FIELDS,
    prepare,
    onSaved,
  });
  const { control, setValue, getValues, clearErrors, formState } = form;
  const mitraId = useWatch({ control, name: 'mitraId' });
  const partner = useReadById('mitra:get', typeof mitraId === 'number' ? mitraId : 0);
  // The pattern a partner of this kind most often takes, until the clerk picks one.
  useEffect(() => {
    if (partner.data && !getValues('pattern')) setValue('pattern', DEFAULT_PATTERN[partner.data.kind]);
  }, [partner.data, getValues, setValue]);

  const switchParty = (p: Party) => {
    setParty(p);
    setValue(p === 'umkm' ? 'komunitasId' : 'umkmId', undefined);
    clearErrors(['umkmId', 'komunitasId']);
  };
  const { text, select, date, pickOne } = fieldsOf(control);
  return (
    <FormFrame form={form} label={id ? ap.editTitle : ap.addTitle} onCancel={onCancel}>
      <Divider titlePlacement="start">{ap.sectionParties}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>{pickOne('mitraId', kf.mitraId, (p) => <MitraSelect activeOnly {...p} placeholder={ap.choosePartner} />, { required: true })}</Col>
        <Col xs={24} md={12}>
          <Form.Item label={ap.partyKind}>
            <Radio.Group
              value={party}
              onChange={(e) => switchParty(e.target.value as Party)}
              options={[
                { value: 'umkm', label: ap.partyUmkm },
                { value: 'komunitas', label: ap.partyKomunitas },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          {/* Keyed by party: the other party's field starts anew, with no value or error of the one left. */}
          {party === 'umkm' ? (
            <Fragment key="umkm">
              {pickOne('umkmId', kf.umkmId, (p) => <UmkmSearchSelect {...p} umkmStatus="aktif" placeholder={ap.chooseUmkm} known={knownUmkm ? [knownUmkm] : []} />, { required: true })}
            </Fragment>
          ) : (
            <Fragment key="komunitas">{pickOne('komunitasId', kf.komunitasId, (p) => <KomunitasSelect {...p} placeholder={ap.chooseKomunitas} />, { required: true })}</Fragment>
          )}
        </Col>
      </Row>
      <Divider titlePlacement="start">{ap.sectionTerms}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>{text('number', kf.number, { placeholder: ap.numberPlaceholder })}</Col>
        <Col xs={24} md={8}>{select('pattern', kf.pattern, patternOptions, { required: true })}</Col>
        <Col xs={24} md={8}>{pickOne('kegiatanId', kf.kegiatanId, (p) => <KegiatanSelect {...p} placeholder={ap.chooseEvent} />)}</Col>
        <Col xs={24} md={8}>{date('startDate', kf.startDate, { required: true })}</Col>
        <Col xs={24} md={8}>{date('endDate', kf.endDate)}</Col>
        <Col xs={24} md={8}>{date('signedAt', kf.signedAt)}</Col>
        <Col xs={24} md={8}>{select('reviewMonths', messages.monevFields.reviewMonths, REVIEW_OPTIONS, { required: true, search: false })}</Col>
      </Row>
      <SupportsField control={control} errors={formState.errors} />
      {text('notes', kf.notes, { area: true })}
    </FormFrame>
  );
}
