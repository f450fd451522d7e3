import { describe, expect, it } from 'vitest';
import { defaultActorFinder, findActors } from '../../src/core/actors';
import { conflictEvidence, scoreConflicts, selectConflicts } from '../../src/core/conflicts';
import { mainArticleRanges } from '../../src/core/regions';
import type { ConflictId } from '../../src/core/types';

const knowledge = defaultActorFinder();
type Covered = 'karabakh' | 'russia-ukraine' | 'yemen' | 'sudan' | 'gaza' | 'syria';

/** The analyzer's own steps, on the bundled gazetteer and profiles. */
function conflictsOf(text: string): ConflictId[] {
  return scoreConflicts(text, mainArticleRanges(text), findActors(text), undefined, knowledge).map((c) => c.id);
}

const ARTICLES: Record<Covered, string> = {
  karabakh:
    'أذربيجان تعلن عملية عسكرية في قره باغ\n\nأعلنت وزارة الدفاع الأذربيجانية بدء عملية عسكرية في إقليم ناغورني قره باغ، فيما قالت يريفان إن القصف طال مناطق مدنية في ستيباناكيرت. وتنتشر قوات حفظ السلام الروسية في المنطقة منذ عام 2020، ودعت موسكو الطرفين إلى وقف إطلاق النار فورا.',
  'russia-ukraine':
    'قصف روسي على خاركيف\n\nقالت السلطات الأوكرانية إن صواريخ روسية أصابت مباني سكنية في خاركيف وزابوريجيا ليلا، وأعلن الجيش الأوكراني إسقاط عشرات المسيرات، بينما قالت وزارة الدفاع الروسية إن قواتها تقدمت قرب بوكروفسك في دونيتسك.',
  yemen:
    'غارات على الحديدة\n\nشنت طائرات غارات على ميناء الحديدة غربي اليمن، وقال المتحدث العسكري لجماعة الحوثي إن الدفاعات الجوية تصدت لها، فيما اتهمت الحكومة اليمنية في عدن الجماعة بتهديد الملاحة في البحر الأحمر ومأرب.',
  sudan:
    'معارك في الفاشر\n\nتجددت المعارك بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر بشمال دارفور، وقالت مصادر محلية إن القصف المدفعي أوقع قتلى بين المدنيين، فيما نزح الآلاف نحو الخرطوم وكردفان.',
  gaza:
    'غارات إسرائيلية على خان يونس\n\nاستشهد عشرات الفلسطينيين في غارات إسرائيلية على خان يونس ورفح جنوبي قطاع غزة، وقالت حركة حماس إن الاحتلال يعرقل مفاوضات وقف إطلاق النار، بينما قال الجيش الإسرائيلي إنه استهدف مواقع لكتائب القسام.',
  syria:
    'اشتباكات في ريف حلب\n\nاندلعت اشتباكات بين فصائل مسلحة وقوات سوريا الديمقراطية في ريف حلب الشرقي قرب منبج، وقال المرصد السوري لحقوق الإنسان إن القتال أوقع قتلى، فيما أعلنت الحكومة في دمشق إرسال تعزيزات إلى المنطقة.',
};

const HEADLINES: Record<Covered, string> = {
  karabakh: 'اشتباكات على حدود أرمينيا وأذربيجان قرب ممر لاتشين في قره باغ',
  'russia-ukraine': 'زيلينسكي: القوات الأوكرانية تصد هجوما روسيا على خاركيف',
  yemen: 'الحوثيون يعلنون استهداف سفينة في البحر الأحمر قبالة الحديدة',
  sudan: 'قوات الدعم السريع تهاجم الفاشر والجيش السوداني يرد بالقصف',
  gaza: 'قصف إسرائيلي على جباليا شمال قطاع غزة يوقع قتلى',
  syria: 'غارات على إدلب وقتلى في اشتباكات بريف حماة شمال سوريا',
};

