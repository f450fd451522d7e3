// A broadcast transcript labels each turn with the speaker's name and, in
// brackets, who they are: 'X (أستاذ العلوم السياسية في جامعة Y): "…"'. The
// description in brackets is no part of the name, however long it is. Texts of
// our own writing.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './support/speaking';

const transcript = [
  'وهذه أبرز المقاطع من البرنامج:',
  'هالة منصور (مقدمة البرنامج): "دكتور فادي، لماذا تعثرت المفاوضات حتى الآن؟"',
  'الدكتور فادي العمري (أستاذ العلاقات الدولية في جامعة حلب ومؤلف كتاب عن الحرب): "لأن كل طرف يقرأ الورقة بطريقته ولا أحد يريد التنازل أولا".',
  'ريم الأحمد (مراسلة القناة في الحسكة، من أمام مبنى الإدارة المحلية): "الأسواق مفتوحة اليوم لكن الطرق إلى الريف ما زالت مغلقة".',
].join('\n\n');

describe('a transcript turn is said by the name before its bracket', () => {
  it.each([
    ['دكتور فادي، لماذا تعثرت المفاوضات حتى الآن؟', 'هالة منصور'],
    ['لأن كل طرف يقرأ الورقة بطريقته ولا أحد يريد التنازل أولا', 'فادي العمري'],
    ['الأسواق مفتوحة اليوم لكن الطرق إلى الريف ما زالت مغلقة', 'ريم الأحمد'],
  ])('%s', (quote, speaker) => {
    expect(speakerOf(transcript, quote)).toBe(speaker);
  });
});
