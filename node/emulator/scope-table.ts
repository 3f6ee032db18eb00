/**
 * The OAuth scopes each faked Apps Script method needs, as Google's reference page for that
 * method lists them in its "Authorization" section ("Scripts that use this method require
 * authorization with one or more of the following scopes"). Any ONE listed scope suffices; a
 * method whose section is absent gets `[]` (no scope needed). The emulator refuses a recorded call
 * whose scopes the manifest's `oauthScopes` does not grant, so a wrong row makes it kinder or
 * harsher than Google.
 *
 * Keys are `Service:Class.method` exactly as the fakes pass them to `Workspace.record(service,
 * method)`. The key set was taken from every literal and templated `record(...)` call in
 * node/emulator (checked against the fakes' `Pick<...>` lists) and cross-checked by recording every
 * key the full vitest suite produces (all of those are included). Plus five Advanced Drive
 * service (v3) keys, `Drive:Files.*`, whose scopes are the Drive REST method's "Authorization
 * scopes".
 *
 * Sources (read 2026-05): Markdown copies of developers.google.com/apps-script/reference pages
 * (fetched 2026-04-23) in the public code index, and developers.google.cn copies of the same pages;
 * each row's `url` is the page it came from. Pages read method by method found these sections
 * ABSENT, so those rows are `[]` although their siblings need scopes:
 *   Range.isPartOfMerge, Range.offset (all overloads); Sheet.activate, Sheet.newChart;
 *   Spreadsheet.getId, getSheets, getSheetByName, getSheetById, getActiveSheet, getRangeByName;
 *   SpreadsheetApp.getUi, flush, newDataValidation, newConditionalFormatRule;
 *   Ui.alert, prompt, createMenu, createAddonMenu; Paragraph.editAsText;
 *   ClockTriggerBuilder.* and SpreadsheetTriggerBuilder.* (including create()).
 * Pages with no Authorization section at all: Menu, PromptResponse, FileIterator, FolderIterator,
 * LockService, Lock, PropertiesService, Properties, Utilities (base64Decode/formatDate/getUuid/newBlob/sleep),
 * HtmlService, HtmlOutput, Session.getActiveUserLocale/getScriptTimeZone/getTemporaryActiveUserKey,
 * ScriptApp.getScriptId (only a secondary copy of script-app was found; it lists none).
 * Builders that the fakes do not record (DataValidationBuilder, ConditionalFormatRuleBuilder,
 * EmbeddedChartBuilder) are not keys here.
 *
 * Rows marked `// unverified:` are those whose page (with per-method Authorization) was not found
 * in the index; they carry the stricter reading, i.e. what the sibling methods list.
 *
 * Error texts (see the functions at the end):
 * - A built-in service method whose scope the explicit `oauthScopes` lacks throws
 *   "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions:
 *   https://www.googleapis.com/auth/drive"; several accepted scopes are written
 *   "(https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)".
 *   (Real logs in public repositories, e.g. a GAS troubleshooting post "Specified permissions are
 *   not sufficient to call DriveApp.getRootFolder. Required permissions: (…drive.readonly ||
 *   …drive)", which ties it to manually set oauthScopes; same text for Session.getEffectiveUser,
 *   Ui.showModalDialog, ScriptApp.getProjectTriggers.) Without a grant at all (no explicit scopes,
 *   simple triggers) the wording is "You do not have permission to call DocumentApp.openById.
 *   Required permissions: https://www.googleapis.com/auth/documents"
 *   (https://github.com/ftomassetti/DriveInvoicing/issues/1); one real log adds ". For more
 *   information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is".
 * - An advanced service (REST) call without the scope: "API call to gmail.users.labels.list failed
 *   with error: Request had insufficient authentication scopes." — logged as
 *   "GoogleJsonResponseException: API call to …"
 *   (https://github.com/googleworkspace/apps-script-samples/issues/159).
 * - An Advanced Drive call on a file the app may not see (e.g. under drive.file):
 *   "API call to drive.files.get failed with error: File not found: <id>", logged with the
 *   "GoogleJsonResponseException: " prefix (https://github.com/ericyd/gdrive-copy/issues/142 shows
 *   "API call to drive.files.insert failed with error: File not found:"; copies of real
 *   logs in public repositories show the drive.files.get form). Note the raw Drive v3 JSON message
 *   ends in a period ("File not found: <id>."); the Apps Script copies found show none.
 */
