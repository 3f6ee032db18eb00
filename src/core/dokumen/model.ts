/**
 * A document as data: what the builders (LKj draft, nota dinas, surat peringatan) produce and what
 * the two renderers (the Docs API request list in src/gas/docs-permintaan.ts, the `docx` package in node/docx/)
 * draw. Every string here is display text, already formatted in Indonesian.
 *
 * Letter-level blocks (kop, signature block, "to be written by a person" marker) are lowered to
 * primitive blocks by `lowerBlocks`, once, so both renderers print exactly the same words.
 */

/** A document Lapkin made, as the sidebar and the Log show it. */
export interface DokumenTersimpan {
  readonly jenis: string;
  readonly nama: string;
  readonly url: string;
  /** The link to the Drive folder holding it (absent in lists saved before Lapkin noted it). */
  readonly folder?: string;
  /** ISO timestamp. */
  readonly dibuat: string;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** A URL the run links to. */
  readonly link?: string;
  /** Highlighted background: text a person still has to write. */
  readonly highlight?: boolean;
}

/** Level 0 is the document title (the cover); 1–3 are headings (BAB, A./B., sub-sections). */
export type HeadingLevel = 0 | 1 | 2 | 3;

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  readonly text: string;
  readonly align?: Alignment;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: Alignment;
  /** Indent from the left margin, in points. */
  readonly indent?: number;
}

export type TableRow =
  | { readonly kind: 'cells'; readonly cells: readonly string[]; readonly bold?: boolean }
  /** A row spanning the table that labels the rows below it. */
  | { readonly kind: 'group'; readonly label: string };

/** A column as printed: its width in points and how its cells align. */
export interface TableColumn {
  readonly width: number;
  readonly align: 'left' | 'center' | 'right';
}

export interface TableBlock {
  readonly kind: 'table';
  /** Header rows (printed bold, repeated on every page); each as wide as the table. */
  readonly header: readonly (readonly string[])[];
  readonly rows: readonly TableRow[];
  /** Set when the layout is known (a document read back); otherwise `tableColumns` derives it. */
  readonly columns?: readonly TableColumn[];
  /** No lines: a layout grid (a letter's aligned "Kepada : …" fields), not a table a reader reads as one. */
  readonly borderless?: boolean;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly numbered: boolean;
  readonly items: readonly (readonly Run[])[];
}

export interface PageBreakBlock {
  readonly kind: 'pageBreak';
}

/** A horizontal line across the page (under the kop). */
export interface RuleBlock {
  readonly kind: 'rule';
}

export interface ImageBlock {
  readonly kind: 'image';
  readonly base64: string;
  readonly mimeType: 'image/png' | 'image/jpeg';
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
}

/** The letterhead (kop surat): government, office, address, an optional logo, then a rule. */
export interface LetterheadBlock {
  readonly kind: 'letterhead';
  readonly pemerintahDaerah: string;
  readonly instansi: string;
  readonly alamat: string;
  readonly logo?: ImageBlock;
}

/** The signature block: place and date, (a.n. line), jabatan, space to sign, name, NIP. */
export interface SignatureBlock {
  readonly kind: 'signature';
  readonly place: string;
  /** Formatted date ('31 Maret 2026'), or '' when the date is written by hand. */
  readonly date: string;
  /** E.g. 'a.n. Kepala Badan' when someone signs on behalf of another; '' otherwise. */
  readonly onBehalfOf: string;
  readonly jabatan: string;
  readonly nama: string;
  readonly nip: string;
}

/** Text a person must write: printed highlighted as "[Diisi oleh penyusun: …]". Never invented prose. */
export interface ToWriteBlock {
  readonly kind: 'toWrite';
  readonly prompt: string;
}

export type PrimitiveBlock =
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | ListBlock
  | PageBreakBlock
  | RuleBlock
  | ImageBlock;

export type Block = PrimitiveBlock | LetterheadBlock | SignatureBlock | ToWriteBlock;

export interface DocumentModel {
  /** The file name / document title. */
  readonly title: string;
  /** The running header on every page, when it is not `headerText`'s default (a Doc read back). */
  readonly header?: string;
  /** Text before the page number in the footer (a Doc read back whose template had a footer). */
  readonly footer?: string;
  readonly blocks: readonly Block[];
}

