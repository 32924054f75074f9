import { afterEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FILTERS, emptyFilters, filtersToQuery, hasFilters, lastDays, parseFilters, statusesOf, type Filters } from "@/lib/filters";
import { GOVERNORATES } from "@/lib/extract/lexicon/governorates";
import { EVENT_TYPES } from "@/lib/event-types";
import { rng } from "@/lib/synth/random";

const filters = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });
const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe("parseFilters", () => {
  it("reads nothing from an empty URL and says nothing", () => {
    expect(parse("")).toEqual({ filters: EMPTY_FILTERS, notices: [] });
    expect(parseFilters({})).toEqual({ filters: EMPTY_FILTERS, notices: [] });
  });

  it("reads a full URL: governorates, dates, types, actor, place and text", () => {
    const { filters: f, notices } = parse("gov=SY-ID,SY-HL&from=2019-04-26&to=2019-08-31&type=explosions&actor=12&place=3401&q=سراقب");
    expect(notices).toEqual([]);
    expect(f).toEqual(filters({ gov: ["SY-HL", "SY-ID"], from: "2019-04-26", to: "2019-08-31", type: ["explosions"], actor: 12, place: 3401, q: "سراقب" }));
  });

  it("takes repeated and comma-separated values alike, upper-cases, de-duplicates and sorts them", () => {
    const repeated = parse("gov=SY-ID&gov=SY-HL&gov=SY-DY&type=protests&type=battles").filters;
    const commas = parse("gov=SY-DY,SY-ID,SY-HL&type=battles,protests").filters;
    const mixed = parse("gov=sy-hl, SY-ID&gov=SY-DY,SY-ID&type=protests,battles&type=protests").filters;
    for (const f of [repeated, commas, mixed]) {
      expect(f.gov).toEqual(["SY-DY", "SY-HL", "SY-ID"]);
      expect(f.type).toEqual(["battles", "protests"]);
    }
  });

  it("reads the Record form Next gives server components, with arrays for repeated keys", () => {
    const { filters: f, notices } = parseFilters({
      gov: ["SY-ID", "sy-hl,SY-DI"],
      type: "civilians",
      from: "2016-07-01",
      to: undefined,
      actor: ["7", "9"],
      place: "55",
      q: ["  برميل متفجر  ", "ignored"],
    });
    expect(notices).toEqual([]);
    expect(f).toEqual(filters({ gov: ["SY-DI", "SY-HL", "SY-ID"], from: "2016-07-01", to: null, type: ["civilians"], actor: 7, place: 55, q: "برميل متفجر" }));
  });

  it("gives the same filters for the same URL as URLSearchParams and as a Record", () => {
    const query = "gov=SY-RD&gov=SY-DI&from=2013-08-21&to=2013-08-21&type=explosions&actor=4&q=الغوطة الشرقية";
    const sp = new URLSearchParams(query);
    const record: Record<string, string | string[]> = {};
    for (const key of new Set(sp.keys())) {
      const all = sp.getAll(key);
      record[key] = all.length > 1 ? all : all[0];
    }
    expect(parseFilters(record)).toEqual(parseFilters(sp));
  });

  it("ignores empty parameters, as an empty form field submits them, without a notice", () => {
    expect(parse("gov=&from=&to=&type=&actor=&place=&q=")).toEqual({ filters: EMPTY_FILTERS, notices: [] });
    expect(parse("gov=,,&type=, ,").notices).toEqual([]);
  });

  it("drops an unknown governorate code with an Arabic notice naming it, keeping the known ones", () => {
    const { filters: f, notices } = parse("gov=SY-ID,SY-XX,Idlib");
    expect(f.gov).toEqual(["SY-ID"]);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain("محافظة");
    expect(notices[0]).toContain("«SY-XX»");
    expect(notices[1]).toContain("«Idlib»");
  });

  it.each(["2019-13-45", "2019-02-30", "2019-02-29", "2019-04-31", "2019-00-10", "2019-1-5", "05-01-2019", "2019/01/05", "yesterday", "2019-01-05T10:00"])(
    "drops the invalid date %s with a notice",
    (bad) => {
      const { filters: f, notices } = parse(`from=${encodeURIComponent(bad)}&to=2020-01-01`);
      expect(f.from).toBeNull();
      expect(f.to).toBe("2020-01-01");
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain("تاريخاً غير صالح");
      expect(notices[0]).toContain("«from»");
      expect(notices[0]).toContain(`«${bad}»`);
    },
  );

  it("accepts real calendar days, leap days included, and trims them", () => {
    expect(parse("from=2020-02-29&to=2024-02-29").filters).toMatchObject({ from: "2020-02-29", to: "2024-02-29" });
    expect(parse("from=%202011-03-15%20").filters.from).toBe("2011-03-15");
  });

  it("drops an invalid 'to' with a notice naming 'to'", () => {
    const { filters: f, notices } = parse("from=2019-01-01&to=2019-02-30");
    expect(f).toMatchObject({ from: "2019-01-01", to: null });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("«to»");
  });

  it("swaps a start date after the end date, with a notice", () => {
    const { filters: f, notices } = parse("from=2020-03-05&to=2019-12-01");
    expect(f).toMatchObject({ from: "2019-12-01", to: "2020-03-05" });
    expect(notices).toEqual(["كان تاريخ البداية بعد تاريخ النهاية فبدّلناهما"]);
  });

  it("keeps a one-day period (from == to) and a half-open period as they are", () => {
    expect(parse("from=2017-04-04&to=2017-04-04")).toEqual({ filters: filters({ from: "2017-04-04", to: "2017-04-04" }), notices: [] });
    expect(parse("to=2017-04-04").filters).toMatchObject({ from: null, to: "2017-04-04" });
  });

  it("takes the first of several dates or ids", () => {
    expect(parse("from=2015-01-01&from=2016-01-01&actor=3&actor=4").filters).toMatchObject({ from: "2015-01-01", actor: 3 });
    expect(parse("from=2015-01-01,2016-01-01&place=8,9").filters).toMatchObject({ from: "2015-01-01", place: 8 });
  });

  it("drops unknown type slugs with a notice each; ACLED names and Arabic labels are not slugs", () => {
    const { filters: f, notices } = parse("type=battles,Battles,معارك,shelling");
    expect(f.type).toEqual(["battles"]);
    expect(notices).toHaveLength(3);
    for (const [i, slug] of ["Battles", "معارك", "shelling"].entries()) {
      expect(notices[i]).toContain("نوع حدث غير معروف");
      expect(notices[i]).toContain(`«${slug}»`);
    }
  });

  it.each(["abc", "12abc", "1.5", "-3", "0", "2147483648", "99999999999"])("drops the invalid actor and place id %s with a notice", (bad) => {
    const { filters: f, notices } = parse(`actor=${bad}&place=${bad}`);
    expect(f.actor).toBeNull();
    expect(f.place).toBeNull();
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain("معرّفاً غير صالح");
    expect(notices[0]).toContain("«actor»");
    expect(notices[1]).toContain("«place»");
    expect(notices[1]).toContain(`«${bad}»`);
  });

  it("accepts ids up to 2^31-1, the database integer range", () => {
    expect(parse("actor=1&place=2147483647").filters).toMatchObject({ actor: 1, place: 2147483647 });
  });

  it("trims the text search and keeps it whole up to 200 characters", () => {
    const exact = "ق".repeat(200);
    expect(parse(`q=${encodeURIComponent(`  ${exact}  `)}`)).toEqual({ filters: filters({ q: exact }), notices: [] });
    expect(parseFilters({ q: "  غارة جوية  " }).filters.q).toBe("غارة جوية");
  });

  it("truncates a longer text search to 200 characters with a notice", () => {
    const long = "قصف مدفعي على ريف إدلب الجنوبي ".repeat(10);
    const { filters: f, notices } = parse(`q=${encodeURIComponent(long)}`);
    expect(f.q).toBe(long.trim().slice(0, 200).trim());
    expect(f.q.length).toBeLessThanOrEqual(200);
    expect(notices).toEqual(["اقتصر البحث على أول 200 حرف"]);
  });

  it("does not split the text search on commas, which are text there", () => {
    expect(parse("q=حلب,إدلب").filters.q).toBe("حلب,إدلب");
  });

  it("collects one notice per problem, keeping every valid part", () => {
    const { filters: f, notices } = parse("gov=SY-ID,SY-ZZ&from=2019-13-45&to=2019-06-01&type=riots,fights&actor=x&place=17");
    expect(f).toEqual(filters({ gov: ["SY-ID"], to: "2019-06-01", type: ["riots"], place: 17 }));
    expect(notices).toHaveLength(4);
  });
});

