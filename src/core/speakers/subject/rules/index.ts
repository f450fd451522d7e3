// How a speech cue's subject is read: these rules, in this order, over the
// words after the cue (../zone.ts); the first that has something to say wins.
// The last one always decides.
import { anonymousBefore } from './anonymous-before';
import { answerToQuestion } from './answer-to-question';
import { anonymousSource } from './anonymous-source';
import { appositive } from './appositive';
import { bySaying } from './by-saying';
import { calledByName } from './called-by-name';
import { carriedOver } from './carried-over';
import { delegateOfState } from './delegate-of-state';
import { describedName } from './described-name';
import { documentIssuedBy } from './document-issued-by';
import { documentSpeaksOn } from './document-speaks-on';
import { ownDocument } from './own-document';
import { frontedSubject } from './fronted-subject';
import { issuerOfDocument } from './issuer-of-document';
import { institutionNoun } from './institution-noun';
import { leftOut } from './left-out';
import { memberNamed } from './member-named';
import { namedBody } from './named-body';
import { nameAfterBody } from './name-after-body';
import { namedPerson } from './named-person';
import { objectFirst } from './object-first';
import { officeHolder } from './office-holder';
import { officeInBody } from './office-in-body';
import { outlet } from './outlet';
import { participle } from './participle';
import { partOfName } from './part-of-name';
import { pronounBefore } from './pronoun-before';
import { pronounSource } from './pronoun-source';
import { relayedSource } from './relayed-source';
import { roleNoun } from './role-noun';
import type { SubjectRule } from './rule';
import { spokesmanForPronoun } from './spokesman-for-pronoun';
import { spokesmanOfUnknown } from './spokesman-of-unknown';
import { titledPersonRule } from './titled-person';
import { titleOfBody } from './title-of-body';
import { unknownBody } from './unknown-body';
import { unknownNameRule } from './unknown-name';
import { verbAfterPhrase } from './verb-after-phrase';

export type { SubjectExample, SubjectRule } from './rule';

export const SUBJECT_RULES: readonly SubjectRule[] = [
  frontedSubject, //    "أما X، فقال: ..."
  pronounBefore, //     "لكنها اتهمت X بـ..." (the pronoun is the subject)
  issuerOfDocument, //  "بيان لوزارة الدفاع جاء فيه: ..."
  documentIssuedBy, //  "جاء في بيان نشرته X على قناتها أن ..."
  relayedSource, //     "نقلت الوكالة عن X"
  anonymousBefore, //   "مصدر أمني، طلب عدم ذكر اسمه، قال: ..."
  bySaying, //         "وختم X حديثه بالقول: ..." (the clause's subject)
  answerToQuestion, //  "وسألت X Y عن …، فأجاب: ..." (the one asked)
  verbAfterPhrase, //   "«…»، بحسب ما قاله X" (the verb's subject)
  leftOut, //           "وأضاف: ..."
  objectFirst, //       "واتهم حماس بـ..." (the actor is the object; the subject is left out)
  participle, //        "، داعيا الأمم المتحدة إلى ..."
  spokesmanForPronoun, // "وقال متحدث باسمها" (the body named before)
  titledPersonRule, //  "المبعوث الأممي إلى اليمن X"
  delegateOfState, //   "ورد المندوب الإماراتي بأن ..." (introduced with that office before, else the state)
  roleNoun, //          "وقال المزارع:" (المزارع X, named before)
  calledByName, //      "وقال مشجع مغربي يدعى X، …"
  memberNamed, //       "وقال أحدهم، X، وهو مزارع:"
  anonymousSource, //   "مصدر عسكري"
  outlet, //            "ذكرت صحيفة ..."
  ownDocument, //       "وجاء في بيانه: ..." (whoever spoke last and agrees with the pronoun)
  documentSpeaksOn, //  "وأضاف البيان"
  pronounSource, //     "بحسب قوله"
  namedPerson, //       "وزير الخارجية الروسي سيرغي لافروف"
  namedBody, //         "وقالت وزارة الصحة"
  describedName, //     "وقالت الطبيبة الفلسطينية هند عاشور:"
  appositive, //        "المتحدث باسم الأمين العام، X،"
  nameAfterBody, //     "وكيل وزارة النقل كريم الشامي، ..." (a name the gazetteer lacks after the body)
  titleOfBody, //       "متحدث باسم الجيش"
  spokesmanOfUnknown, // "متحدث باسم شركة X" (a body the gazetteer lacks)
  unknownBody, //       "وقال مقر التنسيق لشؤون الأسرى" (a body the gazetteer lacks)
  institutionNoun, //   "وقالت الوزارة"
  partOfName, //        "تقول سماح:" (سماح النجار, named before)
  unknownNameRule, //   "وقال سامر خليل: ..."
  officeInBody, //     "وقالت منسقة الطوارئ في المنظمة" (the body named before)
  officeHolder, //      "وقال قائد السفينة" (nobody introduced with that office)
  carriedOver, //       "وأكد المتحدث: ..."
];
