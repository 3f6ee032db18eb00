/** Markdown the build inlines as text (scripts/build.mjs: loader '.md' → 'text'). */
declare module '*.md' {
  const teks: string;
  export default teks;
}
