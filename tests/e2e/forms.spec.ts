// Forms that must not mislead: a refused Simpan takes the clerk to the field at fault and says so;
// Enter in a date field takes the date, never the whole form; new figures typed in the UMKM form
// are a correction or a new year's record, as the clerk says; a new record starts from the last
// known figures, so what the clerk does not touch is never blanked.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { fill, messages } from '../../shared/i18n';
import { formatDate, todayIso } from '../../shared/format/date';
import type { InputOf } from '../../shared/contract';
import { detailValue, fieldError, fieldInput, fieldSelect } from '../support/partnershipUi';
import { fillRequired, formInput, pickOption, saveButton, typeRupiah } from '../support/umkmUi';

const m = messages;
const f = m.fields;
const fm = m.form;
const up = m.umkmProgress;
const JUTA = 1_000_000;

/** Two years ago: the date of the UMKM's registration, and so of its one record. */
const REGISTERED = `${new Date().getFullYear() - 2}-05-23`;

/** A mikro UMKM registered two years ago with every figure known: its one record is the registration's. */
const SARI = (): InputOf<'umkm:create'> => ({
  businessName: 'Amplang Kepiting Bu Sari',
  ownerName: 'Sari Wulandari',
  nik: '6471054107880123',
  address: 'Jl. Marsma R. Iswahyudi No. 17',
  kecamatan: '64.71.05',
  kelurahan: '64.71.05.1002',
  sector: 'kuliner',
  annualSales: 1_500 * JUTA,
  capital: 300 * JUTA,
  assets: 400 * JUTA,
  employees: 4,
  registeredAt: REGISTERED,
});

const toast = (page: Page) => page.locator('.ant-message-notice');
const recordDialog = (page: Page) => page.getByRole('dialog', { name: up.addTitle });
const figuresDialog = (page: Page) => page.getByRole('dialog', { name: fm.figuresChangedTitle });

for (const screen of SCREENS) {
  test.describe(`a refused Simpan at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('main refuses a NIK already used: the page goes to the NIK, its input has the caret, a toast says why', async ({ page, api }) => {
      const holder = await api.call('umkm:create', SARI());
      await page.goto('#/umkm/baru');
      await fillRequired(page, {
        businessName: 'Sasirangan Ibu Rahmah',
        ownerName: 'Rahmah Syahrani',
        nik: SARI().nik,
        address: 'Jl. Ruhui Rahayu No. 3',
        kecamatan: 'Balikpapan Utara',
        kelurahan: 'Gunung Samarinda',
        sector: m.enums.sector.fesyen,
        annualSales: '350000000',
      });
      await saveButton(page).click();
      const refusal = fill(m.errors.duplicateNik, { name: holder.businessName, id: holder.id });
      await expect(fieldError(page, 'nik')).toHaveText(refusal);
      const nik = formInput(page, f.nik);
      await expect(nik).toBeFocused();
      await expect(nik).toBeInViewport();
      await expect(saveButton(page)).not.toBeInViewport();
      await expect(toast(page)).toContainText(refusal);
      await saveScreen(page, 'form-refused-nik');
      await expect(page).toHaveURL(/#\/umkm\/baru$/);
    });

    test('the checks as typed refuse an empty form: the first field in error has the caret, a toast says so', async ({ page }) => {
      await page.goto('#/umkm/baru');
      await saveButton(page).click();
      const name = formInput(page, f.businessName);
      await expect(fieldError(page, 'businessName')).toBeVisible();
      const message = (await fieldError(page, 'businessName').innerText()).trim();
      await expect(name).toBeFocused();
      await expect(name).toBeInViewport();
      await expect(toast(page)).toContainText(`${f.businessName}: ${message}`);
      await saveScreen(page, 'form-refused-empty');
    });
  });
}

test.describe('in a modal form', () => {
  test.use({ viewport: SCREENS[1] });

  test('a record with neither sales nor capital: the caret goes to sales and a toast says why', async ({ page, api }) => {
    const u = await api.call('umkm:create', SARI());
    await page.goto(`#/umkm/${u.id}`);
    await page.getByTestId('progress-section').getByRole('button', { name: up.addRecord }).click();
    await expect(recordDialog(page)).toBeVisible();
    for (const key of ['annualSales', 'capital']) {
      await fieldInput(page, key).click();
      await fieldInput(page, key).press('ControlOrMeta+a');
      await fieldInput(page, key).press('Backspace');
    }
    await recordDialog(page).getByRole('button', { name: m.pc.save }).click();
    await expect(fieldError(page, 'annualSales')).toHaveText(m.progressValidation.figuresNeeded);
    await expect(fieldInput(page, 'annualSales')).toBeFocused();
    await expect(toast(page)).toContainText(m.progressValidation.figuresNeeded);
    await saveScreen(page, 'record-refused');
  });
});

