/*!
 * Penny chat widget. Embedding is one tag, anywhere in the page:
 *
 *   <script src="https://penny.example.com/widget.js" async
 *           data-penny-title="Help" data-penny-color="#0b57d0" data-penny-position="right"
 *           data-penny-greeting="Hi! Ask me anything." data-penny-lang="en" data-penny-remember="tab"
 *           data-penny-forget="closed"></script>
 *
 * A site that knows its signed-in user adds data-penny-user-id, data-penny-user-hash (the hex HMAC-SHA256 of the id
 * made on the site's server with PENNY_IDENTITY_SECRET) and any data-penny-attr-NAME="value"; agents see the user as
 * verified only when the hash is right.
 *
 * Every data-penny-* option may be left out. data-penny-remember="browser" resumes the conversation in every tab
 * and after a browser restart; "tab" (the default) only in the tab it started in, across reloads.
 * data-penny-forget="closed" forgets the conversation's resume token once an agent closes it (so does the server
 * setting penny.widget.forget-on-close). The widget talks to the Penny server the script came from.
 *
 * Design rules this file keeps, so a reviewer can check them with grep:
 * - It renders into the shadow root of one <penny-chat> element with its own CSS, so the host page's styles
 *   cannot reach it and its styles cannot leak out. Sizes are in px, never rem (rem follows the host's <html>).
 * - Text from the server or the visitor is only ever set as text (textContent, Text nodes). There is no
 *   HTML parsing anywhere: links are built as <a> elements, and only for absolute http(s) URLs.
 * - No dependencies, no network requests besides the WebSocket, and including the tag twice mounts once.
 */
