// The audit trail and the recycle bin as an admin uses them: an edit shows on the UMKM's own
// history and on the audit page with the value before and after; a deleted UMKM waits in the bin
// and comes back into the registry from there.
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import type { InputOf } from '../../shared/contract';
import { formInput, registryRow, saveButton } from '../support/umkmUi';

const m = messages;
const ap = m.auditPage;
const tp = m.trashPage;

const TIAM: InputOf<'umkm:create'> = {
  businessName: 'Kedai Kopi Tiam Klandasan',
  ownerName: 'Theresia Wulandari',
  nik: '6471054107880123',
  address: 'Jl. Marsma R. Iswahyudi No. 17, RT 21',
  kecamatan: '64.71.05',
  kelurahan: '64.71.05.1002',
  sector: 'kuliner',
  annualSales: 1_500_000_000,
};

test('an edit shows before and after on the UMKM page and on the audit page; a deleted UMKM is restored from the bin', async ({ page, api }) => {
  const tiam = await api.call('umkm:create', TIAM);

  // Edit the owner's name through the form.
  await page.goto(`#/umkm/${tiam.id}/ubah`);
  const owner = formInput(page, m.fields.ownerName);
  await expect(owner).toHaveValue(TIAM.ownerName);
  await owner.fill('Theresia W. Santoso');
  await saveButton(page).click();
  await expect(page).toHaveURL(new RegExp(`#/umkm/${tiam.id}$`));

  // Its page: the history card, newest first, with the field before and after.
  const history = page.getByTestId('entity-history');
  await expect(history).toContainText(m.entityHistory.title);
  const edit = history.locator('.ant-collapse-item').first();
  await expect(edit).toContainText(m.auditActions.update);
  await expect(history.locator('.ant-collapse-item')).toHaveCount(2);
  await edit.locator('.ant-collapse-header').click();
  const changes = edit.getByTestId('audit-changes');
  await expect(changes).toContainText(m.fields.ownerName);
  await expect(changes).toContainText(TIAM.ownerName);
  await expect(changes).toContainText('Theresia W. Santoso');

  // The audit page, filtered to updates, shows the same change.
  await page.goto('#/audit');
  await expect(page.getByRole('heading', { name: ap.title })).toBeVisible();
  const table = page.getByTestId('audit-table');
  const row = table.locator('tr.ant-table-row').filter({ hasText: TIAM.businessName }).filter({ hasText: m.auditActions.update });
  await expect(row).toHaveCount(1);
  await row.locator('.ant-table-row-expand-icon').click();
  const expanded = table.getByTestId('audit-changes');
  await expect(expanded).toContainText(TIAM.ownerName);
  await expect(expanded).toContainText('Theresia W. Santoso');

  // Delete it from its page; it leaves the registry for the bin.
  await page.goto(`#/umkm/${tiam.id}`);
  await page.getByRole('button', { name: m.detail.delete }).click();
  await page.getByRole('dialog').getByRole('button', { name: m.detail.delete }).click();
  await expect(page).toHaveURL(/#\/umkm$/);
  await expect(registryRow(page, TIAM.businessName)).toHaveCount(0);

  await page.goto('#/sampah');
  const bin = page.getByTestId('trash-table');
  const binRow = bin.locator('tr.ant-table-row').filter({ hasText: TIAM.businessName });
  await expect(binRow).toHaveCount(1);
  await expect(binRow).toContainText(TIAM.nik);
  await binRow.getByRole('button', { name: tp.restore }).click();
  await expect(page.getByText(fill(tp.restored, { name: TIAM.businessName }))).toBeVisible();
  await expect(bin.locator('tr.ant-table-row').filter({ hasText: TIAM.businessName })).toHaveCount(0);

  await page.goto('#/umkm');
  await expect(registryRow(page, TIAM.businessName)).toBeVisible();
  await page.goto(`#/umkm/${tiam.id}`);
  await expect(page.getByTestId('entity-history').locator('.ant-collapse-item').first()).toContainText(m.auditActions.restore);
});

test('purging asks for the typed word before it removes the record for good', async ({ page, api }) => {
  const tiam = await api.call('umkm:create', TIAM);
  await api.call('umkm:delete', { id: tiam.id });
  await page.goto('#/sampah');
  const binRow = page.getByTestId('trash-table').locator('tr.ant-table-row').filter({ hasText: TIAM.businessName });
  await binRow.getByRole('button', { name: tp.purge }).click();
  const dialog = page.getByRole('dialog');
  const ok = dialog.getByRole('button', { name: tp.purgeOk });
  await expect(ok).toBeDisabled();
  await dialog.getByTestId('purge-confirm').fill('hapus saja');
  await expect(ok).toBeDisabled();
  await dialog.getByTestId('purge-confirm').fill(tp.purgeWord);
  await ok.click();
  await expect(page.getByText(fill(tp.purged, { name: TIAM.businessName }))).toBeVisible();
  await expect(page.getByTestId('trash-table').locator('tr.ant-table-row').filter({ hasText: TIAM.businessName })).toHaveCount(0);
  const purged = (await api.call('audit:list', { action: 'purge' })).items;
  expect(purged.map((p) => p.entityId)).toEqual([tiam.id]);
});
