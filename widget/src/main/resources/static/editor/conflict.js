/*
 * An edit conflict (409 edit_conflict): somebody saved or deleted the intent since this owner opened it. Shows what
 * they changed and lets the owner either take their version or save over it deliberately; never silently.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  const FIELDS = [
    ['id', 'Id'], ['title', 'Title'], ['examples', 'Examples'], ['answer', 'Answer'],
    ['quickReplies', 'Quick replies'], ['tags', 'Tags'], ['followUps', 'Follow-ups'],
  ];

  function show({ mine, base, current, onReload, onOverwrite }) {
    const box = $('conflict');
    const head = current
      ? 'Someone else saved this intent while you were editing it (you started from revision '
        + (base ? base.revision : '?') + '; it is now at revision ' + current.revision + ').'
      : 'Someone else deleted this intent while you were editing it.';
    const changes = current && base ? changesBetween(base, current) : [];
    E.put(box,
      h('p', { class: 'conflict-head' }, head),
      current ? h('p', null, changes.length ? 'What they changed:' : 'They changed nothing you can see here.') : null,
      changes.length ? h('dl', { class: 'changes' }, changes) : null,
      h('p', { class: 'muted' }, 'Your edits are still in the form below. Nothing was overwritten.'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'conflict-reload', onclick: () => { hide(); onReload(current); } },
          current ? 'Load their version (discard my edits)' : 'Close the form (discard my edits)'),
        h('button', { type: 'button', id: 'conflict-overwrite', class: 'danger', onclick: () => { hide(); onOverwrite(current); } },
          current ? 'Save my version over theirs' : 'Recreate it with my edits')));
    box.hidden = false;
    box.dataset.mine = mine.id;
    box.querySelector('button').focus();
  }

  function hide() {
    $('conflict').hidden = true;
    E.put($('conflict'));
  }

  /** One dt/dd pair per field that differs between the two versions of the intent. */
  function changesBetween(before, after) {
    const out = [];
    for (const [field, label] of FIELDS) {
      const a = before[field];
      const b = after[field];
      if (JSON.stringify(a == null ? null : a) === JSON.stringify(b == null ? null : b)) continue;
      out.push(h('dt', null, label), h('dd', null, Array.isArray(a) || Array.isArray(b) ? listChange(a || [], b || []) : textChange(a, b)));
    }
    return out;
  }

  function listChange(before, after) {
    const added = after.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !after.includes(x));
    const items = [
      ...added.map((x) => h('li', { class: 'added' }, h('span', { class: 'sign', 'aria-label': 'added' }, '+ '), x)),
      ...removed.map((x) => h('li', { class: 'removed' }, h('span', { class: 'sign', 'aria-label': 'removed' }, '− '), x)),
    ];
    return items.length ? h('ul', { class: 'diff' }, items) : 'reordered';
  }

  function textChange(before, after) {
    return h('div', { class: 'diff' },
      h('p', { class: 'removed' }, h('span', { class: 'sign' }, 'Before: '), before || '(empty)'),
      h('p', { class: 'added' }, h('span', { class: 'sign' }, 'Now: '), after || '(empty)'));
  }

  E.conflict = { show, hide, changesBetween, listChange, textChange };
})();
