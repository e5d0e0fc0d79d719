import { Modal, Typography } from 'antd';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.backupPage;

/** Asks before the whole database is replaced; names what replaces it. */
export function RestoreConfirm({ name, busy, onConfirm, onCancel }: { name: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Modal
      open
      title={t.restoreTitle}
      okText={t.restore}
      okButtonProps={{ danger: true }}
      cancelText={messages.common.back}
      confirmLoading={busy}
      onOk={onConfirm}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph>{fill(t.restoreText, { name })}</Typography.Paragraph>
    </Modal>
  );
}
