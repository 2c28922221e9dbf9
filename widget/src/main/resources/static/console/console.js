/*
 * Penny agent console. Talks to /ws/agent (the session cookie from signing in authenticates the socket) and reads
 * transcripts and suggested answers over REST. Like the widget, it never parses server or visitor text as HTML:
 * everything is set as text, and links are built as elements for http(s) URLs only.
 */
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const api = (path) => new URL('../api/' + path, location.href).href;

  const held = new Map(); // conversationId -> { turns: [], ids: Set, unread: number }
  let queue = []; // entries of the last queue frame, with the local time it arrived
  let queuePage = { offset: 0, total: 0, size: 0 }; // where that page sits in the whole queue
  let selected = null;
  let socket = null;
  let attempts = 0;
  let typingTimer = 0;
  let lastTyping = 0;
  let desk = { show() {}, note() {} }; // desk.js's identity, notes, transfer and canned responses, once connected

  /* ---------- DOM helpers ---------- */

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children) if (child != null) el.append(child);
    return el;
  }

  const INLINE = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2048})\)|\*\*([^*\n]{1,300})\*\*/g;

  /** Markdown links (http(s) only) and bold as elements; everything else, markup included, as text. */
  function richText(value) {
    const out = document.createDocumentFragment();
    let done = 0;
    for (const match of String(value).matchAll(INLINE)) {
      let node = null;
      if (match[3] != null) node = h('strong', null, match[3]);
      else if (/^https?:\/\//i.test(match[2])) {
        try {
          const url = new URL(match[2]);
          if (url.protocol === 'http:' || url.protocol === 'https:') {
            node = h('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, match[1]);
          }
        } catch (e) {
          node = null;
        }
      }
      if (!node) continue;
      out.append(value.slice(done, match.index), node);
      done = match.index + match[0].length;
    }
    out.append(value.slice(done));
    return out;
  }

  function replace(list, items) {
    list.replaceChildren(...items);
  }

  function short(id) {
    return id.slice(0, 8);
  }

  function duration(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    if (s < 60) return s + 's';
    if (s < 3600) return Math.floor(s / 60) + 'm ' + String(s % 60).padStart(2, '0') + 's';
    return Math.floor(s / 3600) + 'h ' + String(Math.floor((s % 3600) / 60)).padStart(2, '0') + 'm';
  }

  // Money arrives as integer micro-dollars; agents read dollars.
  function dollars(micro) {
    return '$' + (micro / 1e6).toFixed(micro > 0 && micro < 10000 ? 6 : 2);
  }

  function time(iso) {
    const date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function toast(message) {
    const el = $('toast');
    el.textContent = message;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => (el.hidden = true), 6000);
  }

  /* ---------- the socket ---------- */

  function connect() {
    const url = new URL('../ws/agent', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    setConnection(attempts ? 'Reconnecting…' : 'Connecting…', 'warn');
    socket = new WebSocket(url.href);
    socket.onopen = () => {
      attempts = 0;
      setConnection('Online', 'ok');
      send('left.messages', {});
    };
    socket.onmessage = (event) => onFrame(JSON.parse(event.data));
    socket.onclose = () => {
      socket = null;
      setConnection('Offline. Reconnecting…', 'warn');
      attempts++;
      // A refused socket usually means the sign-in expired: a page load then leads to the login form.
      fetch(api('agent/me'), { credentials: 'same-origin' }).then((response) => {
        if (response.status === 401 || response.redirected) location.reload();
      }, () => {});
      setTimeout(connect, Math.min(30000, 1000 * 2 ** attempts));
    };
  }

  function send(type, payload, conversationId) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      toast('Not connected; try again in a moment.');
      return false;
    }
    const id = 'c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    socket.send(JSON.stringify({ v: 1, type, conversationId, id, payload }));
    return true;
  }

  function setConnection(text, kind) {
    $('connection').textContent = text;
    $('connection').dataset.kind = kind;
  }

  function onFrame(frame) {
    const p = frame.payload || {};
    switch (frame.type) {
      case 'session.started':
        $('agent-name').textContent = p.agent;
        return (p.held || []).forEach(restore);
      case 'queue':
        // A pushed refresh is always the first page: an agent looking at a later one asks for it again.
        if (!frame.id && queuePage.offset > 0) return send('queue.page', { offset: queuePage.offset });
        queue = (p.conversations || []).map((entry) => Object.assign({ receivedAt: Date.now() }, entry));
        queuePage = { offset: p.offset || 0, total: p.total || queue.length, size: Math.max(queuePage.size, queue.length) };
        return renderQueue();
      case 'claimed':
        hold(p.conversationId, p.transcript || []);
        if (p.transferredFrom) toast(p.transferredFrom + ' transferred a conversation to you.');
        return select(p.conversationId);
      case 'note':
        return desk.note(p);
      case 'transferred':
        return drop(p.conversationId, 'transferred to ' + p.to);
      case 'sent':
      case 'visitor.message':
        return addTurn(p.conversationId, p.turn);
      case 'released':
      case 'closed':
        return drop(p.conversationId, frame.type === 'closed' ? 'closed' : 'handed back to the bot');
      case 'erased':
        return erased(p.conversationId);
      case 'typing':
        return visitorTyping(frame.conversationId);
      case 'left.messages':
        return renderLeft(p.messages || []);
      case 'error':
        return toast(errorText(p));
      default:
        return undefined;
    }
  }

  function errorText(error) {
    if (error.code === 'already_claimed') return 'Another agent claimed that conversation first.';
    if (error.code === 'not_waiting') return 'That conversation is no longer waiting.';
    if (error.code === 'not_held') return 'You no longer hold that conversation.';
    if (error.code === 'agent_offline') return 'That agent is not online; the conversation stays with you.';
    return error.message || error.code || 'The server refused that.';
  }

  /* ---------- queue ---------- */

  function renderQueue() {
    const { offset, total, size } = queuePage;
    $('queue-count').textContent = String(total);
    $('queue-empty').hidden = queue.length > 0;
    replace($('queue'), queue.map(queueCard));
    const pager = $('queue-pages');
    pager.hidden = total <= queue.length && offset === 0;
    const page = (to) => () => send('queue.page', { offset: Math.max(0, to) });
    replace(pager, [
      h('span', { class: 'muted' }, (queue.length ? offset + 1 : offset) + '–' + (offset + queue.length) + ' of ' + total),
      offset > 0 ? h('button', { type: 'button', class: 'earlier', onclick: page(offset - size) }, 'Earlier') : null,
      offset + queue.length < total ? h('button', { type: 'button', class: 'later', onclick: page(offset + size) }, 'Later') : null,
    ].filter(Boolean));
  }

  function queueCard(entry) {
    const scores = (entry.topIntents || []).map((s) => s.intentId + ' ' + s.confidence.toFixed(2)).join(', ');
    return h('li', { class: 'card', 'data-conversation': entry.conversationId },
      h('div', { class: 'card-head' },
        h('strong', null, 'Visitor ' + short(entry.conversationId)),
        h('span', { class: 'wait', 'data-since': String(entry.receivedAt - entry.waitingSeconds * 1000) },
          'waiting ' + duration(entry.waitingSeconds)),
        h('span', { class: 'cost', title: 'Spent on this conversation so far' }, dollars(entry.costMicroDollars || 0))),
      h('p', { class: 'summary' }, entry.summary || ''),
      // The summary usually ends with the bot's reason already; say it only when it adds something.
      entry.reason && !(entry.summary || '').includes(entry.reason) ? h('p', { class: 'muted' }, 'Bot: ' + entry.reason) : null,
      scores ? h('p', { class: 'muted' }, 'Intents: ' + scores) : null,
      h('button', {
        type: 'button',
        class: 'primary claim',
        onclick: () => send('agent.claim', { conversationId: entry.conversationId }, entry.conversationId),
      }, 'Claim'));
  }

  // Wait times tick locally between queue frames.
  setInterval(() => {
    for (const el of document.querySelectorAll('.wait[data-since]')) {
      el.textContent = 'waiting ' + duration((Date.now() - Number(el.dataset.since)) / 1000);
    }
  }, 1000);

  /* ---------- held conversations ---------- */

  function hold(id, turns) {
    const conversation = { turns: [], ids: new Set(), unread: 0 };
    held.set(id, conversation);
    turns.forEach((turn) => remember(conversation, turn));
    renderMine();
  }

  // After a reload the socket names the conversations this agent holds; their transcripts come over REST.
  function restore(id) {
    fetch(api('conversations/' + encodeURIComponent(id) + '/transcript'), { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { turns: [] }))
      .then((body) => {
        hold(id, body.turns || []);
        if (!selected) select(id);
      });
  }

  function remember(conversation, turn) {
    if (!turn || conversation.ids.has(turn.id)) return false;
    conversation.ids.add(turn.id);
    conversation.turns.push(turn);
    return true;
  }

  function addTurn(id, turn) {
    const conversation = held.get(id);
    if (!conversation || !remember(conversation, turn)) return;
    if (id === selected) {
      $('transcript').append(turnItem(turn));
      scrollDown();
      if (turn.author === 'visitor') {
        $('typing').hidden = true;
        loadSuggestions(id);
      }
    } else {
      conversation.unread++;
      renderMine();
    }
  }

  function drop(id, how) {
    held.delete(id);
    if (selected === id) {
      selected = null;
      $('chat').hidden = true;
      $('nothing').hidden = false;
    }
    renderMine();
    toast('Conversation ' + short(id) + ' ' + how + '.');
  }

  // Erased at the visitor's request: nothing of it may stay on screen, wherever it is shown.
  function erased(id) {
    queue = queue.filter((entry) => entry.conversationId !== id);
    renderQueue();
    for (const card of document.querySelectorAll('#left [data-conversation]')) {
      if (card.dataset.conversation === id) card.remove();
    }
    $('left-empty').hidden = $('left').children.length > 0;
    if (held.has(id)) drop(id, 'erased at the visitor’s request');
  }

  function renderMine() {
    $('mine-empty').hidden = held.size > 0;
    replace($('mine'), [...held.entries()].map(([id, conversation]) => h('li', null,
      h('button', {
        type: 'button',
        class: id === selected ? 'tab current' : 'tab',
        'aria-current': id === selected ? 'true' : null,
        onclick: () => select(id),
      }, 'Visitor ' + short(id), conversation.unread ? h('span', { class: 'count' }, String(conversation.unread)) : null))));
  }

  function select(id) {
    const conversation = held.get(id);
    if (!conversation) return;
    selected = id;
    conversation.unread = 0;
    $('chat').hidden = false;
    $('nothing').hidden = true;
    $('chat-title').textContent = 'Visitor ' + short(id);
    $('chat').dataset.conversation = id;
    replace($('transcript'), conversation.turns.map(turnItem));
    $('typing').hidden = true;
    renderMine();
    scrollDown();
    loadSuggestions(id);
    desk.show(id);
    $('reply-text').focus();
  }

  /** A turn; bot turns show why the bot answered so: route, reason and intent scores. */
  function turnItem(turn) {
    const who = turn.author === 'bot' ? 'Bot' + (turn.source ? ' · ' + turn.source : '') : turn.author;
    const item = h('li', { class: 'turn ' + turn.author },
      h('div', { class: 'turn-head' }, h('span', { class: 'who' }, who), h('time', null, time(turn.at))),
      h('div', { class: 'text' }, richText(turn.text || '')));
    if (turn.author === 'bot' && turn.route) item.append(decision(turn));
    return item;
  }

  function decision(turn) {
    const scores = h('ol', { class: 'scores' });
    for (const score of turn.scores || []) {
      const bar = h('span', { class: 'bar' });
      bar.style.width = Math.round(score.confidence * 100) + '%';
      scores.append(h('li', null, h('span', { class: 'intent' }, score.intentId), h('span', { class: 'meter' }, bar),
        h('span', { class: 'value' }, score.confidence.toFixed(2))));
    }
    return h('details', { class: 'decision', open: true },
      h('summary', null, h('span', { class: 'route route-' + turn.route }, turn.route), ' ', turn.reason || ''),
      scores, passages(turn.sources || []));
  }

  /** The article passages a bot answer cites: number, title linked to the article (http(s) only), score. */
  function passages(sources) {
    if (!sources.length) return null;
    return h('ol', { class: 'passages' }, ...sources.map((s) => {
      const title = String(s.title || s.articleId || '').replace(/[[\]]/g, ' ');
      return h('li', null, '[' + s.number + '] ', richText(s.url ? '[' + title + '](' + s.url + ')' : title),
        h('span', { class: 'value' }, ' ' + Number(s.score || 0).toFixed(2)));
    }));
  }

  function scrollDown() {
    const list = $('transcript');
    list.scrollTop = list.scrollHeight;
  }

  function visitorTyping(id) {
    if (id !== selected) return;
    $('typing').hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => ($('typing').hidden = true), 4000);
  }

  /* ---------- suggested answers ---------- */

  function loadSuggestions(id) {
    fetch(api('agent/suggestions?conversationId=' + encodeURIComponent(id)), { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((body) => {
        if (id !== selected) return;
        $('suggest-question').textContent = body.question ? 'for “' + body.question + '”' : '';
        replace($('suggestions'), (body.suggestions || []).map(suggestion));
      });
  }

  function suggestion(entry) {
    return h('li', null,
      h('button', {
        type: 'button',
        class: 'suggestion',
        title: 'Insert into the reply; edit it, then send',
        onclick: () => {
          const box = $('reply-text');
          box.value = entry.answer;
          box.focus();
        },
      },
      h('span', { class: 'title' }, entry.title),
      h('span', { class: 'score' }, entry.score.toFixed(2)),
      h('span', { class: 'answer' }, richText(entry.answer))));
  }

  /* ---------- left messages ---------- */

  function renderLeft(messages) {
    $('left-empty').hidden = messages.length > 0;
    replace($('left'), messages.slice().reverse().map((m) => h('li', { class: 'card', 'data-conversation': m.conversationId },
      h('div', { class: 'card-head' }, h('strong', null, m.email), h('time', null, new Date(m.at).toLocaleString())),
      h('p', { class: 'summary' }, m.text),
      h('p', { class: 'muted' }, 'Conversation ' + short(m.conversationId)))));
  }

  /* ---------- actions ---------- */

  function sendReply() {
    const box = $('reply-text');
    const text = box.value.trim();
    if (!text || !selected) return;
    if (send('agent.message', { conversationId: selected, text }, selected)) box.value = '';
  }

  $('reply').addEventListener('submit', (event) => {
    event.preventDefault();
    sendReply();
  });
  $('reply-text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendReply();
    }
  });
  $('reply-text').addEventListener('input', () => {
    if (selected && Date.now() - lastTyping > 2000) {
      lastTyping = Date.now();
      send('agent.typing', { conversationId: selected }, selected);
    }
  });
  $('release').addEventListener('click', () => selected && send('agent.release', { conversationId: selected }, selected));
  $('close').addEventListener('click', () => selected && send('agent.close', { conversationId: selected }, selected));
  $('left-refresh').addEventListener('click', () => send('left.messages', {}));

  $('chat').hidden = true;
  if (window.PennyDesk) desk = window.PennyDesk({ $, h, api, send, toast, selected: () => selected });
  connect();
})();
