/** The e-mails of `daftar` without '' (never anybody, domain.md §7) and without repeats, in order. */
export function emailUnik(daftar: readonly string[]): string[] {
  return daftar.filter((e, i) => e !== '' && daftar.indexOf(e) === i);
}