describe('scoreConflicts', () => {
  for (const [id, text] of Object.entries(ARTICLES)) {
    it(`finds ${id} in a short article`, () => {
      expect(conflictsOf(text)).toEqual([id]);
    });
  }

  for (const [id, text] of Object.entries(HEADLINES)) {
    it(`finds ${id} in a headline-sized text`, () => {
      expect(conflictsOf(text)).toEqual([id]);
    });
  }

  it('reports scores in 0..1, best first', () => {
    const res = scoreConflicts(ARTICLES.gaza, mainArticleRanges(ARTICLES.gaza), findActors(ARTICLES.gaza), undefined, knowledge);
    expect(res.length).toBeGreaterThan(0);
    for (const c of res) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });

  it('is karabakh only when Russia appears as a peacekeeper and mediator', () => {
    const text =
      'موسكو تدعو إلى التهدئة في قره باغ\n\nدعا الكرملين أرمينيا وأذربيجان إلى وقف القتال في قره باغ، وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا على اتصال بباكو ويريفان، وإن قوات حفظ السلام الروسية تساعد المدنيين. وأكد بيسكوف أن روسيا تتابع الوضع، وأن الرئيس الروسي فلاديمير بوتين بحث الأزمة مع رئيس الوزراء الأرميني نيكول باشينيان.';
    expect(conflictsOf(text)).toEqual(['karabakh']);
  });

  it('finds nothing on sports, economy and other pages', () => {
    const sports =
      'الهلال يفوز على النصر في الديربي\n\nحقق فريق الهلال فوزا مثيرا على النصر بهدفين مقابل هدف في الجولة العشرين من الدوري السعودي، وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة أمام جماهير غفيرة في الرياض.';
    const economy =
      'ارتفاع أسعار النفط\n\nارتفعت أسعار النفط في التعاملات الآسيوية اليوم مع تراجع المخزونات الأمريكية، وقال محللون إن صادرات روسيا من الخام إلى الهند والصين بقيت مستقرة خلال الشهر الماضي، بينما استقر سعر الذهب.';
    const culture =
      'افتتاح معرض الكتاب\n\nافتتح معرض القاهرة الدولي للكتاب أبوابه أمام الزوار بمشاركة أكثر من ألف دار نشر عربية وأجنبية، ويستمر المعرض أسبوعين وسط إقبال كبير من القراء والطلاب.';
    expect(conflictsOf(sports)).toEqual([]);
    expect(conflictsOf(economy)).toEqual([]);
    expect(conflictsOf(culture)).toEqual([]);
  });

  it('does not let teasers, related links or tags make a page a conflict page', () => {
    const sports =
      'الهلال يفوز على النصر في الديربي\n\nحقق فريق الهلال فوزا مثيرا على النصر بهدفين مقابل هدف في الجولة العشرين من الدوري السعودي، وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة.\n\nاقرأ أيضا: غارات إسرائيلية على خان يونس ورفح في قطاع غزة\n\nمقالات ذات صلة\n\n• قصف روسي على خاركيف وزابوريجيا\n• معارك في الفاشر بين الجيش السوداني والدعم السريع\n• الحوثيون يستهدفون سفينة قبالة الحديدة\n\nالوسوم: غزة أوكرانيا السودان اليمن';
    expect(conflictsOf(sports)).toEqual([]);
  });

  it('does not let teasers add a second conflict', () => {
    const text = `${ARTICLES.sudan}\n\nإقرأ أيضاً:\n\nقصف إسرائيلي على جباليا شمال قطاع غزة\n\n#غزة #رفح`;
    expect(conflictsOf(text)).toEqual(['sudan']);
  });

  it('returns nothing for empty text, no regions, or letterless input', () => {
    expect(scoreConflicts('', [], [], undefined, knowledge)).toEqual([]);
    expect(scoreConflicts(ARTICLES.gaza, [], findActors(ARTICLES.gaza), undefined, knowledge)).toEqual([]);
    expect(conflictsOf('... 123 !!!')).toEqual([]);
  });

  it('needs evidence of the conflict itself, not only actors shared by several conflicts', () => {
    const text = 'قالت روسيا إن روسيا سترد';
    const at = (from: number) => ({ start: text.indexOf('روسيا', from), end: text.indexOf('روسيا', from) + 5, surface: 'روسيا' });
    const russia = { id: 'russia', type: 'state' as const, name: { ar: '', en: '' }, about: null, mentions: [at(0), at(10)] };
    const ev = conflictEvidence(text, [{ start: 0, end: text.length }], [russia], { ...knowledge, conflictsOf: () => ['karabakh', 'russia-ukraine', 'syria'] });
    expect(selectConflicts(ev)).toEqual([]);
  });

  it('sees through bidi controls and zero-width characters', () => {
    const noisy = `\u202b${ARTICLES.sudan.replace(/ /g, ' \u200f').replace(/الفاشر/g, 'الفا\u200cشر')}\u202c`;
    expect(conflictsOf(noisy)).toEqual(['sudan']);
  });

  it('answers on a 5 MB text (time is measured in bench/, not asserted)', () => {
    const big = ARTICLES.syria.repeat(Math.ceil(5_000_000 / ARTICLES.syria.length));
    expect(conflictsOf(big)).toEqual(['syria']);
  }, 60_000);
});

