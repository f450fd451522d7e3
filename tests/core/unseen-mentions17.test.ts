// Mentions and speakers of unseen text (issue 9, mentions17): countries a page about no conflict names as
// places; the Saudi-led coalition called "التحالف" in Yemen news; a name behind a proclitic that is another
// word ("كامل"); a front line before a place; compound and Azerbaijani given names; an expert named by his
// role; a verb said to the writer before its subject; a deputy of a body; the subject of the writer's clause;
// "اختصر" as a speech verb; a local authority of a place; Gaza's civil defence named short; the Suez Canal Authority; "جان بيير" as a given name. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const analysis = (text: string) => analyze(text, { stopEarly: false });
const idsOf = (text: string, type?: string): string[] => analysis(text).actors.filter((a) => !type || a.type === type).map((a) => a.id ?? a.name.ar);
const mentionsOf = (text: string, id: string): string[] => analysis(text).actors.find((a) => a.id === id)?.mentions.map((m) => m.surface) ?? [];
const unknownPersons = (text: string): string[][] =>
  analysis(text).actors.filter((a) => a.type === 'person' && a.id === null).map((a) => a.mentions.map((m) => m.surface));
/** The name of the speaker of the quote that starts with `words`. */
const speakerOf = (text: string, words: string): string | null => {
  const quote = analysis(text).quotes.find((q) => text.slice(q.start, q.end).startsWith(words));
  return quote?.speaker?.name ?? null;
};

describe('a page about no conflict: countries named only as places are no actors', () => {
  const places: Array<[string, string[]]> = [
    ['افتتح معرض الكتاب أبوابه أمس بمشاركة دور نشر من مصر وتونس والمغرب، وقالت مديرة المعرض سلوى حداد إن الإقبال فاق التوقعات.', ['egypt', 'tunisia', 'morocco']],
    ['ومن المقرر أن تحط الفرقة في بيروت أولا ثم تنتقل إلى الكويت، بحسب منظمي الجولة الموسيقية.', ['kuwait']],
    ['وتقام البطولة الآسيوية للشباب في قطر مطلع الشهر المقبل بمشاركة ستة عشر منتخبا.', ['qatar']],
  ];
  for (const [text, gone] of places) {
    it(gone.join(', '), () => {
      const found = idsOf(text, 'state');
      for (const id of gone) expect(found).not.toContain(id);
    });
  }
  it('a state that acts on such a page stays', () => {
    expect(idsOf('وقالت السعودية إنها سترفع إنتاجها من النفط الشهر المقبل لتهدئة الأسعار في الأسواق.', 'state')).toContain('saudi-arabia');
  });
  it('a conflict page keeps a country after "من"', () => {
    const text = 'وصل وفد من روسيا إلى أنقرة لبحث تبادل الأسرى مع أوكرانيا، وقال الكرملين إن المحادثات ستستمر يومين.';
    expect(analysis(text).conflicts.length).toBeGreaterThan(0);
    expect(mentionsOf(text, 'russia')).toContain('روسيا');
  });
});

describe('"التحالف" alone in Yemen news is the Saudi-led coalition', () => {
  it('with the Houthis and the government named', () => {
    const text = 'قالت جماعة الحوثي إن طائرات التحالف قصفت مواقع في صعدة، فيما أعلنت الحكومة اليمنية أن قوات التحالف ساندت تقدمها في مأرب.';
    expect(mentionsOf(text, 'saudi-led-coalition')).toEqual(['التحالف', 'قوات التحالف']);
  });
  it('not in news of oil producers', () => {
    expect(idsOf('ورأت محللة في سوق النفط أن التحالف بين كبار المنتجين يشتري الوقت فقط.')).not.toContain('saudi-led-coalition');
  });
});

describe('a one-word name behind a proclitic keeps the hamza it was named with', () => {
  it('"كامل" after "أمل" is the word "whole"', () => {
    const text = 'أما ابنتها أمل، وهي في العاشرة، فقالت إن صفها مغلق منذ شهر كامل.';
    expect(unknownPersons(text)).toEqual([['أمل']]);
  });
});

describe('a front before a place is no body', () => {
  it('"جبهة" + a place', () => {
    const text = 'واشتدت المعارك على جبهة زابوريجيا خلال الليل، بحسب القوات المسلحة الأوكرانية.';
    expect(idsOf(text, 'organization').filter((id) => id.startsWith('جبهه') || id.startsWith('جبهة'))).toEqual([]);
  });
});