describe("filtersToQuery", () => {
  it("is empty for no filters, so hasFilters is false", () => {
    expect(filtersToQuery(EMPTY_FILTERS)).toBe("");
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters(filters({ q: "قصف" }))).toBe(true);
    expect(hasFilters(filters({ actor: 3 }))).toBe(true);
  });

  it("writes comma-joined lists in a fixed key order", () => {
    const q = filtersToQuery(filters({ gov: ["SY-ID", "SY-HL"], from: "2019-04-26", to: "2019-08-31", type: ["explosions", "civilians"], actor: 12, place: 3401, q: "خان شيخون" }));
    expect(q).toBe(`gov=${encodeURIComponent("SY-HL,SY-ID")}&from=2019-04-26&to=2019-08-31&type=${encodeURIComponent("civilians,explosions")}&actor=12&place=3401&q=${new URLSearchParams({ q: "خان شيخون" }).toString().slice(2)}`);
  });

  it("gives the same string for the same filters in any order", () => {
    const a = filtersToQuery(filters({ gov: ["SY-ID", "SY-HL", "SY-DY"], type: ["protests", "battles"] }));
    const b = filtersToQuery(filters({ gov: ["SY-DY", "SY-ID", "SY-HL"], type: ["battles", "protests"] }));
    expect(a).toBe(b);
    expect(filtersToQuery(parse("type=protests&gov=SY-HL,SY-ID&q=x&from=2012-01-01").filters)).toBe(
      filtersToQuery(parse("from=2012-01-01&q=x&gov=SY-ID&gov=sy-hl&type=protests").filters),
    );
  });

  it("does not modify the filters it writes", () => {
    const f = filters({ gov: ["SY-ID", "SY-HL"], type: ["riots", "battles"] });
    filtersToQuery(f);
    expect(f.gov).toEqual(["SY-ID", "SY-HL"]);
    expect(f.type).toEqual(["riots", "battles"]);
  });

  it("round-trips: parsing the query gives the same filters back, with no notices", () => {
    const cases: Filters[] = [
      EMPTY_FILTERS,
      filters({ gov: ["SY-HL"], from: "2016-11-15", to: "2016-12-22", type: ["explosions"] }),
      filters({ q: "مجزرة الحولة & \"تلدو\" + 100% = ?#/" }),
      filters({ actor: 2147483647, place: 1 }),
      filters({ gov: GOVERNORATES.map((g) => g.code).sort(), type: EVENT_TYPES.map((t) => t.slug).sort() }),
    ];
    for (const f of cases) expect(parse(filtersToQuery(f))).toEqual({ filters: f, notices: [] });
  });

  it("round-trips random valid filters, and shuffling their lists does not change the string", () => {
    const r = rng(42);
    const codes = GOVERNORATES.map((g) => g.code);
    const slugs = EVENT_TYPES.map((t) => t.slug);
    const day = () => new Date(Date.UTC(2011, 2, 15) + r.int(0, 5400) * 86_400_000).toISOString().slice(0, 10);
    const subset = (list: string[]) => list.filter(() => r.next() < 0.3);
    const shuffle = (list: string[]) => [...list].sort(() => r.next() - 0.5);
    const words = ["قصف", "حلب", "غارة", "اشتباكات", "Raqqa", "١٢", "a,b"];
    for (let i = 0; i < 200; i++) {
      const [d1, d2] = [r.next() < 0.6 ? day() : null, r.next() < 0.6 ? day() : null];
      const [from, to] = d1 && d2 && d1 > d2 ? [d2, d1] : [d1, d2];
      const f = filters({
        gov: subset(codes).sort(), type: subset(slugs).sort(), from, to,
        actor: r.next() < 0.3 ? r.int(1, 5000) : null, place: r.next() < 0.3 ? r.int(1, 90000) : null,
        q: r.next() < 0.4 ? Array.from({ length: r.int(1, 4) }, () => r.pick(words)).join(" ") : "",
      });
      const query = filtersToQuery(f);
      expect(parse(query)).toEqual({ filters: f, notices: [] });
      expect(filtersToQuery({ ...f, gov: shuffle(f.gov), type: shuffle(f.type) })).toBe(query);
    }
  });
});

