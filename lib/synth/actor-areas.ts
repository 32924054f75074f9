// Where and when each actor was really active, for `npm run synth -- --actors realistic`: with it,
// an event names only actors whose row covers its governorate and year, so the synthetic dashboard
// shows HTS in Idlib and the SDF in the north-east rather than a Sweida faction shelling Idlib.
// Coarse by design (whole governorates, whole years): enough to look like the war, not a history.
// Keys are the knowledge base's actor ids (seeds/knowledge/actors.json); a test checks they exist.

export interface ActorArea {
  actor: string;
  govs: readonly string[];
  from: number;
  to: number;
  reason: string;
}

const ALL = ["SY-DI", "SY-RD", "SY-QU", "SY-DR", "SY-SU", "SY-HI", "SY-HM", "SY-ID", "SY-HL", "SY-LA", "SY-TA", "SY-RA", "SY-DY", "SY-HA"] as const;
const NORTH_WEST = ["SY-ID", "SY-HL", "SY-HM", "SY-LA"];
const NORTH_EAST = ["SY-HA", "SY-RA", "SY-DY", "SY-HL"];
const SOUTH = ["SY-DR", "SY-QU"];

export const ACTOR_AREAS: readonly ActorArea[] = [
  // Government side
  { actor: "syrian-government", govs: ALL, from: 2012, to: 2024, reason: "The army fought or held ground in every governorate until December 2024." },
  { actor: "fourth-division", govs: ["SY-DI", "SY-RD", "SY-DR", "SY-HM", "SY-LA", "SY-HL"], from: 2012, to: 2024, reason: "Maher al-Assad's division: Damascus and its countryside, later Daraa, the Ghab and Latakia fronts." },
  { actor: "tiger-forces", govs: ["SY-HM", "SY-HL", "SY-ID", "SY-HI", "SY-DY"], from: 2013, to: 2024, reason: "Suheil al-Hassan's shock troops: Hama, Aleppo, Idlib offensives and the Deir ez-Zor push of 2017." },
  { actor: "national-defence-forces", govs: ["SY-HI", "SY-HM", "SY-DI", "SY-RD", "SY-HL", "SY-HA", "SY-DY"], from: 2013, to: 2024, reason: "Loyalist militias raised in 2012–13, strongest in Homs, Hama and the Hasakah/Qamishli enclaves." },
  { actor: "air-force-intelligence", govs: ["SY-DI", "SY-RD", "SY-DR", "SY-HM"], from: 2012, to: 2024, reason: "Detentions and raids in Damascus, its countryside, Daraa and Hama." },
  { actor: "russia", govs: ["SY-ID", "SY-HL", "SY-HM", "SY-HI", "SY-LA", "SY-DR", "SY-RD", "SY-DY", "SY-RA"], from: 2015, to: 2024, reason: "Air campaign from September 2015, over the opposition's and ISIS's fronts." },
  { actor: "iran", govs: ["SY-HL", "SY-DI", "SY-RD", "SY-DY", "SY-HI"], from: 2013, to: 2024, reason: "Advisers and militias around Aleppo, Damascus and the Euphrates valley (Albukamal)." },
  { actor: "hezbollah", govs: ["SY-HI", "SY-RD", "SY-DI", "SY-HL", "SY-QU"], from: 2013, to: 2024, reason: "Al-Qusayr 2013, Qalamoun, Damascus and Aleppo fronts, the Golan edge." },
  // Opposition, north-west
  { actor: "hts", govs: ["SY-ID", "SY-HL", "SY-HM", "SY-LA"], from: 2017, to: 2024, reason: "Formed January 2017; ruled Idlib and west Aleppo countryside until the December 2024 offensive." },
  { actor: "jabhat-al-nusra", govs: ["SY-ID", "SY-HL", "SY-HM", "SY-DR", "SY-RD", "SY-DY"], from: 2012, to: 2016, reason: "Al-Qaeda's branch before it became HTS; present in the north-west, Daraa, East Ghouta and (to 2014) Deir ez-Zor." },
  { actor: "ahrar-al-sham", govs: ["SY-ID", "SY-HL", "SY-HM", "SY-RD"], from: 2012, to: 2022, reason: "A leading Islamist faction of Idlib, Aleppo and Hama, later folded into the National Front." },
  { actor: "national-front-for-liberation", govs: ["SY-ID", "SY-HM", "SY-HL"], from: 2018, to: 2024, reason: "Turkey-backed coalition formed in Idlib in 2018." },
  { actor: "turkistan-islamic-party", govs: ["SY-ID", "SY-LA", "SY-HM"], from: 2013, to: 2024, reason: "Uyghur fighters around Jisr al-Shughur, the Latakia mountains and the Ghab." },
  { actor: "free-syrian-army", govs: ALL.filter((g) => g !== "SY-TA" && g !== "SY-HA" && g !== "SY-SU"), from: 2012, to: 2017, reason: "Early armed opposition across most of the country; faded into named factions by 2017." },
  // Opposition, north (Turkey-backed) and Turkey itself
  { actor: "syrian-national-army", govs: ["SY-HL", "SY-RA", "SY-HA"], from: 2017, to: 2024, reason: "Turkey-backed, northern Aleppo (Afrin, Azaz, al-Bab) and the Ras al-Ain / Tal Abyad strip from 2019." },
  { actor: "sultan-murad-division", govs: ["SY-HL"], from: 2013, to: 2024, reason: "Turkmen faction of northern Aleppo." },
  { actor: "hamza-division", govs: ["SY-HL"], from: 2016, to: 2024, reason: "SNA faction of Afrin and al-Bab." },
  { actor: "turkey", govs: ["SY-HL", "SY-ID", "SY-RA", "SY-HA"], from: 2016, to: 2025, reason: "Euphrates Shield (2016), Olive Branch (2018), Peace Spring (2019), Idlib posts (2020)." },
  // South
  { actor: "southern-front", govs: SOUTH, from: 2014, to: 2018, reason: "FSA coalition of Daraa and Quneitra until the 2018 settlement." },
  { actor: "eighth-brigade", govs: ["SY-DR"], from: 2018, to: 2025, reason: "Former rebels of eastern Daraa (Busra al-Sham) reconciled under Russia's Fifth Corps." },
  { actor: "men-of-dignity", govs: ["SY-SU"], from: 2014, to: 2025, reason: "Druze militia of Sweida; never fought outside the governorate." },
  { actor: "sweida-military-council", govs: ["SY-SU"], from: 2024, to: 2025, reason: "Sweida faction formed in 2024–25; local only." },
  { actor: "israel", govs: ["SY-QU", "SY-DR", "SY-DI", "SY-RD", "SY-HI", "SY-HM", "SY-SU"], from: 2013, to: 2025, reason: "Air strikes on Iranian and Hezbollah sites; ground incursions in Quneitra and Daraa from December 2024." },
  // North-east
  { actor: "sdf", govs: NORTH_EAST, from: 2015, to: 2025, reason: "Formed October 2015: Hasakah, Raqqa after 2017, Deir ez-Zor east of the Euphrates, Manbij and Kobani." },
  { actor: "ypg", govs: ["SY-HA", "SY-HL", "SY-RA"], from: 2012, to: 2015, reason: "The Kurdish militia before the SDF: Hasakah, Kobani and Afrin." },
  { actor: "united-states", govs: ["SY-HA", "SY-RA", "SY-DY", "SY-HI"], from: 2014, to: 2025, reason: "Coalition strikes from 2014; bases in the north-east and at al-Tanf (Homs desert)." },
  { actor: "isis", govs: ["SY-RA", "SY-DY", "SY-HA", "SY-HL", "SY-HI", "SY-HM"], from: 2013, to: 2025, reason: "Raqqa and the Euphrates valley, Palmyra and the desert; cells after 2019." },
  { actor: "tribal-forces", govs: ["SY-DY", "SY-RA"], from: 2017, to: 2025, reason: "Arab tribes of the Euphrates valley." },
  // After December 2024
  { actor: "new-syrian-army", govs: ALL, from: 2025, to: 2025, reason: "The transitional government's army, everywhere it deploys from 2025." },
  { actor: "general-security", govs: ALL, from: 2025, to: 2025, reason: "The transitional government's police force, from 2025." },
  { actor: "military-operations-command", govs: ["SY-ID", "SY-HL", "SY-HM", "SY-HI", "SY-DI", "SY-RD"], from: 2024, to: 2024, reason: "The Deterrence of Aggression offensive, Idlib to Damascus, late 2024." },
  { actor: "assad-loyalist-insurgents", govs: ["SY-LA", "SY-TA", "SY-HI", "SY-HM"], from: 2025, to: 2025, reason: "Insurgency on the coast and in Homs/Hama countryside from early 2025." },
  // Civil society and reporting
  { actor: "syrian-civil-defence", govs: [...NORTH_WEST, "SY-RD", "SY-DR", "SY-HI"], from: 2014, to: 2025, reason: "The White Helmets worked in opposition-held areas; nationwide only after 2024 (kept to those areas here)." },
  { actor: "sarc", govs: ALL, from: 2012, to: 2025, reason: "The Syrian Arab Red Crescent works countrywide." },
  { actor: "kurdish-red-crescent", govs: ["SY-HA", "SY-RA", "SY-HL"], from: 2013, to: 2025, reason: "Works in the Kurdish-run north-east and Afrin/Shahba." },
];

/** The actor keys (`kb:` ids) allowed for a governorate in a year. */
export function activeActors(areas: readonly ActorArea[], gov: string, year: number): string[] {
  return areas.filter((a) => a.from <= year && year <= a.to && a.govs.includes(gov)).map((a) => `kb:${a.actor}`);
}
