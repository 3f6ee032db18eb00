/**
 * The local workbook persists as a journal of what people did (executions and grid edits, each
 * with its time), replayed over a fresh demo OPD at start. Replaying the real bundle gives the
 * same workbook without a serialiser for every fake; a reset is an empty journal.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DialogAnswer } from './protocol';

export type JournalEntry =
  | {
      readonly kind: 'run';
      readonly at: string;
      readonly user: string;
      readonly fn: string;
      readonly args: readonly unknown[];
      readonly answers?: readonly DialogAnswer[];
      /** The tab the person had open (the spreadsheet's active sheet for the execution). */
      readonly sheet?: string;
    }
  | {
      readonly kind: 'edit';
      readonly at: string;
      readonly user: string;
      readonly sheet: string;
      readonly a1: string;
      readonly value: string | boolean;
    };

export class Journal {
  private readonly file: string;
  private entries: JournalEntry[];

  constructor(private readonly dir: string) {
    this.file = join(dir, 'journal.json');
    this.entries = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as JournalEntry[]) : [];
  }

  all(): readonly JournalEntry[] {
    return this.entries;
  }

  append(entry: JournalEntry): void {
    this.entries.push(entry);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.entries, null, 1));
  }

  clear(): void {
    this.entries = [];
    rmSync(this.file, { force: true });
  }
}
