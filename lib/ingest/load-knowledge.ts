// Reads the knowledge extraction runs on: the committed gazetteer extracts, the governorate
// polygons, and the curated files in seeds/ (places supplement, actors). Read once per process.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildKnowledge, type Knowledge, type KnowledgeData } from "../extract/knowledge";

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

export function readKnowledgeData(root = process.cwd()): KnowledgeData {
  const placesDir = join(root, "seeds/knowledge/places");
  const supplement = existsSync(placesDir)
    ? readdirSync(placesDir).filter((f) => f.endsWith(".json")).sort().flatMap((f) => readJson<KnowledgeData["supplement"]>(join(placesDir, f)))
    : [];
  const actorsFile = join(root, "seeds/knowledge/actors.json");
  return {
    geonames: readJson(join(root, "lib/extract/data/geonames.json")),
    countries: readJson(join(root, "lib/extract/data/countries.json")),
    governorates: readJson(join(root, "public/geo/governorates.json")),
    supplement,
    actors: existsSync(actorsFile) ? readJson(actorsFile) : [],
  };
}

let cached: Knowledge | null = null;

export function loadKnowledge(root = process.cwd()): Knowledge {
  cached ??= buildKnowledge(readKnowledgeData(root));
  return cached;
}
