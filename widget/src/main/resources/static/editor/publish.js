/*
 * Publishing: what the draft changes, publish, the version history with each version's diff, rollback and copying a
 * version into the draft; and import/export of the catalog file.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  const live = () => (E.catalog && E.catalog.live) || null;

  /* ---------- what publishing would change ---------- */

  function renderSummary() {
    const catalog = E.catalog;
    if (!catalog) return;
    const draft = catalog.draft || {};
    const current = live();
    E.put($('publish-summary'),
      h('p', null, current
        ? 'Live now: version ' + current.version + ', published by ' + current.publishedBy + ' on ' + E.when(current.publishedAt) + '.'
        : 'Nothing has been published yet; visitors get the catalog Penny started with.'),
      h('p', null, 'The draft has ' + E.plural(draft.intents || 0, 'intent') + ' and ' + E.plural(draft.examples || 0, 'example')
        + '; answer threshold: ' + threshold(draft.minAnswerConfidence) + '.'),
      changes(draft.changedSinceLive),
      current && current.minAnswerConfidence !== draft.minAnswerConfidence
        ? h('p', null, 'The answer threshold changes from ' + threshold(current.minAnswerConfidence) + ' to '
          + threshold(draft.minAnswerConfidence) + '.') : null);
    E.put($('publish-changes'));
    $('publish').disabled = !draft.changedSinceLive;
    if (draft.changedSinceLive && current) detailChanges();
  }

  // GET /api/catalog says only whether the draft changed; the server's diff of it against the live version says how.
  async function detailChanges() {
    try {
      const diff = await E.api('GET', '/draft/diff');
      // A change of the threshold alone leaves the intents as they are; the summary already says so.
      const articles = diff.articles || { added: [], removed: [], changed: [] };
      const articlesChanged = articles.added.length || articles.removed.length || articles.changed.length;
      if (diff.added.length || diff.removed.length || diff.changed.length || articlesChanged) {
        E.put($('publish-changes'), h('div', { class: 'warn-box' }, h('p', null, 'Publishing will change:'),
          diffSummary({ added: diff.added, removed: diff.removed }), diff.changed.map(changedLine),
          articlesChanged ? [h('p', null, 'Articles:'), diffSummary(articles)] : null));
      }
    } catch (error) {
      E.put($('publish-changes'), h('p', { class: 'muted' }, 'The details of the changes could not be loaded: ' + E.explain(error)));
    }
  }

  function changedLine(change) {
    const parts = [];
    if (change.examplesAdded.length) parts.push('+' + E.plural(change.examplesAdded.length, 'example'));
    if (change.examplesRemoved.length) parts.push('−' + E.plural(change.examplesRemoved.length, 'example'));
    const other = change.changedFields.filter((f) => f !== 'examples');
    if (other.length) parts.push(other.join(', ') + ' changed');
    return h('p', { class: 'change-line' }, h('span', { class: 'sign' }, '~ changed: '), h('span', { class: 'tag' }, change.intentId),
      ' ' + parts.join('; '));
  }

  const threshold = (value) => (value == null ? 'calibrated default' : value.toFixed(2));

  /** Whether the draft differs from the live version; detailChanges adds how. */
  function changes(changed) {
    if (!changed) return h('p', { class: 'ok-box' }, 'The draft is the same as the live version: nothing to publish.');
    return h('p', null, live() ? 'The draft has changes that are not live yet.' : 'Publishing makes the whole draft live.');
  }

  /** "+ added, − removed, ~ changed" with the intents' ids; changed entries may be ids or IntentChange objects. */
  function diffSummary(diff) {
    const ids = (list) => (list || []).map((entry) => (typeof entry === 'string' ? entry : entry.intentId));
    const line = (sign, label, list) => (list.length
      ? h('li', { class: label }, h('span', { class: 'sign' }, sign + ' ' + list.length + ' ' + label + ': '),
        list.map((id) => h('span', { class: 'tag' }, id)))
      : null);
    const items = [line('+', 'added', ids(diff.added)), line('−', 'removed', ids(diff.removed)), line('~', 'changed', ids(diff.changed))]
      .filter(Boolean);
    return items.length ? h('ul', { class: 'diff-summary' }, items) : null;
  }

  async function publish() {
    const expectedLive = live() ? live().version : 0;
    const box = $('publish-result');
    box.hidden = true;
    $('publish').disabled = true;
    E.say('Training and publishing… this takes a few seconds.');
    try {
      const version = await E.api('POST', '/publish', { expectedLive });
      E.say('Published version ' + version.version + '. Visitors get it within seconds, on every node.');
      E.emit('published', version);
    } catch (error) {
      showRefusal(box, error);
    } finally {
      $('publish').disabled = false;
    }
  }

  function showRefusal(box, error) {
    let text = E.explain(error);
    if (error.code === 'publish_conflict') {
      text = 'Someone else published version ' + error.body.liveVersion + ' while you were publishing. Nothing of yours was '
        + 'published. Check the history below, then publish again.';
      E.emit('published');
    } else if (error.code === 'invalid_catalog') {
      text = 'The draft cannot be published until these problems are fixed:';
    }
    E.put(box, h('p', null, text), problems(error.problems, true));
    box.hidden = false;
    E.say(text, 'error');
  }

  /** A list of problems; for the draft's own problems, the intent named opens (an imported file's are not in it). */
  function problems(list, ofDraft) {
    if (!(list || []).length) return null;
    const intent = (id) => (ofDraft ? h('button', { type: 'button', class: 'link', onclick: () => E.panels.intents.open(id) }, id)
      : h('strong', null, id));
    return h('ul', null, list.map((p) => h('li', null,
      p.line ? 'line ' + p.line + ': ' : null,
      p.intentId ? intent(p.intentId) : null,
      p.intentId ? (p.field ? ' (' + p.field + ')' : '') + ': ' : null,
      p.message)));
  }

  /* ---------- versions ---------- */

  async function refreshVersions() {
    try {
      const versions = await E.api('GET', '/versions');
      E.put($('versions'), ...(versions || []).map(versionItem));
      if (!(versions || []).length) $('versions').append(h('li', { class: 'muted' }, 'No version has been published yet.'));
    } catch (error) {
      E.fail(error);
    }
  }

  function versionItem(v) {
    const isLive = live() && live().version === v.version;
    const detail = h('div', { class: 'version-detail', hidden: true });
    const toggle = h('button', { type: 'button', 'aria-expanded': 'false', onclick: () => toggleDetail(v.version, detail, toggle) }, 'Show changes');
    return h('li', { class: 'card version', 'data-version': v.version },
      h('div', { class: 'card-head' },
        h('strong', null, 'Version ' + v.version), isLive ? h('span', { class: 'tag live' }, 'live') : null,
        h('span', { class: 'muted' }, 'by ' + v.publishedBy + ', ' + E.when(v.publishedAt) + ' · threshold: ' + threshold(v.minAnswerConfidence))),
      diffSummary(v.diff || {}),
      h('div', { class: 'actions' }, toggle,
        h('a', { class: 'button', href: '../api/catalog/versions/' + v.version + '/export', download: 'penny-catalog-v' + v.version + '.yml' }, 'Export'),
        isLive ? null : h('button', { type: 'button', onclick: () => rollback(v.version) }, 'Roll back to this version'),
        h('button', { type: 'button', onclick: () => reset(v.version) }, 'Copy into the draft')),
      detail);
  }

  async function toggleDetail(n, detail, toggle) {
    const open = detail.hidden;
    detail.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide changes' : 'Show changes';
    if (!open || detail.dataset.loaded) return;
    try {
      const version = await E.api('GET', '/versions/' + n);
      const changed = (version.diff && version.diff.changed) || [];
      E.put(detail, ...changed.map(changeItem));
      if (!changed.length) detail.append(h('p', { class: 'muted' }, 'No existing intent changed in this version.'));
      detail.dataset.loaded = 'true';
    } catch (error) {
      E.put(detail, h('p', { class: 'problem' }, E.explain(error)));
    }
  }

  function changeItem(change) {
    return h('div', { class: 'change' },
      h('h4', null, change.intentId, ' ', h('span', { class: 'muted' }, (change.changedFields || []).join(', '))),
      (change.examplesAdded || []).length || (change.examplesRemoved || []).length
        ? [h('p', { class: 'muted' }, 'Examples'), E.conflict.listChange(change.examplesRemoved || [], change.examplesAdded || [])] : null,
      (change.changedFields || []).includes('answer')
        ? [h('p', { class: 'muted' }, 'Answer'), E.conflict.textChange(change.answerBefore, change.answerAfter)] : null);
  }

  async function rollback(n) {
    const ok = await E.ask('Publish version ' + n + '’s catalog again, as a new version? Visitors get it within seconds. '
      + 'The draft stays as it is.', 'Roll back');
    if (!ok) return;
    try {
      const version = await E.api('POST', '/versions/' + n + '/rollback', { expectedLive: live() ? live().version : 0 });
      E.say('Rolled back: version ' + version.version + ' (the catalog of version ' + n + ') is live.');
      E.emit('published', version);
    } catch (error) {
      showRefusal($('publish-result'), error);
    }
  }

  async function reset(n) {
    const ok = await E.ask('Replace the draft with version ' + n + '’s catalog? Edits in the draft that are not '
      + 'published are lost.', 'Replace the draft');
    if (!ok) return;
    try {
      await E.api('POST', '/draft/reset', { version: n });
      E.say('The draft is now version ' + n + '’s catalog.');
      E.emit('draft-changed');
    } catch (error) {
      E.fail(error);
    }
  }

  /* ---------- import ---------- */

  async function importFile(event) {
    event.preventDefault();
    const file = $('import-file').files[0];
    const box = $('import-result');
    if (!file) {
      $('import-file').focus();
      return E.say('Choose a catalog file first.', 'error');
    }
    if (!(await E.ask('Replace the whole draft with “' + file.name + '”?', 'Replace the draft'))) return undefined;
    try {
      const result = await E.api('POST', '/draft/import', { yaml: await file.text() });
      E.put(box, h('p', null, 'Imported ' + E.plural(result.intents, 'intent') + ' and ' + E.plural(result.examples, 'example')
        + ' into the draft. Publish to make them live.'),
      (result.warnings || []).length ? h('p', null, 'Worth a look:') : null, problems(result.warnings, true));
      box.className = 'problems-box ok';
      E.say('Imported ' + file.name + '.');
      E.emit('draft-changed');
    } catch (error) {
      E.put(box, h('p', null, error.code === 'invalid_catalog'
        ? 'Nothing was imported: the file has ' + E.plural(error.problems.length, 'problem') + '.' : E.explain(error)),
      problems(error.problems));
      box.className = 'problems-box';
      E.say('Nothing was imported.', 'error');
    }
    box.hidden = false;
    return undefined;
  }

  function wire() {
    $('publish').addEventListener('click', publish);
    $('versions-refresh').addEventListener('click', refreshVersions);
    $('import-form').addEventListener('submit', importFile);
    E.on('catalog', () => {
      renderSummary();
      refreshVersions();
    });
  }

  E.panels.publish = { wire, refreshVersions, renderSummary };
})();
