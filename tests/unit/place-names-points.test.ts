// Names and points of the whole place knowledge (GeoNames extract, countries, governorates, the
// curated supplement), as extraction loads them: every name shown is Arabic, and a supplement point
// agrees with GeoNames wherever both name the same place.
import { describe, expect, it } from "vitest";
import { loadKnowledge, readKnowledgeData } from "../../lib/ingest/load-knowledge";
import { fold } from "../../lib/extract/normalize";
import { governorateAt, haversineKm } from "../../lib/extract/geo";
import { GOVERNORATES } from "../../lib/extract/lexicon/governorates";
import { asArabic } from "../../scripts/arabic-names";
import type { PlaceEntry } from "../../lib/extract/types";

const knowledge = loadKnowledge();
const places = [...knowledge.placeByKey.values()];
// Arabic script, spaces and hyphens. ASCII digits are allowed: they are part of the name of some
// military sites («اللواء 52», «الفرقة 17») and belong to no script.
const ARABIC_SCRIPT = /^[\u0600-\u06FF0-9 -]+$/;
const hasSplitWord = (name: string) => name.split(/[ -]/).some((w) => w.length === 1);

describe("canonical place names", () => {
  it("are in Arabic script for every place", () => {
    const bad = places.filter((p) => !ARABIC_SCRIPT.test(p.nameAr)).map((p) => `${p.key} «${p.nameAr}»`);
    expect(bad).toEqual([]);
  });

  it("have no word split by a space («د مشق»)", () => {
    expect(places.filter((p) => hasSplitWord(p.nameAr)).map((p) => `${p.key} «${p.nameAr}»`)).toEqual([]);
    const govNames = GOVERNORATES.flatMap((g) => [g.nameAr, g.capitalAr, ...g.regionNames]);
    expect(govNames.filter((n) => !ARABIC_SCRIPT.test(n) || hasSplitWord(n))).toEqual([]);
  });

  it("name Damascus, Baghdad, Cairo and al-Ghandura as Arabic writes them", () => {
    const nameOf = (geonamesId: number) => places.find((p) => p.geonamesId === geonamesId)?.nameAr;
    expect(nameOf(170654)).toBe("دمشق");
    expect(nameOf(98182)).toBe("بغداد");
    expect(nameOf(360630)).toBe("القاهرة");
    expect(nameOf(168478)).toBe("الغندورة");
  });

  it("are GeoNames spellings in Arabic letters only, no Persian, Kurdish or Latin forms", () => {
    const data = readKnowledgeData();
    const bad = data.geonames.flatMap(([id, names]) => names.filter((n) => asArabic(n) !== n).map((n) => `${id} «${n}»`));
    expect(bad).toEqual([]);
  });
});

describe("supplement points", () => {
  const syrianGeonames = places.filter((p) => p.origin === "geonames" && p.countryCode === "SY");
  const foldedNames = (p: PlaceEntry) => new Set([p.nameAr, ...p.aliases].map(fold));

  it("lie within 5 km of the GeoNames place of the same name and governorate", () => {
    const far: string[] = [];
    let compared = 0;
    for (const s of places.filter((p) => p.origin === "supplement")) {
      const names = foldedNames(s);
      // Homonyms (two villages called قباسين in Aleppo governorate): the nearest one is the same place.
      const same = syrianGeonames.filter((g) => g.admin1 === s.admin1 && [...foldedNames(g)].some((n) => names.has(n)));
      if (same.length === 0) continue;
      compared++;
      const d = Math.min(...same.map((g) => haversineKm(s, g)));
      if (d > 5) far.push(`${s.nameAr} ${s.admin1} (${s.lat}, ${s.lon}): ${d.toFixed(1)} km from GeoNames`);
    }
    expect(far).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it("puts al-Rai and its crossing in Syria, not in Turkey", () => {
    for (const name of ["الراعي", "معبر الراعي"]) {
      const p = places.find((x) => x.origin === "supplement" && x.nameAr === name);
      expect(p && governorateAt(knowledge.shapes, p.lat, p.lon)).toBe("SY-HL");
    }
  });
});

describe("the occupied Golan", () => {
  const at = (lat: number, lon: number) => governorateAt(knowledge.shapes, lat, lon);

  it("is Quneitra governorate, with its villages Syrian", () => {
    for (const name of ["مجدل شمس", "مسعدة", "بقعاتا", "عين قنية", "القنيطرة", "الغجر"]) {
      const syrian = (knowledge.places.get(fold(name)) ?? []).filter((p) => p.countryCode === "SY");
      expect(syrian.map((p) => p.admin1)).toContain("SY-QU");
    }
    expect(at(32.9919, 35.6914)).toBe("SY-QU"); // Katzrin
    expect(at(32.9087, 35.632)).toBe("SY-QU"); // al-Butayha, on the lake's north-east shore
  });

  it("stops at the pre-1967 line and leaves Daraa and Jordan as they are", () => {
    for (const [lat, lon] of [[33.2398, 35.6534], [33.1659, 35.6604], [32.7827, 35.6384], [32.79, 35.53], [32.7055, 35.6176], [32.6535, 35.6846]]) {
      expect(at(lat, lon)).toBeNull(); // Dan, Shamir, 'En Gev, Tiberias, Tel Qatsir, Umm Qays
    }
    for (const [lat, lon] of [[32.7741, 35.882], [32.78, 35.935], [32.888, 36.043]]) expect(at(lat, lon)).toBe("SY-DR"); // al-Shajara, Saham al-Jawlan, Nawa
  });
});
