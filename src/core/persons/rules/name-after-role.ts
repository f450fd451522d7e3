import { nameStartAfterRole } from '../complement';
import type { PersonRule } from '../rule';

export const nameAfterRole: PersonRule = {
  name: 'name after role',
  why: 'A role and its complement ("المتحدث باسم وزارة الصحة") are followed by the name of who holds it.',
  examples: [
    { text: 'وقال المتحدث باسم وزارة الصحة في غزة منير القدوة إن المستشفيات تعمل فوق طاقتها.', person: 'منير القدوة' },
    { text: 'وأوضح مدير مستشفى الأمل، سليم الخطيب، أن الوقود نفد منذ يومين.', person: 'سليم الخطيب' },
    { text: 'وصرحت الطبيبة بمستشفى الرحمة، د. هالة النجار، بأن الأدوية نفدت.', person: 'هالة النجار' },
    { text: 'وقال القيادي في حركة الجهاد سامي عبد الحميد إن الفصائل متمسكة بالوحدة.', person: 'سامي عبد الحميد' },
  ],
  apply(scan) {
    for (const role of scan.roles) {
      const at = nameStartAfterRole(scan, role);
      if (at === null) continue;
      const size = scan.nameAt(at);
      if (size > 0) scan.addName(scan.tokens.slice(at, at + size), scan.tokens[role.firstToken]!);
    }
  },
};
