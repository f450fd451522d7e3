// Short names of forces that several countries have ("الحرس الوطني", "سلاح الجو")
// name the force of one conflict only where the text names other actors of that
// conflict (data/ambiguous.json names). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const ids = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);

describe('a force named short, in its conflict', () => {
  it('Sweida\'s national guard where the text is about Sweida', () => {
    const text = 'تجددت الاشتباكات في ريف السويداء بين قوات الحكومة السورية ومسلحين محليين. وقال الشيخ حكمت الهجري إن الأهالي لن يسلموا سلاحهم، واتهم الرئيس أحمد الشرع بالتصعيد، فيما أعلن الحرس الوطني أنه صد هجوما على إحدى القرى.';
    expect(ids(text)).toContain('sweida-national-guard');
  });

  it('no Sweida guard in a page about another country', () => {
    const text = 'أعلن حاكم الولاية استدعاء الحرس الوطني بعد الفيضانات التي ضربت المدن الساحلية، وقال إن الطرق ستفتح خلال يومين.';
    expect(ids(text)).not.toContain('sweida-national-guard');
  });

  it('Ukraine\'s air force where the text is about the war in Ukraine', () => {
    const text = 'شنت روسيا هجوما واسعا بالمسيرات على كييف وخاركيف ليلا. وقال سلاح الجو إن الدفاعات أسقطت معظم المسيرات، فيما أعلن الرئيس فولوديمير زيلينسكي أن محطات الطاقة تضررت، وقال رئيس بلدية كييف فيتالي كليتشكو إن الكهرباء انقطعت عن أحياء عدة.';
    expect(ids(text)).toContain('ukrainian-air-force');
  });

  it('no Ukrainian air force in a page about an air show', () => {
    const text = 'استعرض سلاح الجو طائراته في العرض السنوي فوق العاصمة، وسط حضور جماهيري كبير.';
    expect(ids(text)).not.toContain('ukrainian-air-force');
  });
});
