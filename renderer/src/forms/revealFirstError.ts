/** The class of the refusal shown above a form's fields (FormFrame). */
export const REFUSAL_CLASS = 'form-refusal';

/** What can take the caret inside a form row: its text box, the search input of a Select, a date. */
const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), [role="combobox"], [tabindex]:not([tabindex="-1"])';

/**
 * Brings a refused form's first problem to the clerk, wherever the page was scrolled: the first
 * row in error (in the order the form shows them) is scrolled to the middle of the screen and its
 * input takes the caret; without one, the refusal above the fields is scrolled to. Returns what
 * to say in the toast ("NIK pemilik: …", or the refusal), or nothing when nothing was refused.
 */
export function revealFirstError(form: HTMLElement): string | undefined {
  const row = form.querySelector<HTMLElement>('.ant-form-item-has-error');
  const alert = form.querySelector<HTMLElement>(`.${REFUSAL_CLASS}`);
  const alertText = alert?.textContent?.trim() || undefined;
  if (row) {
    row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
    const label = row.querySelector('.ant-form-item-label label')?.textContent?.trim();
    const explain = row.querySelector('.ant-form-item-explain')?.textContent?.trim();
    return alertText ?? (label && explain ? `${label}: ${explain}` : explain);
  }
  if (alert) {
    alert.scrollIntoView({ block: 'center' });
    return alertText;
  }
  return undefined;
}
