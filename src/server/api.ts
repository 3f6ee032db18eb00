/** The sidebar's view of the workbook. Plain data only: google.script.run cannot carry Dates. */
export interface PanelState {
  readonly spreadsheetName: string;
}

export function getPanelState(): PanelState {
  return { spreadsheetName: SpreadsheetApp.getActiveSpreadsheet().getName() };
}
