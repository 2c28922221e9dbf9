/*
 * Try it: a phrase against the draft or the live version; shows the top intents with their confidence, the route
 * the policy would take and why, and the answer a visitor would see.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  const ROUTES = {
    FAQ: 'Answered from the FAQ',
    CHOICE: 'Visitor is offered a choice',
    LLM: 'Sent to the LLM, grounded on the FAQ and articles',
    ARTICLE: 'Answered with an excerpt of an article',
    HUMAN: 'Handed to a person',
  };

  async function run() {
    const text = $('try-text').value.trim();
    if (!text) {
      $('try-text').focus();
      return;
    }
    const against = document.querySelector('input[name=against]:checked').value;
    E.put($('try-result'), h('p', { class: 'muted' }, 'Trying…'));
    try {
      render(await E.api('POST', '/try', { text, against }), against);
    } catch (error) {
      const message = error.code === 'unknown_version' || (against === 'live' && error.status === 404)
        ? 'Nothing has been published yet; try against the draft.' : E.explain(error);
      E.put($('try-result'), h('p', { class: 'problem' }, message));
    }
  }

  function render(result, against) {
    E.put($('try-result'),
      h('p', { class: 'muted' }, 'Against the ' + against + (result.version ? ' (version ' + result.version + ')' : '') + '.'),
      route(result),
      answer(result),
      passages(result),
      intents(result));
  }

  function route(result) {
    const name = String(result.route || '').toUpperCase();
    return h('div', { class: 'try-route' },
      h('span', { class: 'route route-' + name.toLowerCase() }, name || '?'),
      h('strong', null, ROUTES[name] || name),
      result.outOfScope ? h('span', { class: 'tag warn' }, 'out of scope') : null,
      h('p', { class: 'reason' }, 'Why: ', result.reason || '(no reason given)'));
  }

  function answer(result) {
    if (result.answer) {
      return h('div', { class: 'preview' }, h('span', { class: 'preview-label' }, 'The visitor sees'),
        h('div', { class: 'bubble', id: 'try-answer' }, E.richText(result.answer.text)),
        (result.answer.quickReplies || []).length
          ? h('div', { class: 'chips' }, result.answer.quickReplies.map((reply) => h('span', { class: 'chip' }, reply)))
          : null);
    }
    if ((result.choices || []).length) {
      return h('div', { class: 'preview' }, h('span', { class: 'preview-label' }, 'The visitor is asked which one they mean'),
        h('div', { class: 'chips' }, result.choices.map((choice) => h('span', { class: 'chip' }, choice.title || choice.id))));
    }
    if (result.route === 'ARTICLE') {
      return h('p', { class: 'muted' }, 'The visitor would see an excerpt of the quoted passage, with its link.');
    }
    return h('p', { class: 'muted' }, 'No FAQ answer would be shown.');
  }

  /** The article passages found for the phrase, best first; those the answer would cite are marked. */
  function passages(result) {
    const found = result.passages || [];
    if (!found.length) return null;
    const cited = new Set((result.sources || []).map((s) => s.url + ' ' + s.title));
    return h('div', { class: 'try-passages' }, h('span', { class: 'preview-label' }, 'Article passages'),
      h('ol', { id: 'try-passages' }, found.map((p) => {
        const title = String(p.title || p.articleId).replace(/[[\]]/g, ' ');
        return h('li', { class: cited.has(p.url + ' ' + p.title) ? 'passage used' : 'passage' },
          E.richText(p.url ? '[' + title + '](' + p.url + ')' : title), ' ' + Number(p.score).toFixed(2),
          cited.has(p.url + ' ' + p.title) ? h('span', { class: 'tag' }, 'quoted') : null);
      })),
      threshold(result.passageThreshold));
  }

  /** The score from which a passage is quoted without an LLM, and whether the articles calibrated it. */
  function threshold(t) {
    if (!t) return null;
    return h('p', { class: 'muted', id: 'try-passage-threshold' },
      'Quoted without an LLM from ' + Number(t.score).toFixed(2) + (t.origin ? ' (' + t.origin + ')' : ''));
  }

  function intents(result) {
    const rows = (result.intents || []).map((intent, i) => h('li', { class: i === 0 ? 'score best' : 'score' },
      h('button', { type: 'button', class: 'link intent-name', title: 'Open this intent', onclick: () => E.panels.intents.open(intent.id) },
        intent.title || intent.id),
      h('span', { class: 'item-id' }, intent.id),
      E.meter(intent.confidence, 'confidence'),
      h('span', { class: 'value' }, E.percent(intent.confidence, 0))));
    return h('section', { class: 'try-intents', 'aria-label': 'Top intents' },
      h('h3', null, 'Top intents'),
      rows.length ? h('ol', { class: 'scores' }, rows) : h('p', { class: 'muted' }, 'No intent matched.'));
  }

  function wire() {
    $('try-form').addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
  }

  E.panels.tryIt = { wire };
})();
