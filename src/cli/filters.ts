// Checking the filters of `search` before any searching: an actor id the
// gazetteer knows, a date that exists, a range that is not upside down.
import { loadGazetteer, type ActorEntry } from '../core';
import { CliError } from './command';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 and 2024-13-01 no). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date of option `name`, or a one-line error naming what is wrong with it. */
export function checkedDate(command: string, name: string, value: string): string {
  if (!DATE.test(value)) throw new CliError(`${command}: ${name} needs a date YYYY-MM-DD, not "${value}"`, 2);
  if (!isCalendarDate(value)) throw new CliError(`${command}: ${name} ${value} is not a day of the calendar`, 2);
  return value;
}

export function checkedRange(command: string, from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw new CliError(`${command}: --from ${from} is after --to ${to}`, 2);
}

let actors: ActorEntry[] | undefined;

/** Up to three actor ids whose id, English or Arabic names contain `text`. */
function actorsLike(text: string): string[] {
  const needle = text.toLowerCase();
  return (actors ?? [])
    .filter((a) => a.id.includes(needle) || a.en.toLowerCase().includes(needle) || a.names.some((n) => n.includes(text)))
    .slice(0, 3)
    .map((a) => a.id);
}

/** The actor id of `--speaker`, if the gazetteer has it; else an error with the closest ids. */
export function checkedSpeaker(command: string, id: string): string {
  actors ??= loadGazetteer();
  if (actors.some((a) => a.id === id)) return id;
  const like = id.trim() ? actorsLike(id.trim()) : [];
  const hint = like.length ? `; did you mean ${like.join(', ')}?` : ' (an actor id such as dmitry-peskov, from data/actors/*.json)';
  throw new CliError(`${command}: unknown speaker "${id}"${hint}`, 2);
}
