// The 14 governorates of Syria: ISO 3166-2 codes, Arabic and English names, the capital that
// stands for the governorate when only the governorate is named (ACLED geo-precision 3 uses the
// provincial capital), and the spellings news uses for the governorate itself.
export interface Governorate {
  code: string;
  nameAr: string;
  nameEn: string;
  capitalAr: string;
  lat: number;
  lon: number;
  /** Forms that name the governorate as a region ("ريف إدلب", "محافظة إدلب", and the desert part of it, "بادية حمص"). */
  regionNames: string[];
}

export const GOVERNORATES: Governorate[] = [
  { code: "SY-DI", nameAr: "دمشق", nameEn: "Damascus", capitalAr: "دمشق", lat: 33.5102, lon: 36.2913, regionNames: ["محافظة دمشق"] },
  { code: "SY-RD", nameAr: "ريف دمشق", nameEn: "Rif Dimashq", capitalAr: "دمشق", lat: 33.5102, lon: 36.2913, regionNames: ["ريف دمشق", "محافظة ريف دمشق", "ريف العاصمة"] },
  { code: "SY-QU", nameAr: "القنيطرة", nameEn: "Quneitra", capitalAr: "القنيطرة", lat: 33.1256, lon: 35.8248, regionNames: ["محافظة القنيطرة", "ريف القنيطرة"] },
  { code: "SY-DR", nameAr: "درعا", nameEn: "Daraa", capitalAr: "درعا", lat: 32.6189, lon: 36.1021, regionNames: ["محافظة درعا", "ريف درعا"] },
  { code: "SY-SU", nameAr: "السويداء", nameEn: "As-Suwayda", capitalAr: "السويداء", lat: 32.709, lon: 36.5695, regionNames: ["محافظة السويداء", "ريف السويداء", "بادية السويداء"] },
  { code: "SY-HI", nameAr: "حمص", nameEn: "Homs", capitalAr: "حمص", lat: 34.7268, lon: 36.7234, regionNames: ["محافظة حمص", "ريف حمص", "بادية حمص"] },
  { code: "SY-HM", nameAr: "حماة", nameEn: "Hama", capitalAr: "حماة", lat: 35.1318, lon: 36.7578, regionNames: ["محافظة حماة", "ريف حماة", "بادية حماة"] },
  { code: "SY-ID", nameAr: "إدلب", nameEn: "Idlib", capitalAr: "إدلب", lat: 35.9306, lon: 36.6339, regionNames: ["محافظة إدلب", "ريف إدلب"] },
  { code: "SY-HL", nameAr: "حلب", nameEn: "Aleppo", capitalAr: "حلب", lat: 36.2012, lon: 37.1612, regionNames: ["محافظة حلب", "ريف حلب", "بادية حلب"] },
  { code: "SY-LA", nameAr: "اللاذقية", nameEn: "Latakia", capitalAr: "اللاذقية", lat: 35.5317, lon: 35.7901, regionNames: ["محافظة اللاذقية", "ريف اللاذقية"] },
  { code: "SY-TA", nameAr: "طرطوس", nameEn: "Tartus", capitalAr: "طرطوس", lat: 34.8889, lon: 35.8866, regionNames: ["محافظة طرطوس", "ريف طرطوس"] },
  { code: "SY-RA", nameAr: "الرقة", nameEn: "Raqqa", capitalAr: "الرقة", lat: 35.9528, lon: 39.0079, regionNames: ["محافظة الرقة", "ريف الرقة", "بادية الرقة"] },
  { code: "SY-DY", nameAr: "دير الزور", nameEn: "Deir ez-Zor", capitalAr: "دير الزور", lat: 35.3359, lon: 40.1408, regionNames: ["محافظة دير الزور", "ريف دير الزور", "بادية دير الزور"] },
  { code: "SY-HA", nameAr: "الحسكة", nameEn: "Al-Hasakah", capitalAr: "الحسكة", lat: 36.5024, lon: 40.7477, regionNames: ["محافظة الحسكة", "ريف الحسكة", "بادية الحسكة"] },
];

export const GOVERNORATE_BY_CODE = new Map(GOVERNORATES.map((g) => [g.code, g]));
