/**
 * Apps Script enums (`DocumentApp.ParagraphHeading.HEADING1`, `ui.Button.OK`, …) are objects whose
 * `toString()` and `name()` give the constant's name. Code compares them by identity, so each value
 * is created once; comparing with a plain string ('HEADING1') fails here as it does in Google.
 */
export interface GasEnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type GasEnum<K extends string> = { readonly [P in K]: GasEnumValue };

export function gasEnum<K extends string>(names: readonly K[]): GasEnum<K> {
  const values = {} as Record<K, GasEnumValue>;
  names.forEach((key, index) => {
    values[key] = Object.freeze({
      name: () => key,
      ordinal: () => index,
      toString: () => key,
      toJSON: () => key,
    });
  });
  return Object.freeze(values);
}

/** The constant's name for a value of `enumeration`, or undefined when `value` is not one of them. */
export function enumKey<K extends string>(enumeration: GasEnum<K>, value: unknown): K | undefined {
  for (const key of Object.keys(enumeration) as K[]) {
    if (enumeration[key] === value) return key;
  }
  return undefined;
}
