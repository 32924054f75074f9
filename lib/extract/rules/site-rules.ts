// Rules that decide a place named near an event is not where it happened. The governor is the word
// that governs the name, past cue words, directions and ريف ("إلى محافظة إدلب" → إلى). Data: the
// words, a sentence the rule fires on, and why; rules/apply-site-rules.ts runs them.
import { BORDER_WORDS, DISPLACEMENT, MOVEMENT } from "../lexicon/scope";

export interface SiteRule {
  id: string;
  /** the governing word */
  governor: readonly string[];
  /** and one of these words within `within` tokens before the governor (its clause; a clause-initial
   * governor looks back 8 tokens into the sentence) */
  near?: { words: readonly string[]; within: number };
  example: string;
  reason: string;
}

/** Where forces are stationed or fire from: "المعسكر الروسي المتمركز جنوبي مدينة حلفايا". */
export const STATIONED = ["مصدره", "مصدرها", "مصدرهما", "المنتشرة", "المتمركزة", "المتمركزين", "المتمركز", "المنتشرين", "المنتشر", "المتحصنة", "المتحصنين",
  "المتواجدة", "المتواجدين", "المتواجد", "المرابطة", "المتمركزون"];

/** Verbs of speaking, denying, deciding or sending whose subject, right after them, is a government named by its capital ("نفت دمشق"). */
const GOVERNMENT_VERBS = ["أعلنت", "اتهمت", "نفت", "أكدت", "رفضت", "طالبت", "ردت", "قالت", "حذرت", "هددت", "وافقت", "اعتبرت", "أرسلت", "دفعت",
  "تتهم", "تنفي", "تؤكد", "ترفض", "تطالب", "تعتبر", "تهدد", "تحذر", "اتهمت", "أدانت", "تدين", "نددت", "استنكرت"];

export const SITE_RULES: readonly SiteRule[] = [
  { id: "through", governor: ["عبر"], example: "ودخلت شاحنات المساعدات عبر معبر باب الهوى.", reason: "a way through is not where something happened" },
  { id: "movement-destination", governor: ["إلى", "نحو", "باتجاه", "اتجاه"], near: { words: MOVEMENT, within: 12 },
    example: "وتوجهت الحافلات إلى مدينة جرابلس بعد الاشتباكات في مدينة الباب.", reason: "where people or vehicles go is not the event place" },
  { id: "displaced-from", governor: ["من"], near: { words: DISPLACEMENT, within: 12 },
    example: "ونزحت عشرات العائلات من بلدة كفرنبل بعد القصف على مدينة معرة النعمان.", reason: "where people fled from is told as displacement, not as the event place" },
  { id: "border-with", governor: ["مع"], near: { words: BORDER_WORDS, within: 2 },
    example: "واندلعت اشتباكات قرب الحدود الإدارية مع محافظة الرقة.", reason: "a border named by its neighbour locates, it is not a site" },
  { id: "returning-from", governor: ["من"], near: { words: ["عودته", "عودتها", "عودتهم", "عودتهما", "عودة", "قادما", "قادماً", "قادمة", "قادمين", "مغادرته", "مغادرتها", "طريقه", "طريقها", "إيابه"], within: 3 },
    example: "وخطفت عصابة مسلحة تاجراً أثناء عودته من دمشق قرب بلدة المتونة.", reason: "where a victim was coming from is not where it happened" },
  { id: "stationed-at", governor: STATIONED,
    example: "واستهدف المعسكر الروسي المتمركز جنوبي مدينة حلفايا مدينة اللطامنة بالصواريخ.", reason: "where the shooters are stationed is not where the fire fell" },
  { id: "capital-as-government", governor: GOVERNMENT_VERBS,
    example: "واتهمت دمشق الفصائل المسلحة بقصف حي الميدان بالقذائف.", reason: "a capital that says, denies or sends is its government speaking, not a place where something happened" },
  { id: "capital-sent", governor: ["بها", "به", "بهم"], near: { words: ["دفعت", "دفع", "زجت", "زج", "أرسلت", "أرسل"], within: 1 },
    example: "بعد تعزيزات عسكرية دفعت بها دمشق نحو ريف إدلب.", reason: "who sent the reinforcements is the government, not a site" },
  { id: "accused-of", governor: ["في"], near: { words: ["متهم", "المتهم", "متهمين", "المتهمين", "متهما", "متهماً", "متهمة", "المتهمة", "بتهمة", "المسؤول", "مسؤول", "بالمسؤولية",
    "متورط", "متورطين", "المتورطين", "متورطون", "المتورطون", "بالتورط", "بتورط", "بتورطه", "بتورطهم"], within: 5 },
    example: "خلال مهمة لملاحقة ضابط متهم بانتهاكات في سجن صيدنايا.", reason: "where someone is accused of crimes is not where today's event happened" },
  { id: "loyal-to", governor: ["موالية", "الموالية", "موال", "الموالي", "موالين", "الموالين", "مقربة", "المقربة", "مقرب", "المقرب", "التابعة", "تابعة"],
    example: "فيما قالت وسائل إعلام موالية لدمشق إن الدفاعات الجوية تصدت لهجوم.", reason: "a place that media or forces are loyal to is the government it stands for" },
  { id: "close-to", governor: ["من"], near: { words: ["مقربة", "المقربة", "مقرب", "المقرب", "المقربين", "القريبة", "القريب"], within: 1 },
    example: "وذكرت صحيفة الوطن المقربة من دمشق أن الجيش قصف مواقع للفصائل.", reason: "a place a newspaper is close to is the government it stands for" },
  { id: "lies-on", governor: ["على", "بين", "في", "قرب", "عند", "من", "الى", "إلى"], near: { words: ["تقع", "يقع", "تتوسط", "يتوسط", "الواقعة", "الواقع"], within: 6 },
    example: "وتخوض القوات معارك في مدينة منبج التي تقع على طريق الإمداد بين الرقة والحدود التركية.", reason: "the places that say where a place lies are its description, not event places" },
  { id: "except", governor: ["باستثناء", "عدا", "سوى", "باستثناءِ"],
    example: "وسيطرت الفصائل على كامل محافظة إدلب باستثناء بلدة الفوعة.", reason: "a place excepted from a statement is not part of it" },
];