(() => {
  'use strict';

  const TAG = 'penny-chat';
  // The element registry is per window, so it is also the "already loaded" flag for a second tag.
  if (!window.customElements || customElements.get(TAG)) return;

  const script = document.currentScript || findOwnScript();
  if (!script) return;
  const origin = new URL(script.src, location.href);

  const config = readConfig(script.dataset);
  const text = STRINGS()[config.lang] || STRINGS().en;
  const storageKey = 'penny:' + origin.host + ':conversation';

  /** The options from data-penny-* attributes, each with a safe default. */
  function readConfig(data) {
    const color = (data.pennyColor || '').trim();
    return {
      title: (data.pennyTitle || '').trim() || 'Support',
      greeting: (data.pennyGreeting || '').trim(),
      position: data.pennyPosition === 'left' ? 'left' : 'right',
      // Only a value the browser parses as a colour reaches the style sheet.
      color: color && CSS.supports('color', color) ? color : '#0b57d0',
      lang: ((data.pennyLang || navigator.language || 'en').toLowerCase().split('-')[0]),
      // 'tab' keeps the conversation per tab, so the next person at a shared computer does not resume it.
      remember: data.pennyRemember === 'browser' ? localStorage : sessionStorage,
      forgetOnClose: data.pennyForget === 'closed',
      identity: readIdentity(data),
    };
  }

  /** The site's user, sent with every session.start; Penny checks the hash, the page cannot vouch for itself. */
  function readIdentity(data) {
    const userId = (data.pennyUserId || '').trim();
    if (!userId) return undefined;
    const attributes = {};
    for (const [key, value] of Object.entries(data)) {
      if (/^pennyAttr[A-Z]/.test(key)) attributes[key.charAt(9).toLowerCase() + key.slice(10)] = value;
    }
    return { userId, attributes, signature: (data.pennyUserHash || '').trim() || undefined };
  }

  // Async scripts have document.currentScript too; this is for loaders that inject the tag oddly.
  function findOwnScript() {
    const tags = document.querySelectorAll('script[src]');
    for (const tag of tags) if (/\/widget\.js([?#]|$)/.test(tag.src)) return tag;
    return null;
  }

  /* ---------- small DOM helpers: every string goes in as a Text node ---------- */

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

  function icon(path, className) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    if (className) svg.setAttribute('class', className);
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const shape = document.createElementNS(ns, 'path');
    shape.setAttribute('d', path);
    svg.append(shape);
    return svg;
  }

  const ICON_CHAT = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
  const ICON_CLOSE = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';
  const ICON_DOWN = 'M5.6 8.6 12 15l6.4-6.4L19.8 10 12 17.8 4.2 10z';
  const ICON_SEND = 'M3 20.5 21 12 3 3.5v6.6L15 12 3 13.9z';

  /**
   * Message text as nodes: [label](url) becomes a link when url is absolute http(s), **x** becomes bold, [n]
   * becomes a link to source n when the turn carries it; everything else, including any markup, stays literal text.
   */
  const INLINE = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2048})\)|\*\*([^*\n]{1,300})\*\*|\[(\d{1,3})\]/g;

  function richText(value, sources) {
    const out = document.createDocumentFragment();
    let done = 0;
    for (const match of String(value).matchAll(INLINE)) {
      const node = match[4] != null ? cite(sources, match[4])
        : match[3] != null ? h('strong', null, match[3]) : link(match[1], match[2]);
      if (!node) continue; // an unsafe link stays in the text as it was written
      out.append(value.slice(done, match.index), node);
      done = match.index + match[0].length;
    }
    out.append(value.slice(done));
    return out;
  }

  function link(label, target) {
    if (!/^https?:\/\//i.test(target)) return null;
    let url;
    try {
      url = new URL(target);
    } catch (e) {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return h('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, label);
  }

  function cite(sources, n) {
    const source = (sources || []).find((s) => String(s.number) === n);
    const a = source && link('[' + n + ']', source.url || '');
    if (a) a.title = source.title || '';
    return a;
  }

  /** The turn's sources as a numbered list of links; a source without an http(s) URL is its title alone. */
  function sourceList(sources) {
    return h('ol', { class: 'sources' }, ...sources.map((s) =>
      h('li', null, '[' + s.number + '] ', link(String(s.title || s.url), s.url || '') || String(s.title || ''))));
  }

  function format(template, n) {
    return template.replace('{n}', String(n));
  }

  /* ---------- storage: the secret resume token survives reloads, per Penny host and tab (or browser) ---------- */

  const storage = {
    read() {
      try {
        return JSON.parse(config.remember.getItem(storageKey)) || {};
      } catch (e) {
        return {}; // storage disabled or corrupt: start a fresh conversation
      }
    },
    write(value) {
      try {
        config.remember.setItem(storageKey, JSON.stringify(value));
      } catch (e) {
        /* storage disabled: the conversation lasts as long as the page */
      }
    },
    clear() {
      try {
        config.remember.removeItem(storageKey);
      } catch (e) {
        /* nothing stored */
      }
    },
  };

  // crypto.randomUUID needs a secure context; getRandomValues works on plain-http pages too.
  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return 'w' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /* ---------- the connection: reconnects with backoff and resumes the same conversation ---------- */

  /**
   * One WebSocket at a time to /ws/visitor next to widget.js. Frames are the versioned envelope
   * {v, type, conversationId, id, payload}. `onFrame` gets server frames, `onState` one of
   * idle, connecting, open, reconnecting, unavailable.
   */
  function Connection(onFrame, onState) {
    const url = new URL('ws/visitor', origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    let socket = null;
    let attempts = 0;
    let timer = 0;
    let ping = 0;
    let everOpened = false;

    function open() {
      if (socket || timer) return;
      onState(everOpened ? 'reconnecting' : 'connecting');
      socket = new WebSocket(url.href);
      socket.onopen = () => {
        attempts = 0;
        everOpened = true;
        onState('open');
        // Keeps idle proxies from dropping the socket while a visitor reads or waits for an agent.
        ping = setInterval(() => send('ping', {}), 30000);
      };
      socket.onmessage = (event) => {
        let frame;
        try {
          frame = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        if (frame && frame.v === 1) onFrame(frame);
      };
      socket.onclose = () => {
        clearInterval(ping);
        socket = null;
        retry();
      };
    }

    // Exponential backoff with jitter, capped at 30 s, so a restarted server is not hit by every visitor at once.
    function retry() {
      attempts++;
      const delay = Math.min(30000, 1000 * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
      // A socket that never opened is most likely refused (origin not allowed, server down): say so.
      onState(attempts >= 3 && !everOpened ? 'unavailable' : 'reconnecting');
      timer = setTimeout(() => {
        timer = 0;
        open();
      }, delay);
    }

    function send(type, payload, extra) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(Object.assign({ v: 1, type, payload }, extra)));
      return true;
    }

    return { open, send, isOpen: () => !!socket && socket.readyState === WebSocket.OPEN };
  }

  /* ---------- the element ---------- */

  class PennyChat extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return; // moved in the DOM: already built
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = CSS_TEXT;
      this.ui = buildUi();
      root.append(style, this.ui.root);
      this.ui.root.style.setProperty('--penny-accent', config.color);
      this.ui.root.style.setProperty('--penny-on-accent', readableOn(this.ui.root));
      this.chat = new Chat(this.ui);
      this.dispatchEvent(new CustomEvent('penny:ready', { bubbles: true, composed: true }));
    }
  }

  // White or near-black text on the accent colour, whichever contrasts more.
  function readableOn(el) {
    const rgb = (getComputedStyle(el.querySelector('.launcher')).backgroundColor.match(/\d+(\.\d+)?/g) || [])
      .slice(0, 3)
      .map(Number);
    if (rgb.length < 3) return '#fff';
    const luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
    return luminance > 0.6 ? '#111' : '#fff';
  }

  function buildUi() {
    const ui = {};
    ui.badge = h('span', { class: 'badge', hidden: true });
    ui.launcher = h('button', {
      class: 'launcher',
      type: 'button',
      'aria-label': text.open,
      'aria-expanded': 'false',
      'aria-controls': 'penny-panel',
    }, icon(ICON_CHAT, 'when-closed'), icon(ICON_DOWN, 'when-open'), ui.badge);
    ui.close = h('button', { class: 'close', type: 'button', 'aria-label': text.close }, icon(ICON_CLOSE));
    ui.status = h('p', { class: 'status', role: 'status', hidden: true });
    ui.banner = h('p', { class: 'banner', role: 'status', hidden: true });
    ui.log = h('ol', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': text.conversation, tabindex: '0' });
    ui.typing = h('p', { class: 'typing', 'aria-live': 'polite', hidden: true });
    ui.leaveText = h('textarea', { id: 'penny-leave-text', rows: '3', required: true });
    ui.leaveEmail = h('input', { id: 'penny-leave-email', type: 'email', autocomplete: 'email', required: true });
    ui.leave = h('form', { class: 'leave', hidden: true, novalidate: true },
      h('p', null, text.noAgent),
      h('label', { for: 'penny-leave-text' }, text.leaveText), ui.leaveText,
      h('label', { for: 'penny-leave-email' }, text.leaveEmail), ui.leaveEmail,
      h('button', { type: 'submit', class: 'primary' }, text.leaveSend));
    ui.input = h('textarea', { class: 'input', rows: '1', 'aria-label': text.input, placeholder: text.placeholder });
    ui.send = h('button', { type: 'submit', class: 'send', 'aria-label': text.send }, icon(ICON_SEND));
    ui.composer = h('form', { class: 'composer' }, ui.input, ui.send);
    ui.panel = h('section', {
      class: 'panel',
      id: 'penny-panel',
      role: 'dialog',
      'aria-labelledby': 'penny-title',
      lang: config.lang,
      hidden: true,
    },
    h('header', null, h('h2', { id: 'penny-title' }, config.title), ui.close),
    ui.status, ui.banner, ui.log, ui.typing, ui.leave, ui.composer);
    ui.root = h('div', { class: 'root ' + config.position }, ui.panel, ui.launcher);
    return ui;
  }

  /* ---------- the conversation: what the visitor sees, driven by frames ---------- */

  function Chat(ui) {
    const saved = storage.read();
    let conversationId = saved.id || null;
    let resumeToken = saved.token || null; // the secret that resumes the conversation; the id alone does not
    let lastSeenId = null; // only turns rendered on this page count; after a reload the server sends everything
    let state = 'bot';
    let hadAgent = false; // a conversation an agent took part in is rated when it closes
    let unread = 0;
    let typingTimer = 0;
    let lastTypingSent = 0;
    const rendered = new Map(); // turn id -> <li>, so a resend or a resumed transcript never shows a turn twice
    const outbox = []; // messages written while offline, sent on (re)connect in order
    const connection = Connection(onFrame, showConnection);

    if (config.greeting || text.greeting) {
      ui.log.append(h('li', { class: 'msg bot greeting' }, label(text.bot), h('div', { class: 'body' }, config.greeting || text.greeting)));
    }

    ui.launcher.addEventListener('click', () => setOpen(ui.panel.hidden));
    ui.close.addEventListener('click', () => setOpen(false));
    ui.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') setOpen(false);
    });
    ui.composer.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    ui.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter is a new line; composing an IME character is neither.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    ui.input.addEventListener('input', () => {
      grow(ui.input);
      if (state === 'with_agent' && Date.now() - lastTypingSent > 2000) {
        lastTypingSent = Date.now();
        connection.send('typing', {}, { conversationId });
      }
    });
    ui.leave.addEventListener('submit', (event) => {
      event.preventDefault();
      leaveMessage();
    });

    // A stored conversation is restored at once, so its history and any agent reply are there on open.
    if (resumeToken) connection.open();
    try {
      if (sessionStorage.getItem(storageKey + ':open') === '1') setOpen(true, false);
    } catch (e) {
      /* no session storage: start closed */
    }

    function setOpen(open, focus = true) {
      ui.panel.hidden = !open;
      ui.launcher.setAttribute('aria-expanded', String(open));
      ui.launcher.setAttribute('aria-label', open ? text.close : text.open);
      ui.root.classList.toggle('open', open);
      try {
        sessionStorage.setItem(storageKey + ':open', open ? '1' : '0');
      } catch (e) {
        /* ignore */
      }
      if (open) {
        unread = 0;
        showUnread();
        connection.open();
        scrollDown();
        if (focus) ui.input.focus();
      } else if (focus) {
        ui.launcher.focus();
      }
    }

    function submit() {
      const value = ui.input.value.trim();
      if (!value) return;
      ui.input.value = '';
      grow(ui.input);
      post('user.message', value);
    }

    /** Shows the visitor's message at once and sends it now or after the reconnect. */
    function post(type, value) {
      const message = { id: newId(), type, text: value };
      renderTurn({ id: message.id, author: 'visitor', text: value }, true);
      outbox.push(message);
      flush();
    }

    function flush() {
      if (!conversationId || !connection.isOpen()) return;
      for (const message of outbox) {
        if (message.sent) continue;
        message.sent = connection.send(message.type, { text: message.text }, { conversationId, id: message.id });
        if (message.sent && state === 'bot') showTyping(text.bot);
      }
    }

    function leaveMessage() {
      const message = ui.leaveText.value.trim();
      const email = ui.leaveEmail.value.trim();
      if (!message) return ui.leaveText.focus();
      if (!ui.leaveEmail.checkValidity() || !email) {
        showBanner(text.badEmail);
        return ui.leaveEmail.focus();
      }
      connection.send('leave.message', { text: message, email }, { conversationId, id: newId() });
    }

    /* ----- frames from the server ----- */

    function onFrame(frame) {
      const payload = frame.payload || {};
      switch (frame.type) {
        case 'session.started':
          return started(payload);
        case 'ack':
          return acknowledged(frame.id, payload);
        case 'bot.message':
          hideTyping();
          return renderTurn(Object.assign({ id: frame.id, author: authorOf(payload) }, payload));
        case 'handoff.status':
          return handoff(payload);
        case 'typing':
          return showTyping(text.agent, 4000);
        case 'error':
          return refused(frame.id, payload.code, payload.retryAfterMs);
        default:
          return undefined; // pong, and frame types newer than this widget
      }
    }

    function started(payload) {
      conversationId = payload.conversationId;
      if (payload.resumeToken) resumeToken = payload.resumeToken;
      if (payload.forgetOnClose) config.forgetOnClose = true;
      state = payload.state || 'bot';
      if (state === 'closed' && config.forgetOnClose) forget();
      remember();
      if (payload.maxMessageChars) ui.input.maxLength = payload.maxMessageChars;
      for (const turn of payload.missed || []) renderTurn(turn);
      // Messages sent before the drop but never acknowledged go again; the server ignores repeated ids.
      for (const message of outbox) message.sent = false;
      flush();
    }

    function acknowledged(id, payload) {
      const index = outbox.findIndex((m) => m.id === id);
      if (index >= 0) outbox.splice(index, 1);
      const item = rendered.get(id);
      if (item) item.classList.remove('pending', 'failed');
      if (payload.state) state = payload.state;
      if (state !== 'bot') hideTyping();
      seen(id);
    }

    function refused(id, code, retryAfterMs) {
      // The stored conversation expired: start a new one and say so, rather than fail silently.
      if (code === 'resume_refused') return startOver(text.expired);
      if (code === 'invalid_email') return showBanner(text.badEmail);
      const message = outbox.find((m) => m.id === id);
      if (!message) return undefined;
      hideTyping();
      if (code === 'too_many_turns') {
        // The conversation is as long as one may be; the refused message was not accepted, so it opens the next one.
        message.sent = false;
        return startOver(text.turnLimit);
      }
      if (code === 'busy') {
        // Not accepted: the same id goes again after the server's hint, doubling per refusal, with jitter.
        message.sent = false;
        message.tries = (message.tries || 0) + 1;
        const wait = Math.min(30000, (retryAfterMs || 1000) * 2 ** (message.tries - 1));
        return setTimeout(flush, wait / 2 + Math.random() * wait);
      }
      if (code === 'still_answering') {
        // the first attempt (perhaps before a reconnect) is still answering: ask again shortly
        message.sent = false;
        return setTimeout(flush, 3000);
      }
      if (code === 'rate_limited' || code === 'internal') {
        message.sent = false;
        notice(text.tooMany);
        return setTimeout(flush, 5000);
      }
      outbox.splice(outbox.indexOf(message), 1);
      const item = rendered.get(id);
      if (item) item.classList.replace('pending', 'failed');
      return undefined;
    }

    /** Starts a new conversation (unsent messages go into it once it has started) and says why. */
    function startOver(why) {
      storage.clear();
      conversationId = resumeToken = null;
      connection.send('session.start', { identity: config.identity });
      notice(why);
    }

    function handoff(payload) {
      ui.leave.hidden = true;
      switch (payload.status) {
        case 'waiting':
          state = 'waiting_for_agent';
          return showBanner(payload.position ? format(text.waiting, payload.position) : text.waitingNoPos);
        case 'agent_joined':
          state = 'with_agent';
          hadAgent = true;
          return showBanner(text.joined);
        case 'agent_left':
          state = 'bot';
          return showBanner('');
        case 'closed':
          state = 'bot';
          if (hadAgent) askRating();
          hadAgent = false;
          // The next person at this computer must not resume it; this page may still write, reopening it.
          if (config.forgetOnClose) forget();
          return showBanner(text.closed);
        case 'no_agent_online':
          state = 'bot';
          showBanner('');
          ui.leave.hidden = false;
          // The question nobody could answer is what the team should read first.
          if (!ui.leaveText.value && lastVisitorText()) ui.leaveText.value = lastVisitorText() + '\n';
          return scrollDown();
        case 'message_left':
          ui.leaveText.value = '';
          return showBanner(text.messageLeft);
        default:
          return undefined;
      }
    }

    /* ----- rendering ----- */

    // Bot turns carry the route of the bot's decision; notices (an agent joined, left) carry none.
    function authorOf(message) {
      return message.source === 'agent' ? 'agent' : message.route ? 'bot' : 'system';
    }

    /** Appends a turn unless it is already shown; `pending` marks the visitor's own unsent message. */
    function renderTurn(turn, pending) {
      if (rendered.has(turn.id)) {
        rendered.get(turn.id).classList.remove('pending');
        return seen(turn.id);
      }
      const author = turn.author || 'bot';
      const item = h('li', { class: 'msg ' + author + (pending ? ' pending' : '') });
      if (author !== 'system') item.append(label(labelOf(author, turn)));
      item.append(h('div', { class: 'body' }, richText(turn.text || '', turn.sources)));
      if (Array.isArray(turn.sources) && turn.sources.length) item.append(sourceList(turn.sources));
      if (turn.quickReplies && turn.quickReplies.length) item.append(quickReplies(turn.quickReplies));
      if (author === 'bot' && /^(faq|llm|article)$/.test(turn.route)) item.append(thumbs(turn.id));
      ui.log.append(item);
      rendered.set(turn.id, item);
      if (!pending) seen(turn.id);
      // Only the newest message's quick replies can be used; older ones would answer a question already past.
      for (const old of ui.log.querySelectorAll('.replies')) if (!item.contains(old)) old.remove();
      if (author !== 'visitor' && ui.panel.hidden) {
        unread++;
        showUnread();
      }
      scrollDown();
      return undefined;
    }

    function lastVisitorText() {
      const mine = ui.log.querySelectorAll('.msg.visitor .body');
      return mine.length ? mine[mine.length - 1].textContent : '';
    }

    function label(value) {
      return h('span', { class: 'who' }, value);
    }

    // Answers say where they came from: the FAQ, or an AI (LLM) answer grounded on it.
    function labelOf(author, turn) {
      if (author === 'visitor') return text.you;
      if (author === 'agent') return text.agentLabel;
      if (turn.route === 'faq' && turn.source === 'faq') return text.bot + ' · ' + text.faq;
      if (turn.source === 'llm') return text.bot + ' · ' + text.llm;
      return text.bot;
    }

    function quickReplies(options) {
      const group = h('div', { class: 'replies', role: 'group', 'aria-label': text.suggestions });
      for (const option of options) {
        group.append(h('button', {
          type: 'button',
          onclick: () => {
            group.remove();
            post('quick.reply', option);
          },
        }, option));
      }
      return group;
    }

    /** Thumbs up or down on a bot answer; a thumbs down offers a short comment. The last click counts. */
    function thumbs(turnId) {
      const give = (helpful, comment) => connection.send('feedback', { turnId, helpful, comment }, { conversationId, id: newId() });
      const input = h('input', { 'aria-label': text.comment, placeholder: text.comment, maxlength: 500 });
      const note = h('form', {
        class: 'note',
        hidden: true,
        onsubmit: (event) => {
          event.preventDefault();
          give(false, input.value.trim());
          note.replaceWith(h('span', { class: 'thanks', role: 'status' }, text.thanks));
        },
      }, input, h('button', { type: 'submit' }, text.send));
      const group = h('div', { class: 'rate', role: 'group', 'aria-label': text.rateAnswer });
      for (const helpful of [true, false]) {
        group.append(h('button', {
          type: 'button',
          'aria-label': helpful ? text.helpful : text.unhelpful,
          'aria-pressed': 'false',
          onclick: (event) => {
            for (const b of group.querySelectorAll('.rate>button')) b.setAttribute('aria-pressed', b === event.currentTarget);
            give(helpful);
            note.hidden = helpful;
            if (!helpful) input.focus();
          },
        }, helpful ? '\u{1F44D}' : '\u{1F44E}'));
      }
      group.append(note);
      return group;
    }

    /** 1 to 5 for a conversation an agent answered, once it is closed. */
    function askRating() {
      const row = h('div', { class: 'rate', role: 'group', 'aria-label': text.rateChat });
      for (let score = 1; score <= 5; score++) {
        row.append(h('button', {
          type: 'button',
          'aria-label': format(text.stars, score),
          onclick: () => {
            connection.send('rating', { score }, { conversationId, id: newId() });
            row.replaceWith(h('span', { class: 'thanks', role: 'status' }, text.thanks));
          },
        }, String(score)));
      }
      ui.log.append(h('li', { class: 'msg system' }, h('div', { class: 'body' }, text.rateChat), row));
      scrollDown();
    }

    function seen(id) {
      if (!id || rendered.get(id)?.classList.contains('pending')) return;
      lastSeenId = id;
      remember();
    }

    function forget() {
      storage.clear();
      resumeToken = null;
    }

    function remember() {
      if (resumeToken) storage.write({ id: conversationId, token: resumeToken, lastSeenId });
    }

    function notice(value) {
      ui.log.append(h('li', { class: 'msg system' }, h('div', { class: 'body' }, value)));
      scrollDown();
    }

    function showConnection(connectionState) {
      const message = { connecting: text.connecting, reconnecting: text.reconnecting, unavailable: text.unavailable }[connectionState];
      ui.status.textContent = message || '';
      ui.status.hidden = !message;
      ui.root.dataset.connection = connectionState;
      if (connectionState === 'open') {
        const identity = config.identity;
        connection.send('session.start', resumeToken ? { resumeToken, lastSeenId, identity } : { identity });
      }
    }

    function showBanner(value) {
      ui.banner.textContent = value;
      ui.banner.hidden = !value;
    }

    function showTyping(who, ms = 20000) {
      ui.typing.textContent = format(text.typing, who);
      ui.typing.hidden = false;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(hideTyping, ms);
      scrollDown();
    }

    function hideTyping() {
      clearTimeout(typingTimer);
      ui.typing.hidden = true;
    }

    function showUnread() {
      ui.badge.textContent = unread > 9 ? '9+' : String(unread);
      ui.badge.hidden = unread === 0;
      ui.launcher.setAttribute('aria-label', unread ? text.open + ' (' + format(text.unread, unread) + ')' : ui.panel.hidden ? text.open : text.close);
    }

    function scrollDown() {
      ui.log.scrollTop = ui.log.scrollHeight;
    }
  }

  // The composer grows with its text up to five lines, then scrolls.
  function grow(area) {
    area.style.height = 'auto';
    area.style.height = Math.min(area.scrollHeight, 120) + 'px';
  }

  /* ---------- texts ---------- */

  function STRINGS() {
    return {
      en: {
        open: 'Open chat', close: 'Close chat', send: 'Send', input: 'Your message', placeholder: 'Type your message…',
        conversation: 'Conversation', suggestions: 'Suggested replies', you: 'You', bot: 'Bot', agent: 'Agent',
        agentLabel: 'Agent', faq: 'FAQ', llm: 'AI', greeting: 'Hi! How can I help you today?',
        connecting: 'Connecting…', reconnecting: 'Connection lost. Reconnecting…',
        unavailable: 'Chat is unavailable right now. Retrying…', typing: '{n} is typing…',
        waiting: 'Waiting for an agent. You are number {n} in the queue.', waitingNoPos: 'Waiting for an agent…',
        joined: 'You are chatting with an agent.', closed: 'This conversation was closed. Write again to start over.',
        noAgent: 'No agent is online right now. Leave a message and we will answer by email.',
        leaveText: 'Your message', leaveEmail: 'Your email', leaveSend: 'Leave message',
        messageLeft: 'Thanks! We will answer by email.', badEmail: 'Please enter a valid email address.',
        expired: 'Your previous conversation expired; this is a new one.',
        tooMany: 'Sending too fast; trying again in a moment.', unread: '{n} new',
        turnLimit: 'This conversation is as long as it can be; your message starts a new one.',
        helpful: 'Helpful', unhelpful: 'Not helpful', rateAnswer: 'Was this helpful?', comment: 'What was missing? (optional)',
        thanks: 'Thanks for your feedback!', rateChat: 'How was your chat with us?', stars: '{n} of 5',
      },
      de: {
        open: 'Chat öffnen', close: 'Chat schließen', send: 'Senden', input: 'Ihre Nachricht', placeholder: 'Nachricht schreiben…',
        conversation: 'Unterhaltung', suggestions: 'Vorgeschlagene Antworten', you: 'Sie', bot: 'Bot', agent: 'Mitarbeiter',
        agentLabel: 'Mitarbeiter', faq: 'FAQ', llm: 'KI', greeting: 'Hallo! Wie kann ich helfen?',
        connecting: 'Verbinde…', reconnecting: 'Verbindung unterbrochen. Verbinde erneut…',
        unavailable: 'Der Chat ist gerade nicht erreichbar. Neuer Versuch…', typing: '{n} schreibt…',
        waiting: 'Warten auf einen Mitarbeiter. Sie sind Nummer {n} in der Warteschlange.', waitingNoPos: 'Warten auf einen Mitarbeiter…',
        joined: 'Sie chatten mit einem Mitarbeiter.', closed: 'Die Unterhaltung wurde beendet. Schreiben Sie, um neu zu beginnen.',
        noAgent: 'Gerade ist niemand online. Hinterlassen Sie eine Nachricht, wir antworten per E-Mail.',
        leaveText: 'Ihre Nachricht', leaveEmail: 'Ihre E-Mail-Adresse', leaveSend: 'Nachricht senden',
        messageLeft: 'Danke! Wir antworten per E-Mail.', badEmail: 'Bitte eine gültige E-Mail-Adresse eingeben.',
        expired: 'Die vorige Unterhaltung ist abgelaufen; dies ist eine neue.',
        tooMany: 'Zu viele Nachrichten; gleich neuer Versuch.', unread: '{n} neu',
        turnLimit: 'Diese Unterhaltung ist so lang wie möglich; Ihre Nachricht beginnt eine neue.',
        helpful: 'Hilfreich', unhelpful: 'Nicht hilfreich', rateAnswer: 'War das hilfreich?', comment: 'Was fehlte? (optional)',
        thanks: 'Danke für Ihr Feedback!', rateChat: 'Wie war der Chat mit uns?', stars: '{n} von 5',
      },
      fr: {
        open: 'Ouvrir le chat', close: 'Fermer le chat', send: 'Envoyer', input: 'Votre message', placeholder: 'Écrivez votre message…',
        conversation: 'Conversation', suggestions: 'Réponses suggérées', you: 'Vous', bot: 'Bot', agent: 'Conseiller',
        agentLabel: 'Conseiller', faq: 'FAQ', llm: 'IA', greeting: 'Bonjour ! Comment puis-je vous aider ?',
        connecting: 'Connexion…', reconnecting: 'Connexion perdue. Reconnexion…',
        unavailable: 'Le chat est indisponible pour le moment. Nouvel essai…', typing: '{n} écrit…',
        waiting: 'En attente d’un conseiller. Vous êtes numéro {n} dans la file.', waitingNoPos: 'En attente d’un conseiller…',
        joined: 'Vous discutez avec un conseiller.', closed: 'Cette conversation est terminée. Écrivez pour recommencer.',
        noAgent: 'Aucun conseiller n’est en ligne. Laissez un message, nous répondrons par e-mail.',
        leaveText: 'Votre message', leaveEmail: 'Votre e-mail', leaveSend: 'Laisser le message',
        messageLeft: 'Merci ! Nous répondrons par e-mail.', badEmail: 'Veuillez saisir une adresse e-mail valide.',
        expired: 'La conversation précédente a expiré ; en voici une nouvelle.',
        tooMany: 'Trop de messages ; nouvel essai dans un instant.', unread: '{n} nouveau(x)',
        turnLimit: 'Cette conversation a atteint sa longueur maximale ; votre message en commence une nouvelle.',
        helpful: 'Utile', unhelpful: 'Pas utile', rateAnswer: 'Cela vous a-t-il aidé ?', comment: 'Que manquait-il ? (facultatif)',
        thanks: 'Merci pour votre avis !', rateChat: 'Comment s’est passé votre échange ?', stars: '{n} sur 5',
      },
    };
  }

  /* ---------- styles: all inside the shadow root; px only ---------- */

  const CSS_TEXT = `
:host{all:initial!important;display:block!important;position:static!important;contain:none!important}
.root{--penny-accent:#0b57d0;--penny-on-accent:#fff;position:fixed;bottom:20px;right:20px;z-index:2147483000;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f24;
  display:flex;flex-direction:column;align-items:flex-end;gap:12px;text-align:left;letter-spacing:normal;
  -webkit-font-smoothing:antialiased}
.root.left{right:auto;left:20px;align-items:flex-start}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button,input,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--penny-accent);outline-offset:2px}
.launcher{position:relative;width:56px;height:56px;border:0;border-radius:50%;padding:0;display:grid;place-items:center;
  background:var(--penny-accent);color:var(--penny-on-accent);box-shadow:0 4px 14px rgba(0,0,0,.25)}
.launcher svg{width:28px;height:28px;fill:currentColor}
.launcher:focus-visible{outline-color:#1b1f24}
.root .when-open,.root.open .when-closed{display:none}.root.open .when-open{display:block}
.badge{position:absolute;top:-2px;right:-2px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;
  background:#c5221f;color:#fff;font-size:12px;line-height:20px;font-weight:600;text-align:center}
.panel{width:370px;height:560px;max-height:calc(100vh - 110px);background:#fff;border-radius:14px;overflow:hidden;
  display:flex;flex-direction:column;box-shadow:0 10px 40px rgba(0,0,0,.25);border:1px solid #d9dde3}
header{display:flex;align-items:center;gap:8px;padding:12px 8px 12px 16px;background:var(--penny-accent);
  color:var(--penny-on-accent)}
h2{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.3;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.close{width:36px;height:36px;border:0;border-radius:50%;background:transparent;color:inherit;display:grid;place-items:center;padding:0}
.close:hover{background:rgba(255,255,255,.18)}
.close svg{width:20px;height:20px;fill:currentColor}
.close:focus-visible{outline-color:currentColor;outline-offset:-3px}
.status,.banner{margin:0;padding:8px 16px;font-size:13px;border-bottom:1px solid #e3e6ea}
.status{background:#fff4e5;color:#6b3b00}
.banner{background:#eef3fd;color:#14325c}
.log{flex:1;margin:0;padding:14px 12px;list-style:none;overflow-y:auto;display:flex;flex-direction:column;gap:10px;
  background:#f6f7f9;overscroll-behavior:contain}
.msg{max-width:85%;display:flex;flex-direction:column;gap:2px}
.msg .body{padding:8px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;
  border:1px solid #e1e4e8}
.who{font-size:11px;font-weight:600;color:#57606a;padding:0 4px;text-transform:uppercase;letter-spacing:.03em}
.msg.visitor{align-self:flex-end;align-items:flex-end}
.msg.visitor .body{background:var(--penny-accent);color:var(--penny-on-accent);border-color:transparent}
.msg.agent .body{background:#e8f5e9;border-color:#b7dfb9}
.rate{display:flex;flex-wrap:wrap;gap:4px;padding:2px 4px}.rate button{border:1px solid #d0d7de;background:#fff;
  border-radius:12px;padding:0 8px;line-height:22px}.rate [aria-pressed=true]{background:#eef3fd;border-color:var(--penny-accent)}
.note{display:flex;gap:4px;width:100%}.note input{flex:1;min-width:0;border:1px solid #d0d7de;border-radius:6px;padding:2px 6px}
.thanks{font-size:12px;color:#57606a;padding:0 4px}
.msg.system{align-self:center;max-width:95%}
.msg.system .body{background:transparent;border:0;color:#57606a;font-size:12px;text-align:center;padding:2px 8px}
.msg.pending .body{opacity:.6}
.msg.failed .body{border:1px dashed #c5221f}
.msg.failed::after{content:"!";color:#c5221f;font-weight:700;align-self:flex-end;padding:0 4px}
.body a{color:#0b57d0;text-decoration:underline}
.msg.visitor .body a{color:inherit}
.sources{margin:4px 0 0;padding:0;list-style:none;font-size:12px}
.sources a{color:#0b57d0}
.body strong{font-weight:600}
.replies{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.replies button{border:1px solid var(--penny-accent);background:#fff;color:var(--penny-accent);border-radius:16px;
  padding:5px 12px;font-size:13px;text-align:left}
.replies button:hover{background:var(--penny-accent);color:var(--penny-on-accent)}
.typing{margin:0;padding:4px 16px;font-size:12px;color:#57606a;background:#f6f7f9;font-style:italic}
.leave{display:flex;flex-direction:column;gap:6px;padding:12px 16px;border-top:1px solid #e3e6ea;background:#fff}
.leave p{margin:0;font-size:13px}
.leave label{font-size:12px;font-weight:600;color:#3d444d}
.leave textarea,.leave input,.input{width:100%;border:1px solid #c4c9d0;border-radius:8px;padding:8px 10px;background:#fff;resize:none}
.primary{align-self:flex-end;border:0;border-radius:8px;padding:8px 14px;background:var(--penny-accent);color:var(--penny-on-accent);font-weight:600}
.composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid #e3e6ea;background:#fff}
.input{flex:1;min-height:38px;max-height:120px;line-height:20px;display:block}
.send{flex:none;width:38px;height:38px;border:0;border-radius:50%;display:grid;place-items:center;padding:0;
  background:var(--penny-accent);color:var(--penny-on-accent)}
.send svg{width:20px;height:20px;fill:currentColor}
@media (max-width:480px){
  .root{bottom:12px;right:12px}.root.left{left:12px}
  .root.open{inset:0;gap:0}
  .root.open .launcher{display:none}
  .root.open .panel{width:100%;height:100%;max-height:none;border-radius:0;border:0}
}
@media (prefers-reduced-motion:no-preference){.panel{animation:penny-in .16s ease-out}}
@keyframes penny-in{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}
`;

  customElements.define(TAG, PennyChat);

  // Mount once the body exists; a <penny-chat> the page placed itself is used as it is.
  function mount() {
    if (!document.querySelector(TAG)) document.body.append(document.createElement(TAG));
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
