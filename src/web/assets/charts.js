// Draws the 趋势 and 排名 charts from the JSON the page carries; the only script of the 看板 besides ECharts.
(() => {
  const el = document.getElementById('chart-data');
  if (!el || !window.echarts) return;
  const { t, tr } = JSON.parse(el.textContent);
  const md = (x) => `${Number(x.slice(5, 7))}/${Number(x.slice(8, 10))}`;
  const days = tr.days.map(md);
  const grid = { left: 36, right: 12, top: 28, bottom: 28, containLabel: true };
  const chart = (id, option) => {
    const node = document.getElementById(id);
    if (!node) return;
    const c = window.echarts.init(node, null, { renderer: 'canvas' });
    // No animation: the page is read at a glance (and screenshots catch the final state).
    c.setOption({ animation: false, ...option });
    window.addEventListener('resize', () => c.resize());
    node.setAttribute('data-drawn', '1');
  };
  chart('c-ontime', {
    color: ['#2f9e44', '#f08c00', '#e03131'],
    grid,
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t.onTime, type: 'bar', stack: 'a', data: tr.onTime },
      { name: t.late, type: 'bar', stack: 'a', data: tr.late },
      { name: t.missing, type: 'bar', stack: 'a', data: tr.missing },
    ],
  });
  chart('c-incidents', {
    grid,
    xAxis: { type: 'category', data: tr.weeks.map((w) => md(w) + t.weekOf) },
    yAxis: { type: 'value', minInterval: 1 },
    series: tr.incidentsByLevel.map((l) => ({ name: l.level, type: 'bar', stack: 'i', data: l.counts, label: { show: true, formatter: (p) => (p.value ? l.level : '') } })),
  });
  chart('c-rate', {
    color: ['#1f5fbf'],
    grid,
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ name: t.rate, type: 'line', data: tr.cumulativeRate, label: { show: tr.days.length <= 10, formatter: '{c}%' } }],
  });
  const rank = tr.ranking.slice().reverse();
  chart('c-rank', {
    color: ['#2f9e44'],
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rank.map((r) => r.unit) },
    series: [{ name: t.onTimeRate, type: 'bar', data: rank.map((r) => r.rate), label: { show: true, position: 'right', formatter: '{c}%' } }],
  });
  // For bench:web: when the charts are on screen.
  performance.mark('wwb-charts-drawn');
})();