export interface ScopeRow {
  /** Scopes the reference page's Authorization section lists (any one suffices); [] when the page lists none. */
  readonly scopes: readonly string[];
  /** The method's reference page (with its #anchor). */
  readonly url: string;
}

const AUTH = 'https://www.googleapis.com/auth/';
const SPREADSHEETS_CURRENTONLY = `${AUTH}spreadsheets.currentonly`;
const SPREADSHEETS = `${AUTH}spreadsheets`;
const DOCUMENTS_CURRENTONLY = `${AUTH}documents.currentonly`;
const DOCUMENTS = `${AUTH}documents`;
const DRIVE = `${AUTH}drive`;
const DRIVE_READONLY = `${AUTH}drive.readonly`;
const DRIVE_FILE = `${AUTH}drive.file`;
const DRIVE_APPDATA = `${AUTH}drive.appdata`;
const DRIVE_METADATA = `${AUTH}drive.metadata`;
const DRIVE_METADATA_READONLY = `${AUTH}drive.metadata.readonly`;
const DRIVE_PHOTOS_READONLY = `${AUTH}drive.photos.readonly`;
const DRIVE_MEET_READONLY = `${AUTH}drive.meet.readonly`;
const DRIVE_SCRIPTS = `${AUTH}drive.scripts`;
const CONTAINER_UI = `${AUTH}script.container.ui`;
const SCRIPTAPP = `${AUTH}script.scriptapp`;
const SEND_MAIL = `${AUTH}script.send_mail`;
const USERINFO_EMAIL = `${AUTH}userinfo.email`;

const SHEETS: readonly string[] = [SPREADSHEETS_CURRENTONLY, SPREADSHEETS];
const DOCS: readonly string[] = [DOCUMENTS_CURRENTONLY, DOCUMENTS];
const DRIVE_READ: readonly string[] = [DRIVE_READONLY, DRIVE];
const DRIVE_WRITE: readonly string[] = [DRIVE];
const NONE: readonly string[] = [];

const REFERENCE = 'https://developers.google.com/apps-script/reference/';
const DRIVE_REST = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/';

/** Rows for `methods` of one class page: key `service:cls.method`, url `…/page#method()`. */
function rows(
  service: string,
  cls: string,
  page: string,
  scopes: readonly string[],
  methods: readonly string[],
): Record<string, ScopeRow> {
  const out: Record<string, ScopeRow> = {};
  for (const method of methods) {
    out[`${service}:${cls}.${method}`] = { scopes, url: `${REFERENCE}${page}#${method}()` };
  }
  return out;
}

/** Rows for an Advanced Drive (v3) method: key `Drive:Files.method`, url the REST reference page. */
function driveRest(method: string, scopes: readonly string[]): Record<string, ScopeRow> {
  return { [`Drive:Files.${method}`]: { scopes, url: `${DRIVE_REST}${method}` } };
}

const S = 'SpreadsheetApp';
const D = 'DocumentApp';

