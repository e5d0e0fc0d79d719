// Personal data leaving leaves a trace the admin can read (issue 13): the registry exported as
// filtered on screen shows on the audit page as an export, with who, the list, its filters in
// words, the row count and the file's name.
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { saveScreen } from '../support/screens';
import { filterSelect, pickOption, registryTotal } from '../support/umkmUi';

const m = messages;
const ap = m.auditPage;

test.describe('an export in the audit trail', () => {
  test.use({ seedDemo: 60, viewport: { width: 1366, height: 768 } });

  test('the registry exported as filtered shows as an export with its list, filters, rows and file', async ({ page, api }) => {
    await page.goto('#/umkm?size=50');
    await expect(registryTotal(page, 60)).toBeVisible();
    await pickOption(page, filterSelect(page, m.registry.filterKecamatan), 'Balikpapan Selatan');
    await pickOption(page, filterSelect(page, m.registry.filterClass), m.enums.class.mikro);
    await expect(page).toHaveURL(/class=mikro/);
    const expected = await api.call('umkm:list', { kecamatan: '64.71.05', class: 'mikro', pageSize: 5 });
    await expect(registryTotal(page, expected.total)).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: m.exportPages.button }).click();
    const file = (await download).suggestedFilename();

    // The audit page, filtered to exports: one line, by the admin who exported.
    // (The filters live in the URL; the action filter's list is longer than its dropdown shows.)
    await page.goto('#/audit?action=export');
    await expect(page.getByRole('heading', { name: ap.title })).toBeVisible();
    await expect(page.getByTestId('audit-action')).toContainText(m.auditActions.export);
    const table = page.getByTestId('audit-table');
    const rows = table.locator('tr.ant-table-row');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row).toContainText('admin');
    await expect(row).toContainText(m.auditActions.export);
    await expect(row).toContainText(m.auditEntities.umkm);
    await expect(row).toContainText(fill(m.auditSummary.exportList, { list: m.auditExportLists.umkm, n: expected.total, file }));

    await row.locator('.ant-table-row-expand-icon').click();
    const changes = table.getByTestId('audit-changes');
    for (const [label, value] of [
      [m.auditFields.exportList, m.auditExportLists.umkm],
      [m.auditFields.exportFilters, 'Kecamatan Balikpapan Selatan; Kelas usaha Mikro'],
      [m.auditFields.exportRows, String(expected.total)],
      [m.auditFields.exportFile, file],
    ] as const) {
      await expect(changes.locator('tr').filter({ hasText: label })).toContainText(value);
    }
    await saveScreen(page, 'audit-export');
  });
});
