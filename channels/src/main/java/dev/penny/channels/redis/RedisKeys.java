package dev.penny.channels.redis;

import dev.penny.core.analytics.Granularity;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.handoff.AgentId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds every Redis key and channel name Penny uses; the schema lives here and nowhere else.
 *
 * <p>Keys read {@code penny:<entity>:{<id>}[:<facet>]}. The id sits in braces, a Redis Cluster hash tag, so all keys of
 * one conversation share a slot and a Lua script may touch several of them. The keys shared by all
 * conversations have no id and so no braces; no script touches them together with another key. Every key has a TTL,
 * refreshed by the writes shown, except the catalog's (see below, with the reason). Values are strings; turns and left messages are JSON; money is integer micro-dollars.
 *
 * <h2>Conversations: {@link RedisConversationStore}, TTL {@code penny.conversation.ttl}</h2>
 *
 * <pre>
 * penny:conversation:{id}:turns       LIST    one JSON turn per element, oldest first
 * penny:conversation:{id}:turn-index  HASH    message id: position of the turn in turns (dedup and resume)
 * penny:conversation:{id}:state       STRING  BOT | WAITING_FOR_AGENT | WITH_AGENT | CLOSED
 *
 * append      EVAL, one script:  HEXISTS turn-index mid (1: stop, a re-sent turn); RPUSH turns json;
 *                                HSET turn-index mid pos; PEXPIRE turns|turn-index|state ttl-ms
 * appendAll   the append script per turn, one pipeline (one per master on a Cluster)
 * setState    EVAL, one script:  SET state s PX ttl-ms; PEXPIRE turns ttl-ms; PEXPIRE turn-index ttl-ms
 * transcript  LRANGE turns 0 -1
 * turnsAfter  HGET turn-index mid; LRANGE turns pos+1 -1 (LRANGE turns 0 -1 for an unknown mid)
 * recentTurns LRANGE turns -n -1
 * turnCount   LLEN turns
 * state       GET state
 * states      GET state of each, one pipeline (never MGET: the keys are in as many slots as conversations)
 * erase       DEL turns turn-index state
 * </pre>
 *
 * <h2>Answer claims: {@link RedisAnswerClaims}, TTL the claim lease ({@code EngineSettings.answerDeadline})</h2>
 *
 * <pre>
 * penny:conversation:{id}:answer-claim:mid  STRING  the answering node's random token while it answers message mid
 *
 * claimAll    pipelined: SET answer-claim token NX PX lease-ms, one per message
 * renew       every third of the lease, pipelined, one script per claim held:
 *             GET answer-claim (not this token: stop); PEXPIRE answer-claim lease-ms
 * releaseAll  pipelined, one script per message: GET answer-claim (not this token: stop); DEL answer-claim
 * </pre>
 *
 * <h2>Handoffs: {@link RedisHumanHandoff}, TTLs {@code penny.handoff.*} ({@code HandoffExpiry})</h2>
 *
 * <pre>
 * penny:conversation:{id}:handoff  HASH  summary, waiting_since [, agent, claimed_at] TTL expiry, reset by claim
 * penny:handoff:queue              ZSET  conversation id, score waiting-since ms      TTL expiry, reset by enqueue
 * penny:agent:{agent}:claims       ZSET  conversation id, score claimed-at ms         TTL expiry, reset by claim
 * penny:handoff:agents-online      ZSET  agent id, score online-until ms              TTL presence, reset by heartbeat
 * penny:handoff:left-messages      ZSET  JSON message, score left-at ms               TTL left-messages, reset by write
 *
 * handOff      EVAL on queue:     ZREMRANGEBYSCORE queue -inf (t - expiry)-ms; ZSCORE queue id (there: keep);
 *                                 ZCARD queue (at max-waiting: full, stop); ZADD queue t-ms id; PEXPIRE queue
 *              then EVAL, one script on the conversation's slot: EXISTS handoff (1: stop, unchanged);
 *                                 HSET handoff summary s waiting_since t; PEXPIRE handoff ttl-ms;
 *                                 SET state WAITING_FOR_AGENT PX conversation-ttl; PEXPIRE turns|turn-index
 *              (held: ZREM queue id). The entry is written before the record, so a waiting record always has one
 *              unless Redis lost an acknowledged write; the reconciliation restores those.
 * reconcile    SCAN 0 MATCH penny:conversation:{*}:handoff on every master; HGETALL each (one pipeline);
 *              ZRANGE queue 0 -1; ZADD queue waiting-since-ms id for each waiting record missing from it
 * queuePage    ZCARD queue, ZRANGE queue offset offset+limit-1 (one pipeline); HGETALL handoff of each (one pipeline)
 * enqueue      EVAL, one script:  EXISTS handoff (1: stop); HSET handoff summary s waiting_since t;
 *                                 PEXPIRE handoff ttl-ms
 *              then               ZADD queue t-ms id; ZREMRANGEBYSCORE queue -inf (t - expiry)-ms; PEXPIRE queue ttl-ms
 * queue        ZCARD, ZRANGE queue 0 -1; HGETALL handoff of each, one pipeline (skipping held and expired ones)
 * claim        EVAL, one script:  EXISTS handoff (0: stop); HEXISTS handoff agent (1: stop);
 *                                 HSET handoff agent a claimed_at t; PEXPIRE handoff ttl-ms
 *              then               ZREM queue id; ZADD claims t-ms id; ZREMRANGEBYSCORE claims -inf (t - expiry)-ms;
 *                                 PEXPIRE claims ttl-ms
 * transfer     EVAL, one script:  HGET handoff agent (not the giver: stop); HSET handoff agent a claimed_at t;
 *                                 PEXPIRE handoff ttl-ms
 *              then               ZREM claims(giver) id; ZADD claims(taker) t-ms id; ZREMRANGEBYSCORE, PEXPIRE as claim
 * claimOf      HGETALL handoff
 * heldBy       ZRANGE claims 0 -1; HGETALL handoff of each (skipping those no longer this agent's)
 * release      EVAL, one script:  HGETALL handoff; DEL handoff
 *              then               ZREM queue id; ZREM claims id (when it was held)
 * agentOnline  ZADD agents-online until-ms agent; ZREMRANGEBYSCORE agents-online -inf now-ms;
 *              PEXPIRE agents-online presence-ms
 * agentOffline ZREM agents-online agent
 * agentsOnline ZCOUNT agents-online (now-ms +inf
 * leaveMessage ZADD left-messages at-ms json; ZREMRANGEBYSCORE left-messages -inf (now - kept)-ms;
 *              PEXPIRE left-messages kept-ms
 * leftMessages ZREMRANGEBYSCORE left-messages -inf (now - kept)-ms; ZRANGE left-messages 0 -1
 * erase        the release above; then ZRANGE left-messages 0 -1; ZREM left-messages each one left from the conversation
 * eraseLeftMessages  ZRANGE left-messages 0 -1; ZREM left-messages each one left with the address
 * </pre>
 *
 * <h2>Costs: {@link RedisCostLedger}, TTLs {@code penny.cost.conversation-retention} and {@code days-kept}</h2>
 *
 * <pre>
 * penny:conversation:{id}:cost  HASH  kind:units, kind:micro_usd, integers  TTL conversation retention, reset on write
 *                                     llm_held:micro_usd, held by LLM calls running
 * penny:day:{2025-03-14}:cost   HASH  the same fields, all conversations    TTL until the day is older than days kept
 *
 * record      pipelined, one script per hash, atomic: HINCRBY cost llm_input_tokens:units n;
 *                        HINCRBY cost llm_input_tokens:micro_usd m; … (each kind recorded, summed);
 *                        PEXPIRE cost retention-ms; the same on the day's key with PEXPIRE day left-ms
 * totals      HGETALL cost, or HGETALL day; of several conversations, one pipeline of HGETALLs
 * reserveLlm  EVAL on day:  HGET llm_input_tokens:micro_usd, llm_output_tokens:micro_usd, llm_held:micro_usd
 *                           (sum + amount over the budget: refuse); HINCRBY llm_held:micro_usd amount; PEXPIRE
 *             then the same EVAL on cost (refused: HINCRBY day llm_held:micro_usd -amount)
 * settleLlm   as record, with HINCRBY llm_held:micro_usd -amount in each hash's script
 * erase       DEL cost (the day's totals keep their sums: they name no conversation)
 * </pre>
 *
 * <h2>Missed questions: {@link RedisMissedQuestions}, TTL {@code penny.learning.retention} (30 days)</h2>
 *
 * <p>Each question and reply is forgotten by its own age: the shared set is trimmed by score on every write and read,
 * and its TTL runs from its newest question, so later writes never keep an older question alive. (Before, the shared
 * questions were a list at {@code penny:learning:missed-questions}; that key is no longer written and expires.)
 *
 * <pre>
 * penny:learning:missed-questions-by-age   ZSET    JSON question, score asked-at ms, at most penny.learning.max-questions
 * penny:conversation:{id}:missed-question  STRING  when its last missed question was asked, epoch ms
 * penny:conversation:{id}:agent-answers    LIST    JSON {text, at}, oldest first, at most max-answers-per-conversation
 *
 * record         pipelined: EVAL on missed-questions-by-age: ZADD at-ms json; ZREMRANGEBYSCORE -inf (now - ttl)-ms;
 *                           ZREMRANGEBYRANK 0 -(max+1); ZRANGE -1 -1 WITHSCORES; PEXPIRE newest-ms + ttl-ms - now-ms;
 *                           SET missed-question at-ms PX (at + ttl - now)-ms
 * agentAnswered  EVAL, one script:  GET missed-question (none, or at or before now - ttl: stop);
 *                                   LLEN agent-answers (max: stop); RPUSH agent-answers json;
 *                                   PEXPIRE agent-answers ttl-ms (first reply only: never extended)
 * recent         EVAL: ZREMRANGEBYSCORE -inf (now - ttl)-ms; ZREVRANGE 0 limit-1
 * agentAnswers   pipelined: LRANGE agent-answers 0 -1 of each conversation, dropping those older than the ttl
 * erase          EVAL on missed-questions-by-age: ZRANGE 0 -1; ZREM each member of the conversation;
 *                then DEL missed-question agent-answers
 * </pre>
 *
 * <h2>Feedback: {@link RedisFeedbackStore}, TTLs {@code penny.conversation.ttl} and {@code penny.feedback.counts-kept}</h2>
 *
 * <pre>
 * penny:conversation:{id}:feedback  HASH    turn id: JSON thumbs up/down                TTL conversation, reset on write
 * penny:conversation:{id}:rating    STRING  JSON rating                                 TTL conversation, reset on write
 * penny:feedback:{v3}:counts        HASH    helpful, unhelpful, helpful:intent, unhelpful:intent, ratings, rating-sum
 *                                           per catalog version (label in braces)      TTL counts kept, reset on write
 *
 * give    EVAL, one script:  HGET feedback turn; HSET feedback turn json; PEXPIRE feedback ttl-ms (returns the old)
 *         then, per version the deltas touch, one script: HINCRBY counts field delta …; PEXPIRE counts kept-ms
 * rate    EVAL, one script:  GET rating; SET rating json PX ttl-ms (returns the old); then the counts as for give
 * counts  HGETALL counts
 * erase   DEL feedback rating (the counts keep their sums: they name no conversation)
 * </pre>
 *
 * <h2>Analytics: {@link RedisAnalyticsCounters}, TTLs {@code penny.analytics.hours-kept} and {@code days-kept}</h2>
 *
 * <pre>
 * penny:analytics:{2026-12-06T10}:hour       HASH  version|measure: count, e.g. v3|answers:faq   TTL hours kept after
 *                                                  the hour's start, reset on write to what is left of it
 * penny:analytics:{2026-12-06}:day           HASH  the same per UTC day                       TTL days kept after its start
 * penny:conversation:{id}:analytics-marks    SET   measures counted once per conversation     TTL conversation, reset on write
 *
 * add        pipelined, one script per hash (the hour's and the day's are in different slots):
 *            HINCRBY hash version|measure delta …; PEXPIRE hash left-ms
 * firstTime  EVAL, one script:  SADD analytics-marks mark; PEXPIRE analytics-marks ttl-ms (1 added: the first time)
 * buckets    HGETALL of each hour or day of the range, one pipeline
 * erase      DEL analytics-marks (the hours and days keep their sums: they name no conversation)
 * </pre>
 *
 * <h2>Resume tokens: {@link RedisResumeTokens}, TTL {@code penny.conversation.ttl}</h2>
 *
 * <pre>
 * penny:conversation:{id}:resume  STRING  hex SHA-256 of the resume token's secret (never the secret)
 *
 * issue    SET resume hash PX ttl-ms
 * matches  GET resume; when it matches, PEXPIRE resume ttl-ms
 * alive    PEXPIRE resume ttl-ms, on every visitor message (keepAlive)
 * erase    DEL resume
 * </pre>
 *
 * <h2>Desk: {@link RedisConversationNotes}, {@link RedisVisitorIdentities}, TTL {@code penny.conversation.ttl}</h2>
 *
 * <pre>
 * penny:conversation:{id}:notes     LIST    JSON note {author, text, at}, oldest first, at most ConversationNotes.MAX_NOTES
 * penny:conversation:{id}:identity  STRING  V or U (verified or not) then JSON {userId, attributes}
 *
 * add       EVAL, one script:  RPUSH notes json; LTRIM notes -max -1; PEXPIRE notes ttl-ms
 * of        LRANGE notes 0 -1
 * remember  EVAL, one script:  GET identity (starts V and the new one U: stop); SET identity value PX ttl-ms
 * identity  GET identity
 * erase     DEL notes; DEL identity
 * </pre>
 *
 * <h2>Abuse allowances: {@link RedisAllowances}, TTL at most the allowance's period</h2>
 *
 * <p>A token bucket per holder and allowance ({@code penny.abuse.*}), shared by every node. The holder is a client
 * address (personal data) or a conversation, named by {@code hash}: the first 16 bytes (hex) of the HMAC-SHA256 of
 * {@code "address <ip>"} or {@code "conversation <id>"} under {@code penny.abuse.address-key} (SHA-256 without one),
 * never the address. The value is the time the bucket is full again; the key expires then, so its TTL is never longer
 * than the period, and a missing key is a full bucket. A conversation's allowance is not among its keys: erasing the
 * conversation leaves it, one time naming nobody, to expire within the period.
 *
 * <pre>
 * penny:allowance:{hash}:conversations  STRING  epoch ms the address's bucket is full again   PX that time - now
 * penny:allowance:{hash}:messages       STRING  the same, for an address's messages
 * penny:allowance:{hash}:left-messages  STRING  the same, for messages left for the team by an address, or in a
 *                                               conversation
 * penny:allowance:{hash}:api-messages   STRING  the same, for an HTTP API conversation's messages
 *
 * tryTake  EVAL, one script:  GET allowance (none, or before now: now); + refill-ms (more than burst-ms ahead of now:
 *                             stop, refused); SET allowance at PX (at - now)
 * </pre>
 *
 * <h2>Failed sign-ins: {@link RedisSignInFailures}, TTL the rest of the window</h2>
 *
 * <p>The failed sign-ins of an account or a client address ({@code penny.security.login-*}) in the window its first
 * failure started, shared by every node. The holder is named as an allowance's is: {@code hash} of {@code "user
 * <name>"} or {@code "address <ip>"}, so no key holds a name or an address. The key expires when the window ends.
 *
 * <pre>
 * penny:sign-in-failures:{hash}  HASH  failures: count; ends: epoch ms the window ends   PX ends - now
 *
 * add        EVAL, one script: HGET ends (none, or not after now: HSET failures 1, ends now + window; else
 *                              HINCRBY failures); PEXPIRE ends - now; returns failures, ends
 * give back  EVAL, one script: ends after now: HINCRBY failures -1 (0: DEL)
 * read       HMGET failures ends (ends not after now: no window)
 * clear      DEL, on a successful sign-in of the account
 * </pre>
 *
 * <h2>Canned responses: {@link RedisCannedResponses}, no TTL: the team's content, like the catalog</h2>
 *
 * <p>Agents write them once and use them for months; expiring them would silently delete what the team wrote. Each
 * locale's hash is bounded by {@code CannedResponses.MAX_PER_LOCALE} fields.
 *
 * <pre>
 * penny:canned:{en}:responses  HASH  shortcut: text, one hash per locale (the language tag in braces)
 *
 * save    EVAL, one script:  HEXISTS canned shortcut (1: HSET, replaced); HLEN canned (at max: stop); HSET
 * of      HGETALL canned
 * find    HGET canned shortcut
 * delete  HDEL canned shortcut
 * </pre>
 *
 * <h2>Events: {@link RedisConversationEvents}, pub/sub channels, not keys: nothing stored, nothing to expire</h2>
 *
 * <pre>
 * penny:events:turns  PUBLISH penny:events:turns json   every node: SUBSCRIBE penny:events:turns penny:events:queue
 * penny:events:queue  PUBLISH penny:events:queue ""
 * penny:events:erased PUBLISH penny:events:erased id   after an erase; every node also SUBSCRIBEs penny:events:erased
 * </pre>
 *
 * <h2>Catalog: {@link RedisCatalogStore}, no TTL: the catalog is the product's content, not session data</h2>
 *
 * <p>The draft owners edit and every published version are what the bot knows; expiring them would silently lose
 * accepted edits and the history a rollback needs, so these keys are kept until an operator deletes them. All carry
 * the hash tag {@code {main}}, so they share one Cluster slot and every script below may touch any of them.
 *
 * <pre>
 * penny:catalog:{main}:draft            HASH    intent id: {"order":k,"revision":r,"intent":{…}}
 * penny:catalog:{main}:draft-order      STRING  the order the last intent added got (INCR for the next one)
 * penny:catalog:{main}:draft-threshold  STRING  the minimum answer confidence chosen for the draft; absent: calibrated
 * penny:catalog:{main}:draft-articles   HASH    article id: {"id","title","url","markdown"}, the draft's articles
 * penny:catalog:{main}:draft-article-chars HASH article id: characters of its markdown, what the text limit counts
 * penny:catalog:{main}:versions         HASH    version number: {"catalog":{…},"publishedBy","publishedAt",
 *                                               "minAnswerConfidence","diff":{…}}, written once, never changed
 * penny:catalog:{main}:version-summaries HASH   version number: the same without "catalog" (about 1 KB, not 1 MB), so
 *                                               listing versions parses no catalog; written with the version
 * penny:catalog:{main}:live             STRING  the live version number; absent before the first publish
 *
 * draft        HGETALL draft (sorted by order)
 * draftIntent  HGET draft id
 * create       EVAL, one script:  HGET draft id (exists: stop); INCR draft-order; HSET draft id json(revision 1)
 * update       EVAL, one script:  HGET draft id (gone or other revision: stop); HGET draft new-id (a rename onto a
 *                                 taken id: stop); HDEL draft id (rename); HSET draft new-id json(revision + 1)
 * delete       EVAL, one script:  HGET draft id (gone or other revision: stop); HDEL draft id
 * replaceDraft EVAL, one script:  HGETALL draft (for the revisions); DEL draft; HSET draft id json … ;
 *                                 SET draft-order n; DEL draft-articles draft-article-chars; HSET draft-articles
 *                                 id json …; HSET draft-article-chars id n … (replaceDraftIntents: the same
 *                                 without touching either)
 * articles     HGETALL draft-articles (sorted by id); HGET draft-articles id
 * putArticle   EVAL, one script:  HEXISTS draft-articles id (taken and not replacing: stop); HLEN draft-articles
 *                                 (new and the draft full: stop); HKEYS draft-articles, HGET draft-article-chars
 *                                 each other id (too much text: stop); HSET draft-articles id json;
 *                                 HSET draft-article-chars id n
 * removeArticle EVAL, one script: HDEL draft-article-chars id; HDEL draft-articles id
 * threshold    GET draft-threshold; SET draft-threshold x, or DEL draft-threshold
 * live         GET live; HGET versions n
 * history      HGETALL version-summaries; for a version missing there (published before summaries were kept):
 *              HGET versions n, then HSETNX version-summaries n summary, once
 * publish      EVAL, one script:  GET live (not the expected one: stop); HSET versions n json;
 *                                 HSET version-summaries n summary; SET live n
 * </pre>
 *
 * <h2>Catalog versions between nodes: {@link RedisCatalogAnnouncements}, a pub/sub channel, nothing stored</h2>
 *
 * <pre>
 * penny:events:catalog  PUBLISH penny:events:catalog n   after a publish; every node: SUBSCRIBE penny:events:catalog,
 *                                                        and GET live at start-up and every penny.catalog-check.every
 * </pre>
 *
 * <h2>Webhooks: {@link RedisWebhookQueue}, no TTL: the queue of events not yet delivered, bounded instead</h2>
 *
 * <p>Undelivered events must outlive any quiet spell of the receiver, so the stream has no TTL; it is capped at about
 * {@code penny.webhooks.max-backlog} entries and trimmed as entries are delivered. The cursor is one small string that
 * must outlive the stream's entries; the lease expires. All share the hash tag {@code {outbox}}, so each script below
 * touches one slot.
 *
 * <pre>
 * penny:webhooks:{outbox}:events  STREAM  one entry per event, field e: the JSON body
 * penny:webhooks:{outbox}:cursor  STRING  the stream id of the last delivered entry
 * penny:webhooks:{outbox}:lease   STRING  the node delivering, PX 10 s, extended before every batch and retry
 *
 * addAll     EVAL, one script:  XADD events MAXLEN ~ max * e body (for each body)
 * next       EVAL, one script:  GET cursor; XRANGE events (cursor + COUNT n
 * delivered  EVAL, one script:  SET cursor id; XTRIM events MINID id
 * mayDeliver EVAL, one script:  GET lease (this node: PEXPIRE lease; none: SET lease node PX; another: stop)
 * release    EVAL, one script:  GET lease (this node: DEL lease)
 * </pre>
 */
final class RedisKeys {

    static final String TURNS_CHANNEL = "penny:events:turns";
    static final String QUEUE_CHANNEL = "penny:events:queue";
    static final String ERASED_CHANNEL = "penny:events:erased";

    static final String CATALOG_CHANNEL = "penny:events:catalog";

    private static final String CATALOG = "penny:catalog:{main}";
    private static final String WEBHOOKS = "penny:webhooks:{outbox}";

    private RedisKeys() {}

    static String turns(ConversationId id) {
        return conversation(id) + ":turns";
    }

    static String turnIndex(ConversationId id) {
        return conversation(id) + ":turn-index";
    }

    static String state(ConversationId id) {
        return conversation(id) + ":state";
    }

    static String resume(ConversationId id) {
        return conversation(id) + ":resume";
    }

    static String answerClaim(ConversationId id, MessageId message) {
        return conversation(id) + ":answer-claim:" + message.value();
    }

    static String handoff(ConversationId id) {
        return conversation(id) + ":handoff";
    }

    /** A SCAN pattern matching every conversation's handoff record. */
    static String everyHandoff() {
        return "penny:conversation:{*}:handoff";
    }

    static String cost(ConversationId id) {
        return conversation(id) + ":cost";
    }

    static String dailyCost(LocalDate day) {
        return "penny:day:{" + day + "}:cost";
    }

    static String claims(AgentId agent) {
        return "penny:agent:{" + agent.value() + "}:claims";
    }

    static String queue() {
        return "penny:handoff:queue";
    }

    static String agentsOnline() {
        return "penny:handoff:agents-online";
    }

    static String leftMessages() {
        return "penny:handoff:left-messages";
    }

    static String missedQuestions() {
        return "penny:learning:missed-questions-by-age";
    }

    static String missedQuestion(ConversationId id) {
        return conversation(id) + ":missed-question";
    }

    static String agentAnswers(ConversationId id) {
        return conversation(id) + ":agent-answers";
    }

    static String feedback(ConversationId id) {
        return conversation(id) + ":feedback";
    }

    static String rating(ConversationId id) {
        return conversation(id) + ":rating";
    }

    static String feedbackCounts(String catalogVersion) {
        return "penny:feedback:{" + catalogVersion + "}:counts";
    }

    static String analytics(Granularity granularity, Instant start) {
        String id = granularity == Granularity.HOUR
                ? start.toString().substring(0, "2026-12-06T10".length())
                : start.toString().substring(0, "2026-12-06".length());
        return "penny:analytics:{" + id + "}:" + granularity.label();
    }

    static String analyticsMarks(ConversationId id) {
        return conversation(id) + ":analytics-marks";
    }

    static String notes(ConversationId id) {
        return conversation(id) + ":notes";
    }

    static String identity(ConversationId id) {
        return conversation(id) + ":identity";
    }

    static String cannedResponses(String locale) {
        return "penny:canned:{" + locale + "}:responses";
    }

    static String draft() {
        return CATALOG + ":draft";
    }

    static String draftOrder() {
        return CATALOG + ":draft-order";
    }

    static String draftArticles() {
        return CATALOG + ":draft-articles";
    }

    static String draftArticleChars() {
        return CATALOG + ":draft-article-chars";
    }

    static String draftThreshold() {
        return CATALOG + ":draft-threshold";
    }

    static String versions() {
        return CATALOG + ":versions";
    }

    static String versionSummaries() {
        return CATALOG + ":version-summaries";
    }

    static String live() {
        return CATALOG + ":live";
    }

    static String webhookEvents() {
        return WEBHOOKS + ":events";
    }

    static String webhookCursor() {
        return WEBHOOKS + ":cursor";
    }

    static String webhookLease() {
        return WEBHOOKS + ":lease";
    }

    static String allowance(String holderHash, String kind) {
        return "penny:allowance:{" + holderHash + "}:" + kind;
    }

    static String signInFailures(String holderHash) {
        return "penny:sign-in-failures:{" + holderHash + "}";
    }

    private static String conversation(ConversationId id) {
        return "penny:conversation:{" + id.value() + "}";
    }
}
