import { useState } from 'react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import type { Sertifikat } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { IsoDatePicker } from '../IsoDatePicker';

const sp = messages.sertifikatPages;

/** Marks the selected applications submitted on one day (all or nothing). */
export function MarkSubmittedModal({ rows, onClose }: { rows: Sertifikat[]; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [day, setDay] = useState<string>(todayIso());
  const [error, setError] = useState<string>();
  const mark = useWrite('sertifikat:markSubmitted');
  return (
    <Modal
      open
      title={sp.markSubmitted}
      okText={sp.save}
      cancelText={sp.cancel}
      okButtonProps={{ disabled: !day, loading: mark.isPending, 'data-testid': 'mark-submitted-save' } as never}
      onCancel={() => onClose(false)}
      onOk={async () => {
        try {
          const r = await mark.mutateAsync({ ids: rows.map((s) => s.id), submittedAt: day });
          void message.success(fill(sp.submittedDone, { n: r.updated }));
          onClose(true);
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{fill(sp.selected, { n: rows.length })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={sp.submittedOn} htmlFor="mark-submitted-day" required>
          <IsoDatePicker id="mark-submitted-day" value={day} onChange={(v) => setDay(String(v))} pastOnly />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
