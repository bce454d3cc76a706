// Draws each chart of a region page from the table beside it (<div class="chart" data-chart-for="TABLE-ID"
// data-chart="bars|stacked|hbars">): the table keeps the numbers for screen readers and without JS; the chart repeats
// them. Readable without colour: every series has its own pattern (ECharts decals) and bars carry their value.
(() => {
  if (!window.echarts) return;
  const number = (cell) => Number((cell.textContent || '').replace(/[^0-9.\-]/g, '')) || 0;
  const read = (table) => {
    // Columns marked no-chart (e.g. 逾期, a subset of another column) stay in the table only.
    const cells = [...table.tHead.rows[0].cells];
    const kept = cells.map((c, i) => i).filter((i) => i === 0 || !cells[i].classList.contains('no-chart'));
    const rows = [...table.tBodies[0].rows].filter((r) => r.cells.length === cells.length);
    return {
      headers: kept.map((i) => cells[i].textContent.trim()),
      categories: rows.map((r) => r.cells[0].textContent.trim()),
      columns: kept.slice(1).map((i) => rows.map((r) => number(r.cells[i]))),
    };
  };
  const label = { show: true, position: 'inside', fontSize: 11, formatter: (p) => (p.value ? p.value : '') };
  const option = (kind, data) => {
    const base = {
      aria: { enabled: true, decal: { show: true } },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      animation: false,
    };
    if (kind === 'stacked') {
      // Rows are stages, columns statuses: one horizontal bar per stage, stacked by status.
      return { ...base, xAxis: { type: 'value' }, yAxis: { type: 'category', data: data.categories, inverse: true },
        series: data.headers.slice(1).map((name, i) => ({ name, type: 'bar', stack: 'all', label, data: data.columns[i] })) };
    }
    if (kind === 'hbars') {
      const shown = data.categories.slice(0, 15);
      return { ...base, legend: { show: false }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: shown, inverse: true },
        series: [{ name: data.headers[1], type: 'bar', label: { ...label, position: 'right' }, data: data.columns[0].slice(0, 15) }] };
    }
    return { ...base, xAxis: { type: 'category', data: data.categories }, yAxis: { type: 'value', minInterval: 1 },
      series: data.headers.slice(1).map((name, i) => ({ name, type: 'bar', label: { ...label, position: 'top' }, data: data.columns[i] })) };
  };
  const charts = [];
  document.querySelectorAll('.chart[data-chart-for]').forEach((element) => {
    const table = document.getElementById(element.dataset.chartFor);
    if (!table || !table.tHead || !table.tBodies.length) return;
    const chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option(element.dataset.chart, read(table)));
    charts.push(chart);
  });
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
})();
