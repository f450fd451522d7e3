// "X، الذي يعرفه الجيران باسم أبو سامي": the kunya after "باسم" and a word of
// being known as is X's own name, "باسم" is no given name (Basem), and the
// child's name alone later is the child, someone else. A man really named
// "باسم أبو …" is still found. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions } from './support/speaking';

const persons = (text: string) => personMentions(text);

describe('a kunya someone is known by', () => {
  it.each([
    ['ويقف الصياد منير عادل الحوت، الذي يعرفه أهل الميناء باسم أبو رامي، قرب قاربه المثقوب.', 'منير عادل الحوت', 'أبو رامي'],
    ['وتطبخ الأرملة سعاد محمود النمر، التي يناديها الجيران باسم أم وائل، على نار الحطب.', 'سعاد محمود النمر', 'أم وائل'],
    ['وكان المعلم جميل رشيد الحسن، المعروف باسم أبو فادي، أول من عاد إلى القرية.', 'جميل رشيد الحسن', 'أبو فادي'],
    ['ويروي السائق نبيل فؤاد الشوا، الذي يلقبه زملاؤه باسم أبو عمر، كيف نجا من القصف.', 'نبيل فؤاد الشوا', 'أبو عمر'],
  ])('%s', (text, name, kunya) => {
    const found = persons(text);
    expect(found.some((surfaces) => surfaces.some((s) => s.startsWith('باسم')))).toBe(false);
    expect(found).toContainEqual([name, kunya]);
  });

  it('the child named alone later is someone else', () => {
    const text = 'ويجلس المزارع عماد سليم الخطيب، الذي يعرفه الجيران باسم أبو يزن، أمام أرضه.\n\nأما ابنه يزن فاعتقل قبل شهرين. وقال يزن للصحفيين إن الجنود ضربوه.';
    const found = persons(text);
    const father = found.find((s) => s.includes('عماد سليم الخطيب'));
    expect(father).not.toContain('يزن');
    expect(found.some((s) => s.includes('يزن'))).toBe(true);
  });

  it('a man named Basem with a kunya-like family name is still found', () => {
    expect(persons('وقال باسم أبو حمدة، وهو جار العائلة، إن الجنود جاؤوا ليلا.')).toContainEqual(['باسم أبو حمدة']);
  });
});

describe('a compound given name we do not list ("عبد" and a word with the article)', () => {
  it.each([
    ['"لن نغادر البيت"، قال عبد الرقيب سامر الشرعبي، 52 عاماً، وهو معلم.', 'عبد الرقيب سامر الشرعبي'],
    ['ويدفع عبد المعطي سمير الخطيب عربته عبر الطريق الترابي.', 'عبد المعطي سمير الخطيب'],
    ['"البحر صار فخا"، قال عبد المعين وليد الشرجبي، 60 عاماً، وهو صياد.', 'عبد المعين وليد الشرجبي'],
  ])('%s', (text, name) => {
    expect(persons(text).flat()).toContain(name);
  });
});

describe('a kunya after a noun for a person ("زوجته أم خالد")', () => {
  it.each([
    ['وتصيح جارته أم نور من باب الخيمة: "قل لهم عن الماء!"', 'أم نور'],
    ['وتجلس ابنتها أم سلام قرب الموقد، تخبز على الصاج.', 'أم سلام'],
  ])('%s', (text, kunya) => {
    expect(persons(text).flat()).toContain(kunya);
  });
});

