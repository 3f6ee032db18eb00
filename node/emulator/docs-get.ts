/**
 * documents.get (https://developers.google.com/docs/api/reference/rest/v1/documents/get) over the
 * emulator's document records: the body's structural elements with their start and end indexes,
 * the headers and footers by id, and the DocumentStyle's default header and footer ids and
 * useFirstPageHeaderFooter. Text styles are not returned.
 */
import { runsText, type DocumentContent, type ParagraphRecord } from './document/model';
import { NAMED, Positions, elementLength, paragraphLength } from './docs-structure';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** A start index as the API's JSON gives it: 0 is left out (proto3 omits default values). */
function span(start: number, end: number): { startIndex?: number; endIndex: number } {
  return start === 0 ? { endIndex: end } : { startIndex: start, endIndex: end };
}

function paragraphElement(p: ParagraphRecord, start: number): StructuralElement {
  const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
  let at = start;
  if (p.pageBreak) elements.push({ ...span(at, ++at), pageBreak: {} });
  if (p.horizontalRule) elements.push({ ...span(at, ++at), horizontalRule: {} });
  if (p.image) elements.push({ ...span(at, ++at), inlineObjectElement: {} });
  const runs = p.runs.filter((run) => run.text !== '');
  runs.forEach((run, i) => {
    const content = run.text + (i === runs.length - 1 ? '\n' : '');
    elements.push({ ...span(at, at + content.length), textRun: { content } });
    at += content.length;
  });
  if (runs.length === 0) elements.push({ ...span(at, at + 1), textRun: { content: '\n' } });
  const named = Object.entries(NAMED).find(([, v]) => v === p.heading)?.[0] ?? 'NORMAL_TEXT';
  return {
    ...span(start, start + paragraphLength(p)),
    paragraph: {
      elements,
      paragraphStyle: { namedStyleType: named },
      ...(p.type === 'LIST_ITEM' ? { bullet: { listId: p.listId ?? '', nestingLevel: p.nestingLevel ?? 0 } } : {}),
    },
  };
}

function structure(pos: Positions): StructuralElement[] {
  return pos.elements.map((e, k): StructuralElement => {
    const start = pos.starts[k];
    if (e.type !== 'TABLE') return paragraphElement(e, start);
    const cells = pos.cells(k);
    let c = 0;
    let at = start + 1;
    const tableRows = e.rows.map((row) => {
      const rowStart = at;
      const tableCells = row.map(() => {
        const { cell, start: textStart } = cells[c++];
        const cellEnd = textStart + runsText(cell.runs).length + 1;
        const p: ParagraphRecord = { type: 'PARAGRAPH', heading: 'NORMAL', runs: cell.runs };
        return { ...span(textStart - 1, cellEnd), content: [paragraphElement(p, textStart)] };
      });
      at = tableCells.length ? tableCells[tableCells.length - 1].endIndex : at + 1;
      return { ...span(rowStart, at), tableCells };
    });
    return { ...span(start, start + elementLength(e)), table: { rows: e.rows.length, columns: e.rows[0]?.length ?? 0, tableRows } };
  });
}

/** The document as documents.get returns it (…/rest/v1/documents#Document), only the fields Lapkin reads. */
export function documentResource(id: string, title: string, content: DocumentContent): GoogleAppsScript.Docs.Schema.Document {
  const segment = (kind: 'header' | 'footer') =>
    Object.fromEntries(
      Object.entries(content.segments ?? {})
        .filter(([, s]) => s.kind === kind)
        .map(([sid, s]) => [sid, { [kind === 'header' ? 'headerId' : 'footerId']: sid, content: structure(new Positions(s.content, 0, sid)) }]),
    );
  return {
    documentId: id,
    title,
    body: { content: [{ endIndex: 1, sectionBreak: {} }, ...structure(new Positions(content.body, 1))] },
    headers: segment('header'),
    footers: segment('footer'),
    documentStyle: {
      ...(content.useFirstPageHeaderFooter ? { useFirstPageHeaderFooter: true } : {}),
      ...(content.defaultHeaderId ? { defaultHeaderId: content.defaultHeaderId } : {}),
      ...(content.defaultFooterId ? { defaultFooterId: content.defaultFooterId } : {}),
    },
  };
}