/** The running header on every page: the title without "Draf " (the draft is the document it becomes). */
export function headerText(model: DocumentModel): string {
  return model.header ?? model.title.replace(/^Draf /, '');
}

// ---- constructors ------------------------------------------------------------------------

export function heading(level: HeadingLevel, text: string, align?: Alignment): HeadingBlock {
  return align ? { kind: 'heading', level, text, align } : { kind: 'heading', level, text };
}

export function paragraph(
  content: string | readonly Run[],
  options: { readonly align?: Alignment; readonly indent?: number; readonly bold?: boolean } = {},
): ParagraphBlock {
  const runs = typeof content === 'string' ? [options.bold ? { text: content, bold: true } : { text: content }] : content;
  return {
    kind: 'paragraph',
    runs,
    ...(options.align ? { align: options.align } : {}),
    ...(options.indent ? { indent: options.indent } : {}),
  };
}

/** A justified paragraph: the body text of letters and reports. */
export function justified(content: string | readonly Run[]): ParagraphBlock {
  return paragraph(content, { align: 'justify' });
}

/** A centred paragraph; `bold` (for text given as a string) makes it a caption. */
export function centered(content: string | readonly Run[], bold = false): ParagraphBlock {
  return paragraph(content, { align: 'center', bold });
}

/** A table with one header row; a row given as strings is a row of cells. */
export function table(header: readonly string[], rows: readonly (readonly string[] | TableRow)[]): TableBlock {
  return { kind: 'table', header: [header], rows: rows.map((r) => (Array.isArray(r) ? { kind: 'cells', cells: r } : (r as TableRow))) };
}

/** A letter's head fields ("Kepada", ":", value) aligned in a table without lines. */
export function fields(rows: readonly (readonly [string, string | readonly Run[]])[]): TableBlock {
  return { kind: 'table', header: [], rows: rows.map(([label, value]) => ({ kind: 'cells', cells: [label, ':', typeof value === 'string' ? value : runsText(value)] })), borderless: true };
}

export function toWrite(prompt: string): ToWriteBlock {
  return { kind: 'toWrite', prompt };
}

/** The run that marks text a person still has to write. */
export function toWriteRun(prompt: string): Run {
  return { text: `[Diisi oleh penyusun: ${prompt}]`, italic: true, highlight: true };
}

export function list(numbered: boolean, items: readonly (string | readonly Run[])[]): ListBlock {
  return {
    kind: 'list',
    numbered,
    items: items.map((item) => (typeof item === 'string' ? [{ text: item }] : item)),
  };
}

export const pageBreak: PageBreakBlock = { kind: 'pageBreak' };

// ---- shared by both renderers ------------------------------------------------------------

/** The table's width: the widest header or cell row (at least 1). */
export function tableWidth(table: TableBlock): number {
  const widths = [...table.header, ...table.rows.flatMap((r) => (r.kind === 'cells' ? [r.cells] : []))].map(
    (cells) => cells.length,
  );
  return Math.max(1, ...widths);
}

/**
 * The table as a rectangular grid of strings, header rows first. A group row holds its label in
 * the first cell and '' in the others (the renderers span or style it); short rows are padded.
 */
export function tableGrid(table: TableBlock): string[][] {
  const width = tableWidth(table);
  const pad = (cells: readonly string[]): string[] => [...cells, ...new Array<string>(width - cells.length).fill('')];
  return [
    ...table.header.map(pad),
    ...table.rows.map((row) => (row.kind === 'group' ? pad([row.label]) : pad(row.cells))),
  ];
}

/** The width text may take on an A4 page with 2.5 cm margins left and right, in points (595 − 2 × 71). */
export const TEXT_WIDTH_PT = 453;
/** Table text size in points; a character is taken as 0.6 of it wide (Arial bold's average, so headers fit too). */
export const TABLE_FONT_PT = 10;
const CHAR_PT = TABLE_FONT_PT * 0.6;
/** Cell padding, left plus right, in points (Word's and LibreOffice's default cell margins are about 5.4 pt a side). */
const CELL_PADDING_PT = 14;

