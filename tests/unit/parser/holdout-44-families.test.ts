import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind the unsafe zero reports of blind holdout 44 (四川 hill township, 端午 and 高考 2033) at its
// first run. Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe('a crowd that stops work or comes to ask about a matter', () => {
  it.each(['杨树村一切正常。下午砖厂有12个工人停工，说加班费没按规定算', '前进社区零报告。安置户又有6个人到社区来问交房的事，说时间太晚了'])('%s: an incident, no zero report', (text) => {
    const r = parse(text, text.startsWith('前进') ? '前进社区' : '杨树村');
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
  });
});

describe('going to an office to take up a matter: 问补助, 找书记，说…', () => {
  it('去县退役军人事务局问补助 is a petition at the county', () => {
    const r = parse('马坊零报告，罗某某上午坐班车去县城了，说是去县退役军人事务局问补助');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.escalation).toBe('county');
  });

  it('刚才打电话说她要去镇上找书记，说…的事情: a threat at the township, the name after 刚才 read', () => {
    const r = parse('清河村上午零报告，刘秀英刚才打电话说她要去镇上找书记，说她家低保的事情');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘秀英', state: 'abnormal', escalation: 'township' });
  });

  it('X村那边杨某兰说她明天要约几个低保户一起去县民政局: named after 那边, a plan to the county', () => {
    const r = parse('马坊零报告。另外清河那边周桂兰说她明天要约几个低保户一起去县民政局');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '周桂兰', escalation: 'county' });
  });

  it('跟着去的, to the clinic, is no pursuit: 要到镇上看病 stays an errand', () => {
    expect(kinds(parse('马坊零报告，就是周建军今天早上说腰疼要到镇上看，我们跟着去的，确实是到镇卫生院看病'))).toContain('zero_report');
  });
});
