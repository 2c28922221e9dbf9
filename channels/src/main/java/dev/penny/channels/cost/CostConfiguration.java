package dev.penny.channels.cost;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the cost API for agents. */
@AutoConfiguration
@Import(CostController.class)
public class CostConfiguration {}
