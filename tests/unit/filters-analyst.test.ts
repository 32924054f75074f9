// The analyst filters of issue 10 §7 in the URL: sub-type, minimum dead, geo and time precision,
// actor role and «without synthetic data». Each parses, says what it dropped, and writes back the
// one canonical string.
import { describe, expect, it } from "vitest";
import { emptyFilters, filtersToQuery, parseFilters, type Filters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";

const filters = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });
const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe("sub-type (sub)", () => {
  it("keeps known ACLED sub-types, sorted and de-duplicated, and drops unknown ones with a notice", () => {
    const { filters: f, notices } = parse("sub=Peaceful protest,Armed clash&sub=Air/drone strike,Armed clash,Dogfight");
    expect(f.sub).toEqual(["Air/drone strike", "Armed clash", "Peaceful protest"]);
    expect(notices).toEqual(["تجاهلنا نوعاً فرعياً غير معروف: «Dogfight»"]);
  });
  it("does not take an Arabic label or an Object prototype key for a sub-type", () => {
    expect(parse("sub=اشتباك مسلح").filters.sub).toEqual([]);
    expect(parse("sub=constructor&sub=toString").filters.sub).toEqual([]);
  });
  it("writes the canonical query and reads it back", () => {
    const f = filters({ sub: ["Armed clash", "Air/drone strike"] });
    expect(filtersToQuery(f)).toBe("sub=Air%2Fdrone+strike%2CArmed+clash");
    expect(parse(filtersToQuery(f)).filters.sub).toEqual(["Air/drone strike", "Armed clash"]);
  });
});

describe("minimum fatalities (minfat)", () => {
  it("reads a whole number and drops 0 silently (a floor of 0 is no filter)", () => {
    expect(parse("minfat=5")).toEqual({ filters: filters({ minFatal: 5 }), notices: [] });
    expect(parse("minfat=0")).toEqual({ filters: filters({}), notices: [] });
  });
  for (const bad of ["-1", "2.5", "ten", "100001", "1e3x"]) {
    it(`drops «${bad}» with a notice`, () => {
      const { filters: f, notices } = parse(`minfat=${bad}`);
      expect(f.minFatal).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(`«${bad}»`);
    });
  }
  it("is in the canonical query", () => expect(filtersToQuery(filters({ minFatal: 10 }))).toBe("minfat=10"));
});

describe("geo and time precision (geo, time)", () => {
  it("keeps codes 1-3, sorted, and drops others with a notice naming the field", () => {
    const { filters: f, notices } = parse("geo=3,1,3&time=2&time=4&geo=x");
    expect(f.geo).toEqual([1, 3]);
    expect(f.time).toEqual([2]);
    expect(notices).toEqual(["تجاهلنا قيمة غير معروفة في «دقة الموقع»: «x» (1 أو 2 أو 3)", "تجاهلنا قيمة غير معروفة في «دقة التاريخ»: «4» (1 أو 2 أو 3)"]);
  });
  it("does not take 1.0 or 01 for 1", () => expect(parse("geo=1.0,01").filters.geo).toEqual([]));
  it("round-trips", () => {
    const f = filters({ geo: [1, 2], time: [3] });
    expect(filtersToQuery(f)).toBe("geo=1%2C2&time=3");
    expect(parse(filtersToQuery(f))).toEqual({ filters: f, notices: [] });
  });
});

describe("actor role (role)", () => {
  it("keeps actor1 or actor2 with an actor", () => {
    expect(parse("actor=7&role=actor1").filters).toEqual(filters({ actor: 7, role: "actor1" }));
    expect(parse("role=actor2&actor=7").filters).toEqual(filters({ actor: 7, role: "actor2" }));
  });
  it("drops a role without an actor, and an unknown role, each with a notice", () => {
    expect(parse("role=actor1")).toEqual({ filters: filters({}), notices: ["تجاهلنا دور الفاعل لأن الفاعل غير محدد"] });
    expect(parse("actor=7&role=associated").notices).toEqual(["تجاهلنا دوراً غير معروف للفاعل: «associated» (actor1 أو actor2)"]);
  });
  it("writes the role only beside an actor", () => {
    expect(filtersToQuery(filters({ actor: 7, role: "actor2" }))).toBe("actor=7&role=actor2");
    expect(filtersToQuery(filters({ actor: null, role: "actor2" }))).toBe("");
  });
});

describe("without synthetic data (nosynth)", () => {
  it("reads 1 and 0, and drops anything else with a notice", () => {
    expect(parse("nosynth=1").filters.noSynth).toBe(true);
    expect(parse("nosynth=0")).toEqual({ filters: filters({}), notices: [] });
    expect(parse("nosynth=yes").notices).toEqual(["تجاهلنا قيمة غير صالحة في «nosynth»: «yes» (1 أو 0)"]);
  });
  it("is in the canonical query as nosynth=1", () => expect(filtersToQuery(filters({ noSynth: true }))).toBe("nosynth=1"));
});

describe("all the new filters together", () => {
  it("round-trip through one canonical string in a fixed order", () => {
    const f = filters({ gov: ["SY-ID"], actor: 3, role: "actor1", sub: ["Shelling/artillery/missile attack"], minFatal: 2, geo: [1], time: [1, 2], noSynth: true });
    const q = filtersToQuery(f);
    expect(q).toBe("gov=SY-ID&actor=3&sub=Shelling%2Fartillery%2Fmissile+attack&minfat=2&geo=1&time=1%2C2&role=actor1&nosynth=1");
    expect(parse(q)).toEqual({ filters: f, notices: [] });
  });
  it("are described in Arabic", () => {
    const text = describeFilters(filters({ actor: 3, role: "actor1", sub: ["Armed clash"], minFatal: 2, geo: [3], time: [1], noSynth: true }), { actor: "الجيش" });
    expect(text).toBe("النوع الفرعي: اشتباك مسلح · الفاعل: الجيش (فاعلاً أول) · القتلى: \u20662\u2069 على الأقل · دقة الموقع: على مستوى المحافظة فقط · دقة التاريخ: اليوم معروف · دون البيانات الاصطناعية");
  });
});
