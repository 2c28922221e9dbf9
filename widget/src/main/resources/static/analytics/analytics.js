'use strict';
// The analytics page: reads /api/analytics for the chosen period, shows its figures (all versions or one), draws the
// charts with uPlot (served by Penny) and lists the intents and missed questions that stood out. Text from the server
// is only ever set as textContent.
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var charts = [];
  var report = null;

  var FIGURES = [
    ['conversations', 'Conversations', count],
    ['automationRate', 'Automation rate', percent],
    ['handoffRate', 'Handoff rate', percent],
    ['answers-faq', 'FAQ answers', count],
    ['answers-choice', '"Did you mean" choices', count],
    ['answers-llm', 'LLM answers', count],
    ['answers-article', 'Article excerpts', count],
    ['answers-human', 'Handed to a person', count],
    ['llmCalls', 'LLM calls', count],
    ['helpful', 'Thumbs up', count],
    ['unhelpful', 'Thumbs down', count],
    ['meanRating', 'Mean rating (1–5)', rating],
    ['botMicroUsd', 'Bot spend', usd],
    ['allLlmMicroUsd', 'All-LLM estimate', usd],
    ['savingsMicroUsd', 'Savings', usd],
    ['agentSeconds', 'Agent time', duration],
    // the editor's suggested examples: drawn from the same daily LLM budget, but not spent on visitors
    ['editorLlmCalls', 'Editor LLM calls (not visitors\')', count],
    ['editorLlmMicroUsd', 'Editor LLM spend (not visitors\')', usd]
  ];

  function count(v) { return v === null || v === undefined ? '–' : String(v); }
  function percent(v) { return v === null || v === undefined ? '–' : (v * 100).toFixed(1) + ' %'; }
  function rating(v) { return v === null || v === undefined ? '–' : v.toFixed(2); }
  function usd(micro) { return '$' + (micro / 1e6).toFixed(micro !== 0 && Math.abs(micro) < 10000 ? 6 : 2); }
  function duration(s) {
    if (s < 60) { return s + ' s'; }
    var m = Math.round(s / 60);
    return m < 60 ? m + ' min' : Math.floor(m / 60) + ' h ' + (m % 60) + ' min';
  }

  function value(figures, key) {
    if (key.indexOf('answers-') === 0) { return figures.answers[key.substring(8)]; }
    return figures[key];
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function period() {
    var parts = $('range').value.split(':');
    var granularity = parts[0];
    var n = Number(parts[1]);
    var unit = granularity === 'hour' ? 3600e3 : 86400e3;
    var end = Math.floor(Date.now() / unit) * unit + unit;
    return { granularity: granularity, from: new Date(end - n * unit).toISOString(), to: new Date(end).toISOString() };
  }

  function query(p) {
    return 'granularity=' + p.granularity + '&from=' + encodeURIComponent(p.from) + '&to=' + encodeURIComponent(p.to);
  }

  function load() {
    var p = period();
    $('csv').href = '/api/analytics/export.csv?' + query(p);
    $('status').textContent = 'Loading…';
    fetch('/api/analytics?' + query(p), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('the server answered ' + response.status); }
        return response.json();
      })
      .then(function (body) {
        report = body;
        versions();
        render();
        $('status').textContent = 'Counted ' + body.buckets.length + ' ' + body.granularity + 's from '
          + body.from.replace('T', ' ').replace(':00Z', ' UTC') + '.';
        document.body.setAttribute('data-loaded', String(Date.now()));
      })
      .catch(function (e) { $('status').textContent = 'Could not load the analytics: ' + e.message; });
  }

  function versions() {
    var select = $('version');
    var chosen = select.value;
    while (select.options.length > 1) { select.remove(1); }
    Object.keys(report.byVersion).forEach(function (v) {
      var option = el('option', v);
      option.value = v;
      select.appendChild(option);
    });
    select.value = report.byVersion[chosen] ? chosen : '';
  }

  function figuresOf(all, byVersion) {
    var v = $('version').value;
    return v ? (byVersion[v] || null) : all;
  }

  function render() {
    var figures = figuresOf(report.totals, report.byVersion) || emptyFigures();
    var list = $('figures');
    clear(list);
    FIGURES.forEach(function (f) {
      var box = el('div');
      var dd = el('dd', f[2](value(figures, f[0])));
      dd.id = 'fig-' + f[0];
      var raw = value(figures, f[0]);
      dd.setAttribute('data-value', raw === null || raw === undefined ? '' : String(raw));
      box.appendChild(el('dt', f[1]));
      box.appendChild(dd);
      list.appendChild(box);
    });
    table();
    ranked($('top-intents'), report.topIntents, function (r) { return [r.intent, r.count + ' answers']; });
    ranked($('thumbs-down'), report.mostThumbsDown, function (r) { return [r.intent, r.count + ' thumbs down']; });
    ranked($('missed'), report.missedGroups, function (g) {
      return [g.representative, g.count + ' asked' + (g.nearestIntent ? ', near ' + g.nearestIntent : '')];
    });
    draw();
  }

  function emptyFigures() {
    var f = { answers: { faq: 0, choice: 0, llm: 0, article: 0, human: 0 } };
    FIGURES.forEach(function (d) { if (d[0].indexOf('answers-') !== 0) { f[d[0]] = d[2] === usd ? 0 : null; } });
    return f;
  }

  function table() {
    var body = $('versions').tBodies[0];
    clear(body);
    Object.keys(report.byVersion).forEach(function (v) {
      var f = report.byVersion[v];
      var row = el('tr');
      [v, count(f.conversations), percent(f.automationRate), percent(f.handoffRate), count(f.answers.faq),
        count(f.answers.llm), f.helpful + ' / ' + f.unhelpful, usd(f.botMicroUsd), usd(f.savingsMicroUsd)]
        .forEach(function (text, i) { row.appendChild(el(i === 0 ? 'th' : 'td', text)); });
      body.appendChild(row);
    });
  }

  function ranked(list, items, line) {
    clear(list);
    if (!items.length) { list.appendChild(el('li', 'Nothing yet.')); return; }
    items.forEach(function (item) {
      var parts = line(item);
      var li = el('li', parts[0]);
      li.appendChild(el('span', parts[1], 'count'));
      list.appendChild(li);
    });
  }

  function draw() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    if (typeof window.uPlot !== 'function') { return; }
    var xs = [], conversations = [], automation = [], faq = [], choice = [], llm = [], human = [], bot = [], all = [];
    report.buckets.forEach(function (b) {
      var f = figuresOf(b.figures, b.byVersion) || emptyFigures();
      xs.push(Date.parse(b.start) / 1000);
      conversations.push(f.conversations || 0);
      automation.push(f.automationRate === null || f.automationRate === undefined ? null : f.automationRate * 100);
      faq.push(f.answers.faq); choice.push(f.answers.choice); llm.push(f.answers.llm); human.push(f.answers.human);
      bot.push(f.botMicroUsd / 1e6); all.push(f.allLlmMicroUsd / 1e6);
    });
    chart('chart-conversations', [xs, conversations, automation], [
      { label: 'Conversations', stroke: '#0b57d0', width: 2 },
      { label: 'Automation %', stroke: '#1a7f37', width: 2, scale: '%' }
    ], [{}, {}, { scale: '%', side: 1, grid: { show: false } }]);
    chart('chart-routes', [xs, faq, choice, llm, human], [
      { label: 'FAQ', stroke: '#1a7f37', width: 2 },
      { label: 'Choice', stroke: '#9a6700', width: 2 },
      { label: 'LLM', stroke: '#8250df', width: 2 },
      { label: 'Person', stroke: '#cf222e', width: 2 }
    ]);
    chart('chart-money', [xs, bot, all], [
      { label: 'Bot spend', stroke: '#0b57d0', width: 2 },
      { label: 'All-LLM estimate', stroke: '#cf222e', width: 2, dash: [6, 4] }
    ]);
  }

  function chart(id, data, series, axes) {
    var host = $(id);
    clear(host);
    var options = {
      width: Math.max(host.clientWidth || 0, 420),
      height: 220,
      series: [{}].concat(series),
      scales: { x: { time: true } }
    };
    if (axes) { options.axes = axes; options.scales['%'] = { range: [0, 100] }; }
    charts.push(new window.uPlot(options, data, host));
  }

  $('range').addEventListener('change', load);
  $('version').addEventListener('change', function () { if (report) { render(); } });
  load();
}());
