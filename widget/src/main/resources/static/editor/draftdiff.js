/*
 * What publishing would change. GET /api/catalog only says whether the draft differs from the live version, so the
 * summary compares the two catalog files the server exports (the draft's and the live version's). Both come from the
 * same writer, laid out one field per line, so comparing each intent's lines field by field is enough; nothing here
 * parses YAML in general, and a file that does not look as expected gives no summary rather than a wrong one.
 */
(() => {
  'use strict';

  const E = window.PennyEditor;

  const INTENT = /^ {2}- id: ['"]?([^'"\n]+)['"]?\s*$/;
  const FIELD = /^ {4}([a-z_]+):/;
  const NAMES = { quick_replies: 'quickReplies', follow_ups: 'followUps' };

  /** id -> { field -> its lines } for every intent in an exported catalog; null if none is found. */
  function intentsOf(yaml) {
    const intents = new Map();
    let fields = null;
    let field = null;
    for (const line of String(yaml).split('\n')) {
      const start = INTENT.exec(line);
      if (start) {
        fields = { id: [start[1]] };
        intents.set(start[1], fields);
        field = 'id';
      } else if (fields && FIELD.test(line)) {
        const name = FIELD.exec(line)[1];
        field = NAMES[name] || name;
        fields[field] = [line.slice(line.indexOf(':') + 1).trim()];
      } else if (fields && field && /^ {5,}/.test(line)) {
        fields[field].push(line.trim());
      } else if (line.trim() && !/^\s/.test(line)) {
        field = null; // a top-level key ends the intents
        fields = null;
      }
    }
    return intents.size ? intents : null;
  }

  // The writer quotes an example only where plain text would not read back the same; shown unquoted, roughly.
  const unquote = (text) => (/^(["']).*\1$/.test(text) ? text.slice(1, -1) : text);

  /** {added, removed, changed: [{intentId, changedFields, examplesAdded, examplesRemoved}]} from live to draft. */
  function between(liveYaml, draftYaml) {
    const before = intentsOf(liveYaml);
    const after = intentsOf(draftYaml);
    if (!before || !after) return null;
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changed = [];
    for (const [id, fields] of after) {
      if (!before.has(id)) continue;
      const old = before.get(id);
      const names = [...new Set([...Object.keys(old), ...Object.keys(fields)])]
        .filter((name) => JSON.stringify(old[name] || []) !== JSON.stringify(fields[name] || []));
      if (!names.length) continue;
      const examples = (f) => (f.examples || []).slice(1).filter((line) => line.startsWith('- ')).map((line) => unquote(line.slice(2)));
      changed.push({
        intentId: id,
        changedFields: names,
        examplesAdded: examples(fields).filter((e) => !examples(old).includes(e)),
        examplesRemoved: examples(old).filter((e) => !examples(fields).includes(e)),
      });
    }
    return { added, removed, changed };
  }

  /** The draft's changes since the live version; null when there is no live version or the files do not compare. */
  async function sinceLive(liveVersion) {
    if (!liveVersion) return null;
    const [live, draft] = await Promise.all([
      E.api('GET', '/versions/' + liveVersion + '/export'),
      E.api('GET', '/draft/export'),
    ]);
    return between(live, draft);
  }

  E.draftDiff = { between, sinceLive };
})();
