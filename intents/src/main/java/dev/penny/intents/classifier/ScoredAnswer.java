package dev.penny.intents.classifier;

/**
 * One classified question whose right answer is known: the raw material of calibration and evaluation.
 *
 * @param confidence the classifier's top confidence
 * @param correct whether its top intent was the right one
 */
public record ScoredAnswer(double confidence, boolean correct) {}
