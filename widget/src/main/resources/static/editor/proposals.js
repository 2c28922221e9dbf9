/*
 * Suggested examples for a thin intent (fewer than THIN examples), when the server has an LLM: "Suggest examples"
 * asks for paraphrases, each shown with Accept and Reject. Accept adds that one example to the draft (the same call as
 * adding examples from traffic); Reject drops it. Nothing is added without a click. The quality report, run on the
 * draft, then shows the effect before anything is published.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  const THIN = 20;

  let intent = null; // the intent open in the form, as the server gave it
  let pending = { id: null, proposals: [] }; // proposals not yet accepted or rejected, for intent pending.id

  function offered() {
    return Boolean(intent && E.catalog && E.catalog.suggestExamples && (intent.examples || []).length < THIN);
  }

  function render() {
    const box = $('proposals');
    box.hidden = !offered();
    if (box.hidden) return;
    const list = pending.id === intent.id ? pending.proposals : [];
    E.put($('proposal-list'), ...list.map((text) => h('li', { class: 'proposal', 'data-text': text },
      h('span', { class: 'proposal-text' }, text),
      h('button', { type: 'button', class: 'primary', 'data-action': 'accept', onclick: (e) => accept(text, e.target) }, 'Accept'),
      h('button', { type: 'button', 'data-action': 'reject', onclick: () => reject(text) }, 'Reject'))));
  }

  async function suggest() {
    const id = intent.id;
    const button = $('suggest-examples');
    button.disabled = true;
    E.say('Asking the LLM for new ways to ask “' + (intent.title || id) + '”…');
    try {
      const answer = await E.api('POST', '/draft/intents/' + E.path(id) + '/suggested-examples', {});
      pending = { id, proposals: answer.proposals || [] };
      E.say(answer.proposals.length
        ? E.plural(answer.proposals.length, 'suggestion') + ': accept the ones that mean the same, reject the rest.'
        : 'The LLM suggested nothing new for this intent.');
      render();
    } catch (error) {
      E.say(error.code === 'llm_failed' ? 'The LLM did not answer; nothing was suggested. Try again in a moment.'
        : error.code === 'llm_budget_exhausted'
          ? 'Today\'s LLM budget is spent; the LLM was not asked. Try again tomorrow or raise the budget.'
          : E.explain(error), 'error');
    } finally {
      button.disabled = false;
    }
  }

  async function accept(text, button) {
    const id = pending.id;
    button.disabled = true;
    try {
      const current = await E.api('GET', '/draft/intents/' + E.path(id));
      const saved = await E.api('POST', '/draft/intents/' + E.path(id) + '/examples', { examples: [text], revision: current.revision });
      drop(text);
      $('proposal-effect').hidden = false;
      E.say('Added “' + text + '” to ' + saved.id + ' in the draft (revision ' + saved.revision + ').');
      E.emit('draft-changed');
      E.panels.intents.open(id);
    } catch (error) {
      button.disabled = false;
      E.say(error.code === 'invalid_intent' ? 'Not added: ' + error.problems.map((p) => p.message).join('; ')
        : E.explain(error), 'error');
    }
  }

  function reject(text) {
    drop(text);
    E.say('Rejected “' + text + '”; it was not added.');
  }

  function drop(text) {
    pending.proposals = pending.proposals.filter((p) => p !== text);
    render();
  }

  function wire() {
    $('suggest-examples').addEventListener('click', suggest);
    $('proposal-report').addEventListener('click', () => E.showTab('report', true));
    E.on('intent-opened', (opened) => {
      intent = opened;
      if (!opened || opened.id !== pending.id) $('proposal-effect').hidden = true;
      render();
    });
    E.on('catalog', render);
  }

  E.panels.proposals = { wire };
})();
