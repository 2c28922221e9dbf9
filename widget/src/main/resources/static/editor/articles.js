/*
 * Articles: the draft's help-center articles (Markdown, HTML, PDF). List them, upload one, remove one; they go live
 * with the intents when the draft is published. Uploads are multipart to /api/catalog/draft/articles.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;
  const { $, h } = E;

  const MAX_BYTES = 10 * 1024 * 1024; // the server's limit; checked here too so a large file is not sent at all

  const WHY = {
    article_too_large: 'The article is too large',
    duplicate_article_id: 'The draft already has an article with that id (remove it first, or choose another id)',
    too_many_articles: 'The draft holds as many articles as a version may',
    invalid_article_id: 'The id must be 1 to 64 lower-case letters, digits, - or _',
    unsafe_link: 'The article has a link Penny does not allow (only http, https, mailto and site paths)',
    unreadable_document: 'The file cannot be read (a broken or encrypted PDF?)',
    empty_article: 'No text was found in the file',
    unsupported_format: 'Penny reads Markdown (.md), HTML (.html) and PDF (.pdf) files',
  };

  async function refresh() {
    try {
      render(await E.api('GET', '/draft/articles') || []);
    } catch (error) {
      E.put($('articles'), h('li', { class: 'muted' }, error.status === 404
        ? 'This server does not keep articles.' : E.explain(error)));
    }
  }

  function render(articles) {
    const count = $('article-count');
    count.textContent = String(articles.length);
    E.put($('articles'), ...articles.map(row));
    if (!articles.length) $('articles').append(h('li', { class: 'muted' }, 'No articles in the draft yet.'));
  }

  function row(a) {
    return h('li', { class: 'card article', 'data-article': a.id },
      h('div', { class: 'card-head' },
        h('strong', null, a.title),
        h('span', { class: 'tag' }, a.id),
        h('span', { class: 'muted' }, E.plural(a.passages, 'passage') + ' · ' + E.plural(a.characters, 'character')),
        a.url ? h('span', { class: 'muted' }, a.url) : null),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger', onclick: () => remove(a) }, 'Remove')));
  }

  async function remove(a) {
    if (!(await E.ask('Remove the article “' + a.title + '” from the draft? Visitors keep it until you publish.', 'Remove'))) return;
    try {
      await E.api('DELETE', '/draft/articles/' + E.path(a.id));
      E.say('Removed ' + a.id + ' from the draft.');
      E.emit('draft-changed');
    } catch (error) {
      E.fail(error);
    }
    refresh();
  }

  async function upload(event) {
    event.preventDefault();
    const box = $('article-result');
    box.hidden = true;
    const file = $('article-file').files[0];
    if (!file) return refused(box, 'Choose a file first.');
    if (file.size > MAX_BYTES) return refused(box, WHY.article_too_large + ': ' + file.name + ' is over 10 MB.');
    const form = new FormData();
    form.append('file', file);
    for (const name of ['id', 'url']) {
      const value = $('article-' + name).value.trim();
      if (value) form.append(name, value);
    }
    try {
      const response = await fetch(new URL('../api/catalog/draft/articles', location.href).href,
        { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' }, body: form });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new E.ApiError(response.status, body);
      E.say('Added “' + body.title + '” (' + E.plural(body.passages, 'passage') + ') to the draft; publish to serve it.');
      $('article-form').reset();
      E.emit('draft-changed');
      refresh();
    } catch (error) {
      refused(box, (WHY[error.code] ? WHY[error.code] + '. ' : '') + E.explain(error));
    }
    return undefined;
  }

  function refused(box, text) {
    E.put(box, h('p', null, text));
    box.hidden = false;
    E.say(text, 'error');
  }

  function wire() {
    $('article-form').addEventListener('submit', upload);
    E.on('published', refresh);
  }

  E.panels.articles = { wire, refresh };
})();
