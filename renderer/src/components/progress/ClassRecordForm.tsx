import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Modal, Row, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import { CLASS_RECORD_FIELDS, type ClassRecord, type ClassRecordInput } from '../../../../shared/contract';
import { classify, classRank } from '../../../../shared/domain/classification';
import { recordAsOf } from '../../../../shared/domain/progress';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormFrame } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { ClassPreview } from '../ClassPreview';
import { channelOptions, sourceOptions } from './progressOptions';
import { marketReachOptions } from '../options';

type FormValues = ClassRecordInput;
/** The fields with an input here; umkmId is the page's UMKM, never changed by an edit. */
const SHOWN_FIELDS: readonly string[] = CLASS_RECORD_FIELDS.filter((k) => k !== 'umkmId');
const pf = messages.progressFields;
const rf = messages.recordForm;
const up = messages.umkmProgress;

/** A stored record as the form's values. */
function recordToValues(r: ClassRecord): FormValues {
  return {
    umkmId: r.umkmId,
    date: r.date,
    annualSales: r.annualSales ?? undefined,
    capital: r.capital ?? undefined,
    assets: r.assets ?? undefined,
    employees: r.employees ?? undefined,
    marketReach: r.marketReach ?? undefined,
    // The register holds the certificates (issue 15): the form sends none, so it never adds one.
    certifications: [],
    channels: r.channels,
    source: r.source,
    notes: r.notes ?? '',
  };
}

/** The four figures a record may carry, each possibly unknown. */
export type RecordFigureValues = Pick<FormValues, 'annualSales' | 'capital' | 'assets' | 'employees' | 'marketReach'>;
const FIGURE_KEYS = ['annualSales', 'capital', 'assets', 'employees'] as const;

/** Each figure as last known: from the latest record that has it (records in timeline order). */
function lastKnownFigures(records: readonly ClassRecord[]): RecordFigureValues {
  const ordered = [...records].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  const known: RecordFigureValues = {};
  for (const r of ordered) for (const k of FIGURE_KEYS) if (r[k] !== null) known[k] = r[k];
  return known;
}

/**
 * A new record starts from today with every figure as last known (a figure the clerk does not
 * touch is carried, never blanked), or with the figures the clerk has just typed elsewhere; what
 * changes slowly (reach, certificates, channels, source) comes from the latest record.
 */
function newValues(umkmId: number, records: readonly ClassRecord[], latest: ClassRecord | undefined, figures?: RecordFigureValues): FormValues {
  return {
    umkmId,
    date: todayIso(),
    ...lastKnownFigures(records),
    ...figures,
    certifications: [],
    channels: latest?.channels ?? [],
    marketReach: latest?.marketReach ?? undefined,
    source: latest?.source ?? (undefined as unknown as FormValues['source']),
    notes: '',
  };
}

/**
 * Adds or edits one dated record of a UMKM (in a modal over its page). The class of the record is
 * shown live, with the record standing before its date, so the clerk sees a move before saving.
 */
export function ClassRecordModal({
  umkmId,
  records,
  editing,
  onSaved,
  onClose,
  onDelete,
  onReload,
  figures,
}: {
  umkmId: number;
  /** The UMKM's records, for the prefill and the comparison with the record before. */
  records: ClassRecord[];
  /** The record being edited; none for a new one. */
  editing?: ClassRecord;
  onSaved: () => void;
  onClose: () => void;
  /** Deletes the edited record (asking first). */
  onDelete?: () => void;
  /** Reads the edited record again (another clerk changed it meanwhile): the form starts anew from it. */
  onReload?: () => unknown;
  /** A new record's figures as the clerk typed them in the UMKM form (a new year's record, not a correction). */
  figures?: RecordFigureValues;
}) {
  const latest = recordAsOf(records, '9999-12-31');
  const form = useContractForm('progress:add', {
    id: editing?.id,
    version: editing?.version,
    onReload,
    defaults: editing ? recordToValues(editing) : newValues(umkmId, records, latest, figures),
    fields: editing ? SHOWN_FIELDS : CLASS_RECORD_FIELDS,
    shown: SHOWN_FIELDS,
    onSaved,
  });
  const { control } = form;
  const [date, annualSales, capital] = useWatch({ control, name: ['date', 'annualSales', 'capital'] });
  const preview = classify({
    annualSales: typeof annualSales === 'number' ? annualSales : null,
    capital: typeof capital === 'number' ? capital : null,
  });
  // The record standing just before this one's date (never the record itself).
  const others = records.filter((r) => r.id !== editing?.id);
  const before = typeof date === 'string' && date ? recordAsOf(others.filter((r) => r.date < date), date) : undefined;
  const diff = preview && before ? classRank(preview.class) - classRank(before.class) : 0;

  const prefilled = editing ? undefined : figures ? rf.prefillTypedHint : latest ? rf.prefillHint : undefined;
  const { text, select, money, integer, date: dateField } = fieldsOf(control);
  const title = editing ? fill(up.editTitle, { date: formatDate(editing.date) }) : up.addTitle;
  return (
    <Modal open title={title} footer={null} onCancel={onClose} width={760} destroyOnHidden maskClosable={false}>
      <FormFrame
        form={form}
        label={title}
        testId="record-form"
        inModal
        onCancel={onClose}
        aside={
          onDelete ? (
            <Button danger icon={<DeleteOutlined />} onClick={onDelete}>
              {up.delete}
            </Button>
          ) : null
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>{dateField('date', pf.date, { required: true, placeholder: rf.datePlaceholder })}</Col>
          <Col xs={24} md={6}>{money('annualSales', pf.annualSales)}</Col>
          <Col xs={24} md={6}>{money('capital', pf.capital)}</Col>
          <Col xs={24} md={6}>{money('assets', pf.assets)}</Col>
          <Col xs={24} md={6}>{integer('employees', pf.employees)}</Col>
          <Col xs={24} md={9}>{select('source', pf.source, sourceOptions, { required: true, search: false, placeholder: rf.sourcePlaceholder })}</Col>
          <Col xs={24} md={9}>{select('marketReach', pf.marketReach, marketReachOptions, { search: false, allowClear: true, placeholder: rf.choose })}</Col>
          <Col xs={24}>
            <ClassPreview preview={preview} label={rf.classPreview} none={rf.classPreviewNone} testId="record-class-preview" role="status" wrap>
              {before ? (
                <Typography.Text type="secondary">
                  · {fill(rf.previousClass, { date: formatDate(before.date), class: messages.enums.class[before.class] })}
                </Typography.Text>
              ) : null}
              {diff > 0 ? <Typography.Text strong style={{ color: '#389e0d' }}>· {rf.willMoveNaik}</Typography.Text> : null}
              {diff < 0 ? <Typography.Text strong type="danger">· {rf.willMoveTurun}</Typography.Text> : null}
            </ClassPreview>
          </Col>
          <Col xs={24} md={12}>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="record-certifications-note">
              {messages.sertifikatPages.ticksFromRegister}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} md={12}>{select('channels', pf.channels, channelOptions, { multiple: true, placeholder: rf.chooseMany })}</Col>
          {prefilled ? (
            <Col xs={24}>
              <Typography.Paragraph type="secondary" style={{ marginTop: -16, fontSize: 12 }}>
                {prefilled}
              </Typography.Paragraph>
            </Col>
          ) : null}
          <Col xs={24}>{text('notes', pf.notes, { area: 'grow', placeholder: rf.notesPlaceholder })}</Col>
        </Row>
      </FormFrame>
    </Modal>
  );
}
