/**
 * The FAQ catalog: the intents Penny can answer, their training examples and answers, kept in one
 * human-editable YAML file.
 *
 * <p>The format, as {@link dev.penny.intents.catalog.CatalogParser} reads it and
 * {@link dev.penny.intents.catalog.CatalogWriter} writes it:
 *
 * <pre>{@code
 * # Penny FAQ catalog
 * locale: en                    # optional, default "en"; the locale of intents that set none
 * intents:
 *   - id: card_arrival          # required, [a-z0-9_.-]+, unique
 *     title: When will my card arrive?   # optional, defaults to the humanised id ("Card arrival")
 *     examples:                 # what visitors say; at least CatalogValidator's minimum (default 2)
 *       - How long does a new card take to arrive?
 *       - my card still hasn't come
 *     answer: |                 # required; links as Markdown [label](https://...), http(s) only
 *       New cards arrive within 3-5 working days. Track it under [Cards](https://bank.example/cards).
 *     quick_replies: [Activate my card, Report a lost card]   # optional
 *     follow_ups: [activate_my_card]                          # optional, ids of other intents
 *     tags: [cards]                                           # optional
 *     locale: en                                              # optional
 * }</pre>
 *
 * <p>In a catalog of fewer than 5,000 examples, an intent's title also trains the classifier as one more example.
 *
 * <p>Keys are exactly those above: an unknown key (a typo such as {@code exmaples}) is an error, so
 * nothing is silently ignored. Text values are stripped of surrounding whitespace.
 *
 * <p>{@link dev.penny.intents.catalog.CatalogLoader} parses and validates in one call and throws a
 * {@link dev.penny.intents.catalog.CatalogException} listing every problem with its file and line.
 */
package dev.penny.intents.catalog;