describe('scoreConflicts: interviews and transcripts', () => {
  it('an interview of many short questions is about the war its answers run through', () => {
    const questions = ['س: كيف بدأ يومك؟', 'س: وماذا حدث بعد ذلك؟', 'س: هل فكرت في المغادرة؟', 'س: وأين أولادك الآن؟', 'س: ما الذي تحتاجه أكثر؟', 'س: هل تلقيت أي مساعدة؟', 'س: وكيف تنامون؟', 'س: ماذا تقول لمن بقي؟'];
    const answers = [
      'ج: استيقظنا على صفارات الإنذار في خاركيف، ثم سقطت مسيّرة روسية قرب بيتنا.',
      'ج: انتقلنا إلى قبو الجيران حتى توقف القصف الروسي على الحي.',
      'ج: نعم، فكرنا في الذهاب إلى لفيف، لكن الطريق عبر دنيبرو كان مزدحما بالنازحين.',
      'ج: ابني الأكبر في الجيش الأوكراني قرب زابوريجيا، والصغير معي هنا.',
      'ج: مولد كهرباء، فالضربات الروسية على محطات الطاقة تتكرر كل أسبوع.',
      'ج: وزع متطوعون بطانيات، ووعدت البلدية في خاركيف بإصلاح النوافذ.',
      'ج: ننام بالملابس، وننزل إلى القبو مع كل صفارة إنذار.',
      'ج: أن يصبروا، فالحرب مع روسيا لن تدوم إلى الأبد.',
    ];
    const text = `حوار مع أم أوكرانية: نعيش بين القبو والمطبخ\n\nحوار: سامي الخطيب\n\n${questions.map((q, i) => `${q}\n\n${answers[i]}`).join('\n\n')}`;
    expect(conflictsOf(text)).toEqual(['russia-ukraine']);
  });
});

describe('scoreConflicts: pages about something else', () => {
  it('a US politics page that mentions the war in Ukraine once is not about it', () => {
    const text =
      'ترامب يهاجم منافسيه في تجمع انتخابي\n\nهاجم الرئيس الأمريكي السابق دونالد ترامب منافسيه الديمقراطيين بشأن الاقتصاد والهجرة والتضخم خلال تجمع انتخابي.\n\nوقال ترامب إن أسعار الوقود والغذاء ارتفعت، متعهدا بخفض الضرائب.\n\nوتطرق ترامب إلى ملفات خارجية، قائلا إنه كان سينهي الحرب في أوكرانيا خلال يوم واحد، قبل أن يعود للحديث عن الحدود.\n\nوأظهر استطلاع للرأي أن ترامب يتقدم على منافسيه في الولاية بفارق كبير.';
    expect(conflictsOf(text)).toEqual([]);
  });

  it('an Israel–Lebanon page is not taken for Gaza or Syria', () => {
    const text =
      'غارات إسرائيلية على جنوب لبنان\n\nشن الطيران الحربي الإسرائيلي سلسلة غارات على بلدات في جنوب لبنان، ما أدى إلى مقتل شخصين، بحسب وزارة الصحة اللبنانية. وقال الجيش الإسرائيلي إنه استهدف بنى تحتية تابعة لحزب الله. ودان رئيس الحكومة اللبنانية الغارات، داعيا إلى الضغط على إسرائيل لوقف خروقاتها في الجنوب اللبناني.';
    expect(conflictsOf(text)).toEqual([]);
  });
});

describe('scoreConflicts: one conflict leading, another in the background', () => {
  it('a Houthi strike on Israel "for Gaza" is Yemen news', () => {
    const text =
      'الحوثيون يعلنون استهداف إيلات بصاروخ فرط صوتي\n\nأعلنت جماعة الحوثي في اليمن استهداف مدينة إيلات جنوب إسرائيل بصاروخ، وقال المتحدث العسكري باسم الجماعة إن العملية جاءت نصرة لغزة.\n\nوقال الجيش الإسرائيلي إنه اعترض صاروخا أطلق من اليمن.\n\nوتشن جماعة الحوثي هجمات على السفن في البحر الأحمر منذ بدء الحرب على غزة، فيما ردت إسرائيل بغارات على ميناء الحديدة ومطار صنعاء.';
    expect(conflictsOf(text)).toEqual(['yemen']);
  });

  it('a page on two wars reports both', () => {
    const text =
      'مجلس الأمن يناقش الحرب في أوكرانيا والوضع في غزة\n\nعقد مجلس الأمن جلستين، الأولى حول القصف الروسي على خاركيف وزابوريجيا وأوديسا في أوكرانيا، والثانية حول الغارات على خان يونس ورفح وجباليا في قطاع غزة.\n\nوقال المندوب الأوكراني إن القصف على خاركيف ودونيتسك يستهدف المدنيين.\n\nوقال المندوب الفلسطيني إن القصف على رفح وخان يونس ودير البلح يقتل الأطفال في غزة.';
    expect(conflictsOf(text).sort()).toEqual(['gaza', 'russia-ukraine']);
  });
});