test.describe('Enter in a date field', () => {
  test.use({ viewport: SCREENS[0] });

  test('takes the typed date and does not submit the UMKM form; Simpan then stores it', async ({ page, api }) => {
    await page.goto('#/umkm/baru');
    const date = fieldInput(page, 'registeredAt');
    await date.click();
    await date.fill('23/05/2023');
    await date.press('Enter');
    // Not submitted: no required field is refused, the page is still the new UMKM's.
    await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await expect(page).toHaveURL(/#\/umkm\/baru$/);
    await date.press('Tab');
    await expect(date).toHaveValue('23/05/2023');

    await fillRequired(page, {
      businessName: 'Sasirangan Ibu Rahmah',
      ownerName: 'Rahmah Syahrani',
      nik: SARI().nik,
      address: 'Jl. Ruhui Rahayu No. 3',
      kecamatan: 'Balikpapan Utara',
      kelurahan: 'Gunung Samarinda',
      sector: m.enums.sector.fesyen,
      annualSales: '350000000',
    });
    await expect(date).toHaveValue('23/05/2023');
    await saveButton(page).click();
    await expect(page).toHaveURL(/#\/umkm\/\d+$/);
    const id = Number(/#\/umkm\/(\d+)$/.exec(page.url())![1]);
    expect((await api.call('umkm:get', { id })).registeredAt).toBe('2023-05-23');
  });

  test('in a class record: the date is taken, the record is not saved', async ({ page, api }) => {
    const u = await api.call('umkm:create', SARI());
    await page.goto(`#/umkm/${u.id}`);
    await page.getByTestId('progress-section').getByRole('button', { name: up.addRecord }).click();
    // Everything the record needs is there: a submit would save it.
    const sales = fieldInput(page, 'annualSales');
    await sales.click();
    await sales.press('ControlOrMeta+a');
    await sales.pressSequentially('1600000000');
    const date = fieldInput(page, 'date');
    const earlier = `01/02/${new Date().getFullYear() - 1}`;
    await date.click();
    await date.fill(earlier);
    await date.press('Enter');
    await expect(recordDialog(page)).toBeVisible();
    await date.press('Tab');
    await expect(date).toHaveValue(earlier);
    expect((await api.call('progress:timeline', { id: u.id })).records).toHaveLength(1);
    // Simpan saves it, with the date typed.
    await recordDialog(page).getByRole('button', { name: m.pc.save }).click();
    await expect(recordDialog(page)).toHaveCount(0);
    const dates = (await api.call('progress:timeline', { id: u.id })).records.map((r) => r.date);
    expect(dates).toEqual([REGISTERED, `${new Date().getFullYear() - 1}-02-01`]);
  });
});

test.describe('new figures in the UMKM form', () => {
  test.use({ viewport: SCREENS[0] });

  /** Opens the UMKM's edit form, changes its phone and its sales, and presses Simpan. */
  async function editSalesAndPhone(page: Page, id: number, sales: string): Promise<void> {
    await page.goto(`#/umkm/${id}/ubah`);
    await expect(formInput(page, f.businessName)).toHaveValue(SARI().businessName);
    await formInput(page, f.phone).fill('0812-3456-7890');
    await typeRupiah(page, f.annualSales, sales);
    await saveButton(page).click();
    await expect(figuresDialog(page)).toBeVisible();
    await expect(figuresDialog(page)).toContainText(formatDate(REGISTERED));
  }

  test('"a new record" keeps the old record, saves the other changes and opens Tambah data with the typed figures; the move up counts', async ({ page, api }) => {
    const u = await api.call('umkm:create', SARI());
    await editSalesAndPhone(page, u.id, '2600000000');
    await saveScreen(page, 'umkm-figures-question');
    await figuresDialog(page).getByRole('button', { name: fm.figuresNewRecord }).click();

    await expect(page).toHaveURL(new RegExp(`#/umkm/${u.id}$`));
    await expect(recordDialog(page)).toBeVisible();
    await expect(fieldInput(page, 'annualSales')).toHaveValue('2.600.000.000');
    await expect(fieldInput(page, 'capital')).toHaveValue('300.000.000');
    await expect(fieldInput(page, 'assets')).toHaveValue('400.000.000');
    await expect(fieldInput(page, 'employees')).toHaveValue('4');
    await expect(fieldInput(page, 'date')).toHaveValue(formatDate(todayIso()));
    await expect(recordDialog(page)).toContainText(m.recordForm.prefillTypedHint);
    await expect(page.getByTestId('record-class-preview')).toContainText(m.recordForm.willMoveNaik);
    // The other change is saved already; the figures wait for the record.
    const saved = await api.call('umkm:get', { id: u.id });
    expect(saved.phone).toBe('+6281234567890');
    expect(saved.annualSales).toBe(1_500 * JUTA);
    await saveScreen(page, 'umkm-figures-new-record');

    await recordDialog(page).getByRole('button', { name: m.pc.save }).click();
    await expect(recordDialog(page)).toHaveCount(0);
    await expect(page.getByTestId('move-title')).toHaveText([fill(up.moveNaik, { from: m.enums.class.mikro, to: m.enums.class.kecil })]);
    const tl = await api.call('progress:timeline', { id: u.id });
    expect(tl.records.map((r) => [r.date, r.annualSales])).toEqual([
      [REGISTERED, 1_500 * JUTA],
      [todayIso(), 2_600 * JUTA],
    ]);
    expect(await api.call('umkm:get', { id: u.id })).toMatchObject({ class: 'kecil', annualSales: 2_600 * JUTA, assets: 400 * JUTA, phone: '+6281234567890' });
    // Reloading the page does not open the record form again.
    await page.reload();
    await expect(page.getByTestId('move-title')).toHaveCount(1);
    await expect(recordDialog(page)).toHaveCount(0);
  });

  test('"a correction" rewrites the latest record as before; closing the question saves nothing', async ({ page, api }) => {
    const u = await api.call('umkm:create', SARI());
    await editSalesAndPhone(page, u.id, '1700000000');
    await figuresDialog(page).getByRole('button', { name: m.pc.cancel }).click();
    await expect(figuresDialog(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#/umkm/${u.id}/ubah$`));
    await expect(formInput(page, f.annualSales)).toHaveValue('1.700.000.000');
    expect((await api.call('umkm:get', { id: u.id })).phone).toBeNull();

    await saveButton(page).click();
    await figuresDialog(page).getByRole('button', { name: fill(fm.figuresCorrect, { date: formatDate(REGISTERED) }) }).click();
    await expect(page).toHaveURL(new RegExp(`#/umkm/${u.id}$`));
    await expect(detailValue(page, f.annualSales)).toHaveText('Rp 1.700.000.000');
    const tl = await api.call('progress:timeline', { id: u.id });
    expect(tl.records.map((r) => r.annualSales)).toEqual([1_700 * JUTA]);
    expect((await api.call('umkm:get', { id: u.id })).phone).toBe('+6281234567890');
  });
});

test.describe('Tambah data', () => {
  test.use({ viewport: SCREENS[0] });

  test('starts from the last known figures; a new sales figure alone leaves the assets and workers as they were', async ({ page, api }) => {
    const u = await api.call('umkm:create', SARI());
    await page.goto(`#/umkm/${u.id}`);
    await page.getByTestId('progress-section').getByRole('button', { name: up.addRecord }).click();
    await expect(recordDialog(page)).toBeVisible();
    await expect(fieldInput(page, 'annualSales')).toHaveValue('1.500.000.000');
    await expect(fieldInput(page, 'capital')).toHaveValue('300.000.000');
    await expect(fieldInput(page, 'assets')).toHaveValue('400.000.000');
    await expect(fieldInput(page, 'employees')).toHaveValue('4');
    await expect(recordDialog(page)).toContainText(m.recordForm.prefillHint);
    await saveScreen(page, 'record-prefilled');

    const sales = fieldInput(page, 'annualSales');
    await sales.click();
    await sales.press('ControlOrMeta+a');
    await sales.pressSequentially('1800000000');
    await pickOption(page, fieldSelect(page, 'source'), m.progressEnums.source.survei);
    await recordDialog(page).getByRole('button', { name: m.pc.save }).click();
    await expect(recordDialog(page)).toHaveCount(0);
    await expect(detailValue(page, f.assets)).toHaveText('Rp 400.000.000');
    await expect(detailValue(page, f.annualSales)).toHaveText('Rp 1.800.000.000');
    expect(await api.call('umkm:get', { id: u.id })).toMatchObject({ annualSales: 1_800 * JUTA, capital: 300 * JUTA, assets: 400 * JUTA, employees: 4 });
  });
});
