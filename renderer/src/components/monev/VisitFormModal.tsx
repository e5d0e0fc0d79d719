import { Alert, App, Button, Card, Checkbox, Col, Form, Modal, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useFieldArray } from 'react-hook-form';
import type { Kemitraan, MonevVisit, MonevVisitInput } from '../../../../shared/contract';
import { MONEV_METHODS, MONEV_SALES } from '../../../../shared/domain/monev';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormField } from '../../forms/FormField';
import { useContractForm } from '../../forms/useContractForm';
import { Attachments } from '../lampiran/Attachments';

const f = messages.monevFields;
const p = messages.monevPages;
const e = messages.monevEnums;
const methodOptions = MONEV_METHODS.map((m) => ({ value: m, label: e.method[m] }));
const salesOptions = MONEV_SALES.map((s) => ({ value: s, label: e.sales[s] }));

const FIELDS = ['date', 'officer', 'method', 'nextStep', 'notes', 'products'] as const;
const blankProduct = { product: '', outlet: '', since: '', price: undefined, sales: 'laku' as const, stockOut: false, feedback: '' };

/** The visit as the form holds it: optional text as '' (blank), numbers as numbers. */
function defaultsOf(k: Kemitraan, v?: MonevVisit): MonevVisitInput {
  if (!v) return { kemitraanId: k.id, date: todayIso(), officer: '', method: 'kunjungan_lapangan', nextStep: '', notes: '', products: [blankProduct] };
  return {
    kemitraanId: k.id,
    date: v.date,
    officer: v.officer,
    method: v.method,
    nextStep: v.nextStep ?? '',
    notes: v.notes ?? '',
    products: v.products.map((x) => ({ product: x.product, outlet: x.outlet ?? '', since: x.since ?? '', price: x.price ?? undefined, sales: x.sales, stockOut: x.stockOut, feedback: x.feedback ?? '' })),
  };
}

/**
 * A visit's form in a dialog: when, who, how, each product placed (outlet, since, price, how it
 * sells, stock-out, the partner's word) and the next step. A new one or an edit of `visit`.
 */
export function VisitFormModal({ k, visit, onClose }: { k: Kemitraan; visit?: MonevVisit; onClose: () => void }) {
  const { message } = App.useApp();
  const form = useContractForm('monev:create', {
    id: visit?.id,
    version: visit?.version,
    defaults: defaultsOf(k, visit),
    fields: visit ? FIELDS : ['kemitraanId', ...FIELDS],
    onSaved: () => {
      void message.success(p.saved);
      onClose();
    },
  });
  const { control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'products' });
  const { text, select, date, money } = fieldsOf(control);
  return (
    <Modal
      open
      width={920}
      title={visit ? fill(p.visitFormTitleEdit, { date: formatDate(visit.date) }) : fill(p.visitFormTitleNew, { number: k.number })}
      okText={messages.pc.save}
      cancelText={messages.pc.cancel}
      okButtonProps={{ loading: form.saving }}
      onOk={() => void form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" component="div" data-testid="visit-form">
        {form.rootError ? <Alert type="error" showIcon title={form.rootError} role="alert" style={{ marginBottom: 12 }} /> : null}
        <Row gutter={12}>
          <Col xs={24} md={6}>{date('date', f.date, { required: true, pastOnly: true })}</Col>
          <Col xs={24} md={9}>{text('officer', f.officer, { required: true })}</Col>
          <Col xs={24} md={9}>{select('method', f.method, methodOptions, { required: true, search: false })}</Col>
        </Row>
        <Form.Item label={f.products} data-field="products">
          {fields.map((row, i) => (
            <Card key={row.id} size="small" style={{ marginBottom: 8 }} data-testid={`product-${i}`} role="group" aria-label={`${f.product} ${i + 1}`}>
              <Row gutter={8}>
                <Col xs={24} md={8}>{text(`products.${i}.product`, f.product, { required: true })}</Col>
                <Col xs={24} md={8}>{text(`products.${i}.outlet`, f.outlet)}</Col>
                <Col xs={12} md={4}>{date(`products.${i}.since`, f.since)}</Col>
                <Col xs={12} md={4}>{money(`products.${i}.price`, f.price)}</Col>
                <Col xs={12} md={6}>{select(`products.${i}.sales`, f.sales, salesOptions, { required: true, search: false })}</Col>
                <Col xs={12} md={4}>
                  <FormField
                    name={`products.${i}.stockOut`}
                    label={f.stockOut}
                    control={control}
                    render={(x) => (
                      <Checkbox id={x.id} checked={x.value === true} onChange={(ev) => x.onChange(ev.target.checked)}>
                        {p.stockOutTag}
                      </Checkbox>
                    )}
                  />
                </Col>
                <Col xs={20} md={12}>{text(`products.${i}.feedback`, f.feedback)}</Col>
                <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${p.removeProduct} ${i + 1}`} onClick={() => remove(i)} />
                </Col>
              </Row>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => append(blankProduct)}>
            {p.addProduct}
          </Button>
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>{text('nextStep', f.nextStep, { area: true })}</Col>
          <Col xs={24} md={12}>{text('notes', f.notes, { area: true })}</Col>
        </Row>
      </Form>
      {/* Visit photos belong to a stored visit: shown once it has an id. */}
      {visit ? <Attachments owner="monev_kunjungan" ownerId={visit.id} /> : null}
    </Modal>
  );
}
