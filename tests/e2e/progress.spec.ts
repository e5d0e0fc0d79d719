// Class progress ("naik kelas") as a clerk at DKUMKMP records it: a new year of figures for a mikro
// UMKM whose sales cross the kecil bound (Rp 2.000.000.000), seen as a move on its timeline and
// counted on the Naik Kelas page (with the list behind the figure); the record corrected and
// removed until the move is gone; a record the rules refuse, with the message at its field.
// Every test runs on its own server and database.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { formatDate, todayIso } from '../../shared/format/date';
import type { ClassRecord, UmkmListItem } from '../../shared/contract';
import type { Api } from '../support/api';
import { detailValue, fieldError, fieldInput, fieldSelect, rowWithLink, typeDate } from '../support/partnershipUi';
import { pickOption } from '../support/umkmUi';
import { KIND_OF_TICK } from '../../shared/domain/sertifikat';

const m = messages;
const up = m.umkmProgress;
const nk = m.naikKelas;
const cls = m.enums.class;

const DAY = 86_400_000;
/** A week ago: a new year's record, safely in the past on the server's clock and the browser's. */
const RECORD_DATE = todayIso(new Date(Date.now() - 7 * DAY));
const FUTURE_DATE = todayIso(new Date(Date.now() + 10 * DAY));
const ddmmyyyy = (iso: string) => formatDate(iso);

/** A menu item by its label (its accessible name starts with the icon's). */
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const recordForm = (page: Page) => page.getByTestId('record-form');
const saveRecord = (page: Page) => recordForm(page).getByRole('button', { name: m.pc.save });
const recordItem = (page: Page, iso: string) => page.locator(`[data-testid="record-item"][data-date="${iso}"]`);
const moveTitles = (page: Page) => page.getByTestId('move-title');
const naikMikroKecil = fill(up.moveNaik, { from: cls.mikro, to: cls.kecil });
const figure = (page: Page, key: string) => page.getByTestId(`figure-${key}`);

/** Types digits over a Rupiah input's value (select all, then type), as umkmUi's typeRupiah does. */
async function typeMoney(input: Locator, digits: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  if (digits) await input.pressSequentially(digits);
  else await input.press('Backspace');
}

/** Picks one option by its exact label (openSelect waits until the dropdown sits by its Select). */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await pickOption(page, select, label);
}

/**
 * An active mikro UMKM of the demo registry that has only ever been mikro (so a kecil record is
 * its one move up), with at least two records, all older than the new record's date.
 */
async function steadyMikro(api: Api): Promise<{ umkm: UmkmListItem; records: ClassRecord[] }> {
  const { items } = await api.call('umkm:list', { class: 'mikro', status: 'aktif', pageSize: 500, sort: 'businessName' });
  for (const umkm of items) {
    const t = await api.call('progress:timeline', { id: umkm.id });
    if (t.records.length >= 2 && t.moves.length === 0 && t.records.every((r) => r.class === 'mikro' && r.date < RECORD_DATE)) return { umkm, records: t.records };
  }
  throw new Error('no steady mikro UMKM in the demo data');
}

/** Opens the Naik Kelas page on the preset "3 tahun terakhir" and returns its URL (period in it). */
async function naikKelasLastThreeYears(page: Page): Promise<string> {
  await menu(page, m.progressNav.naikKelas).click();
  await expect(page.getByRole('heading', { name: nk.title })).toBeVisible();
  await page.getByTestId('period-picker').locator('input').first().click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-presets').getByText(nk.presetThreeYears, { exact: true }).click();
  // From 1 January two years back to today (the browser's today: its clock may be a day ahead of this one's).
  await expect(page).toHaveURL(/from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}/);
  const [, from, to] = /from=(\d{4}-01-01)&to=(\d{4}-\d{2}-\d{2})/.exec(page.url())!;
  expect(Number(to!.slice(0, 4)) - Number(from!.slice(0, 4))).toBe(2);
  expect(Math.abs(Date.parse(to!) - Date.parse(todayIso()))).toBeLessThanOrEqual(DAY);
  // The figures shown are the new period's (the previous ones stay on screen while it loads).
  await expect(page.getByTestId('naik-kelas-report')).toHaveAttribute('data-period', `${from}/${to}`);
  await expect(page.getByTestId('naik-kelas-report')).toHaveAttribute('aria-busy', 'false');
  return page.url();
}

const count = async (l: Locator) => Number((await l.innerText()).replace(/\./g, ''));

