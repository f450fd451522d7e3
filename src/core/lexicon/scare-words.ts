// The words of data/speech-verbs.json scareCues: what makes a quotation a name, a term or a title
// rather than someone's words (read by src/core/quotes.ts).
import { normList, type RawData } from './raw-data';

/** data/speech-verbs.json scareCues: the words that make a quotation a name, a term or a title. */
export function scareWords(data: RawData) {
  return {
    scareCues: new Set(normList(data.scareCues?.words)),
    /** "الندوة الدولية حول «...»": a linker after a naming word, before a title. */
    scareTitleLinkers: new Set(normList(data.scareCues?.titleLinkers)),
    /** "ورشة بعنوان «...»": a word right before a title, whatever its marks. */
    scareTitleWords: new Set(normList(data.scareCues?.titleWords)),
    /** "روايتها «…»": works whose title follows them with their owner's pronoun. */
    scareWorks: new Set(normList(data.scareCues?.works)),
    /** "ما تسميه الجماعة «…»": a verb of naming, its subject between it and the name. */
    scareNamingVerbs: new Set(normList(data.scareCues?.namingVerbs)),
    /** "في حوار مع «…»": an interview with an outlet, named after 'مع' or a lone 'لـ'. */
    scareInterviewNouns: new Set(normList(data.scareCues?.interviewNouns)),
    scareInterviewLinkers: new Set(normList(data.scareCues?.interviewLinkers)),
  };
}

