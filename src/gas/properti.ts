/** The document properties, where Lapkin keeps its durable state (cycles, SOP records, documents, settings). */
export function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}
