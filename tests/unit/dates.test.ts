import { describe, expect, it } from "vitest";
import { run } from "../helpers/knowledge";
import { eventDateIn } from "@/lib/extract/dates";
import { fold } from "@/lib/extract/normalize";

describe("publication date", () => {
  it("reads a labelled numeric date", () => {
    expect(run("عنوان\nتاريخ النشر: 2019/05/04 10:20\n" + "نص طويل ".repeat(30)).publishedAt).toBe("2019-05-04");
  });
  it("reads a header date line with weekday and month name", () => {
    expect(run("18.4 C\nالجمعة, نوفمبر 22, 2024\n\nعنوان\n\n" + "نص طويل ".repeat(30)).publishedAt).toBe("2024-11-22");
  });
  it("reads Arabic-Indic digits and Levantine months", () => {
    expect(run("عنوان\n١٢ أيار ٢٠١٩\n" + "نص طويل ".repeat(30)).publishedAt).toBe("2019-05-12");
  });
  it("does not take a date the article only refers to", () => {
    const text = "عنوان\n\n" + "كلام ".repeat(30) + "بالتوافق مع مذكرة سوتشي المؤرخة في 17 سبتمبر 2018.";
    expect(run(text).publishedAt).toBeNull();
  });
  it("reads the header date below a breaking-news ticker that opens the page", () => {
    const ticker = "عاجل | مقتل مدنيين اثنين بقصف مدفعي على أطراف مدينة الأتارب غربي حلب - 09:12 | عاجل | إصابة ثلاثة مدنيين بقذائف صاروخية على أطراف أريحا - 10:40";
    const body = "\n" + "دخلت أرتال عسكرية إلى المدينة فجر اليوم بعد يومين من المواجهات العنيفة بين الفصائل في ريف حلب الشمالي، وسط نزوح العائلات. ".repeat(2);
    expect(run(`${ticker}\n\nعنوان الخبر\n\nمراسلنا – إسطنبول\nالخميس 13 تشرين الأول 2022\n${body}`).publishedAt).toBe("2022-10-13");
    expect(run(`${ticker}\n\nعنوان الخبر\n\n2020-06-25 16:40\nإدلب – خاص\n${body}`).publishedAt).toBe("2020-06-25");
  });
  it("reads header dates with both calendars' month names, or with dashes", () => {
    const body = "\n" + "قال مسؤولون محليون إن سيارة ملغومة انفجرت في سوق مزدحم بالمدينة صباح اليوم وأوقعت عدداً من القتلى والجرحى بين المدنيين. ".repeat(2);
    expect(run(`عنوان الخبر\n\nالخميس ٢٣ نوفمبر تشرين الثاني ٢٠١٧\n${body}`).publishedAt).toBe("2017-11-23");
    expect(run(`عنوان الخبر\n\nالسبت 23 أبريل نيسان 2011\n${body}`).publishedAt).toBe("2011-04-23");
    expect(run(`عنوان الخبر\n\nلندن – «الصحيفة»:\n27 - مايو - 2019\n${body}`).publishedAt).toBe("2019-05-27");
  });
  it("abstains when the text gives no date", () => {
    expect(run("عنوان\n\nبحث رئيس الائتلاف اليوم الخميس التصعيد في إدلب.").publishedAt).toBeNull();
  });
});

describe("event dates relative to publication", () => {
  it("resolves أمس, a weekday and اليوم", () => {
    expect(eventDateIn(fold("قصف الطيران أمس البلدة"), "2019-05-04")).toEqual({ iso: "2019-05-03", precision: 1 });
    // Punctuation written against the word ("، أمس،", "صباح اليوم،") still ends it.
    expect(eventDateIn(fold("وقتل مدنيان، أمس، بقصف مدفعي"), "2019-05-04")).toEqual({ iso: "2019-05-03", precision: 1 });
    expect(eventDateIn(fold("شنت الطائرات، صباح اليوم، غارات"), "2019-05-04")).toEqual({ iso: "2019-05-04", precision: 1 });
    expect(eventDateIn(fold("يوم الخميس الماضي"), "2019-05-04")).toEqual({ iso: "2019-05-02", precision: 1 });
    expect(eventDateIn(fold("اشتباكات اليوم"), "2019-05-04")).toEqual({ iso: "2019-05-04", precision: 1 });
    expect(eventDateIn(fold("منذ أيام"), "2019-05-04")?.precision).toBe(2);
  });
  it("resolves a day of this month or the last («في 28 من الشهر الماضي»)", () => {
    expect(eventDateIn(fold("وفي 28 من الشهر الماضي، قتل شاب"), "2024-06-01")).toEqual({ iso: "2024-05-28", precision: 1 });
    expect(eventDateIn(fold("يوم 3 الشهر الجاري"), "2024-06-10")).toEqual({ iso: "2024-06-03", precision: 1 });
    expect(eventDateIn(fold("في ١٥ من الشهر الماضي"), "2024-01-05")).toEqual({ iso: "2023-12-15", precision: 1 });
    // A day the month does not have is no date.
    expect(eventDateIn(fold("في 31 من الشهر الماضي"), "2024-05-02")).toEqual({ iso: "2024-04-02", precision: 3 });
  });
  it("gives nothing without a publication date", () => {
    expect(eventDateIn(fold("قصف أمس"), null)).toBeNull();
  });
});

describe("a header date with a weekday and no year", () => {
  const text = (header: string, body: string) => `عنوان\n${header}\n\n${body} ${"نص طويل ".repeat(20)}`;
  it("takes the year of a dated event shortly before it, where the weekday fits", () => {
    // 12 October 2019 was a Saturday.
    expect(run(text("السبت 12 تشرين الأول", "أطلقت تركيا عمليتها العسكرية في 9 تشرين الأول 2019 شرق الفرات.")).publishedAt).toBe("2019-10-12");
  });
  it("takes a year the article calls current", () => {
    expect(run(text("السبت 12 تشرين الأول", "وبلغ عدد النازحين منذ مطلع العام الجاري 2019 أكثر من مليون.")).publishedAt).toBe("2019-10-12");
  });
  it("abstains when no year the article allows fits the weekday, or none is given", () => {
    expect(run(text("الأحد 12 تشرين الأول", "أطلقت تركيا عمليتها العسكرية في 9 تشرين الأول 2019 شرق الفرات.")).publishedAt).toBeNull();
    expect(run(text("الجمعة 13 نيسان", "خرجت مظاهرات في مدن عدة بعد بدء سريان وقف إطلاق النار.")).publishedAt).toBeNull();
  });
  it("does not take the year of a date long before it (a reference, not the news)", () => {
    // 12 October 2013 was a Saturday too, but the agreement of March 2013 is not recent news.
    expect(run(text("السبت 12 تشرين الأول", "بموجب الاتفاق الموقع في 2 آذار 2013 بين الطرفين.")).publishedAt).toBeNull();
  });
});
