// Names found that are one longer name found, shortened.

/**
 * "خالد عبد الكريم" and "خالد عبد الكريم ماسا" are one person: a name of two
 * words or more that opens exactly one longer name found is that name (key to
 * key). So is one that drops the middle of exactly one longer name, the given
 * name and the family name kept ("نبيل الشرعبي" of "نبيل عبده الشرعبي", "عمر
 * بن شملان" of "عمر سالم بن شملان": a headline's or a later paragraph's short form).
 */
export function longerNames(fullNames: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const names = [...fullNames];
  for (const short of names) {
    if (!short.includes(' ')) continue;
    const opened = names.filter((n) => n.startsWith(`${short} `));
    const shortened = opened.length === 0 ? names.filter((n) => withoutMiddle(short, n)) : [];
    const longer = opened.length > 0 ? opened : shortened;
    if (longer.length === 1) out.set(`?:${short}`, `?:${longer[0]}`);
  }
  return out;
}

/** `short` is `long` with words of its middle left out: the same first word, the same last words. */
function withoutMiddle(short: string, long: string): boolean {
  const [s, l] = [short.split(' '), long.split(' ')];
  if (l.length <= s.length || s[0] !== l[0]) return false;
  const tail = s.length - 1;
  return s.slice(1).every((w, i) => w === l[l.length - tail + i]);
}
