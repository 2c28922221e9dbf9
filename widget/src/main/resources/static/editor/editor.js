/*
 * Penny FAQ editor: wires the panels together (tabs, the catalog summary in the header) and starts them. Each panel
 * lives in its own file (intents.js, conflict.js, try.js, report.js, publish.js, suggestions.js) on top of dom.js.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $ } = E;

  const TABS = ['edit', 'try', 'report', 'publish', 'suggestions', 'files', 'articles'];

  /* ---------- tabs (WAI-ARIA tabs: arrows move between them, Home and End jump) ---------- */

  E.showTab = function showTab(name, focus) {
    for (const tab of TABS) {
      const selected = tab === name;
      const button = $('tab-' + tab);
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      $('panel-' + tab).hidden = !selected;
      if (selected && focus) button.focus();
    }
    if (name === 'publish') E.panels.publish.refreshVersions();
    if (name === 'suggestions') E.panels.suggestions.refresh();
    if (name === 'articles') E.panels.articles.refresh();
  };

  function wireTabs() {
    TABS.forEach((tab, i) => {
      const button = $('tab-' + tab);
      button.addEventListener('click', () => E.showTab(tab));
      button.addEventListener('keydown', (event) => {
        const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
        if (next == null) return;
        event.preventDefault();
        E.showTab(TABS[(next + TABS.length) % TABS.length], true);
      });
    });
    $('publish-open').addEventListener('click', () => E.showTab('publish', true));
  }

  /* ---------- the catalog summary ---------- */

  async function loadCatalog() {
    try {
      E.catalog = await E.api('GET', '');
      renderSummary();
      E.emit('catalog', E.catalog);
    } catch (error) {
      $('summary').textContent = 'The catalog could not be loaded.';
      E.fail(error);
    }
  }

  function renderSummary() {
    const { live, draft } = E.catalog;
    const changed = draft.changedSinceLive;
    const pending = changed === true || (typeof changed === 'number' && changed > 0)
      || (changed && typeof changed === 'object' && ['added', 'removed', 'changed'].some((k) => (changed[k] || []).length));
    $('summary').textContent = (live ? 'Live: version ' + live.version : 'Nothing published yet') + ' · Draft: '
      + E.plural(draft.intents || 0, 'intent') + ', ' + E.plural(draft.examples || 0, 'example')
      + (draft.articles ? ', ' + E.plural(draft.articles, 'article') : '')
      + (pending ? ' · unpublished changes' : '');
    $('summary').dataset.pending = pending ? 'true' : 'false';
  }

  /* ---------- start ---------- */

  function start() {
    wireTabs();
    Object.values(E.panels).forEach((panel) => panel.wire());
    E.on('draft-changed', loadCatalog);
    E.on('published', loadCatalog);
    E.panels.intents.refreshList();
    E.panels.suggestions.refresh();
    E.panels.articles.refresh();
    loadCatalog();
  }

  start();
})();