describe('a local authority of a place is a body', () => {
  const bodies = (text: string): string[] => analysis(text).actors.filter((a) => a.type === 'organization' && a.id === null).map((a) => a.mentions[0]!.surface);
  it('"السلطة المحلية في X"', () => {
    expect(bodies('وأعلنت السلطة المحلية في شبوة إغلاق المدارس يومين بسبب السيول.')).toEqual(['السلطة المحلية في شبوة']);
  });
  it('a known actor right after its place is the verb\'s object', () => {
    const text = 'وحملت السلطة المحلية في لحج جماعة الحوثي مسؤولية قصف الأحياء السكنية.';
    expect(bodies(text)).toEqual(['السلطة المحلية في لحج']);
    expect(mentionsOf(text, 'houthis')).toEqual(['جماعة الحوثي']);
  });
  it('with no place it names no body', () => {
    expect(bodies('وقالت السلطة المحلية إن الطرق مغلقة منذ الفجر.')).toEqual([]);
  });
});

describe('bodies named short or anew', () => {
  it('"الدفاع المدني" alone in Gaza news', () => {
    const text = 'قال الدفاع المدني إن طواقمه انتشلت عشرات الجثامين من تحت أنقاض منزل في جباليا، فيما أعلنت وزارة الصحة في غزة ارتفاع الحصيلة، وقالت حماس إن القصف جريمة حرب.';
    expect(mentionsOf(text, 'gaza-civil-defence')).toEqual(['الدفاع المدني']);
  });
  it('"الدفاع المدني" alone in news of no conflict is no one\'s', () => {
    expect(idsOf('وأخمدت فرق الدفاع المدني حريقا اندلع في سوق الخضار بالمدينة القديمة.')).not.toContain('gaza-civil-defence');
  });
  it('the Suez Canal Authority', () => {
    expect(mentionsOf('وقالت هيئة قناة السويس إن عدد السفن العابرة ارتفع خلال الشهر الماضي.', 'suez-canal-authority')).toEqual(['هيئة قناة السويس']);
  });
  it('the Palestinian presidency is an actor of its own beside the Palestinian Authority', () => {
    const text = 'رحبت الرئاسة الفلسطينية بقرار مجلس الأمن، فيما قالت السلطة الفلسطينية إنها مستعدة لتسلم المعابر في غزة.';
    expect(mentionsOf(text, 'palestinian-presidency')).toEqual(['الرئاسة الفلسطينية']);
    expect(mentionsOf(text, 'palestinian-authority')).toEqual(['السلطة الفلسطينية']);
  });
  it('"المملكة" is Saudi Arabia where the text names it, not in a stadium\'s name', () => {
    const text = 'أعلنت السعودية أنها ستستضيف في جدة وفدي الجيش السوداني والدعم السريع، وقالت المملكة إن الهدنة أولوية.';
    expect(mentionsOf(text, 'saudi-arabia')).toEqual(['السعودية', 'المملكة']);
    expect(mentionsOf('فاز الهلال السعودي على ضيفه بهدفين على ملعب المملكة أرينا في الرياض، وقالت السعودية إنها ستستضيف النهائي.', 'saudi-arabia')).not.toContain('المملكة');
  });
  it('"جان بيير" is a given name, not the former White House spokeswoman', () => {
    expect(idsOf('وقال مدرب الفريق، الفرنسي جان بيير دوبوا، إن لاعبيه قدموا مباراة كبيرة.')).not.toContain('karine-jean-pierre');
  });
});

describe('given names', () => {
  const cases: Array<[string, string[][]]> = [
    ['"لم تصلنا أي مساعدة منذ شهرين"، يقول عبد الرقيب المقطري، وهو معلم في مدرسة القرية.', [['عبد الرقيب المقطري']]],
    ['يجلس عبد الحفيظ القباطي قرب المضخة المعطلة منذ الصباح ويحصي الأيام.', [['عبد الحفيظ القباطي']]],
  ];
  for (const [text, persons] of cases) it(persons[0]![0]!, () => expect(unknownPersons(text)).toEqual(persons));
  it('a footballer named like the president is not the president', () => {
    const text = 'وسجل الجناح نصرت علييف هدفين في الشوط الثاني، فيما أشاد المدرب بأداء الفريق.';
    expect(idsOf(text)).not.toContain('ilham-aliyev');
  });
});

