/**
 * What support leads are judged on, counted as it happens: conversations, answers by route, handoffs, LLM calls,
 * feedback, money spent against the all-LLM estimate, agents' time. Counts sit in hourly and daily buckets, split by
 * catalog version, behind the {@link dev.penny.core.analytics.AnalyticsCounters} port; {@link
 * dev.penny.core.analytics.SupportAnalytics} turns support events, costs and feedback into counts.
 */
package dev.penny.core.analytics;
