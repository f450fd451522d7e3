// Names found that are the opening words of one longer name found.

/**
 * "خالد عبد الكريم" and "خالد عبد الكريم ماسا" are one person: a name of two
 * words or more that opens exactly one longer name found is that name (key to key).
 */
export function longerNames(fullNames: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const names = [...fullNames];
  for (const short of names) {
    if (!short.includes(' ')) continue;
    const longer = names.filter((n) => n.startsWith(`${short} `));
    if (longer.length === 1) out.set(`?:${short}`, `?:${longer[0]}`);
  }
  return out;
}
