import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import type { FileRef, LampiranCategory, LampiranOwner } from '../../../../shared/contract';
import { LAMPIRAN_CATEGORIES } from '../../../../shared/domain/lampiran';
import { formatFileSize } from '../../../../shared/format/fileSize';
import { messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';

const t = messages.lampiran;
const CATEGORY_OPTIONS = LAMPIRAN_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }));

interface Props {
  owner: LampiranOwner;
  ownerId: number;
  /** The file the clerk chose; null closes the dialog. */
  file: FileRef | null;
  defaultCategory: LampiranCategory;
  onClose: (saved: boolean) => void;
}

/** Names what the chosen file shows and saves it; a refused file's reason stays in the dialog. */
export function AddLampiranModal({ owner, ownerId, file, defaultCategory, onClose }: Props) {
  const add = useWrite('lampiran:add');
  const [category, setCategory] = useState<LampiranCategory>(defaultCategory);
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = (saved: boolean) => {
    setCaption('');
    setError(null);
    add.reset();
    onClose(saved);
  };
  const save = () => {
    if (!file) return;
    setError(null);
    add.mutateAsync({ owner, ownerId, fileId: file.fileId, category, caption }).then(
      () => close(true),
      (err: unknown) => setError(errorMessage(err)),
    );
  };

  return (
    <Modal
      open={file !== null}
      title={t.add}
      okText={t.save}
      cancelText={t.cancel}
      onOk={save}
      onCancel={() => close(false)}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {file ? (
        <Typography.Paragraph data-testid="lampiran-chosen">
          <Typography.Text strong>{file.name}</Typography.Text> <Typography.Text type="secondary">({formatFileSize(file.size)})</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      <Form layout="vertical" onFinish={save}>
        <Form.Item label={t.category} required>
          <Select<LampiranCategory> value={category} onChange={setCategory} options={CATEGORY_OPTIONS} data-testid="lampiran-category" />
        </Form.Item>
        <Form.Item label={t.caption}>
          <Input value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={300} placeholder={t.captionPlaceholder} data-testid="lampiran-caption" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon message={error} data-testid="lampiran-error" /> : null}
    </Modal>
  );
}
