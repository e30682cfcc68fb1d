/**
 * The one table the insights draw everywhere (rates per product and per variant, reasons, sizes):
 * a keyboard-scrollable region, a header row, and rows whose first cell names the row.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The region is named by a heading (`labelledby`) or, without one, by `label`. */
export type TableName = { labelledby: string } | { label: string };

export function renderTable(name: TableName, columns: readonly string[], rows: readonly unknown[]): TemplateResult {
  return html`<div
    class="scroll"
    tabindex="0"
    role="region"
    aria-labelledby=${'labelledby' in name ? name.labelledby : nothing}
    aria-label=${'label' in name ? name.label : nothing}
  >
    <table part="table">
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** One plain row: the row header, then the numbers. */
export function tableRow(head: unknown, cells: readonly unknown[]): TemplateResult {
  return html`<tr>
    <th scope="row">${head}</th>
    ${cells.map((c) => html`<td>${c}</td>`)}
  </tr>`;
}