/** Keyed `Service:Class.method` exactly as the fakes record calls, e.g. 'SpreadsheetApp:Range.getValues'. */
export const SCOPE_TABLE: Readonly<Record<string, ScopeRow>> = {
  // ---- SpreadsheetApp ---------------------------------------------------------------------
  ...rows(S, 'Range', 'spreadsheet/range', SHEETS, [
    'breakApart', 'clear', 'clearContent', 'clearDataValidations', 'clearFormat', 'getA1Notation',
    'getBackgrounds', 'getColumn', 'getDataValidation', 'getDataValidations', 'getDisplayValue',
    'getDisplayValues', 'getFormula', 'getFormulas', 'getLastColumn', 'getLastRow', 'getNote',
    'getNotes', 'getNumColumns', 'getNumRows', 'getNumberFormat', 'getNumberFormats', 'getRow',
    'getSheet', 'getValue', 'getValues', 'insertCheckboxes', 'isChecked', 'merge', 'mergeAcross',
    'protect', 'setBackground', 'setBackgrounds', 'setBorder', 'setDataValidation',
    'setDataValidations', 'setFontColor', 'setFontColors', 'setFontStyle', 'setFontWeight',
    'setFontWeights', 'setFormula', 'setFormulas', 'setHorizontalAlignment',
    'setHorizontalAlignments', 'setNote', 'setNotes', 'setNumberFormat', 'setNumberFormats',
    'setValue', 'setValues', 'setVerticalAlignment', 'setWrap',
  ]),
  // The Range page gives these no Authorization section (offset: none of its three overloads).
  ...rows(S, 'Range', 'spreadsheet/range', NONE, ['isPartOfMerge', 'offset']),

  ...rows(S, 'Sheet', 'spreadsheet/sheet', SHEETS, [
    'appendRow', 'clear', 'clearContents', 'clearFormats', 'deleteColumns', 'deleteRows', 'getCharts', 'getConditionalFormatRules',
    'getDataRange', 'getFrozenColumns', 'getFrozenRows', 'getIndex', 'getLastColumn', 'getLastRow',
    'getMaxColumns', 'getMaxRows', 'getName', 'getParent', 'getProtections', 'getRange',
    'getSheetId', 'hideSheet', 'insertChart', 'insertColumnsAfter', 'insertRowsAfter',
    'isSheetHidden', 'protect', 'removeChart', 'setColumnWidth', 'setColumnWidths',
    'setConditionalFormatRules', 'setFrozenColumns', 'setFrozenRows', 'setHiddenGridlines',
    'setName', 'setTabColor', 'showSheet',
  ]),
  // No Authorization section on the Sheet page.
  ...rows(S, 'Sheet', 'spreadsheet/sheet', NONE, ['activate', 'newChart']),

  ...rows(S, 'Spreadsheet', 'spreadsheet/spreadsheet', SHEETS, [
    'deleteSheet', 'getEditors', 'getName', 'getOwner', 'getRange', 'getSpreadsheetLocale',
    'getSpreadsheetTimeZone', 'getUrl', 'insertSheet', 'setActiveSheet', 'setNamedRange', 'setSpreadsheetLocale', 'toast',
  ]),
  // No Authorization section on the Spreadsheet page.
  ...rows(S, 'Spreadsheet', 'spreadsheet/spreadsheet', NONE, [
    'getActiveSheet', 'getId', 'getRangeByName', 'getSheetById', 'getSheetByName', 'getSheets',
  ]),

  ...rows(S, 'Protection', 'spreadsheet/protection', SHEETS, [
    'addEditor', 'addEditors', 'canDomainEdit', 'canEdit', 'getDescription', 'getEditors',
    'getProtectionType', 'getRange', 'getUnprotectedRanges', 'isWarningOnly', 'remove',
    'removeEditor', 'removeEditors', 'setDescription', 'setDomainEdit', 'setUnprotectedRanges',
    'setWarningOnly',
  ]),

  ...rows(S, 'SpreadsheetApp', 'spreadsheet/spreadsheet-app', SHEETS, [
    'getActive', 'getActiveSheet', 'getActiveSpreadsheet',
  ]),
  // No Authorization section on the SpreadsheetApp page (create/openById would need spreadsheets).
  ...rows(S, 'SpreadsheetApp', 'spreadsheet/spreadsheet-app', NONE, [
    'flush', 'getUi', 'newConditionalFormatRule', 'newDataValidation',
  ]),

  ...rows(S, 'Ui', 'base/ui', [CONTAINER_UI], ['showModalDialog', 'showModelessDialog', 'showSidebar']),
  // No Authorization section on the Ui page.
  ...rows(S, 'Ui', 'base/ui', NONE, ['alert', 'createAddonMenu', 'createMenu', 'prompt']),
  // The Menu and PromptResponse pages have no Authorization sections.
  ...rows(S, 'Menu', 'base/menu', NONE, ['addItem', 'addSeparator', 'addSubMenu', 'addToUi']),
  ...rows(S, 'PromptResponse', 'base/prompt-response', NONE, ['getResponseText', 'getSelectedButton']),

  // ---- DocumentApp ------------------------------------------------------------------------
  // DocumentApp.create/openById/openByUrl list documents only (not documents.currentonly).
  ...rows(D, 'DocumentApp', 'document/document-app', [DOCUMENTS], ['create', 'openById', 'openByUrl']),
  ...rows(D, 'Document', 'document/document', DOCS, [
    'getBody', 'getId', 'getName', 'getUrl', 'saveAndClose', 'setName',
  ]),

  ...rows(D, 'Paragraph', 'document/paragraph', DOCS, [
    'appendText', 'copy', 'getAlignment', 'getHeading', 'getLineSpacing', 'getSpacingAfter',
    'getSpacingBefore', 'getText', 'getType', 'removeFromParent', 'replaceText', 'setAlignment',
    'setAttributes', 'setHeading', 'setIndentStart', 'setLineSpacing', 'setSpacingAfter',
    'setSpacingBefore', 'setText',
  ]),
  // No Authorization section for editAsText on the Paragraph page.
  ...rows(D, 'Paragraph', 'document/paragraph', NONE, ['editAsText']),
  // as*/getParent are documented on the Element interface page (all list documents.currentonly/documents).
  ...rows(D, 'Paragraph', 'document/element', DOCS, ['asParagraph', 'asText']),
  ...rows(D, 'ListItem', 'document/element', DOCS, ['asListItem', 'asParagraph', 'asText']),
  ...rows(D, 'Text', 'document/element', DOCS, ['asText', 'getParent']),
  ...rows(D, 'Table', 'document/element', DOCS, ['asTable']),
  ...rows(D, 'Element', 'document/element', DOCS, ['getParent']),
  ...rows(D, 'RangeElement', 'document/range-element', DOCS, [
    'getElement', 'getEndOffsetInclusive', 'getStartOffset', 'isPartial',
  ]),

  // unverified: the ListItem page was found only as a copy without Authorization sections; rows
  // carry what its Paragraph siblings list (note Paragraph.editAsText lists none on its page).
  ...rows(D, 'ListItem', 'document/list-item', DOCS, [
    'appendText', 'copy', 'editAsText', 'getAlignment', 'getGlyphType', 'getHeading',
    'getLineSpacing', 'getListId', 'getNestingLevel', 'getSpacingAfter', 'getSpacingBefore',
    'getText', 'getType', 'removeFromParent', 'replaceText', 'setAlignment', 'setAttributes',
    'setGlyphType', 'setHeading', 'setIndentStart', 'setLineSpacing', 'setListId',
    'setNestingLevel', 'setSpacingAfter', 'setSpacingBefore', 'setText',
  ]),
  // unverified: the Body page was found only as a copy stating, class-wide, that its methods need
  // documents.currentonly or documents; no per-method sections.
  ...rows(D, 'Body', 'document/body', DOCS, [
    'appendHorizontalRule', 'appendImage', 'appendListItem', 'appendPageBreak', 'appendParagraph',
    'appendTable', 'clear', 'editAsText', 'findText', 'getChild', 'getChildIndex',
    'getNumChildren', 'getParagraphs', 'getTables', 'getText', 'getType', 'insertHorizontalRule',
    'insertImage', 'insertListItem', 'insertPageBreak', 'insertParagraph', 'insertTable',
    'replaceText', 'setMarginBottom', 'setMarginLeft', 'setMarginRight', 'setMarginTop',
  ]),
  // unverified: Text page not found with per-method sections; sibling element classes list these.
  ...rows(D, 'Text', 'document/text', DOCS, [
    'appendText', 'deleteText', 'editAsText', 'getBackgroundColor', 'getFontSize',
    'getForegroundColor', 'getLinkUrl', 'getText', 'getType', 'insertText', 'isBold', 'isItalic',
    'replaceText', 'setBackgroundColor', 'setBold', 'setFontFamily', 'setFontSize',
    'setForegroundColor', 'setItalic', 'setLinkUrl', 'setText', 'setUnderline',
  ]),
  // unverified: the Table page was found only as a copy stating, class-wide, documents.currentonly
  // or documents; no per-method sections.
  ...rows(D, 'Table', 'document/table', DOCS, [
    'appendTableRow', 'copy', 'getBorderWidth', 'getCell', 'getColumnWidth', 'getNumRows',
    'getRow', 'getText', 'getType', 'removeFromParent', 'setBorderWidth', 'setColumnWidth',
  ]),
  // unverified: TableRow page not found with per-method sections.
  ...rows(D, 'TableRow', 'document/table-row', DOCS, [
    'appendTableCell', 'editAsText', 'getCell', 'getNumCells', 'getText', 'getType',
    'removeFromParent',
  ]),
  // unverified: TableCell page not found with per-method sections.
  ...rows(D, 'TableCell', 'document/table-cell', DOCS, [
    'editAsText', 'getBackgroundColor', 'getText', 'getType', 'getWidth', 'removeFromParent',
    'setBackgroundColor', 'setText', 'setWidth',
  ]),
  // unverified: only the start of the PageBreak page was found (its copy() lists
  // documents.currentonly/documents); HorizontalRule and InlineImage pages not found.
  ...rows(D, 'PageBreak', 'document/page-break', DOCS, ['getType', 'removeFromParent']),
  ...rows(D, 'HorizontalRule', 'document/horizontal-rule', DOCS, ['getType', 'removeFromParent']),
  ...rows(D, 'InlineImage', 'document/inline-image', DOCS, [
    'getType', 'removeFromParent', 'setHeight', 'setWidth',
  ]),

  // ---- DriveApp (no method accepts drive.file) ---------------------------------------------
  ...rows('DriveApp', 'DriveApp', 'drive/drive-app', DRIVE_READ, [
    'getFileById', 'getFolderById', 'getRootFolder',
  ]),
  ...rows('DriveApp', 'DriveApp', 'drive/drive-app', DRIVE_WRITE, ['createFolder']),
  ...rows('DriveApp', 'File', 'drive/file', DRIVE_READ, [
    'getId', 'getMimeType', 'getName', 'getParents', 'getUrl', 'isTrashed',
  ]),
  ...rows('DriveApp', 'File', 'drive/file', DRIVE_WRITE, ['makeCopy', 'moveTo', 'setName', 'setTrashed']),
  ...rows('DriveApp', 'Folder', 'drive/folder', DRIVE_READ, [
    'getFiles', 'getFilesByName', 'getFolders', 'getId', 'getName', 'getParents', 'getUrl',
  ]),
  ...rows('DriveApp', 'Folder', 'drive/folder', DRIVE_WRITE, ['createFolder', 'setName']),
  // The FileIterator and FolderIterator pages have no Authorization sections.
  ...rows('DriveApp', 'FileIterator', 'drive/file-iterator', NONE, ['getContinuationToken', 'hasNext', 'next']),
  ...rows('DriveApp', 'FolderIterator', 'drive/folder-iterator', NONE, [
    'getContinuationToken', 'hasNext', 'next',
  ]),

  // ---- Session ----------------------------------------------------------------------------
  ...rows('Session', 'Session', 'base/session', [USERINFO_EMAIL], ['getActiveUser', 'getEffectiveUser']),
  ...rows('Session', 'Session', 'base/session', NONE, [
    'getActiveUserLocale', 'getScriptTimeZone', 'getTemporaryActiveUserKey',
  ]),

  // ---- ScriptApp --------------------------------------------------------------------------
  ...rows('ScriptApp', 'ScriptApp', 'script/script-app', [SCRIPTAPP], [
    'deleteTrigger', 'getProjectTriggers', 'getUserTriggers', 'newTrigger',
  ]),
  // Only a secondary copy of the script-app page was found; it gives getScriptId no scopes.
  ...rows('ScriptApp', 'ScriptApp', 'script/script-app', NONE, ['getScriptId']),
  ...rows('ScriptApp', 'TriggerBuilder', 'script/trigger-builder', SHEETS, ['forSpreadsheet']),
  ...rows('ScriptApp', 'TriggerBuilder', 'script/trigger-builder', [SCRIPTAPP], ['timeBased']),
  // No Authorization section on either builder page, create() included.
  ...rows('ScriptApp', 'SpreadsheetTriggerBuilder', 'script/spreadsheet-trigger-builder', NONE, [
    'create', 'onChange', 'onEdit', 'onFormSubmit', 'onOpen',
  ]),
  ...rows('ScriptApp', 'ClockTriggerBuilder', 'script/clock-trigger-builder', NONE, [
    'atHour', 'create', 'everyDays', 'everyHours', 'everyMinutes',
  ]),
  ...rows('ScriptApp', 'Trigger', 'script/trigger', [SCRIPTAPP], [
    'getEventType', 'getHandlerFunction', 'getTriggerSource', 'getTriggerSourceId', 'getUniqueId',
  ]),

  // ---- MailApp (every sendEmail overload lists script.send_mail) ---------------------------
  ...rows('MailApp', 'MailApp', 'mail/mail-app', [SEND_MAIL], ['getRemainingDailyQuota', 'sendEmail']),

  // ---- Services whose pages list no scopes ------------------------------------------------
  ...rows('LockService', 'LockService', 'lock/lock-service', NONE, [
    'getDocumentLock', 'getScriptLock', 'getUserLock',
  ]),
  ...rows('LockService', 'Lock', 'lock/lock', NONE, ['hasLock', 'releaseLock', 'tryLock', 'waitLock']),
  ...rows('PropertiesService', 'PropertiesService', 'properties/properties-service', NONE, [
    'getDocumentProperties', 'getScriptProperties', 'getUserProperties',
  ]),
  ...rows('PropertiesService', 'Properties', 'properties/properties', NONE, [
    'deleteAllProperties', 'deleteProperty', 'getKeys', 'getProperties', 'getProperty',
    'setProperties', 'setProperty',
  ]),
  ...rows('Utilities', 'Utilities', 'utilities/utilities', NONE, ['base64Decode', 'formatDate', 'getUuid', 'newBlob', 'sleep']),
  ...rows('HtmlService', 'HtmlService', 'html/html-service', NONE, ['createHtmlOutput', 'createHtmlOutputFromFile']),
  ...rows('HtmlService', 'HtmlOutput', 'html/html-output', NONE, [
    'append', 'clear', 'getContent', 'getHeight', 'getTitle', 'getWidth', 'setContent',
    'setHeight', 'setSandboxMode', 'setTitle', 'setWidth', 'setXFrameOptionsMode',
  ]),
  // unverified: the Blob page was not found; its siblings (Utilities.newBlob) list no scopes.
  ...rows('Utilities', 'Blob', 'base/blob', NONE, [
    'copyBlob', 'getBlob', 'getBytes', 'getContentType', 'getDataAsString', 'getName',
    'isGoogleType', 'setBytes', 'setContentType', 'setDataFromString', 'setName',
  ]),
  // unverified: the Logger and console pages were not found; no sibling method lists scopes.
  ...rows('Logger', 'Logger', 'base/logger', NONE, ['clear', 'getLog', 'log']),
  ...rows('console', 'console', 'base/console', NONE, ['error', 'info', 'warn']),

  // ---- Advanced Drive service (REST v3 "Authorization scopes") -----------------------------
  // files.get: developers.google.com/workspace/drive/v3/reference/files/get (page read).
  ...driveRest('get', [
    DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_MEET_READONLY, DRIVE_METADATA, DRIVE_METADATA_READONLY,
    DRIVE_PHOTOS_READONLY, DRIVE_READONLY,
  ]),
  // files.copy: from a secondary source (tanaikech.github.io, 2020-07-09, "Specification of
  // Files: copy in Drive API was changed"), not the reference page itself.
  ...driveRest('copy', [DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_PHOTOS_READONLY]),
  // unverified: the files.create page's scope list was not found in the index.
  ...driveRest('create', [DRIVE, DRIVE_APPDATA, DRIVE_FILE]),
  // unverified: the files.list page's scope list was not found in the index.
  ...driveRest('list', [
    DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_MEET_READONLY, DRIVE_METADATA, DRIVE_METADATA_READONLY,
    DRIVE_PHOTOS_READONLY, DRIVE_READONLY,
  ]),
  // unverified: the files.update page's scope list was not found in the index.
  ...driveRest('update', [DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_METADATA, DRIVE_SCRIPTS]),

  // ---- Advanced Docs service (v1) ------------------------------------------------------------
  // The REST method's "Authorization scopes": documents, drive, drive.file (the Docs API's scope
  // list, https://developers.google.com/docs/api/auth, names the same three for writing).
  'Docs:Documents.batchUpdate': {
    scopes: [DOCUMENTS, DRIVE, DRIVE_FILE],
    url: 'https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate#authorization-scopes',
  },
  // documents.get's "Authorization scopes": the read-only ones too.
  'Docs:Documents.get': {
    scopes: [DOCUMENTS, `${AUTH}documents.readonly`, DRIVE, DRIVE_FILE, DRIVE_READONLY],
    url: 'https://developers.google.com/docs/api/reference/rest/v1/documents/get#authorization-scopes',
  },
};

