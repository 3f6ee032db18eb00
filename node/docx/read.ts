/**
 * Reads a .docx back into what a reader sees: headings, paragraphs and table grids, in order.
 * Used to check that a rendered file opens and says what the model says. `jszip` comes with the
 * `docx` package.
 */
import JSZip from 'jszip';

export type DocxBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly grid: readonly (readonly string[])[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

/** Heading level from the paragraph style: Title → 0, Heading1..9 → 1..9; null for body text. */
function headingLevel(paragraphXml: string): number | null {
  const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraphXml)?.[1];
  if (style === 'Title') return 0;
  const level = style ? /^Heading(\d)$/.exec(style)?.[1] : undefined;
  return level ? Number(level) : null;
}

/** A table's cells row by row; a cell spanning n columns is followed by n − 1 empty cells. */
function grid(tableXml: string): string[][] {
  return [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].flatMap((cell) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(cell[0])?.[1] ?? '1');
      return [text(cell[0]), ...new Array<string>(span - 1).fill('')];
    }),
  );
}

/** The body of `word/document.xml`, block by block. */
export function readDocumentXml(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const match of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const part = match[0];
    if (part.startsWith('<w:tbl>')) {
      blocks.push({ kind: 'table', grid: grid(part) });
      continue;
    }
    const level = headingLevel(part);
    blocks.push(level === null ? { kind: 'paragraph', text: text(part) } : { kind: 'heading', level, text: text(part) });
  }
  return blocks;
}

/** Opens a .docx (a zip) and reads its main document part. */
export async function readDocx(file: Buffer): Promise<DocxBlock[]> {
  const zip = await JSZip.loadAsync(file);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('Not a .docx file: word/document.xml is missing.');
  return readDocumentXml(await part.async('string'));
}
