/*
 * The quality and cost report of the draft: cross-validated accuracy, the most confused intent pairs with their
 * examples, intents with too few examples, and the precision-vs-automation curve (an SVG chart and a table with the
 * cost per 1,000 conversations) with the threshold picker that saves the draft's threshold.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h, svg } = E;

  let report = null;
  let stale = false;

  async function run() {
    const button = $('report-run');
    button.disabled = true;
    E.put($('report'), h('p', { class: 'muted' }, 'Cross-validating the draft… this can take a minute.'));
    try {
      report = await E.api('POST', '/draft/report', { folds: 5 });
      stale = false;
      render();
      E.say('Report ready: accuracy ' + E.percent(report.accuracy) + '.');
    } catch (error) {
      E.put($('report'), h('p', { class: 'problem' }, E.explain(error)), problemList(error.problems));
    } finally {
      button.disabled = false;
    }
  }

  function problemList(problems) {
    return (problems || []).length
      ? h('ul', null, problems.map((p) => h('li', null, (p.intentId ? p.intentId + ': ' : '') + p.message))) : null;
  }

  function render() {
    if (!report) return;
    E.put($('report'),
      stale ? h('p', { class: 'warn-box' }, 'The draft changed since this report was made; run it again to see the effect.') : null,
      overview(),
      curveSection(),
      confusedSection(),
      thinSection());
  }

  function overview() {
    return h('div', { class: 'figures' },
      figure(E.percent(report.accuracy), 'accuracy', 'questions put in the right intent, on examples held out of training'),
      figure(String(report.examples), 'examples', 'tested, in ' + report.folds + ' rounds'),
      figure(String((report.confusedPairs || []).length), 'confused pairs', 'intents that get mixed up'),
      figure(String((report.thinIntents || []).length), 'thin intents', 'need more examples'));
  }

  function figure(value, label, note) {
    return h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, value),
      h('span', { class: 'figure-label' }, label), h('span', { class: 'muted' }, note));
  }

  /* ---------- the curve and the threshold picker ---------- */

  function draftThreshold() {
    return E.catalog && E.catalog.draft ? E.catalog.draft.minAnswerConfidence : null;
  }

  function curveSection() {
    const curve = (report.curve || [])
      .filter((p) => [p.threshold, p.automationRate, p.answeredPrecision].every(Number.isFinite))
      .sort((a, b) => a.threshold - b.threshold);
    const chosen = draftThreshold();
    return h('section', { class: 'curve', 'aria-labelledby': 'curve-title' },
      h('h3', { id: 'curve-title' }, 'How much to automate'),
      h('p', { class: 'hint' }, 'Penny answers from the FAQ only when it is at least this confident. A lower threshold '
        + 'answers more questions automatically but gets more of them wrong; a higher one sends more to the LLM or an '
        + 'agent, which costs more. Pick a row and save it.'),
      h('p', null, 'The draft now uses ', h('strong', null, chosen == null
        ? 'the calibrated default' + (report.calibratedThreshold != null ? ' (' + report.calibratedThreshold.toFixed(2) + ')' : '')
        : chosen.toFixed(2)), '.'),
      curve.length ? chart(curve, chosen) : h('p', { class: 'muted' }, 'The draft is too small for a curve.'),
      curve.length ? legend() : null,
      curve.length ? picker(curve, chosen) : null,
      passageThreshold());
  }

  /** Without an LLM, the score from which an article passage is quoted, and where it came from. */
  function passageThreshold() {
    const t = report.passageThreshold;
    if (!t) return null;
    return h('p', { id: 'report-passage-threshold' }, 'Without an LLM, an article passage is quoted from a score of ',
      h('strong', null, Number(t.score).toFixed(2)), t.origin ? ' (' + t.origin + ').' : '.');
  }

  const W = 640;
  const H = 260;
  const M = { left: 56, right: 20, top: 16, bottom: 44 };

  /** Answered precision (up) against automation rate (right), one point per threshold. */
  function chart(curve, chosen) {
    const lowest = Math.min(...curve.map((p) => p.answeredPrecision));
    const yMin = Math.max(0, Math.floor((lowest - 0.005) * 20) / 20);
    const x = (share) => M.left + share * (W - M.left - M.right);
    const y = (share) => H - M.bottom - ((share - yMin) / (1 - yMin || 1)) * (H - M.top - M.bottom);
    const byAutomation = curve.slice().sort((a, b) => a.automationRate - b.automationRate);
    const line = byAutomation.map((p) => x(p.automationRate).toFixed(1) + ',' + y(p.answeredPrecision).toFixed(1)).join(' ');
    return svg('svg', {
      class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', id: 'curve-chart',
      'aria-label': 'Answered precision against automation rate for ' + curve.length + ' thresholds; the table below has the same figures',
    },
    axes(x, y, yMin),
    svg('polyline', { class: 'curve-line', points: line }),
    spots(curve).map((points) => point(points, x, y, chosen)));
  }

  function legend() {
    return h('p', { class: 'legend' },
      h('span', null, h('span', { class: 'key' }), 'a threshold (click to pick it)'),
      h('span', null, h('span', { class: 'key chosen' }), 'saved in the draft'),
      report.calibratedThreshold != null ? h('span', null, h('span', { class: 'key calibrated' }), 'calibrated default') : null);
  }

  function axes(x, y, yMin) {
    const parts = [svg('line', { class: 'axis', x1: x(0), y1: y(yMin), x2: x(1), y2: y(yMin) }),
      svg('line', { class: 'axis', x1: x(0), y1: y(yMin), x2: x(0), y2: y(1) })];
    for (let i = 0; i <= 5; i++) {
      const share = i / 5;
      parts.push(svg('line', { class: 'grid', x1: x(share), y1: y(yMin), x2: x(share), y2: y(1) }),
        svg('text', { class: 'tick', x: x(share), y: y(yMin) + 16, 'text-anchor': 'middle' }, Math.round(share * 100) + '%'));
      const level = yMin + (1 - yMin) * share;
      parts.push(svg('line', { class: 'grid', x1: x(0), y1: y(level), x2: x(1), y2: y(level) }),
        svg('text', { class: 'tick', x: x(0) - 6, y: y(level) + 4, 'text-anchor': 'end' }, (level * 100).toFixed(0) + '%'));
    }
    parts.push(svg('text', { class: 'axis-label', x: x(0.5), y: H - 6, 'text-anchor': 'middle' },
      'Automation: share of questions answered from the FAQ'),
    svg('text', { class: 'axis-label', x: 14, y: y((1 + yMin) / 2), 'text-anchor': 'middle',
      transform: 'rotate(-90 14 ' + y((1 + yMin) / 2).toFixed(1) + ')' }, 'Answers that are right'));
    return parts;
  }

  const same = (a, b) => a != null && b != null && Math.abs(a - b) < 1e-9;

  /**
   * Thresholds that answer the same questions the same way sit on one spot: one dot for them all, which picks the
   * highest of them (the one with the most margin for questions unlike the examples).
   */
  function spots(curve) {
    const byPlace = new Map();
    for (const p of curve) {
      const key = p.automationRate.toFixed(4) + '/' + p.answeredPrecision.toFixed(4);
      if (!byPlace.has(key)) byPlace.set(key, []);
      byPlace.get(key).push(p);
    }
    return [...byPlace.values()];
  }

  function point(points, x, y, chosen) {
    const p = points[points.length - 1];
    const isChosen = points.some((q) => same(q.threshold, chosen));
    const isCalibrated = points.some((q) => same(q.threshold, report.calibratedThreshold));
    const range = points.length > 1 ? 'Thresholds ' + points[0].threshold.toFixed(2) + ' to ' + p.threshold.toFixed(2)
      : 'Threshold ' + p.threshold.toFixed(2);
    return svg('circle', {
      class: 'dot' + (isChosen ? ' chosen' : '') + (isCalibrated ? ' calibrated' : ''),
      cx: x(p.automationRate).toFixed(1), cy: y(p.answeredPrecision).toFixed(1), r: isChosen ? 7 : 5,
      'data-threshold': p.threshold,
      onclick: () => pick(p.threshold),
    }, svg('title', null, range + ': automates ' + E.percent(p.automationRate) + ', ' + E.percent(p.answeredPrecision)
      + ' right'));
  }

  function picker(curve, chosen) {
    const rows = curve.map((p) => {
      const id = 'threshold-' + p.threshold.toFixed(3);
      const mark = [];
      if (same(p.threshold, report.calibratedThreshold)) mark.push('calibrated default');
      if (same(p.threshold, chosen)) mark.push('saved');
      return h('tr', { 'data-threshold': p.threshold },
        h('td', null, h('input', { type: 'radio', name: 'threshold', id, value: String(p.threshold),
          checked: same(p.threshold, chosen) })),
        h('td', null, h('label', { for: id }, p.threshold.toFixed(2)), mark.length ? h('span', { class: 'tag' }, mark.join(', ')) : null),
        h('td', { class: 'num' }, E.percent(p.automationRate)),
        h('td', { class: 'num' }, E.percent(p.answeredPrecision)),
        h('td', { class: 'num' }, E.dollars(p.llmCostPer1000)),
        h('td', { class: 'num' }, E.dollars(p.agentCostPer1000)));
    });
    const calibrated = report.calibratedThreshold;
    return h('form', { class: 'threshold-form', id: 'threshold-form', onsubmit: saveThreshold },
      h('table', { class: 'table curve-table' },
        h('caption', null, 'Thresholds, with the estimated cost of 1,000 conversations when everything below the threshold '
          + 'goes to the LLM or to an agent'),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Pick')),
          h('th', { scope: 'col' }, 'Threshold'), h('th', { scope: 'col' }, 'Automated'),
          h('th', { scope: 'col' }, 'Answers right'), h('th', { scope: 'col' }, 'LLM cost / 1,000'),
          h('th', { scope: 'col' }, 'Agent cost / 1,000'))),
        h('tbody', null, rows)),
      h('div', { class: 'actions' },
        h('label', null, h('input', { type: 'radio', name: 'threshold', value: 'default', checked: chosen == null }),
          ' Use the calibrated default' + (calibrated != null ? ' (' + calibrated.toFixed(2) + ')' : '')),
        h('button', { type: 'submit', class: 'primary', id: 'threshold-save' }, 'Save threshold to the draft')));
  }

  function pick(threshold) {
    const radio = document.querySelector('input[name=threshold][value="' + String(threshold) + '"]');
    if (radio) {
      radio.checked = true;
      radio.focus();
    }
  }

  async function saveThreshold(event) {
    event.preventDefault();
    const picked = document.querySelector('input[name=threshold]:checked');
    if (!picked) return E.say('Pick a threshold in the table first.', 'error');
    const value = picked.value === 'default' ? null : Number(picked.value);
    try {
      const saved = await E.api('PUT', '/draft/threshold', { minAnswerConfidence: value });
      if (E.catalog && E.catalog.draft) E.catalog.draft.minAnswerConfidence = saved.minAnswerConfidence;
      E.say(saved.minAnswerConfidence == null ? 'The draft uses the calibrated default threshold.'
        : 'Saved threshold ' + saved.minAnswerConfidence.toFixed(2) + ' to the draft. It goes live when you publish.');
      E.emit('draft-changed', { threshold: true });
      render();
    } catch (error) {
      E.fail(error);
    }
    return undefined;
  }

  /* ---------- confused pairs and thin intents ---------- */

  function openButton(id) {
    return h('button', { type: 'button', class: 'link', onclick: () => E.panels.intents.open(id) }, id);
  }

  function confusedSection() {
    const pairs = report.confusedPairs || [];
    return h('section', { class: 'confused', 'aria-labelledby': 'confused-title' },
      h('h3', { id: 'confused-title' }, 'Intents that get mixed up'),
      pairs.length ? h('ol', { class: 'pairs' }, pairs.map(pair)) : h('p', { class: 'muted' }, 'No two intents were confused.'));
  }

  function pair(p) {
    return h('li', { class: 'card' },
      h('details', null,
        h('summary', null, openButton(p.intentA), ' ↔ ', openButton(p.intentB), ' ',
          h('span', { class: 'muted' }, E.plural(p.count, 'mistake'))),
        h('table', { class: 'table' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Example'), h('th', { scope: 'col' }, 'Belongs to'),
            h('th', { scope: 'col' }, 'Penny thought'))),
          h('tbody', null, (p.examples || []).map((e) => h('tr', null, h('td', null, e.text), h('td', null, e.expected),
            h('td', null, e.predicted)))))));
  }

  function thinSection() {
    const thin = report.thinIntents || [];
    return h('section', { class: 'thin', 'aria-labelledby': 'thin-title' },
      h('h3', { id: 'thin-title' }, 'Intents with too few examples'),
      thin.length
        ? h('ul', null, thin.map((t) => h('li', null, openButton(t.intentId), ': has ' + E.plural(t.examples, 'example')
          + ', needs about ' + t.needed + '.')))
        : h('p', { class: 'muted' }, 'Every intent has enough examples.'));
  }

  function wire() {
    $('report-run').addEventListener('click', run);
    E.on('draft-changed', (detail) => {
      if (report && !(detail && detail.threshold)) {
        stale = true;
        render();
      }
    });
  }

  E.panels.report = { wire, run };
})();
