import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of families the parser missed, one family each (session of 5 Dec, second half).
describe('a name of three with its news a few words on (谭德贵吃了晚饭扬言…)', () => {
  it('reads the person and never a zero report', () => {
    const r = parse('杨树村零报告。谭德贵吃了晚饭扬言明天要去县里');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '谭德贵', state: 'abnormal', escalation: 'county' });
    expect(r.warnings).toContain('self_contradiction');
    expect(only(parse('张老三喝醉了扬言要去北京'), 'key_person').persons[0]!.name).toBe('张老三');
  });

  it('not a place, a number or a group before the news (江景名都业主…, 龙涌七名…, 应该不算上访)', () => {
    expect(kinds(parse('江景名都业主到县上访事件'))).not.toContain('key_person');
    expect(kinds(parse('【终报】龙涌七名群众经区信访局接谈后已同意返回，情绪平稳。'))).not.toContain('key_person');
    expect(only(parse('杨树村今天零报告，下午村民王某某去镇上反映了一下宅基地的事，已经处理好了，应该不算上访吧。'), 'incident').people).toBe(1);
  });
});

describe('a workplace after a far place is at that place (在外地打工，今天在工地上)', () => {
  it('reads away', () => {
    expect(only(parse('刘富贵在外地打工，今天在工地上干活'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('重点人员刘富贵：在广东打工，住在工棚，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });

  it('home when a return comes between, or no far place was said', () => {
    expect(only(parse('刘富贵在外地打工，昨天回来了，今天在工地上干活'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('刘富贵在家，今天在工地上干活'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('冯某某扬言要去北京，目前在工地干活'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});