describe("lastDays", () => {
  afterEach(() => vi.useRealTimers());

  it("counts today as one of the days", () => {
    expect(lastDays(1, new Date("2024-06-15T09:00:00Z"))).toEqual({ from: "2024-06-15", to: "2024-06-15" });
    expect(lastDays(7, new Date("2024-06-15T09:00:00Z"))).toEqual({ from: "2024-06-09", to: "2024-06-15" });
  });

  it("crosses month, leap-day and year boundaries", () => {
    expect(lastDays(7, new Date("2024-03-01T23:59:59Z"))).toEqual({ from: "2024-02-24", to: "2024-03-01" });
    expect(lastDays(30, new Date("2025-01-15T00:00:00Z"))).toEqual({ from: "2024-12-17", to: "2025-01-15" });
    expect(lastDays(365, new Date("2024-12-31T12:00:00Z"))).toEqual({ from: "2024-01-02", to: "2024-12-31" });
  });

  it("gives a period parseFilters accepts as is", () => {
    const { from, to } = lastDays(90, new Date("2023-02-06T01:17:00Z"));
    expect(parse(`from=${from}&to=${to}`)).toEqual({ filters: filters({ from, to }), notices: [] });
  });

  it("defaults to the current day", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-12-08T10:00:00Z"));
    expect(lastDays(30)).toEqual({ from: "2025-11-09", to: "2025-12-08" });
  });
});

describe("the review status filter", () => {
  it("reads ?status= in a canonical order, drops an unknown status with a notice, and round-trips", () => {
    const { filters, notices } = parseFilters(new URLSearchParams("status=rejected,confirmed,maybe"));
    expect(filters.status).toEqual(["confirmed", "rejected"]);
    expect(notices).toEqual(["تجاهلنا حالة مراجعة غير معروفة: «maybe»"]);
    expect(filtersToQuery(filters)).toBe("status=confirmed%2Crejected");
    expect(statusesOf(parseFilters(new URLSearchParams("")).filters)).toEqual(["unreviewed", "confirmed", "corrected"]);
  });
});
