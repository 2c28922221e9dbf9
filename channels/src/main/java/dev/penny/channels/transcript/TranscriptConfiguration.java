package dev.penny.channels.transcript;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the transcript API for agents. */
@AutoConfiguration
@Import(TranscriptController.class)
public class TranscriptConfiguration {}
