/** DocumentApp's enums, as identity-compared values (see utilities/gas-enum). */
import { gasEnum } from '../utilities/gas-enum';

export const ParagraphHeading = gasEnum([
  'NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE',
] as const);
export const HorizontalAlignment = gasEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const ElementType = gasEnum([
  'BODY_SECTION', 'PARAGRAPH', 'LIST_ITEM', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT', 'PAGE_BREAK',
  'HORIZONTAL_RULE', 'INLINE_IMAGE', 'UNSUPPORTED',
] as const);
export const Attribute = gasEnum([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE',
  'FOREGROUND_COLOR', 'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE',
  'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID',
  'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT',
  'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const);
export const GlyphType = gasEnum([
  'BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER',
] as const);
