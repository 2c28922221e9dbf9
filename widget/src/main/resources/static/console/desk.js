/*
 * The console's desk features: who the visitor is (verified or not), the team's internal notes, transfer to another
 * agent, and canned responses (managed per language in the side panel; typing /shortcut then Tab in a reply inserts
 * one). console.js calls show() when a conversation is selected and note() when a note arrives. Like the rest of the
 * console, server and visitor text is set as text, never parsed as markup.
 */
window.PennyDesk = (ctx) => {
  'use strict';

  const { $, h, api, send, toast, selected } = ctx;
  const canned = new Map(); // shortcut -> text, in the chosen language
  const SHORTCUT_BEFORE_CARET = /(^|\s)\/([a-z0-9][a-z0-9_-]{0,31})$/;

  function request(method, path, body) {
    return fetch(api(path), {
      method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    }).then((response) => {
      if (response.status === 204) return null;
      return response.json().then((json) => {
        if (!response.ok) throw new Error(json.message || json.code || 'refused');
        return json;
      });
    });
  }

  /* ---------- identity and notes of the selected conversation ---------- */

  function show(id) {
    renderIdentity(null, true);
    $('notes').replaceChildren();
    request('GET', 'conversations/' + encodeURIComponent(id) + '/desk').then((desk) => {
      if (id !== selected()) return;
      renderIdentity(desk.identity, false);
      $('notes').replaceChildren(...(desk.notes || []).map(noteItem));
    }, () => {});
  }

  function renderIdentity(identity, loading) {
    const el = $('identity');
    if (loading) {
      el.textContent = '';
      el.dataset.kind = 'none';
      return;
    }
    if (!identity) {
      el.textContent = 'Anonymous visitor';
      el.dataset.kind = 'none';
      return;
    }
    const attributes = Object.entries(identity.attributes || {}).map(([key, value]) => key + ': ' + value);
    el.replaceChildren(...[
      h('strong', null, identity.verified ? 'Verified user ' : 'Unverified: the page says '),
      h('span', { class: 'user-id' }, identity.userId),
      identity.verified ? null : h('span', null, ' (not signed by the site; do not trust it)'),
      attributes.length ? h('span', { class: 'attributes' }, ' · ' + attributes.join(' · ')) : null,
    ].filter(Boolean));
    el.dataset.kind = identity.verified ? 'verified' : 'unverified';
  }

  function noteItem(note) {
    return h('li', { class: 'note' },
      h('div', { class: 'turn-head' }, h('span', { class: 'who' }, note.author),
        h('time', null, new Date(note.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }))),
      h('div', { class: 'text' }, note.text));
  }

  function note(payload) {
    if (payload.conversationId === selected() && payload.note) $('notes').append(noteItem(payload.note));
  }

  $('note-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const box = $('note-text');
    const text = box.value.trim();
    if (text && selected() && send('agent.note', { conversationId: selected(), text }, selected())) box.value = '';
  });

  $('transfer').addEventListener('submit', (event) => {
    event.preventDefault();
    const to = $('transfer-to').value.trim();
    if (to && selected() && send('agent.transfer', { conversationId: selected(), to }, selected())) {
      $('transfer-to').value = '';
    }
  });

  /* ---------- canned responses ---------- */

  function language() {
    return $('canned-locale').value.trim() || 'en';
  }

  function loadCanned() {
    const locale = language();
    request('GET', 'canned-responses/' + encodeURIComponent(locale)).then((body) => {
      if (locale !== language()) return;
      canned.clear();
      (body.responses || []).forEach((r) => canned.set(r.shortcut, r.text));
      renderCanned();
    }, (error) => toast(error.message));
  }

  function renderCanned() {
    $('canned-empty').hidden = canned.size > 0;
    $('canned').replaceChildren(...[...canned.entries()].map(([shortcut, text]) => h('li', { class: 'card canned' },
      h('div', { class: 'card-head' }, h('strong', null, '/' + shortcut),
        h('button', { type: 'button', class: 'link', onclick: () => edit(shortcut, text) }, 'Edit'),
        h('button', { type: 'button', class: 'link danger', onclick: () => remove(shortcut) }, 'Delete')),
      h('p', { class: 'summary' }, text))));
  }

  function edit(shortcut, text) {
    $('canned-shortcut').value = shortcut;
    $('canned-text').value = text;
    $('canned-text').focus();
  }

  function remove(shortcut) {
    request('DELETE', 'canned-responses/' + encodeURIComponent(language()) + '/' + encodeURIComponent(shortcut))
      .then(loadCanned, (error) => toast(error.message));
  }

  $('canned-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const shortcut = $('canned-shortcut').value.trim().replace(/^\//, '');
    const text = $('canned-text').value;
    request('PUT', 'canned-responses/' + encodeURIComponent(language()) + '/' + encodeURIComponent(shortcut), { text })
      .then(() => {
        $('canned-shortcut').value = '';
        $('canned-text').value = '';
        loadCanned();
      }, (error) => toast(error.message));
  });
  $('canned-locale').addEventListener('change', loadCanned);

  /** The canned responses whose shortcut starts with what was typed after / before the caret. */
  function typedShortcut(box) {
    const match = box.value.slice(0, box.selectionStart).match(SHORTCUT_BEFORE_CARET);
    if (!match) return null;
    const typed = match[2];
    const matches = [...canned.keys()].filter((s) => s.startsWith(typed));
    return { typed, matches: canned.has(typed) ? [typed] : matches };
  }

  const reply = $('reply-text');
  reply.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey) return;
    const found = typedShortcut(reply);
    if (!found || found.matches.length !== 1) return;
    event.preventDefault();
    const end = reply.selectionStart;
    const start = end - found.typed.length - 1;
    const text = canned.get(found.matches[0]);
    reply.value = reply.value.slice(0, start) + text + reply.value.slice(end);
    reply.selectionStart = reply.selectionEnd = start + text.length;
    $('canned-hint').hidden = true;
  });
  reply.addEventListener('input', () => {
    const found = typedShortcut(reply);
    const hint = $('canned-hint');
    hint.hidden = !found || found.matches.length === 0;
    if (!hint.hidden) {
      hint.textContent = found.matches.map((s) => '/' + s).join('  ') + (found.matches.length === 1 ? ' · Tab inserts it' : '');
    }
  });

  loadCanned();
  return { show, note };
};
