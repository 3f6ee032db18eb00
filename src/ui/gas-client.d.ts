// The part of google.script.run the sidebar uses (HtmlService client API).
interface GoogleScriptRun {
  withSuccessHandler<T>(handler: (value: T) => void): GoogleScriptRun;
  withFailureHandler(handler: (error: Error) => void): GoogleScriptRun;
  [serverFunction: string]: (...args: unknown[]) => unknown;
}
declare const google: { script: { run: GoogleScriptRun } };
