/*
 * Suggestions from traffic: questions the bot could not answer, grouped. One action per group: add the questions as
 * examples of the nearest intent, or open a new intent made from them with an agent's answer prefilled.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  const WENT = { LLM: 'went to the LLM', HUMAN: 'went to an agent', CHOICE: 'offered a choice' };
  const KINDS = { new_examples: 'more examples for an intent', new_intent: 'a new intent?' };

  async function refresh() {
    try {
      render(await E.api('GET', '/suggestions') || []);
    } catch (error) {
      E.put($('suggestions'), h('li', { class: 'muted' }, error.status === 404
        ? 'This server does not collect suggestions.' : E.explain(error)));
    }
  }

  function render(groups) {
    const count = $('suggestion-count');
    count.textContent = String(groups.length);
    count.hidden = groups.length === 0;
    E.put($('suggestions'), ...groups.map(group));
    if (!groups.length) $('suggestions').append(h('li', { class: 'muted' }, 'Nothing to suggest: every recent question was answered from the FAQ.'));
  }

  function group(g, index) {
    const name = 'group-' + index;
    const questions = (g.questions || []).map((q, i) => h('li', null,
      h('label', null, h('input', { type: 'checkbox', checked: true, 'data-text': q.text, id: name + '-q' + i }), ' ', q.text),
      h('span', { class: 'muted' }, ' · ' + (WENT[q.route] || String(q.route || '').toLowerCase()) + (q.at ? ', ' + E.when(q.at) : ''))));
    const item = h('li', { class: 'card suggestion-group', 'data-kind': g.kind, 'data-group': g.id },
      h('div', { class: 'card-head' },
        h('strong', null, '“' + g.representative + '”'),
        h('span', { class: 'tag' }, 'asked ' + E.plural(g.count, 'time')),
        h('span', { class: 'tag warn' }, KINDS[g.kind] || g.kind),
        nearest(g)),
      h('fieldset', { class: 'questions' }, h('legend', null, 'Questions in this group (untick any that do not belong)'),
        h('ul', null, questions)),
      g.kind === 'new_intent' ? answers(g, name) : null,
      h('div', { class: 'actions' }, actionButton(g, () => item)));
    return item;
  }

  function nearest(g) {
    const near = g.nearestIntent;
    // A new-intent group's nearest intent is far by definition: naming it as "closest" reads as a match.
    if (!near || g.kind !== 'new_examples') {
      return h('span', { class: 'muted', title: near ? 'Nearest: ' + (near.title || near.id) + ', '
        + E.percent(near.confidence, 0) : null }, 'not close to any intent');
    }
    return h('span', { class: 'muted' }, 'closest intent: ' + (near.title || near.id) + ' (' + E.percent(near.confidence, 0) + ')');
  }

  function answers(g, name) {
    const options = (g.agentAnswers || []).map((answer, i) => h('li', null,
      h('label', null, h('input', { type: 'radio', name: name + '-answer', value: String(i), checked: i === 0 }), ' ', answer)));
    return h('fieldset', { class: 'questions' }, h('legend', null, 'What agents answered (pick one as the draft answer)'),
      options.length ? h('ul', null, options) : h('p', { class: 'muted' }, 'No agent answer yet; you will write one.'));
  }

  function actionButton(g, item) {
    if (g.kind === 'new_examples' && g.nearestIntent) {
      return h('button', { type: 'button', class: 'primary', onclick: (event) => addExamples(g, item(), event.target) },
        'Add as examples of “' + (g.nearestIntent.title || g.nearestIntent.id) + '”');
    }
    return h('button', { type: 'button', class: 'primary', onclick: () => newIntent(g, item()) }, 'Create a new intent from these');
  }

  const picked = (item) => [...item.querySelectorAll('.questions input[type=checkbox]:checked')].map((box) => box.dataset.text);

  async function addExamples(g, item, button) {
    const examples = picked(item);
    if (!examples.length) return E.say('Tick at least one question.', 'error');
    button.disabled = true;
    try {
      const target = await E.api('GET', '/draft/intents/' + E.path(g.nearestIntent.id));
      const saved = await E.api('POST', '/draft/intents/' + E.path(target.id) + '/examples', { examples, revision: target.revision });
      E.say('Added ' + E.plural(examples.length, 'example') + ' to ' + saved.id + ' (revision ' + saved.revision + ').');
      button.textContent = 'Added to the draft';
      E.emit('draft-changed');
    } catch (error) {
      button.disabled = false;
      if (error.code === 'invalid_intent') {
        E.say('Not added: ' + error.problems.map((p) => p.message).join('; '), 'error');
      } else if (error.code === 'edit_conflict') {
        E.say('That intent changed just now; press the button again to add to its new version.', 'error');
      } else {
        E.fail(error);
      }
    }
    return undefined;
  }

  function newIntent(g, item) {
    const chosen = item.querySelector('input[type=radio]:checked');
    const answer = chosen ? (g.agentAnswers || [])[Number(chosen.value)] : '';
    E.panels.intents.create({ id: slug(g.representative), title: g.representative, examples: picked(item), answer: answer || '' })
      .then((opened) => opened && E.say('A new intent is filled in from the suggestion: check it, then save it to the draft.'));
  }

  // Words every question has: an id made of them ("can_i_buy_bitcoin_with") says less than the rest of the words.
  const FILLER = new Set(('a an the i me my we our you your it this that is are am be do does did can could will would'
    + ' should to with in on at for of from by through about how what when where why which who please there').split(' '));

  /** A starting id from the representative question: its telling words, lowercase, joined by underscores. */
  function slug(text) {
    const words = String(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const telling = words.filter((word) => !FILLER.has(word));
    return (telling.length ? telling : words).slice(0, 4).join('_');
  }

  function wire() {
    $('suggestions-refresh').addEventListener('click', refresh);
  }

  E.panels.suggestions = { wire, refresh };
})();