/**
 * Built-in service method without a granted scope, when the manifest sets `oauthScopes`, e.g.
 * "Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions:
 * (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)";
 * a single scope is written bare ("… Required permissions: https://www.googleapis.com/auth/drive").
 * Source: real execution logs quoted in public repositories (see the file comment); the unauthorized
 * variant "You do not have permission to call …" is https://github.com/ftomassetti/DriveInvoicing/issues/1.
 * `method` is `Class.method` as Google prints it, e.g. 'DriveApp.getFileById'.
 */
export function permissionMessage(method: string, scopes: readonly string[]): string {
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `Specified permissions are not sufficient to call ${method}. Required permissions: ${required}`;
}

/** The exception name the execution log prints before an advanced service error's message. */
export const ADVANCED_SERVICE_EXCEPTION = 'GoogleJsonResponseException';

/**
 * Advanced service (REST) call without a granted scope: the error's message, which the execution
 * log prints after "GoogleJsonResponseException: ", e.g. "API call to drive.files.get failed with
 * error: Request had insufficient authentication scopes."
 * Source: https://github.com/googleworkspace/apps-script-samples/issues/159 ("GoogleJsonResponseException:
 * API call to gmail.users.labels.list failed with error: Request had insufficient authentication scopes.").
 */
export function insufficientScopesMessage(restMethod: string): string {
  return `API call to ${restMethod} failed with error: Request had insufficient authentication scopes.`;
}

/**
 * Advanced Drive call on a file the app may not see (e.g. not opened/created by it under
 * drive.file): the error's message, printed after "GoogleJsonResponseException: " in the log, e.g.
 * "API call to drive.files.get failed with error: File not found: 1x2Y3z".
 * Source: https://github.com/ericyd/gdrive-copy/issues/142 ("API call to drive.files.insert failed
 * with error: File not found:") and copies of real logs in public repositories for drive.files.get.
 */
export function fileNotFoundMessage(restMethod: string, id: string): string {
  return `API call to ${restMethod} failed with error: File not found: ${id}`;
}
