import { Alert, Col, Row } from 'antd';
import { messages } from '../../../shared/i18n';
import { roleMay } from '../../../shared/domain/permissions';
import { useRead } from '../api/queries';
import { useAuthStatus } from '../components/auth/authStatus';
import { Loaded } from '../components/Loaded';
import { OfficeForm } from '../components/office/OfficeForm';
import { OfficePreview } from '../components/office/OfficePreview';
import { PageHeader } from '../components/PageHeader';
import { BantuanSettingsCard } from '../components/bantuan/BantuanSettingsCard';

const p = messages.office.page;

/**
 * Pengaturan Kantor: the letterhead and the report's signatory. An administrator edits them beside
 * the preview; any other role sees what prints, read-only (main refuses office:set to them anyway).
 */
export function OfficeSettingsPage() {
  const role = useAuthStatus().data?.user?.role;
  const stored = useRead('office:get', {});
  const mayEdit = role !== undefined && roleMay(role, 'office:set');
  return (
    <>
      <PageHeader title={p.title} sub={p.sub} />
      <Loaded query={stored}>
        {(s) =>
          mayEdit ? (
            <OfficeForm stored={s} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Alert type="info" showIcon title={p.readOnly} />
              </Col>
              <Col xs={24} xl={14}>
                <OfficePreview office={s} />
              </Col>
            </Row>
          )
        }
      </Loaded>
      {mayEdit ? <BantuanSettingsCard /> : null}
    </>
  );
}
