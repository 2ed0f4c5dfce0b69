import { parseAllDocuments, type Document } from 'yaml';

export type YamlDocument = Document.Parsed;

export interface ParsedYaml {
  docs: YamlDocument[];
  /** Why the file could not be read as YAML (first error, with its line), or null. */
  error: string | null;
}

/**
 * Every document of a multi-document stream, with node ranges kept so a
 * finding can point at the key that causes it. Invalid YAML is not thrown:
 * the caller turns `error` into a skipped-file note, because a half-written
 * manifest must never block every commit.
 */
export function parseYaml(text: string): ParsedYaml {
  let docs: YamlDocument[];
  try {
    // uniqueKeys off: a duplicate key is a lint problem, not a reason to skip the file.
    const parsed = parseAllDocuments(text, { uniqueKeys: false, merge: true, prettyErrors: true, strict: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    return { docs: [], error: `not valid YAML: ${firstLine((e as Error).message)}` };
  }
  for (const doc of docs) {
    if (doc.errors.length) return { docs: [], error: `not valid YAML: ${firstLine(doc.errors[0].message)}` };
  }
  return { docs, error: null };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:$/, '');
}