test.describe('with demo data', () => {
  test.use({ seedDemo: 60 });

  test('a new year across the kecil bound is a move up on the timeline and on the Naik Kelas page; editing or deleting the record takes it away', async ({ page, api }) => {
    test.setTimeout(150_000);
    const { umkm, records } = await steadyMikro(api);
    const latest = [...records].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;

    // ---- The Naik Kelas page before: the figures for the last three years ----------------------
    await page.goto('#/');
    const reportUrl = await naikKelasLastThreeYears(page);
    const naikBefore = await count(figure(page, 'naik'));
    const mkBefore = await count(figure(page, 'mikro->kecil'));

    // ---- A new record on the UMKM's page: Rp 2,5 M crosses the kecil bound ----------------------
    await page.goto(`#/umkm/${umkm.id}`);
    await expect(page.getByRole('heading', { name: umkm.businessName })).toBeVisible();
    const section = page.getByTestId('progress-section');
    await expect(section.getByTestId('record-item')).toHaveCount(records.length);
    await expect(moveTitles(page)).toHaveCount(0);
    await expect(detailValue(page, m.fields.class)).toContainText(cls.mikro);

    await section.getByRole('button', { name: up.addRecord }).click();
    await expect(page.getByRole('dialog', { name: up.addTitle })).toBeVisible();
    await typeDate(fieldInput(page, 'date'), ddmmyyyy(RECORD_DATE));
    await typeMoney(fieldInput(page, 'annualSales'), '2500000000');
    await expect(fieldInput(page, 'annualSales')).toHaveValue('2.500.000.000');
    await typeMoney(fieldInput(page, 'capital'), '650000000');
    await typeMoney(fieldInput(page, 'assets'), '900000000');
    await fieldInput(page, 'employees').fill('7');
    await choose(page, fieldSelect(page, 'source'), m.progressEnums.source.survei);
    await choose(page, fieldSelect(page, 'marketReach'), m.enums.marketReach.nasional);
    // Certificates come from Legalitas & sertifikasi (issue 15): the form only says so; one issued
    // before the record's date shows on it.
    await expect(page.getByTestId('record-certifications-note')).toHaveText(m.sertifikatPages.ticksFromRegister);
    const newCert = (['halal', 'bpom', 'pirt'] as const).find((c) => !latest.certifications.includes(c))!;
    await api.call('sertifikat:create', { umkmId: umkm.id, kind: KIND_OF_TICK[newCert], status: 'terbit', issuedAt: RECORD_DATE });
    await fieldInput(page, 'notes').fill('Survei tahunan: pesanan hotel naik');
    // The class is shown live, against the record before, before anything is saved.
    const preview = page.getByTestId('record-class-preview');
    await expect(preview).toContainText(cls.kecil);
    await expect(preview).toContainText(fill(m.recordForm.previousClass, { date: ddmmyyyy(latest.date), class: cls.mikro }));
    await expect(preview).toContainText(m.recordForm.willMoveNaik);
    await saveRecord(page).click();
    await expect(page.getByText(up.saved)).toBeVisible();
    await expect(recordForm(page)).toHaveCount(0);

    // The timeline: the new record, the move with both records as evidence; the page's class follows.
    const item = recordItem(page, RECORD_DATE);
    await expect(item).toBeVisible();
    await expect(item).toContainText(cls.kecil);
    await expect(item).toContainText('Rp 2.500.000.000');
    await expect(item).toContainText(m.progressEnums.certification[newCert]);
    await expect(item).toContainText(m.enums.marketReach.nasional);
    await expect(moveTitles(page)).toHaveText([naikMikroKecil]);
    const move = page.getByTestId('move-item');
    await expect(move).toHaveAttribute('data-direction', 'naik');
    await expect(move).toContainText(ddmmyyyy(latest.date));
    await expect(move).toContainText(ddmmyyyy(RECORD_DATE));
    await expect(move).toContainText(up.supportBefore);
    await expect(detailValue(page, m.fields.class)).toContainText(cls.kecil);
    await expect(page.getByTestId('progress-chart')).toBeVisible();

    // ---- Counted on the Naik Kelas page, and listed behind the figure ----------------------------
    await page.goto(reportUrl);
    await expect(page.getByTestId('naik-kelas-report')).toHaveAttribute('aria-busy', 'false');
    await expect(figure(page, 'mikro->kecil')).toHaveText(String(mkBefore + 1));
    await expect(figure(page, 'naik')).toHaveText(String(naikBefore + 1));
    await figure(page, 'mikro->kecil').click();
    await expect(page).toHaveURL(/list=naik&transition=mikro-%3Ekecil|list=naik&transition=mikro->kecil/);
    const list = page.getByTestId('period-list');
    const row = rowWithLink(list, umkm.businessName);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('list-change')).toContainText(`${cls.mikro}→${cls.kecil}`);
    await expect(page.getByTestId('period-list-title')).toContainText(fill(nk.listTotal, { n: mkBefore + 1 }));
    // The link opens the UMKM; Back returns to the open list.
    await row.getByRole('link', { name: umkm.businessName }).click();
    await expect(page.getByRole('heading', { name: umkm.businessName })).toBeVisible();
    await page.goBack();
    await expect(rowWithLink(page.getByTestId('period-list'), umkm.businessName)).toBeVisible();

    // ---- Corrected below the bound: the move goes; corrected back: it returns ----------------------
    await page.goto(`#/umkm/${umkm.id}`);
    const editButton = page.getByRole('button', { name: fill(up.editLabel, { date: ddmmyyyy(RECORD_DATE) }) });
    await editButton.click();
    await expect(page.getByRole('dialog', { name: fill(up.editTitle, { date: ddmmyyyy(RECORD_DATE) }) })).toBeVisible();
    await expect(fieldInput(page, 'annualSales')).toHaveValue('2.500.000.000');
    await typeMoney(fieldInput(page, 'annualSales'), '1800000000');
    await expect(page.getByTestId('record-class-preview')).not.toContainText(m.recordForm.willMoveNaik);
    await saveRecord(page).click();
    await expect(recordForm(page)).toHaveCount(0);
    await expect(recordItem(page, RECORD_DATE)).toContainText('Rp 1.800.000.000');
    await expect(moveTitles(page)).toHaveCount(0);
    await expect(detailValue(page, m.fields.class)).toContainText(cls.mikro);

    await editButton.click();
    await typeMoney(fieldInput(page, 'annualSales'), '2500000000');
    await saveRecord(page).click();
    await expect(recordForm(page)).toHaveCount(0);
    await expect(moveTitles(page)).toHaveText([naikMikroKecil]);
    await expect(detailValue(page, m.fields.class)).toContainText(cls.kecil);

    // ---- Deleted from its form (asks first; cancel keeps it): the move and the record go ------------
    await editButton.click();
    await recordForm(page).getByRole('button', { name: up.delete }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: up.deleteConfirmTitle });
    await expect(dialog).toContainText(fill(up.deleteConfirmText, { date: ddmmyyyy(RECORD_DATE), class: cls.kecil }));
    await dialog.getByRole('button', { name: m.pc.cancel }).click();
    await expect(dialog).toHaveCount(0);
    await expect(recordForm(page)).toBeVisible();
    await recordForm(page).getByRole('button', { name: up.delete }).click();
    await dialog.getByRole('button', { name: up.deleteOk, exact: true }).click();
    await expect(recordForm(page)).toHaveCount(0);
    await expect(page.getByText(up.deleted)).toBeVisible();
    await expect(recordItem(page, RECORD_DATE)).toHaveCount(0);
    await expect(page.getByTestId('record-item')).toHaveCount(records.length);
    await expect(moveTitles(page)).toHaveCount(0);
    await expect(detailValue(page, m.fields.class)).toContainText(cls.mikro);

    await page.goto(reportUrl);
    await expect(figure(page, 'mikro->kecil')).toHaveText(String(mkBefore));
    await expect(figure(page, 'naik')).toHaveText(String(naikBefore));
  });

  test('a record with neither sales nor capital, dated in the future, is refused at its fields', async ({ page, api }) => {
    const { umkm, records } = await steadyMikro(api);
    await page.goto(`#/umkm/${umkm.id}`);
    const section = page.getByTestId('progress-section');
    await expect(section.getByTestId('record-item')).toHaveCount(records.length);
    await section.getByRole('button', { name: up.addRecord }).click();
    // The form starts from the last known figures: the clerk empties sales and capital.
    await typeMoney(fieldInput(page, 'annualSales'), '');
    await typeMoney(fieldInput(page, 'capital'), '');
    await typeDate(fieldInput(page, 'date'), ddmmyyyy(FUTURE_DATE));
    await fieldInput(page, 'employees').fill('5');
    await saveRecord(page).click();
    await expect(fieldError(page, 'annualSales')).toHaveText(m.progressValidation.figuresNeeded);
    await expect(fieldError(page, 'date')).toHaveText(m.validation.dateInFuture);
    await expect(page.getByTestId('record-class-preview')).toContainText(m.recordForm.classPreviewNone);

    // Fixing one leaves the other at its field.
    await typeMoney(fieldInput(page, 'capital'), '300000000');
    await saveRecord(page).click();
    await expect(fieldError(page, 'annualSales')).toHaveCount(0);
    await expect(fieldError(page, 'date')).toHaveText(m.validation.dateInFuture);

    // Nothing was stored.
    await recordForm(page).getByRole('button', { name: m.pc.cancel }).click();
    await expect(recordForm(page)).toHaveCount(0);
    await expect(section.getByTestId('record-item')).toHaveCount(records.length);
    expect((await api.call('progress:timeline', { id: umkm.id })).records).toHaveLength(records.length);
  });

  test('a refusal by main about the UMKM itself is shown above the form', async ({ page, api }) => {
    const { umkm } = await steadyMikro(api);
    await page.goto(`#/umkm/${umkm.id}`);
    await page.getByTestId('progress-section').getByRole('button', { name: up.addRecord }).click();
    await typeDate(fieldInput(page, 'date'), ddmmyyyy(RECORD_DATE));
    await typeMoney(fieldInput(page, 'annualSales'), '2500000000');
    await choose(page, fieldSelect(page, 'source'), m.progressEnums.source.laporan_mandiri);
    // Another clerk removes the UMKM meanwhile.
    await api.call('umkm:delete', { id: umkm.id });
    await saveRecord(page).click();
    await expect(recordForm(page).getByRole('alert')).toContainText(m.progressValidation.umkmDeleted);
    await expect(recordForm(page)).toBeVisible();
  });
});
