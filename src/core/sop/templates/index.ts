/** The built-in SOP templates, transcribed from the five seeds. */
import type { SopTemplate } from '../model';
import { SOP_000 } from './sop-000';
import { SOP_001 } from './sop-001';
import { SOP_002 } from './sop-002';
import { SOP_003 } from './sop-003';
import { SOP_004 } from './sop-004';

export const TEMPLATE_BAWAAN: readonly SopTemplate[] = [SOP_000, SOP_001, SOP_002, SOP_003, SOP_004];

export function cariTemplate(id: string): SopTemplate | null {
  return TEMPLATE_BAWAAN.find((t) => t.id === id) ?? null;
}
