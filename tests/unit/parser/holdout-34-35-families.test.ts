import { describe, expect, it } from 'vitest';
import { kinds, parse } from './helpers.js';

// Families of wording behind an unsafe zero report in blind holdout 34 (广西) at its first run. Each case is an
// invented variant (other names, places, phrasings), never a corpus line.

describe('桂柳话: 讲 for 说 and 克 for 去 before a level', () => {
  it.each(['杨树村零报告，王某某又讲要克北京，我们在他家做工作', '马坊村零报告，李某某讲要克市里告状', '清河村今日零报告，赵某某还讲要克县里反映低保'])('%s: a threat beside the 零报告: no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('key_person');
  });

  it.each(['清河村今日零报告，书记在村部讲话', '杨树村零报告，大家要克服困难', '马坊村零报告，买了两千克化肥'])('%s: 讲 and 克 in other words: still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('听讲 is hearsay: another place\'s news told, no report of ours', () => {
    expect(kinds(parse('听讲隔壁镇有人克县里了'))).toEqual(['chatter']);
  });
});
