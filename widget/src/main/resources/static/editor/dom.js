/*
 * Penny FAQ editor: the helpers every panel shares (elements, the catalog API, status, formatting). The editor talks
 * only to /api/catalog (docs/catalog-api.md) and never parses server or user text as HTML: everything is set as
 * text, and links are built as elements for http(s) URLs only.
 */
(() => {
  'use strict';

  const Editor = (window.PennyEditor = { panels: {} });
  const SVG = 'http://www.w3.org/2000/svg';

  Editor.$ = (id) => document.getElementById(id);

  /** An element with attributes (on* are listeners, class is className) and children (nodes or text). */
  function h(tag, props, ...children) {
    return fill(document.createElement(tag), props, children);
  }

  /** The same for SVG elements. */
  function svg(tag, props, ...children) {
    return fill(document.createElementNS(SVG, tag), props, children);
  }

  function fill(el, props, children) {
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') el.setAttribute('class', value);
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) if (child != null && child !== false) el.append(child);
    return el;
  }

  Editor.h = h;

  /** Replaces an element's children, skipping the null and false that optional parts leave. */
  Editor.put = (el, ...children) => {
    el.replaceChildren(...children.flat().filter((child) => child != null && child !== false));
    return el;
  };
  Editor.svg = svg;

  const INLINE = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2048})\)|\*\*([^*\n]{1,300})\*\*/g;

  /** An answer as the widget shows it: Markdown links (http(s) only) and bold as elements, the rest as text. */
  Editor.richText = function richText(value) {
    const text = String(value == null ? '' : value);
    const out = document.createDocumentFragment();
    let done = 0;
    for (const match of text.matchAll(INLINE)) {
      const node = match[3] != null ? h('strong', null, match[3]) : link(match[1], match[2]);
      if (!node) continue;
      out.append(text.slice(done, match.index), node);
      done = match.index + match[0].length;
    }
    out.append(text.slice(done));
    return out;
  };

  function link(label, href) {
    if (!/^https?:\/\//i.test(href)) return null;
    try {
      const url = new URL(href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      return h('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, label);
    } catch (e) {
      return null;
    }
  }

  /* ---------- the catalog API ---------- */

  /** A refusal from the API: its stable code, message, problems and the rest of its body. */
  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || 'The server answered ' + status);
      this.status = status;
      this.code = (body && body.code) || (status === 0 ? 'network' : 'http_' + status);
      this.problems = (body && body.problems) || [];
      this.body = body || {};
    }
  }

  Editor.ApiError = ApiError;

  /** Calls /api/catalog{path}; resolves to the parsed body (text for YAML), rejects with an ApiError. */
  Editor.api = async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(new URL('../api/catalog' + path, location.href).href, init);
    } catch (e) {
      throw new ApiError(0, { message: 'The server could not be reached. Check the connection and try again.' });
    }
    // An expired sign-in: a page load leads to the login form and back here.
    if (response.status === 401 || (response.redirected && /\/login/.test(response.url))) {
      location.reload();
      throw new ApiError(401, { message: 'Your sign-in expired.' });
    }
    const type = response.headers.get('Content-Type') || '';
    const parsed = response.status === 204 ? null : type.includes('json') ? await response.json().catch(() => null)
      : await response.text();
    if (!response.ok) throw new ApiError(response.status, typeof parsed === 'object' ? parsed : null);
    return parsed;
  };

  Editor.path = (...parts) => parts.map((part) => encodeURIComponent(part)).join('/');

  /* ---------- status, errors, questions ---------- */

  /** Says what just happened in the polite live region under the header. */
  Editor.say = function say(message, kind) {
    const el = Editor.$('status');
    el.textContent = message;
    el.dataset.kind = kind || 'ok';
    clearTimeout(say.timer);
    say.timer = setTimeout(() => (el.textContent = ''), kind === 'error' ? 20000 : 8000);
  };

  /** A refusal in words an owner understands, for codes without a panel of their own. */
  Editor.explain = function explain(error) {
    switch (error.code) {
      case 'store_unavailable': return 'The catalog store is not answering right now; nothing was changed. Try again in a moment.';
      case 'unknown_intent': return 'That intent is no longer in the draft (someone may have deleted it).';
      case 'unknown_version': return 'That version does not exist.';
      case 'training_failed': return 'Penny could not train on this catalog; the live version keeps serving. ' + error.message;
      case 'bad_payload': return 'The server could not read the request: ' + error.message;
      case 'http_403': return 'Your account may not edit the catalog (it needs the editor role).';
      case 'http_404': return 'This server does not offer that (404); it may be an older version of Penny.';
      default: return error.message || 'The server refused that.';
    }
  };

  /** Shows a failure in the status line; returns the error so callers can chain. */
  Editor.fail = function fail(error) {
    Editor.say(Editor.explain(error), 'error');
    return error;
  };

  /** A modal yes/no question; resolves to true when the owner confirms. */
  Editor.ask = function ask(question, yes) {
    const dialog = Editor.$('ask');
    Editor.$('ask-text').textContent = question;
    Editor.$('ask-yes').textContent = yes || 'OK';
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    });
  };

  /* ---------- formatting ---------- */

  Editor.percent = (share, digits) => (share == null ? '–' : (share * 100).toFixed(digits == null ? 1 : digits) + '%');

  // Money arrives as integer micro-dollars; owners read dollars.
  Editor.dollars = (micro) => (micro == null ? '–' : '$' + (micro / 1e6).toFixed(micro > 0 && micro < 10000 ? 4 : 2));

  Editor.when = (iso) => {
    const date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  };

  Editor.plural = (n, one, many) => n + ' ' + (n === 1 ? one : many || one + 's');

  /** A bar from 0 to 1 with its value, for confidences. */
  Editor.meter = function meter(value, label) {
    const bar = h('span', { class: 'bar' });
    bar.style.width = Math.round(Math.max(0, Math.min(1, value)) * 100) + '%';
    return h('span', { class: 'meter', role: 'img', 'aria-label': label + ' ' + Editor.percent(value, 0) }, bar);
  };

  /** A small event bus so panels hear about each other's changes without knowing each other. */
  const listeners = {};
  Editor.on = (name, fn) => (listeners[name] = listeners[name] || []).push(fn);
  Editor.emit = (name, detail) => (listeners[name] || []).forEach((fn) => fn(detail));
})();
