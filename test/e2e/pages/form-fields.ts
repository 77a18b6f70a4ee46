import type { Locator, Page } from 'playwright-core';

/**
 * Filling antd fields by their visible label, as an officer reads the form. Labels are matched
 * exactly: "产品名称" must not also find "涉及产品".
 */
export class FormFields {
  constructor(
    readonly page: Page,
    readonly scope: Locator,
  ) {}

  field(label: string): Locator {
    return this.scope.getByLabel(label, { exact: true });
  }

  async text(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /**
   * Types a date into a DatePicker and leaves the field with Tab, which keeps it (Enter would
   * keep it too, but also submit the form).
   */
  async date(label: string, iso: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(iso);
    await input.press('Tab');
  }

  /** Opens a select and clicks the option with exactly this text. */
  async choose(label: string, option: string): Promise<void> {
    await this.field(label).click();
    const item = this.page.locator('.ant-select-item-option:visible').filter({ hasText: new RegExp(`^${option}$`) }).first();
    await item.click();
    await item.waitFor({ state: 'hidden' });
  }

  /** The error shown under a field. */
  error(label: string): Locator {
    return this.scope
      .locator('.ant-form-item')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }
}
