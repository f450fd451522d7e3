// How a person the gazetteer lacks is found: these rules, in this order, each
// adding the names it finds; then every full name and surname found is
// marked wherever the text repeats it (../scan.ts mentions).
import { definiteNameAfterBody } from './definite-name-after-body';
import { givenName } from './given-name';
import { givenNameConfirmed } from './given-name-confirmed';
import { kunya } from './kunya';
import { nameAfterAbbreviatedTitle } from './name-after-abbreviated-title';
import { nameAfterKin } from './name-after-kin';
import { nameAfterKinOfSomeone } from './name-after-kin-of-someone';
import { nameAfterMeetingVerb } from './name-after-meeting-verb';
import { nameAfterNationality } from './name-after-nationality';
import { nameAfterPersonNoun } from './name-after-person-noun';
import { nameAfterSpeechVerb } from './name-after-speech-verb';
import { nameAfterRole } from './name-after-role';
import { nameAfterScoringVerb } from './name-after-scoring-verb';
import { nameBeforeAge } from './name-before-age';
import { nameBeforeDescription } from './name-before-description';
import { nameBeforeRole } from './name-before-role';
import { namedAs } from './named-as';
import { secondOfPair } from './second-of-pair';
import { topicBeforeVerb } from './topic-before-verb';
import type { PersonRule } from '../rule';

export type { PersonExample, PersonRule } from '../rule';

export const PERSON_RULES: readonly PersonRule[] = [
  nameBeforeRole, //         "قال سعد الشهري، مدرب الاتفاق"
  nameAfterRole, //          "المتحدث باسم وزارة الصحة أنيس الأصبحي"
  nameAfterAbbreviatedTitle, // "وقالت د. لمى الشريف إن"
  definiteNameAfterBody, //  "المستشار لقائد الدعم السريع الباشا طبيق"
  nameAfterNationality, //   "سجل البرتغالي كريستيانو رونالدو"
  kunya, //                  "وتجمع أم ياسر الحطب", "أبو سامر الحلبي"
  givenName, //              "تجلس ريما الخطيب قرب الموقد", "الأرملة نور الدباغ"
  nameAfterKin, //           "أما ابنته شهد، وهي طالبة"
  nameAfterKinOfSomeone, //  "وتعمل شقيقة كريم، ديلارا X، في…"
  nameAfterSpeechVerb, //    "يقول زاهر، وهو سائق"
  nameAfterMeetingVerb, //   "التقينا بسعاد الحلبي", "تحدثت الصحيفة مع آمنة X"
  nameAfterPersonNoun, //    "يقول المشجع مهيار الصبري (31 عاماً)"
  namedAs, //                "شابا من القرية يدعى هاكوب"
  nameBeforeAge, //          "يقف زهدي الدباغ (34 عاما)"
  nameBeforeDescription, //  "أما بيرج داديان، الذي عاد"
  givenNameConfirmed, //     "تكون تاكوهي سركيسيان قد…" where "وتقول تاكوهي إن…"
  nameAfterScoringVerb, //   "قبل أن يعادل كوفي أمبونو النتيجة"
  topicBeforeVerb, //        "أما بائع التوابل في سوق المدينة X Y فقال"
  secondOfPair, //           "المعلمتان X Y Z وإسراء A B"
];
