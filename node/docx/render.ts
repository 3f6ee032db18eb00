/**
 * Renders a document model (src/core/dokumen/model.ts) to a .docx file with the `docx` package,
 * for local use (the demo, the local server, tests). It says the same as the Google Doc
 * (src/gas/docs-permintaan.ts): both draw the blocks of `lowerBlocks`, tables from `tableGrid`.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { FONT, KEPALA_PT } from '../../src/gas/docs-permintaan';
import {
  TABLE_FONT_PT,
  headerText,
  lowerBlocks,
  tableColumns,
  tableGrid,
  tableWidth,
  type Alignment,
  type DocumentModel,
  type HeadingLevel as ModelHeadingLevel,
  type ImageBlock,
  type PrimitiveBlock,
  type Run,
  type TableBlock,
  type TableColumn,
} from '../../src/core/dokumen/model';

const NUMBERED = 'lapkin-bernomor';
/** Points to twentieths of a point (docx indents). */
const TWIPS_PER_POINT = 20;

const HEADINGS: Record<ModelHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

const ALIGNMENTS: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function textRun(run: Run, style?: string): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold,
    italics: run.italic,
    underline: run.underline ? {} : undefined,
    size: run.size ? run.size * 2 : undefined,
    highlight: run.highlight ? 'yellow' : undefined,
    style,
  });
}

function runs(items: readonly Run[]): ParagraphChild[] {
  return items.map((run) =>
    run.link ? new ExternalHyperlink({ link: run.link, children: [textRun(run, 'Hyperlink')] }) : textRun(run),
  );
}

const CELL_ALIGN: Record<TableColumn['align'], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** Fixed column widths (tableColumns, the same as the Google Doc's), figures right-aligned, header rows repeated on each page. */
function table(block: TableBlock): Table {
  const grid = tableGrid(block);
  const width = tableWidth(block);
  const kolom = tableColumns(block);
  const cell = (text: string, bold: boolean, italic: boolean, c: number, columnSpan?: number, header = false): TableCell =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : CELL_ALIGN[columnSpan ? 'left' : kolom[c].align],
          children: [new TextRun({ text, bold, italics: italic, size: TABLE_FONT_PT * 2 })],
        }),
      ],
      columnSpan,
      width: { size: (columnSpan ? kolom.reduce((n, k) => n + k.width, 0) : kolom[c].width) * TWIPS_PER_POINT, type: WidthType.DXA },
    });
  const rows = grid.map((cells, index) => {
    const isHeader = index < block.header.length;
    const row = isHeader ? null : block.rows[index - block.header.length];
    if (row?.kind === 'group') {
      return new TableRow({ cantSplit: true, children: [cell(row.label, true, true, 0, width)] });
    }
    const bold = isHeader || (row?.kind === 'cells' && Boolean(row.bold));
    return new TableRow({ tableHeader: isHeader, cantSplit: true, children: cells.map((text, c) => cell(text, bold, false, c, undefined, isHeader)) });
  });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    rows,
    ...(block.borderless ? { borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none } } : {}),
    layout: TableLayoutType.FIXED,
    columnWidths: kolom.map((k) => k.width * TWIPS_PER_POINT),
    width: { size: kolom.reduce((n, k) => n + k.width, 0) * TWIPS_PER_POINT, type: WidthType.DXA },
  });
}

function image(block: ImageBlock): Paragraph {
  const type = block.mimeType === 'image/png' ? 'png' : 'jpg';
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type,
        data: Buffer.from(block.base64, 'base64'),
        transformation: { width: block.width, height: block.height },
      }),
    ],
  });
}

function children(blocks: readonly PrimitiveBlock[]): Array<Paragraph | Table> {
  let listInstance = 0;
  return blocks.flatMap((block): Array<Paragraph | Table> => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            text: block.text,
            heading: HEADINGS[block.level],
            alignment: block.align ? ALIGNMENTS[block.align] : undefined,
          }),
        ];
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(block.runs),
            alignment: block.align ? ALIGNMENTS[block.align] : undefined,
            indent: block.indent ? { left: block.indent * TWIPS_PER_POINT } : undefined,
          }),
        ];
      case 'table':
        return [table(block)];
      case 'list': {
        const instance = ++listInstance;
        return block.items.map(
          (item) =>
            new Paragraph({
              children: runs(item),
              ...(block.numbered ? { numbering: { reference: NUMBERED, level: 0, instance } } : { bullet: { level: 0 } }),
            }),
        );
      }
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.THICK_THIN_MEDIUM_GAP, size: 12, color: '000000', space: 1 } } })];
      case 'image':
        return [image(block)];
    }
  });
}

/** Headings black, in the body's typeface (Word's defaults are blue Calibri Light); half-points. */
const HEADING_STYLES = (
  [
    ['Title', 'Title', 32],
    ['Heading1', 'Heading 1', 28],
    ['Heading2', 'Heading 2', 24],
    ['Heading3', 'Heading 3', 24],
  ] as const
).map(([id, name, size]) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before: id === 'Title' || id === 'Heading1' ? 0 : 240, after: 120 }, keepNext: true },
}));

const CM = 567;

/**
 * A4 with 2.5 cm margins left and right (TEXT_WIDTH_PT of text), the header the Google Doc has
 * (headerText), and "Halaman n dari m" in the footer as PAGE and NUMPAGES fields, which the Google
 * Doc cannot have (src/gas/docs-permintaan.ts, BUAT_KEPALA); none on the first page.
 */
function section(model: DocumentModel) {
  const small = (children: ParagraphChild[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ alignment, children });
  return {
    // titlePage: the first page (the cover, a letter's kop) has its own, empty, header and footer, as in the Google Doc.
    properties: { titlePage: true, page: { size: { width: 11906, height: 16838 }, margin: { top: 2.5 * CM, bottom: 2.5 * CM, left: 2.5 * CM, right: 2.5 * CM } } },
    headers: {
      default: new Header({ children: [small([new TextRun({ text: headerText(model), size: KEPALA_PT * 2, color: '555555' })], AlignmentType.RIGHT)] }),
      first: new Header({ children: [] }),
    },
    footers: {
      default: new Footer({
        children: [small([new TextRun({ children: [...(model.footer ? [`${model.footer} · `] : []), 'Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size: 18 })], AlignmentType.CENTER)],
      }),
      first: new Footer({ children: [] }),
    },
    children: children(lowerBlocks(model.blocks)),
  };
}

/** The model as a .docx file. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const document = new Document({
    title: model.title,
    creator: 'Lapkin',
    styles: { default: { document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } } } }, paragraphStyles: HEADING_STYLES },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [section(model)],
  });
  return Packer.toBuffer(document);
}
