/** Set at build time by scripts/build.mjs: a script bound to one spreadsheet, or an add-on. */
declare const __LAPKIN_DEPLOYMENT__: 'bound' | 'addon';

export const DEPLOYMENT: 'bound' | 'addon' = __LAPKIN_DEPLOYMENT__;