describe('speakers', () => {
  it('"ويرى الخبير" goes back to the person introduced as "الدكتور"', () => {
    const text = 'يقول الدكتور سامي النعيمي، أستاذ العلوم السياسية، إن المفاوضات متعثرة. وأكد أندريه سيبيها أن بلاده قدمت خطة جديدة. ويرى الخبير أن واشنطن تملك المفتاح. ويضيف: "من دون ضغط أمريكي لن يتحرك شيء".';
    expect(speakerOf(text, 'من دون ضغط')).toBe('سامي النعيمي');
  });
  it('"وتحدثت إلينا X" then "قالت:"', () => {
    const text = 'قال مدير المخيم خالد حسن إن الخيام مكتظة. وتحدثت إلينا أيضا هدى الزعبي، وهي ممرضة نازحة. قالت وهي تشير إلى الخيام: "الشتاء هنا أقسى من الحرب".';
    expect(speakerOf(text, 'الشتاء هنا')).toBe('هدى الزعبي');
  });
  it('"وقالت أيضا X"', () => {
    expect(speakerOf('وقالت أيضا سناء الحكيم، وهي صيدلانية في الحي: "الأدوية نفدت منذ أسبوعين".', 'الأدوية نفدت')).toBe('سناء الحكيم');
  });
  it('"وتحدث معنا X" then "قال:"', () => {
    const text = 'وتحدث معنا المزارع خالد سليم عن موسم الزيتون. قال: "لم نقطف نصف الأشجار هذا العام".';
    expect(speakerOf(text, 'لم نقطف')).toBe('خالد سليم');
  });
  it('an institution behind لل right after the verb is whom it was said to', () => {
    const text = 'افتتحت محكمة الاستئناف في حلب جلستها الأولى. واعترض المحامي نادر السيد على الأدلة، وقال للمحكمة: "هذه التسجيلات ناقصة ولا تثبت شيئا".';
    expect(speakerOf(text, 'هذه التسجيلات')).toBe('نادر السيد');
  });
  it('a state\'s delegate is not the delegate of another state quoted before', () => {
    const text = 'وقال المندوب الأمريكي مايك والتز إن خطة السلام جاهزة للتنفيذ. وقال مندوب الكويت إن "أي حل لا يبدأ بوقف الحرب لن يصمد".';
    expect(speakerOf(text, 'أي حل')).not.toBe('مايك والتز');
  });
  it('Amnesty International\'s secretary general speaks, not the organization', () => {
    const text = 'نشرت منظمة العفو الدولية تقريرها السنوي. وفي كلمة مسجلة قالت أنياس كالامار، أمينتها العامة: "الصمت على الانتهاكات شراكة فيها".';
    expect(speakerOf(text, 'الصمت على')).toBe('أنياس كالامار');
  });
  it('an unnamed office of a place named without the article speaks', () => {
    expect(speakerOf('وقال محافظ طرطوس في تصريح إذاعي: "الطرق ستفتح كلها قبل نهاية الأسبوع".', 'الطرق ستفتح')).toBe('محافظ طرطوس');
    expect(speakerOf('وقال مدير مبيعات في شركة للأسمدة، طلب عدم ذكر اسمه: "الطلب تراجع إلى النصف هذا الموسم".', 'الطلب تراجع')).not.toBe('مدير مبيعات');
  });
  it('"محامي الدفاع X" introduces a person', () => {
    expect(unknownPersons('وطلب محامي الدفاع وائل منصور تأجيل الجلسة إلى الأسبوع المقبل.')).toEqual([['وائل منصور']]);
  });
  it('"اختصر" introduces what a person said', () => {
    const text = 'وفي السوق، يختصر بائع الخبز أبو سالم الحلبي حال الناس بجملة واحدة: "لم يعد أحد يشتري إلا الضروري".';
    expect(speakerOf(text, 'لم يعد أحد')).toBe('أبو سالم الحلبي');
  });
  it('"اختصر" with no quote is no speech', () => {
    expect(analysis('اختصرت القوات الطريق إلى المدينة عبر الجبل بعد أن أغلقت الجسر.').quotes).toEqual([]);
  });
});
