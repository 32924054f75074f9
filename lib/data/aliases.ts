// Places and actors keep their other names as a JSON array in one column; a broken value reads as none.
export function parseAliases(json: string, except?: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x !== except) : [];
  } catch {
    return [];
  }
}