describe('a kunya the text ties to a full name', () => {
  it.each([
    // "K، كما يناديه …": the kunya of the person named before.
    ['وقال الصياد منير عادل الحوت إن البحر مغلق منذ أسبوع. "لا نخرج إلا نادرا"، أضاف أبو رامي، كما يناديه رفاقه في الميناء.', 'منير عادل الحوت', 'أبو رامي'],
    ['وتقول الخياطة سعاد محمود النمر إن الكهرباء لا تأتي إلا ساعتين.\n\nوتضيف أم وائل، كما يعرفها أهل الحي، أن الزبائن قلوا.', 'سعاد محمود النمر', 'أم وائل'],
    ['وروى السائق نبيل فؤاد الشوا ما جرى عند الحاجز، ثم قال أبو عمر، كما يلقبه زملاؤه، إن الطريق أغلق.', 'نبيل فؤاد الشوا', 'أبو عمر'],
    // "K، وهو … اسمه X", "K … هذه الأرملة، واسمها X": the name given after the kunya is the kunya's.
    ['يجلس أبو فادي، وهو بائع خضار اسمه جميل رشيد الحسن (50 عاما)، أمام بسطته الفارغة.', 'جميل رشيد الحسن', 'أبو فادي'],
    ['تطبخ أم سامي على نار الحطب منذ الفجر. ووصلت هذه المعلمة المتقاعدة، واسمها هدى كامل الشريف، إلى المخيم قبل شهر.', 'هدى كامل الشريف', 'أم سامي'],
    ['ويرتب أبو يزن، وهو مزارع من القرية اسمه عماد سليم الخطيب، صناديق الزيتون القليلة. ويقول عماد سليم الخطيب إن الموسم ضعيف.', 'عماد سليم الخطيب', 'أبو يزن'],
    // "K، واسمه (الكامل) X": the full name right after the kunya and a comma.
    ['تخبز أم رائد، واسمها سلوى حامد الزين، الخبز على الصاج قبل شروق الشمس.', 'سلوى حامد الزين', 'أم رائد'],
    ['وقال أبو حسام، واسمه الكامل كمال يوسف البيطار (58 عاما)، إن المياه لم تصل منذ أسبوعين.', 'كمال يوسف البيطار', 'أبو حسام'],
    ['ويؤكد أبو مراد، واسمه الحقيقي ناصر عادل القباني، أن المخبز أغلق أبوابه.', 'ناصر عادل القباني', 'أبو مراد'],
    // "K، X Y (age)،": a full name in apposition right after the kunya.
    ['ويقف المزارع أبو طارق، سليم ناجح الفران (61 عاما)، بين أشجار اللوز اليابسة.', 'سليم ناجح الفران', 'أبو طارق'],
    ['وتجلس أم منذر، ريم فايز الحمصي، قرب باب الخيمة وتخيط ثياب أحفادها.', 'ريم فايز الحمصي', 'أم منذر'],
    ['"لم يبق لنا شيء"، قال أبو جواد، مروان شكري الدهان (45 عاما)، وهو يشير إلى ركام بيته.', 'مروان شكري الدهان', 'أبو جواد'],
  ])('%s', (text, name, kunya) => {
    const found = persons(text);
    expect(found.find((surfaces) => surfaces.includes(name))).toContain(kunya);
  });

  it.each([
    // Someone else named after the kunya, with no apposition back to it, stays someone else.
    ['والتقى أبو فادي بشاب اسمه جميل رشيد الحسن (23 عاما) قرب الحاجز.', 'جميل رشيد الحسن', 'أبو فادي'],
    // A kunya of the other gender is no one's named before.
    ['وقال المزارع منير عادل الحوت إن الأرض عطشى. وأضافت أم رامي، كما يناديها الجيران، أن البئر جفت.', 'منير عادل الحوت', 'أم رامي'],
    // A kunya in a list of names is one of several people.
    ['وقال أبو كرم، سامر نبيل عودة، وفادي عمر الطويل إنهم نقلوا الجرحى إلى المستشفى.', 'سامر نبيل عودة', 'أبو كرم'],
    ['وحضر الاجتماع الشيخ أبو كرم، سامر نبيل عودة، وفادي عمر الطويل.', 'سامر نبيل عودة', 'أبو كرم'],
  ])('%s', (text, name, kunya) => {
    const found = persons(text);
    expect(found.find((surfaces) => surfaces.includes(name))).not.toContain(kunya);
    expect(found.some((surfaces) => surfaces.includes(kunya))).toBe(true);
  });
});

describe('a kunya with its family name', () => {
  it.each([
    ['أما أم رامي الدويك، صاحبة البسطة عند المدخل، فتقول إن الزبائن قلّوا كثيرا.', 'أم رامي الدويك'],
    ['وقالت أم رامي الدويك إن ابنها لم يعد من الحاجز منذ الصباح.', 'أم رامي الدويك'],
    ['ويقول أبو فادي القباني إن الطحين لم يصل إلى المخبز منذ أسبوع.', 'أبو فادي القباني'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContainEqual([name]);
  });

  it('an adjective in ة or a common word after the kunya is no family name', () => {
    expect(persons('وقالت أم سامي الكبيرة إن البيت تهدم فوق رؤوسهم.').flat()).not.toContain('أم سامي الكبيرة');
  });

  it('named so in a headline, then "أم X، واسمها Y Z" with that family name: one person', () => {
    const text = 'أم وسيم الحلاق: "غرقت الخيمة مرتين"\n\nتروي أم وسيم، واسمها نهى فؤاد الحلاق (39 عاما)، كيف حملت أطفالها إلى المدرسة ليلا.';
    expect(persons(text).find((s) => s.includes('نهى فؤاد الحلاق'))).toContain('أم وسيم');
  });
});
