// Monitoring of partnerships (issue 15), as a clerk goes through it on the demo data: the "Monev
// jatuh tempo" list (overdue first, filtered), recording a visit with its products from there, the
// card on the agreement's page, editing the visit, and closing the agreement, which asks its outcome.
// Screens at 1366x768 and 1024x640.
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { formatDate } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { detailValue, fieldError, fieldInput, fieldSelect } from '../support/partnershipUi';
import { dropdownOptions, openSelect } from '../support/umkmUi';

const m = messages;
const p = m.monevPages;
const f = m.monevFields;
const ap = m.agreementPages;
const [WIDE, NARROW] = SCREENS;

test.describe('monev on the demo data', () => {
  test.use({ seedDemo: 60, viewport: WIDE });

  test('the due list leads to a visit recorded with its products; the agreement leaves the list; closing asks its outcome', async ({ page, api }) => {
    const due = await api.call('monev:due', { pageSize: 100 });
    expect(due.overdue).toBeGreaterThan(0);
    const first = due.items[0]!;
    expect(first.daysLate).toBeGreaterThan(0);

    // The list: overdue first, each with its review day and how late it is.
    await page.goto('#/monev');
    await expect(page.getByRole('heading', { name: p.dueTitle })).toBeVisible();
    const table = page.getByTestId('monev-due');
    const rows = table.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows).toHaveCount(due.items.length);
    await expect(rows.first()).toContainText(first.number);
    await expect(rows.first()).toContainText(fill(p.overdueDays, { n: first.daysLate }));
    await expect(rows.first()).toContainText(formatDate(first.nextReview));
    await saveScreen(page, 'monev-due');
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'monev-due');
    await page.setViewportSize(WIDE);

    // Only the overdue ones, kept in the URL.
    await page.getByRole('checkbox', { name: p.overdueOnly }).click();
    await expect(page.getByRole('checkbox', { name: p.overdueOnly })).toBeChecked();
    await expect(rows).toHaveCount(due.overdue);
    await expect(page).toHaveURL(/late=1/);

    // "Catat monev" opens the agreement with a new visit's form.
    await rows.first().getByRole('button', { name: p.record }).click();
    await expect(page).toHaveURL(new RegExp(`#/kemitraan/${first.kemitraanId}`));
    const form = page.getByRole('dialog');
    await expect(form).toContainText(fill(p.visitFormTitleNew, { number: first.number }));
    // Nothing typed: the officer and the product's name are asked for.
    await form.getByRole('button', { name: m.pc.save }).click();
    await expect(fieldError(page, 'officer')).toBeVisible();
    await expect(fieldError(page, 'products.0.product')).toBeVisible();

    await fieldInput(page, 'officer').fill('Rina Kartika');
    await fieldInput(page, 'products.0.product').fill('Amplang Kepiting 250 g');
    await fieldInput(page, 'products.0.outlet').fill('Lobi hotel');
    await fieldInput(page, 'products.0.price').fill('35000');
    await fieldInput(page, 'products.0.stockOut').check();
    await fieldInput(page, 'products.0.feedback').fill('Tamu suka, minta stok tambahan');
    await form.getByRole('button', { name: p.addProduct }).click();
    await fieldInput(page, 'products.1.product').fill('Kerupuk Ikan Tenggiri');
    const sales = await openSelect(page, fieldSelect(page, 'products.1.sales'));
    await dropdownOptions(sales).filter({ hasText: m.monevEnums.sales.tidak_laku }).click();
    await fieldInput(page, 'nextStep').fill('Ganti kemasan kerupuk, tinjau lagi bulan depan');
    await saveScreen(page, 'monev-visit-form');
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'monev-visit-form');
    await page.setViewportSize(WIDE);
    await form.getByRole('button', { name: m.pc.save }).click();
    await expect(form).toBeHidden();

    // The card: the visit on top, its products with how they sell, the next review moved on.
    const card = page.getByTestId('monev-card');
    const visitRow = card.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect(visitRow).toContainText('Rina Kartika');
    await expect(visitRow).toContainText(`Amplang Kepiting 250 g: ${m.monevEnums.sales.laku} · ${p.stockOutTag}`);
    await expect(visitRow).toContainText(`Kerupuk Ikan Tenggiri: ${m.monevEnums.sales.tidak_laku}`);
    await expect(card.getByTestId('monev-alert')).toHaveCount(0);
    const k = await api.call('kemitraan:get', { id: first.kemitraanId });
    const visits = await api.call('monev:list', { kemitraanId: k.id });
    const saved = visits.items[0]!;
    expect(saved.products.map((x) => [x.product, x.price, x.sales, x.stockOut])).toEqual([
      ['Amplang Kepiting 250 g', 35_000, 'laku', true],
      ['Kerupuk Ikan Tenggiri', null, 'tidak_laku', false],
    ]);
    await expect(card.getByTestId('monev-schedule')).toContainText(`${f.lastVisit}: ${formatDate(saved.date)}`);
    await card.getByRole('button', { name: `${p.editVisit} ${formatDate(saved.date)}` }).click();
    await fieldInput(page, 'officer').fill('Syamsul Hidayat');
    await page.getByRole('dialog').getByRole('button', { name: m.pc.save }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(visitRow).toContainText('Syamsul Hidayat');
    await saveScreen(page, 'monev-card', { fullPage: true });
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'monev-card', { fullPage: true });
    await page.setViewportSize(WIDE);

    // Reviewed today: off the due list.
    expect((await api.call('monev:due', { pageSize: 100 })).items.map((d) => d.kemitraanId)).not.toContain(first.kemitraanId);

    // Closing the agreement asks what became of it.
    await page.getByTestId('status-actions').getByRole('button', { name: ap.statusActions.selesai }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(p.outcomeAsk);
    await dialog.getByRole('button', { name: ap.statusActions.selesai }).click();
    await expect(fieldError(page, 'outcome')).toHaveText(m.monevValidation.outcomeRequired);
    expect((await api.call('kemitraan:get', { id: k.id })).status).toBe('aktif');
    await dialog.getByRole('radio', { name: new RegExp(m.monevEnums.outcome.berlanjut_mandiri) }).check();
    await dialog.locator('#field-outcomeNotes').fill('Hotel memesan langsung ke UMKM');
    await saveScreen(page, 'monev-outcome');
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'monev-outcome');
    await dialog.getByRole('button', { name: ap.statusActions.selesai }).click();
    await expect(dialog).toBeHidden();
    await expect(detailValue(page, f.outcome)).toHaveText(`${m.monevEnums.outcome.berlanjut_mandiri} — Hotel memesan langsung ke UMKM`);
    const closed = await api.call('kemitraan:get', { id: k.id });
    expect([closed.status, closed.outcome, closed.outcomeNotes]).toEqual(['selesai', 'berlanjut_mandiri', 'Hotel memesan langsung ke UMKM']);
    // A closed agreement takes no new visit.
    await expect(page.getByTestId('monev-card').getByRole('button', { name: p.addVisit })).toHaveCount(0);
  });
});
