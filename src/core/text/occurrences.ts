// Where a string occurs in a text, found once per text and string: the speaker
// stage asks, at cue after cue, where a name was printed before the cue (a
// search from the text's start or back from the cue would read the text again
// at every cue).

/** Every start of `word` in `text` (overlaps included, as indexOf from the last start + 1 finds them), read forward only as far as asked. */
export class Occurrences {
  private readonly starts: number[] = [];
  /** Where the next indexOf starts; -1 once the text has no more. */
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly word: string,
  ) {}

  /** The starts found so far, in order, holding at least every start at or before `last`. */
  upTo(last: number): readonly number[] {
    const starts = this.starts;
    while (this.next >= 0 && (starts.length === 0 || starts[starts.length - 1]! <= last)) {
      const at = this.text.indexOf(this.word, this.next);
      if (at < 0) this.next = -1;
      else {
        starts.push(at);
        this.next = at + 1;
      }
    }
    return starts;
  }
}

/** Occurrences per string of one text, kept while the same text is asked about. */
export class TextOccurrences {
  private text: string | null = null;
  private byWord = new Map<string, Occurrences>();

  of(text: string, word: string): Occurrences {
    if (text !== this.text) {
      this.text = text;
      this.byWord = new Map();
    }
    let found = this.byWord.get(word);
    if (!found) this.byWord.set(word, (found = new Occurrences(text, word)));
    return found;
  }
}
