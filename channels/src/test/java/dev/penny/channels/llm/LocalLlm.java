package dev.penny.channels.llm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Gives a Spring test's application a {@link LocalOpenAiServer} of its own: started with the application context,
 * {@code penny.llm.base-url} pointed at it, stopped when the context closes. The test gets the server injected:
 *
 * <pre>{@code
 * @LocalLlm
 * class LlmEscalationIT extends RunningPenny {
 *
 *     @Autowired
 *     LocalOpenAiServer llm;
 * }
 * }</pre>
 *
 * Every annotated test class has an application context, and so a server, of its own (a subclass of an annotated class
 * too): the replies one class queues and the requests it counts are never another's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(LocalLlmCustomizerFactory.class)
public @interface LocalLlm {}
