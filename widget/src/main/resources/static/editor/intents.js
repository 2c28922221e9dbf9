/*
 * The intent list (search) and the intent form: create, edit, rename, delete, with every validation problem shown
 * next to the field it names. Edit conflicts are handed to conflict.js.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  let base = null; // the intent as the server last gave it; null while creating a new one
  let snapshot = ''; // the form's content when it was filled, to tell whether the owner changed anything
  let rowsSent = { examples: [], quickReplies: [] }; // the row elements behind each sent list entry
  let searchTimer = 0;

  /* ---------- the list ---------- */

  async function refreshList() {
    const q = $('intent-search').value.trim();
    try {
      const items = await E.api('GET', '/draft/intents' + (q ? '?q=' + encodeURIComponent(q) : ''));
      renderList(items || []);
    } catch (error) {
      E.fail(error);
    }
  }

  function renderList(items) {
    $('intent-count').textContent = String(items.length);
    $('intent-empty').hidden = items.length > 0;
    E.put($('intent-list'), ...items.map(listItem));
    const current = $('intent-list').querySelector('.current');
    if (current) current.scrollIntoView({ block: 'nearest' });
  }

  function listItem(item) {
    const current = base && base.id === item.id;
    return h('li', null,
      h('button', {
        type: 'button',
        class: current ? 'intent-item current' : 'intent-item',
        'aria-current': current ? 'true' : null,
        'data-intent': item.id,
        onclick: () => open(item.id),
      },
      h('span', { class: 'item-title' }, item.title || item.id),
      h('span', { class: 'item-id' }, item.id),
      h('span', { class: 'item-meta' }, E.plural(item.examples, 'example'),
        ...(item.tags || []).map((tag) => h('span', { class: 'tag' }, tag)))));
  }

  function markCurrent() {
    for (const button of $('intent-list').querySelectorAll('.intent-item')) {
      const current = base != null && button.dataset.intent === base.id;
      button.classList.toggle('current', current);
      if (current) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  /* ---------- opening and filling the form ---------- */

  async function leaveAllowed() {
    return !isDirty() || E.ask('You have unsaved changes to this intent. Discard them?', 'Discard changes');
  }

  async function open(id) {
    if (!(await leaveAllowed())) return;
    try {
      const intent = await E.api('GET', '/draft/intents/' + E.path(id));
      fill(intent, intent);
      E.showTab('edit');
    } catch (error) {
      E.fail(error);
      if (error.code === 'unknown_intent') refreshList();
    }
  }

  /** Opens an empty form, or one prefilled (from a suggestion); nothing is saved until the owner saves. */
  async function create(prefill) {
    if (!(await leaveAllowed())) return false;
    fill(Object.assign({ id: '', title: '', examples: [''], answer: '', quickReplies: [], tags: [] }, prefill), null);
    if (prefill) snapshot = ''; // a prefilled form is unsaved work
    E.showTab('edit');
    $('f-id').focus();
    return true;
  }

  function fill(intent, from) {
    base = from;
    $('edit-nothing').hidden = true;
    $('intent-form').hidden = false;
    $('form-title').textContent = from ? 'Edit “' + (from.title || from.id) + '”' : 'New intent';
    $('form-revision').textContent = from ? 'revision ' + from.revision : 'not saved yet';
    $('f-delete').hidden = !from;
    $('f-id').value = intent.id || '';
    $('f-title').value = intent.title || '';
    $('f-answer').value = intent.answer || '';
    $('f-tags').value = (intent.tags || []).join(', ');
    $('f-followups').value = (intent.followUps || []).join(', ');
    fillRows('f-examples', intent.examples && intent.examples.length ? intent.examples : [''], 'Example');
    fillRows('f-replies', intent.quickReplies || [], 'Quick reply');
    clearProblems();
    E.conflict.hide();
    preview();
    snapshot = JSON.stringify(read().intent);
    markCurrent();
    E.emit('intent-opened', from);
  }

  /* ---------- editable lists (examples, quick replies) ---------- */

  function fillRows(listId, values, noun) {
    $(listId).replaceChildren();
    values.forEach((value) => addRow(listId, value, noun));
  }

  function addRow(listId, value, noun, after) {
    const list = $(listId);
    const input = h('input', { class: 'row-input', autocomplete: 'off' });
    input.value = value || '';
    const remove = h('button', { type: 'button', class: 'row-remove', onclick: () => removeRow(row, listId, noun) }, '×');
    const row = h('li', { class: 'row' }, input, remove);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        addRow(listId, '', noun, row).focus();
      }
    });
    list.insertBefore(row, after ? after.nextSibling : null);
    labelRows(listId, noun);
    return input;
  }

  function removeRow(row, listId, noun) {
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    labelRows(listId, noun);
    if (next) next.querySelector('input').focus();
    else $(listId === 'f-examples' ? 'f-example-add' : 'f-reply-add').focus();
  }

  function labelRows(listId, noun) {
    [...$(listId).children].forEach((row, i) => {
      row.querySelector('input').setAttribute('aria-label', noun + ' ' + (i + 1));
      row.querySelector('button').setAttribute('aria-label', 'Remove ' + noun.toLowerCase() + ' ' + (i + 1));
    });
  }

  /* ---------- reading the form ---------- */

  const list = (value) => value.split(',').map((part) => part.trim()).filter(Boolean);

  function rowValues(listId) {
    const rows = [...$(listId).children].filter((row) => row.querySelector('input').value.trim() !== '');
    return { rows, values: rows.map((row) => row.querySelector('input').value.trim()) };
  }

  /** The intent as the form has it; blank rows are left out, and which row each entry came from is kept. */
  function read() {
    const examples = rowValues('f-examples');
    const replies = rowValues('f-replies');
    const intent = {
      id: $('f-id').value.trim(),
      title: $('f-title').value.trim(),
      examples: examples.values,
      answer: $('f-answer').value.trim(),
      quickReplies: replies.values,
      followUps: list($('f-followups').value),
      tags: list($('f-tags').value),
      locale: base ? base.locale : null,
    };
    return { intent, rows: { examples: examples.rows, quickReplies: replies.rows } };
  }

  function isDirty() {
    return !$('intent-form').hidden && JSON.stringify(read().intent) !== snapshot;
  }

  /* ---------- saving and deleting ---------- */

  async function save(revision) {
    const { intent, rows } = read();
    rowsSent = rows;
    clearProblems();
    const wasNew = !base;
    $('f-save').disabled = true; // a second click would race the first and come back as a conflict with itself
    try {
      const saved = base
        ? await E.api('PUT', '/draft/intents/' + E.path(base.id), Object.assign({}, intent, { revision: revision || base.revision }))
        : await E.api('POST', '/draft/intents', intent);
      fill(saved, saved);
      E.say((wasNew ? 'Created ' : 'Saved ') + saved.id + ' in the draft (revision ' + saved.revision + '). Publish to make it live.');
      E.emit('draft-changed');
    } catch (error) {
      refused(error, intent);
    } finally {
      $('f-save').disabled = false;
    }
  }

  function refused(error, mine) {
    if (error.code === 'edit_conflict') {
      E.conflict.show({ mine, base, current: error.body.current, onReload: reloadFrom, onOverwrite: overwrite });
    } else if (error.code === 'intent_exists') {
      showProblems([{ field: 'id', message: 'The draft already has an intent with the id “' + mine.id + '”. Choose another id.' }]);
    } else if (error.code === 'invalid_intent' || error.problems.length) {
      showProblems(error.problems.length ? error.problems : [{ field: null, message: error.message }]);
    } else if (error.code === 'unknown_intent' && base) {
      E.conflict.show({ mine, base, current: null, onReload: reloadFrom, onOverwrite: overwrite });
    } else {
      E.fail(error);
    }
  }

  // After a conflict: take the server's intent and drop the owner's edits.
  function reloadFrom(current) {
    if (current) fill(current, current);
    else closeForm();
    refreshList();
  }

  // After a conflict, deliberately: the owner's form again on top of the intent as it is now (or recreated).
  function overwrite(current) {
    if (current) {
      base = current;
      save(current.revision);
    } else {
      base = null;
      save();
    }
  }

  async function remove() {
    if (!base) return;
    const ok = await E.ask('Delete the intent “' + (base.title || base.id) + '” from the draft? Visitors keep seeing '
      + 'it until you publish.', 'Delete');
    if (!ok) return;
    try {
      await E.api('DELETE', '/draft/intents/' + E.path(base.id) + '?revision=' + base.revision);
      E.say('Deleted ' + base.id + ' from the draft.');
      closeForm();
      E.emit('draft-changed');
    } catch (error) {
      if (error.code === 'edit_conflict' && error.body.current) {
        // Deleting what someone just changed would throw their change away unseen: show it first.
        fill(error.body.current, error.body.current);
        E.say('Someone changed this intent meanwhile; the form now shows their version. Delete again if you still want to.', 'error');
      } else if (error.code === 'edit_conflict' || error.code === 'unknown_intent') {
        E.say('Someone else already deleted this intent.');
        closeForm();
        refreshList();
      } else {
        E.fail(error);
      }
    }
  }

  function closeForm() {
    base = null;
    snapshot = '';
    $('intent-form').hidden = true;
    $('edit-nothing').hidden = false;
    markCurrent();
    E.emit('intent-opened', null);
  }

  /* ---------- problems next to their fields ---------- */

  const FIELD_ALIASES = { quick_replies: 'quickReplies', follow_ups: 'followUps' };

  /** The input a problem's field names: "examples[2]" is the third example sent, "tags[0]" the tags box. */
  function inputFor(field) {
    const match = /^([A-Za-z_]+)(?:\[(\d+)\])?/.exec(field || '');
    if (!match) return null;
    const name = FIELD_ALIASES[match[1]] || match[1];
    const index = match[2] == null ? null : Number(match[2]);
    if ((name === 'examples' || name === 'quickReplies') && index != null && rowsSent[name][index]) {
      return rowsSent[name][index].querySelector('input');
    }
    const ids = { id: 'f-id', title: 'f-title', answer: 'f-answer', tags: 'f-tags', followUps: 'f-followups',
      examples: 'f-example-add', quickReplies: 'f-reply-add' };
    return ids[name] ? $(ids[name]) : null;
  }

  const LABELS = { id: 'Id', title: 'Title', examples: 'Example', answer: 'Answer', quickReplies: 'Quick reply',
    tags: 'Tags', followUps: 'Follow-ups' };

  /** "examples[2]" reads as "Example 3"; a field without an index as its label. */
  function fieldLabel(field) {
    const match = /^([A-Za-z_]+)(?:\[(\d+)\])?/.exec(field || '');
    if (!match) return '';
    const name = FIELD_ALIASES[match[1]] || match[1];
    const label = LABELS[name] || name;
    if (match[2] == null) return name === 'examples' ? 'Examples' : name === 'quickReplies' ? 'Quick replies' : label;
    return name === 'tags' || name === 'followUps' ? label : label + ' ' + (Number(match[2]) + 1);
  }

  function showProblems(problems) {
    const summary = [];
    problems.forEach((problem, i) => {
      const input = inputFor(problem.field);
      const id = 'problem-' + i;
      if (input) {
        const note = h('p', { class: 'problem', id }, problem.message);
        (input.closest('.row') || input).after(note);
        if (input.tagName !== 'BUTTON') input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      }
      const text = (fieldLabel(problem.field) ? fieldLabel(problem.field) + ': ' : '') + problem.message;
      summary.push(h('li', null, input
        ? h('button', { type: 'button', class: 'link', onclick: () => input.focus() }, text)
        : text));
    });
    const box = $('form-problems');
    E.put(box, h('p', null, problems.length === 1 ? 'This needs fixing before it can be saved:'
      : 'These ' + problems.length + ' things need fixing before it can be saved:'), h('ul', null, summary));
    box.hidden = false;
    const first = problems.map((p) => inputFor(p.field)).find(Boolean);
    (first || box).focus();
  }

  function clearProblems() {
    $('form-problems').hidden = true;
    E.put($('form-problems'));
    for (const note of $('intent-form').querySelectorAll('.problem')) note.remove();
    for (const input of $('intent-form').querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      const rest = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('problem-'));
      if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
      else input.removeAttribute('aria-describedby');
    }
  }

  function preview() {
    E.put($('f-answer-preview'), E.richText($('f-answer').value));
  }

  /* ---------- wiring ---------- */

  function wire() {
    $('intent-search').addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(refreshList, 200);
    });
    $('intent-new').addEventListener('click', () => create());
    $('f-example-add').addEventListener('click', () => addRow('f-examples', '', 'Example').focus());
    $('f-reply-add').addEventListener('click', () => addRow('f-replies', '', 'Quick reply').focus());
    $('f-answer').addEventListener('input', preview);
    $('intent-form').addEventListener('submit', (event) => {
      event.preventDefault();
      save();
    });
    $('f-revert').addEventListener('click', () => (base ? fill(base, base) : closeForm()));
    $('f-delete').addEventListener('click', remove);
    window.addEventListener('beforeunload', (event) => {
      if (isDirty()) event.preventDefault();
    });
    E.on('draft-changed', refreshList);
  }

  E.panels.intents = { wire, refreshList, open, create };
})();
