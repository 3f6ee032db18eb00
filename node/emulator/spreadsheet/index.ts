/**
 * The emulated SpreadsheetApp: an in-memory workbook whose formulas HyperFormula evaluates, seen
 * through fakes of Spreadsheet, Sheet, Range, Protection and the rule/chart builders. Every call
 * is recorded on the Workspace kernel; `userEdit` is a person typing into the grid.
 */
export { FakeSpreadsheet } from './spreadsheet';
export { createSpreadsheetApp } from './app';
export { userEdit, type UserEditResult } from './user-edit';
