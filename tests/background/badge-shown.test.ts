import { expect, test } from 'vitest';
import { badgePaint, BadgeShown } from '../../src/background/badge-shown';

const count = (n: number) => badgePaint({ kind: 'count', count: n }, 'off');
const off = badgePaint({ kind: 'off' }, 'مطفأ');
const none = badgePaint({ kind: 'none' }, 'off');

test('a tab the background has not seen gets every part of its look', () => {
  const shown = new BadgeShown();
  expect(shown.changes(7, none)).toEqual({ icon: 'on', text: '' });
  expect(shown.changes(8, count(3))).toEqual({ icon: 'on', text: '3', color: '#0d7a6f' });
  expect(shown.changes(9, off)).toEqual({ icon: 'off', text: 'مطفأ', color: '#6b7078' });
});

test('a new tab shows the manifest look: a page with nothing to show sets nothing, not even the icon', () => {
  const shown = new BadgeShown();
  shown.created(7);
  expect(shown.changes(7, none)).toEqual({});
  expect(shown.changes(7, count(2))).toEqual({ text: '2', color: '#0d7a6f' });
  expect(shown.changes(7, count(5))).toEqual({ text: '5' });
  expect(shown.changes(7, count(5))).toEqual({});
});

test('switching a site off and on again sets the icon both ways', () => {
  const shown = new BadgeShown();
  shown.created(1);
  shown.changes(1, count(4));
  expect(shown.changes(1, off)).toEqual({ icon: 'off', text: 'مطفأ', color: '#6b7078' });
  expect(shown.changes(1, count(4))).toEqual({ icon: 'on', text: '4', color: '#0d7a6f' });
});

test('after a load only what a reset and a kept look share is known: the plain icon and an empty badge', () => {
  const shown = new BadgeShown();
  shown.created(1);
  shown.changes(1, none);
  shown.mayHaveReset(1);
  expect(shown.changes(1, none)).toEqual({});

  shown.changes(1, count(3));
  shown.mayHaveReset(1);
  // The badge may still say 3 (same document) or nothing (new document): paint it again.
  expect(shown.changes(1, count(3))).toEqual({ text: '3', color: '#0d7a6f' });

  shown.changes(1, off);
  shown.mayHaveReset(1);
  // The grey icon may have been reset to the manifest's: set it again; a look that wants the plain one sets it too.
  expect(shown.changes(1, off)).toEqual({ icon: 'off', text: 'مطفأ', color: '#6b7078' });
  shown.mayHaveReset(1);
  expect(shown.changes(1, none)).toEqual({ icon: 'on', text: '' });
});

test('a closed tab, or one whose paint failed, is unknown again; other tabs keep their own look', () => {
  const shown = new BadgeShown();
  shown.created(1);
  shown.created(2);
  shown.changes(1, count(1));
  shown.forget(1);
  expect(shown.changes(1, count(1))).toEqual({ icon: 'on', text: '1', color: '#0d7a6f' });
  expect(shown.changes(2, none)).toEqual({});
  shown.mayHaveReset(99);
  expect(shown.changes(99, none)).toEqual({ icon: 'on', text: '' });
});

test('after a browser start or an install, a tab not seen yet shows the manifest look; a forgotten one is unknown', () => {
  const shown = new BadgeShown();
  shown.freshStart();
  expect(shown.changes(7, none)).toEqual({});
  expect(shown.changes(8, count(2))).toEqual({ text: '2', color: '#0d7a6f' });
  expect(shown.changes(9, off)).toEqual({ icon: 'off', text: 'مطفأ', color: '#6b7078' });
  shown.mayHaveReset(10);
  expect(shown.changes(10, none)).toEqual({});
  shown.forget(7);
  expect(shown.changes(7, none)).toEqual({ icon: 'on', text: '' });
  shown.forget(8);
  shown.created(8);
  expect(shown.changes(8, none)).toEqual({});
});
