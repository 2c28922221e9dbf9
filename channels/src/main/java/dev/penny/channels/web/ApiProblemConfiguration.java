package dev.penny.channels.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the handler that writes refused REST requests as Penny's problem JSON. */
@AutoConfiguration
@Import(ApiProblemHandler.class)
public class ApiProblemConfiguration {}
