import { useEffect } from 'react';
import { App, Col, Divider, Row } from 'antd';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { UMKM_INPUT_FIELDS, type Umkm, type UmkmInput } from '../../../shared/contract';
import { classify } from '../../../shared/domain/classification';
import { todayIso } from '../../../shared/format/date';
import { KBLI_VERSIONS } from '../../../shared/domain/sectors';
import { messages } from '../../../shared/i18n';
import { fieldsOf } from '../forms/fieldsOf';
import type { RecordFormProps } from '../forms/FormPage';
import { FormFrame } from '../forms/FormFrame';
import { useContractForm } from '../forms/useContractForm';
import { paths } from '../api/entities';
import { ClassPreview } from './ClassPreview';
import { askFiguresChange } from './progress/askFiguresChange';
import type { NewRecordState } from './progress/UmkmProgress';
import { kecamatanOptions, kelurahanOptions, marketReachOptions, sectorOptions, statusOptions } from './options';

const f = messages.fields;
const fm = messages.form;
const kbliVersionOptions = KBLI_VERSIONS.map((v) => ({ value: v, label: `KBLI ${v}` }));

/** The figures the UMKM shares with its latest class record: changing them here changes that record. */
const FIGURE_FIELDS = ['annualSales', 'capital', 'assets', 'employees', 'marketReach'] as const;
const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/**
 * The UMKM form. In an edit, new figures are either a correction of the latest class record or a
 * new year's figures; the clerk is asked which (typed over, a new year would silently rewrite the
 * last record and the move up would never count). A new record is then made on the UMKM's page,
 * pre-filled with what was typed, and the form's other changes are saved.
 */
export function UmkmForm({ id, version, onReload, initial, onSaved, onCancel, latestRecordDate }: RecordFormProps<Umkm, Partial<UmkmInput>> & { latestRecordDate?: string | null }) {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const form = useContractForm('umkm:create', {
    id,
    version,
    onReload,
    defaults: { marketReach: 'lokal', status: 'aktif', sector: undefined, ...initial },
    fields: UMKM_INPUT_FIELDS,
    onSaved,
    decide: async (values) => {
      // A new UMKM, or one without a record left, has no history to keep; a record of today's
      // would stand for the day in place of the latest anyway (a correction).
      if (id === undefined || !initial || !latestRecordDate || latestRecordDate >= todayIso()) return {};
      if (FIGURE_FIELDS.every((k) => same(values[k], initial[k]))) return {};
      const choice = await askFiguresChange(modal, latestRecordDate);
      if (choice !== 'newRecord') return choice === 'correct' ? {} : null;
      const state: NewRecordState = { newRecord: Object.fromEntries(FIGURE_FIELDS.map((k) => [k, values[k] ?? undefined])) };
      const openRecord = () => navigate(paths.record('umkm', id), { state });
      // The other changes are saved with the figures as they were; nothing else changed, nothing to save.
      const othersChanged = UMKM_INPUT_FIELDS.some((k) => !(FIGURE_FIELDS as readonly string[]).includes(k) && !same(values[k as keyof typeof values], initial[k as keyof UmkmInput]));
      if (!othersChanged) {
        openRecord();
        return null;
      }
      return {
        changes: Object.fromEntries(FIGURE_FIELDS.map((k) => [k, initial[k] ?? ''])),
        onSaved: () => {
          void message.success(fm.savedThenRecord);
          openRecord();
        },
      };
    },
  });
  const { control, setValue, getValues } = form;
  const [kecamatan, annualSales, capital] = useWatch({ control, name: ['kecamatan', 'annualSales', 'capital'] });
  const preview = classify({
    annualSales: typeof annualSales === 'number' ? annualSales : null,
    capital: typeof capital === 'number' ? capital : null,
  });

  // A kelurahan belongs to one kecamatan: changing the kecamatan clears a kelurahan from another.
  useEffect(() => {
    const kel = getValues('kelurahan');
    if (kel && kecamatan && !kelurahanOptions(kecamatan).some((o) => o.value === kel)) setValue('kelurahan', '');
  }, [kecamatan, getValues, setValue]);

  const { text, select, money, integer, date } = fieldsOf(control);
  return (
    <FormFrame form={form} label={id ? fm.editTitle : fm.addTitle} onCancel={onCancel}>
      <Divider titlePlacement="start">{fm.sectionIdentity}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>{text('businessName', f.businessName, { required: true })}</Col>
        <Col xs={24} md={12}>{text('ownerName', f.ownerName, { required: true })}</Col>
        <Col xs={24} md={8}>{text('nik', f.nik, { required: true, placeholder: '16 digit' })}</Col>
        <Col xs={24} md={8}>{text('nib', f.nib, { placeholder: '13 digit' })}</Col>
        <Col xs={24} md={8}>{text('npwp', f.npwp, { placeholder: '99.999.999.9-999.999' })}</Col>
        <Col xs={24} md={8}>{text('phone', f.phone, { placeholder: '0812-3456-7890' })}</Col>
        <Col xs={24} md={8}>{text('email', f.email)}</Col>
        <Col xs={24} md={8}>{select('status', f.status, statusOptions, { required: true })}</Col>
      </Row>
      <Divider titlePlacement="start">{fm.sectionLocation}</Divider>
      <Row gutter={16}>
        <Col xs={24}>{text('address', f.address, { required: true })}</Col>
        <Col xs={24} md={12}>{select('kecamatan', f.kecamatan, kecamatanOptions, { required: true })}</Col>
        <Col xs={24} md={12}>
          {select('kelurahan', f.kelurahan, kelurahanOptions(kecamatan), { required: true, placeholder: kecamatan ? undefined : fm.chooseKecamatanFirst })}
        </Col>
      </Row>
      <Divider titlePlacement="start">{fm.sectionBusiness}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>{select('sector', f.sector, sectorOptions, { required: true })}</Col>
        <Col xs={12} md={8}>{text('kbli', f.kbli, { placeholder: '5 digit' })}</Col>
        <Col xs={12} md={8}>{select('kbliVersion', f.kbliVersion, kbliVersionOptions, { allowClear: true })}</Col>
        <Col xs={24} md={8}>{money('annualSales', f.annualSales)}</Col>
        <Col xs={24} md={8}>{money('capital', f.capital)}</Col>
        <Col xs={24} md={8}>{money('assets', f.assets)}</Col>
        <Col xs={24}>
          <ClassPreview preview={preview} label={fm.classPreview} none={fm.classPreviewNone} testId="class-preview" />
        </Col>
        <Col xs={12} md={6}>{integer('employees', f.employees)}</Col>
        <Col xs={12} md={6}>{integer('foundedYear', f.foundedYear)}</Col>
        <Col xs={24} md={6}>{select('marketReach', f.marketReach, marketReachOptions, { required: true })}</Col>
        <Col xs={24} md={6}>{date('registeredAt', f.registeredAt, { placeholder: null, pastOnly: true })}</Col>
        <Col xs={24}>{text('products', f.products, { area: true })}</Col>
      </Row>
      <Divider titlePlacement="start">{fm.sectionOther}</Divider>
      {text('notes', f.notes, { area: true })}
    </FormFrame>
  );
}
