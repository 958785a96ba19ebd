import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 53 (a 黔东南 township of 苗族 and 侗族 villages, 春节 2037) and 54 (a 河北
// township an hour from 北京, 国庆 2037) at their first runs. Each case is an invented variant, never a corpus line.

describe('asking after transport to a higher level is a plan to go', () => {
  it.each([
    ['杨树村今日零报告。听村里人讲周德明这两天在打听去省里的车，还没核实，我们盯着的。', '周德明'],
    ['杨树村零报告。周老四这两天在打听克省里的车', '周老四'],
  ])('%s', (text, name) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name, state: 'abnormal', escalation: 'province' });
  });
});