/** A cell that holds a figure: a number, a percentage, rupiah, a figure with its unit ("12 dokumen"). */
const FIGURE = /^(Rp\s?)?[-−]?\d[\d.,]*(\s?%|\s\S+)?$/;

/**
 * Each column's width and alignment, so nothing breaks mid-word and figures line up: a column whose
 * filled cells are all figures is right-aligned and at least as wide as its widest figure; "No" is
 * narrow and centred; text columns get at least their longest word and share what is left by how
 * much text they hold. Widths add up to the text width.
 */
export function tableColumns(table: TableBlock, total = TEXT_WIDTH_PT): TableColumn[] {
  if (table.columns) return [...table.columns];
  const grid = tableGrid(table);
  const width = tableWidth(table);
  const headerRows = table.header.length;
  const body = grid.slice(headerRows).filter((_, i) => table.rows[i]?.kind === 'cells');
  const pt = (chars: number): number => Math.ceil(chars * CHAR_PT + CELL_PADDING_PT);
  const specs = Array.from({ length: width }, (_, c) => {
    const head = grid.slice(0, headerRows).map((r) => r[c] ?? '');
    const cells = body.map((r) => r[c] ?? '').filter((t) => t !== '');
    const words = [...head, ...cells].flatMap((t) => t.split(/\s+/));
    const longestWord = Math.max(1, ...words.map((w) => w.length));
    const figures = cells.length > 0 && cells.every((t) => FIGURE.test(t));
    const no = /^no\.?$/i.test(head[0] ?? '');
    const min = no ? pt(Math.max(2, ...cells.map((t) => t.length))) : pt(figures ? Math.max(longestWord, ...cells.map((t) => t.length)) : longestWord);
    const mean = cells.length ? cells.reduce((n, t) => n + t.length, 0) / cells.length : longestWord;
    return { min, weight: no || figures ? 0 : Math.max(mean, longestWord), align: (no ? 'center' : figures ? 'right' : 'left') as TableColumn['align'] };
  });
  const fixed = specs.reduce((n, s) => n + s.min, 0);
  const weights = specs.reduce((n, s) => n + s.weight, 0);
  const spare = Math.max(0, total - fixed);
  return specs.map((s) => ({
    width: Math.round(s.min + (weights > 0 ? (spare * s.weight) / weights : spare / width)),
    align: s.align,
  }));
}

/** Blank lines left in a signature block for the handwritten signature. */
const SIGNATURE_SPACE = 3;
/** Signature blocks stand in the right half of the page. */
const SIGNATURE_INDENT = 260;

function lowerSignature(block: SignatureBlock): ParagraphBlock[] {
  const at = (content: string | readonly Run[]): ParagraphBlock => paragraph(content, { indent: SIGNATURE_INDENT });
  const lines: ParagraphBlock[] = [];
  if (block.place || block.date) lines.push(at([block.place, block.date].filter(Boolean).join(', ')));
  if (block.onBehalfOf) lines.push(at(block.onBehalfOf));
  lines.push(at(block.jabatan));
  for (let i = 0; i < SIGNATURE_SPACE; i++) lines.push(at(''));
  lines.push(at([{ text: block.nama, bold: true, underline: true }]));
  lines.push(at(`NIP. ${block.nip}`));
  return lines;
}

function lowerLetterhead(block: LetterheadBlock): PrimitiveBlock[] {
  return [
    ...(block.logo ? [block.logo] : []),
    centered([{ text: block.pemerintahDaerah.toUpperCase(), bold: true, size: 14 }]),
    centered([{ text: block.instansi.toUpperCase(), bold: true, size: 16 }]),
    centered([{ text: block.alamat, size: 10 }]),
    { kind: 'rule' },
  ];
}

/** Turns letter-level blocks into primitive blocks; primitive blocks pass through unchanged. */
export function lowerBlocks(blocks: readonly Block[]): PrimitiveBlock[] {
  return blocks.flatMap((block): PrimitiveBlock[] => {
    switch (block.kind) {
      case 'signature':
        return lowerSignature(block);
      case 'letterhead':
        return lowerLetterhead(block);
      case 'toWrite':
        return [paragraph([toWriteRun(block.prompt)])];
      default:
        return [block];
    }
  });
}

/** The plain text of some runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
